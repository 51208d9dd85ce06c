// Electron entry: one locked-down window, the menu, and the host bound to ipcMain.
// Security: the renderer is isolated and sandboxed, loads only the app's own files,
// cannot navigate or open windows, and every IPC call is checked to come from our page.

import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, type IpcMainInvokeEvent, type MenuItemConstructorOptions, type WebContents } from 'electron'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { version as VERSION } from '../package.json'
import { API_CALLS, ipcCallChannel, ipcEventChannel, type MenuCommand, type PyscopeEvents } from '../src-shared/api'
import { dispatchCall } from './host/dispatch'
import { plainValue } from './host/jsonText'
import { createHost, type Host } from './host/handlers'
import { openSettings, type SettingsStore } from './host/settings'

const DEV_URL = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
export const RENDERER_FILE = path.join(__dirname, '../renderer/index.html')

/** The renderer's settings; tests check these exact values. */
export function secureWebPreferences(preload: string): Electron.WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

/** Only the app's own files (and the dev server while developing) may load. */
export function isAppUrl(url: string): boolean {
  if (DEV_URL && url.startsWith(DEV_URL)) return true
  if (url.startsWith('devtools://')) return true
  if (!url.startsWith('file://')) return false
  try {
    const file = decodeURIComponent(new URL(url).pathname)
    const root = path.dirname(RENDERER_FILE)
    const rel = path.relative(root, process.platform === 'win32' ? file.replace(/^\//, '') : file)
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
  } catch {
    return false
  }
}

let mainWindow: BrowserWindow | null = null
let host: Host | null = null
let settings: SettingsStore

function send<E extends keyof PyscopeEvents>(event: E, payload: PyscopeEvents[E]): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(ipcEventChannel(event), payload)
}

function menuCommand(command: MenuCommand): () => void {
  return () => send('menuCommand', { command })
}

export function menuTemplate(): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin'
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: menuCommand('openFolder') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: menuCommand('save') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Zoom In', role: 'zoomIn' },
        { label: 'Zoom Out', role: 'zoomOut' },
        { label: 'Actual Size', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Projector Mode', accelerator: 'CmdOrCtrl+Shift+P', click: menuCommand('toggleProjector') },
        { type: 'separator' },
        { label: 'Run', accelerator: 'F5', click: menuCommand('run') },
        { label: 'Stop', accelerator: 'Shift+F5', click: menuCommand('stop') },
        { type: 'separator' },
        { label: 'Toggle DevTools', role: 'toggleDevTools' },
      ],
    },
  ]
}

/** No navigation, no new windows, no webviews: the app is one page. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

function lockDownSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  // belt and braces beside the page's CSP: nothing remote is ever fetched
  ses.webRequest.onBeforeRequest((details, callback) => {
    const ok = isAppUrl(details.url) || details.url.startsWith('data:') || details.url.startsWith('blob:')
    callback({ cancel: !ok })
  })
}

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return !!mainWindow && event.sender === mainWindow.webContents && !!frame && isAppUrl(frame.url)
}

function bindIpc(api: Host['api']): void {
  for (const name of API_CALLS) {
    ipcMain.handle(ipcCallChannel(name), async (event, ...args: unknown[]) => {
      if (!trustedSender(event)) return { ok: false, error: { code: 'bad-request', message: 'Refused: not the Pyscope window.' } }
      const reply = await dispatchCall(api, name, args)
      return reply.ok ? { ok: true, value: plainValue(reply.value) } : reply
    })
  }
}

/** A saved position is used only while it is still on a screen: teachers unplug projectors. */
function onSomeScreen(x: number, y: number): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width - 50 && y < a.y + a.height - 50)
}

function createWindow(): BrowserWindow {
  const saved = settings.get().window
  const win = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 820,
    ...(saved?.x !== undefined && saved?.y !== undefined && onSomeScreen(saved.x, saved.y) ? { x: saved.x, y: saved.y } : {}),
    minWidth: 640,
    minHeight: 400,
    title: 'Pyscope',
    backgroundColor: '#f6f7f9',
    icon: path.join(app.getAppPath(), 'resources/icon.png'),
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, '../preload/preload.js')),
  })
  if (saved?.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', () => {
    const b = win.getNormalBounds()
    settings.update({ window: { width: b.width, height: b.height, x: b.x, y: b.y, maximized: win.isMaximized() } })
  })
  // a page with unsaved edits asks before closing (the renderer's beforeunload)
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Discard changes and close', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'This file has unsaved changes.',
    })
    if (choice === 0) event.preventDefault()
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  if (DEV_URL) void win.loadURL(DEV_URL)
  else void win.loadFile(RENDERER_FILE)
  return win
}

function samplesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'samples') : path.join(app.getAppPath(), 'resources/samples')
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('web-contents-created', (_e, contents) => harden(contents))
  app.on('window-all-closed', () => app.quit())
  await app.whenReady()

  settings = openSettings(path.join(app.getPath('userData'), 'settings.json'))
  lockDownSession()
  host = createHost({
    mode: 'desktop',
    version: VERSION,
    samplesDir: samplesDir(),
    samplesWorkDir: path.join(app.getPath('documents'), 'Pyscope samples'),
    allowTypedPaths: false,
    pickFolder: async () => {
      const options: Electron.OpenDialogOptions = { title: 'Open a folder of .py files', properties: ['openDirectory'] }
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    onFolderOpened: (folder) => settings.update({ lastFolder: folder.root }),
    emit: send,
  })
  bindIpc(host.api)
  const last = settings.get().lastFolder
  if (last && fs.existsSync(last)) await host.open(last).catch(() => undefined)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()))
  mainWindow = createWindow()
  app.on('before-quit', () => host?.dispose())
}

/** resolves once the window exists (tests wait on it) */
export const started: Promise<void> = start().catch((err: unknown) => {
  dialog.showErrorBox('Pyscope could not start', err instanceof Error ? (err.stack ?? err.message) : String(err))
  app.exit(1)
})
