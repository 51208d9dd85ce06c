import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { API_CALLS, ipcCallChannel } from '../../src-shared/api'
import { makeTempDir, removeDir, writeTree } from '../support/tempFolder'
import { createElectronMock } from './electronMock'

const mock = vi.hoisted(() => ({ current: null as ReturnType<typeof createElectronMock> | null, userData: '', rendererFile: '' }))
vi.mock('electron', async () => {
  const { createElectronMock } = await import('./electronMock')
  mock.current = createElectronMock()
  mock.current.module.app.getPath.mockImplementation(() => mock.userData)
  return mock.current.module
})

describe('Electron main', () => {
  let userData: string
  let lastFolder: string
  let main: typeof import('../../src-main/index')

  beforeAll(async () => {
    userData = makeTempDir()
    lastFolder = makeTempDir()
    writeTree(lastFolder, { 'a.py': 'print(1)\n' })
    fs.writeFileSync(path.join(userData, 'settings.json'), JSON.stringify({ lastFolder, window: { width: 900, height: 600, x: 3000, y: 40 } }))
    mock.userData = userData
    main = await import('../../src-main/index')
    await main.started
    mock.rendererFile = main.RENDERER_FILE
  })
  afterAll(() => {
    removeDir(userData)
    removeDir(lastFolder)
  })

  it('opens one window with the renderer isolated, sandboxed and without Node', () => {
    const m = mock.current!
    expect(m.windows).toHaveLength(1)
    const prefs = m.windows[0].options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(prefs.preload).toMatch(/preload[\\/]preload\.js$/)
    expect(m.windows[0].loaded).toMatch(/renderer[\\/]index\.html$/)
  })

  it('remembers the window size and restores the last folder', async () => {
    const m = mock.current!
    expect(m.windows[0].options).toMatchObject({ width: 900, height: 600 })
    expect(m.windows[0].options.x).toBeUndefined() // x: 3000 is off every screen now
    const reply = await m.ipcHandlers.get(ipcCallChannel('appInfo'))!(senderEvent(m))
    expect(reply).toMatchObject({ ok: true, value: { mode: 'desktop', folder: { root: lastFolder }, canTypePath: false } })
    m.windows[0].handlers.get('close')!()
    const saved = JSON.parse(fs.readFileSync(path.join(userData, 'settings.json'), 'utf8'))
    expect(saved.window).toMatchObject({ width: 1111, height: 777 })
    expect(saved.lastFolder).toBe(lastFolder)
  })

  it('handles every call of the contract, only from its own page', async () => {
    const m = mock.current!
    expect([...m.ipcHandlers.keys()].sort()).toEqual(API_CALLS.map(ipcCallChannel).sort())
    const handler = m.ipcHandlers.get(ipcCallChannel('readFile'))!
    await expect(handler(senderEvent(m), 'a.py')).resolves.toMatchObject({ ok: true, value: { text: 'print(1)\n' } })
    const foreign = { sender: m.windows[0].webContents, senderFrame: { url: 'https://evil.example/' } }
    await expect(handler(foreign, 'a.py')).resolves.toMatchObject({ ok: false, error: { message: /not the Pyscope window/ } })
    await expect(handler(senderEvent(m), '../../etc/passwd')).resolves.toMatchObject({ ok: false, error: { code: 'outside-folder' } })
  })

  it('blocks navigation, new windows, webviews and permission requests', () => {
    const m = mock.current!
    const wc = m.windows[0].webContents
    expect(wc.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    const nav = { preventDefault: vi.fn() }
    wc.handlers.get('will-navigate')!(nav, 'https://example.com')
    expect(nav.preventDefault).toHaveBeenCalled()
    const attach = { preventDefault: vi.fn() }
    wc.handlers.get('will-attach-webview')!(attach)
    expect(attach.preventDefault).toHaveBeenCalled()
    const answer = vi.fn()
    m.permissionHandlers[0](wc, 'media', answer)
    expect(answer).toHaveBeenCalledWith(false)
  })

  it('loads no remote content', () => {
    const m = mock.current!
    const decide = (url: string) => {
      let result: unknown
      m.beforeRequest[0]({ url }, (r: unknown) => (result = r))
      return result
    }
    const page = 'file://' + main.RENDERER_FILE
    expect(decide('file://' + path.join(path.dirname(main.RENDERER_FILE), 'assets/index.js'))).toEqual({ cancel: false })
    expect(decide(page)).toEqual({ cancel: false })
    expect(decide('https://cdn.example.com/x.js')).toEqual({ cancel: true })
    expect(decide('http://127.0.0.1:8000/')).toEqual({ cancel: true })
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true })
  })

  it('has the menu: Open Folder, Save, Zoom, Projector Mode, DevTools', () => {
    const m = mock.current!
    const menu = m.menus[0] as { template: { label?: string; submenu?: { label?: string; role?: string; click?: () => void }[] }[] }
    const items = menu.template.flatMap((top) => top.submenu ?? [])
    const labels = items.map((i) => i.label).filter(Boolean)
    for (const l of ['Open Folder…', 'Save', 'Zoom In', 'Zoom Out', 'Actual Size', 'Projector Mode', 'Toggle DevTools']) expect(labels).toContain(l)
    items.find((i) => i.label === 'Projector Mode')!.click!()
    expect(m.windows[0].webContents.sent.at(-1)).toEqual(['pyscope:event:menuCommand', { command: 'toggleProjector' }])
  })
})

function senderEvent(m: ReturnType<typeof createElectronMock>) {
  const wc = m.windows[0].webContents
  return { sender: wc, senderFrame: { url: 'file://' + mock.rendererFile } }
}
