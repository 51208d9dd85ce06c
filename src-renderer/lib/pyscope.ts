// The renderer's only door to the main side: window.pyscope, installed by the Electron
// preload or, in browser mode, by connecting the WebSocket bridge before the app mounts.

import type { PyscopeBridge } from '../../src-shared/api'
import { apiSocketUrl, connectBridge, type SocketLike } from './wsBridge'

declare global {
  interface Window {
    pyscope: PyscopeBridge
  }
}

export async function ensurePyscope(onDisconnect: () => void): Promise<PyscopeBridge> {
  if (window.pyscope) return window.pyscope
  const socket = new WebSocket(apiSocketUrl(window.location)) as unknown as SocketLike
  const bridge = await connectBridge(socket, onDisconnect)
  Object.defineProperty(window, 'pyscope', { value: bridge, writable: false, configurable: false })
  return bridge
}
