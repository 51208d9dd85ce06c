// A stand-in for the `electron` module, recording what main and preload ask of it.
// The real Electron binary cannot run in CI, so these tests check our side of the API.

import { vi } from 'vitest'

type Handler = (...args: any[]) => any

export function createElectronMock() {
  const windows: FakeWindow[] = []
  const ipcHandlers = new Map<string, Handler>()
  const appHandlers = new Map<string, Handler>()
  const exposed: Record<string, unknown> = {}
  const rendererListeners = new Map<string, Handler[]>()
  const invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null }))
  const menus: unknown[] = []
  const beforeRequest: Handler[] = []
  const permissionHandlers: Handler[] = []

  class FakeWebContents {
    handlers = new Map<string, Handler>()
    windowOpenHandler: Handler | null = null
    sent: [string, unknown][] = []
    on(event: string, h: Handler) {
      this.handlers.set(event, h)
      return this
    }
    setWindowOpenHandler(h: Handler) {
      this.windowOpenHandler = h
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload])
    }
    getURL() {
      return 'file:///app/out/renderer/index.html'
    }
  }

  class FakeWindow {
    webContents = new FakeWebContents()
    handlers = new Map<string, Handler>()
    loaded: string | null = null
    constructor(readonly options: Record<string, any>) {
      windows.push(this)
      appHandlers.get('web-contents-created')?.({}, this.webContents)
    }
    on(event: string, h: Handler) {
      this.handlers.set(event, h)
      return this
    }
    once(event: string, h: Handler) {
      return this.on(event, h)
    }
    loadFile(file: string) {
      this.loaded = file
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.loaded = url
      return Promise.resolve()
    }
    show() {}
    maximize() {}
    isMaximized() {
      return false
    }
    isMinimized() {
      return false
    }
    isDestroyed() {
      return false
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1111, height: 777 }
    }
  }

  const module = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      on: (event: string, h: Handler) => void appHandlers.set(event, h),
      whenReady: () => Promise.resolve(),
      getPath: vi.fn((_name: string) => '/nonexistent-user-data'),
      getAppPath: () => process.cwd(),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    ipcMain: { handle: (channel: string, h: Handler) => void ipcHandlers.set(channel, h) },
    Menu: {
      buildFromTemplate: (t: unknown) => ({ template: t }),
      setApplicationMenu: (m: unknown) => void menus.push(m),
    },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showMessageBoxSync: vi.fn(() => 1),
      showErrorBox: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Handler) => void permissionHandlers.push(h),
        setPermissionCheckHandler: (_h: Handler) => {},
        webRequest: { onBeforeRequest: (h: Handler) => void beforeRequest.push(h) },
      },
    },
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
    ipcRenderer: {
      invoke,
      on: (channel: string, h: Handler) => {
        rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), h])
      },
      removeListener: (channel: string, h: Handler) => {
        rendererListeners.set(channel, (rendererListeners.get(channel) ?? []).filter((x) => x !== h))
      },
    },
  }

  return { module, windows, ipcHandlers, appHandlers, exposed, rendererListeners, invoke, menus, beforeRequest, permissionHandlers }
}

export type ElectronMock = ReturnType<typeof createElectronMock>
