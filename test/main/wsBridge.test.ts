// The renderer's WebSocket bridge against a scripted socket: what it sends, how replies
// and events come back, and what happens when the server goes away.

import { describe, expect, it } from 'vitest'
import { API_CALLS, ApiCallError, type WireMessage } from '../../src-shared/api'
import { apiSocketUrl, connectBridge, type SocketLike } from '../../src-renderer/lib/wsBridge'

class ScriptedSocket implements SocketLike {
  readyState = 0
  sent: WireMessage[] = []
  onopen: ((ev: unknown) => void) | null = null
  onclose: ((ev: unknown) => void) | null = null
  onerror: ((ev: unknown) => void) | null = null
  onmessage: ((ev: { data: unknown }) => void) | null = null
  send(data: string) {
    this.sent.push(JSON.parse(data))
  }
  close() {
    this.onclose?.({})
  }
  open() {
    this.readyState = 1
    this.onopen?.({})
  }
  receive(msg: WireMessage | string) {
    this.onmessage?.({ data: typeof msg === 'string' ? msg : JSON.stringify(msg) })
  }
}

describe('WebSocket bridge', () => {
  it('builds the socket URL from the page address and its token', () => {
    expect(apiSocketUrl({ protocol: 'http:', host: '127.0.0.1:4000', search: '?token=a-b_c' })).toBe('ws://127.0.0.1:4000/api?token=a-b_c')
    expect(apiSocketUrl({ protocol: 'http:', host: 'localhost:1', search: '' })).toBe('ws://localhost:1/api?token=')
  })

  it('has one function per call of the contract, plus on', async () => {
    const socket = new ScriptedSocket()
    const pending = connectBridge(socket)
    socket.open()
    const api = await pending
    expect(Object.keys(api).sort()).toEqual([...API_CALLS, 'on'].sort())
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('matches replies to calls by id, in any order, and turns errors into ApiCallError', async () => {
    const socket = new ScriptedSocket()
    const pending = connectBridge(socket)
    socket.open()
    const api = await pending
    const a = api.readFile('a.py')
    const b = api.saveFile('b.py', 'x')
    expect(socket.sent).toEqual([
      { type: 'call', id: 1, name: 'readFile', args: ['a.py'] },
      { type: 'call', id: 2, name: 'saveFile', args: ['b.py', 'x'] },
    ])
    socket.receive({ type: 'reply', id: 2, reply: { ok: false, error: { code: 'outside-folder', message: 'nope' } } })
    socket.receive('not json') // ignored
    socket.receive({ type: 'reply', id: 1, reply: { ok: true, value: { path: 'a.py', text: 'hi', mtimeMs: 0, size: 2 } } })
    await expect(a).resolves.toMatchObject({ text: 'hi' })
    const err = await b.catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiCallError)
    expect(err).toMatchObject({ code: 'outside-folder', message: 'nope' })
  })

  it('delivers only known events to their listeners', async () => {
    const socket = new ScriptedSocket()
    const pending = connectBridge(socket)
    socket.open()
    const api = await pending
    const got: unknown[] = []
    const off = api.on('fileChanged', (c) => got.push(c))
    socket.receive({ type: 'event', name: 'fileChanged', payload: { path: 'a.py', kind: 'changed' } })
    socket.receive({ type: 'event', name: 'bogus' as 'fileChanged', payload: 1 })
    off()
    socket.receive({ type: 'event', name: 'fileChanged', payload: { path: 'b.py', kind: 'changed' } })
    expect(got).toEqual([{ path: 'a.py', kind: 'changed' }])
  })

  it('fails pending calls and reports the disconnect when the server goes away', async () => {
    const socket = new ScriptedSocket()
    let disconnected = false
    const pending = connectBridge(socket, () => (disconnected = true))
    socket.open()
    const api = await pending
    const call = api.listTree()
    socket.close()
    await expect(call).rejects.toThrow(/connection to the Pyscope server closed/)
    expect(disconnected).toBe(true)
    await expect(api.appInfo()).rejects.toThrow(/Not connected/)
  })

  it('rejects when the server refuses the socket', async () => {
    const socket = new ScriptedSocket()
    const pending = connectBridge(socket)
    socket.onerror?.({})
    socket.close()
    await expect(pending).rejects.toThrow(/refused the connection/)
  })
})
