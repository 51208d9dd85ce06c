// Browser mode's window.pyscope: the same shape the Electron preload exposes, built from
// the same API_CALLS list, carried over one WebSocket to src-main/web.ts.

import { API_CALLS, API_EVENTS, unwrapReply } from '../../src-shared/api'
import type { ApiEvent, ApiReply, EventListener, PyscopeApi, PyscopeBridge, WireMessage } from '../../src-shared/api'

/** The part of the WebSocket interface the bridge uses (the DOM's, or `ws` in tests). */
export interface SocketLike {
  readonly readyState: number
  send(data: string): void
  close(): void
  onopen: ((ev: unknown) => void) | null
  onclose: ((ev: unknown) => void) | null
  onerror: ((ev: unknown) => void) | null
  onmessage: ((ev: { data: unknown }) => void) | null
}

/** Where the API lives for a page served by web.ts: same host, /api, with the page's token. */
export function apiSocketUrl(location: { protocol: string; host: string; search: string }): string {
  const token = new URLSearchParams(location.search).get('token') ?? ''
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${location.host}/api?token=${encodeURIComponent(token)}`
}

/** Connect, then resolve to a bridge; rejects when the server refuses the socket. */
export function connectBridge(
  socket: SocketLike,
  onDisconnect: () => void = () => {},
): Promise<PyscopeBridge> {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>()
  const listeners = new Map<ApiEvent, Set<(payload: unknown) => void>>()
  let nextId = 1
  let open = false

  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new Error(why))
    pending.clear()
  }

  socket.onmessage = (ev) => {
    let msg: WireMessage
    try {
      msg = JSON.parse(String(ev.data)) as WireMessage
    } catch {
      return
    }
    if (msg.type === 'reply') {
      const p = pending.get(msg.id)
      if (!p) return
      pending.delete(msg.id)
      try {
        p.resolve(unwrapReply(msg.reply as ApiReply))
      } catch (e) {
        p.reject(e)
      }
    } else if (msg.type === 'event' && (API_EVENTS as readonly string[]).includes(msg.name)) {
      for (const l of listeners.get(msg.name) ?? []) l(msg.payload)
    }
  }

  const call = (name: keyof PyscopeApi) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        if (!open) return reject(new Error('Not connected to the Pyscope server.'))
        const id = nextId++
        pending.set(id, { resolve, reject })
        socket.send(JSON.stringify({ type: 'call', id, name, args } satisfies WireMessage))
      })

  const bridge = Object.fromEntries(API_CALLS.map((name) => [name, call(name)])) as unknown as PyscopeApi
  const on = <E extends ApiEvent>(event: E, listener: EventListener<E>) => {
    let set = listeners.get(event)
    if (!set) listeners.set(event, (set = new Set()))
    const l = listener as (payload: unknown) => void
    set.add(l)
    return () => void set.delete(l)
  }

  return new Promise((resolve, reject) => {
    socket.onopen = () => {
      open = true
      resolve(Object.freeze({ ...bridge, on }))
    }
    socket.onerror = () => {
      if (!open) reject(new Error('The Pyscope server refused the connection (is the token in the URL right?).'))
    }
    socket.onclose = () => {
      const wasOpen = open
      open = false
      failAll('The connection to the Pyscope server closed.')
      if (wasOpen) onDisconnect()
      else reject(new Error('The Pyscope server refused the connection (is the token in the URL right?).'))
    }
  })
}
