// Runs in the sandboxed preload: exposes exactly the API contract on window.pyscope, one
// function per call, never ipcRenderer itself. Sandboxed preloads can require only
// 'electron'; src-shared is bundled in by electron-vite.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_CALLS, API_EVENTS, ipcCallChannel, ipcEventChannel, unwrapReply } from '../src-shared/api'
import type { ApiEvent, ApiReply, EventListener, PyscopeBridge } from '../src-shared/api'

// Errors thrown here reach the page as plain Errors carrying our message (contextBridge
// keeps the message, not the class), which is all the renderer shows.
const calls = Object.fromEntries(
  API_CALLS.map((name) => [
    name,
    async (...args: unknown[]) => unwrapReply((await ipcRenderer.invoke(ipcCallChannel(name), ...args)) as ApiReply),
  ]),
)

const EVENTS: ReadonlySet<string> = new Set(API_EVENTS)

function on<E extends ApiEvent>(event: E, listener: EventListener<E>): () => void {
  if (!EVENTS.has(event)) throw new Error(`Unknown event "${String(event)}".`)
  const channel = ipcEventChannel(event)
  // wrap so the page never sees the IpcRendererEvent (it exposes `sender`)
  const handler = (_e: IpcRendererEvent, payload: unknown) => listener(payload as Parameters<EventListener<E>>[0])
  ipcRenderer.on(channel, handler)
  return () => void ipcRenderer.removeListener(channel, handler)
}

const bridge = { ...calls, on } as PyscopeBridge

contextBridge.exposeInMainWorld('pyscope', bridge)
