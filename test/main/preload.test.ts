import { beforeAll, describe, expect, it, vi } from 'vitest'
import { API_CALLS, API_EVENTS, ipcCallChannel, ipcEventChannel } from '../../src-shared/api'
import { createElectronMock } from './electronMock'

const mock = vi.hoisted(() => ({ current: null as ReturnType<typeof createElectronMock> | null }))
vi.mock('electron', async () => {
  const { createElectronMock } = await import('./electronMock')
  mock.current = createElectronMock()
  return mock.current.module
})

describe('preload', () => {
  beforeAll(async () => {
    await import('../../src-main/preload')
  })

  it('exposes exactly the contract on window.pyscope: one function per call, plus on', () => {
    const m = mock.current!
    expect(Object.keys(m.exposed)).toEqual(['pyscope'])
    const api = m.exposed.pyscope as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...API_CALLS, 'on'].sort())
    for (const key of Object.keys(api)) expect(typeof api[key]).toBe('function')
    expect(Object.values(api)).not.toContain(m.module.ipcRenderer)
  })

  it('turns each call into one invoke on its channel and unwraps the reply', async () => {
    const m = mock.current!
    const api = m.exposed.pyscope as Record<string, (...a: unknown[]) => Promise<unknown>>
    m.invoke.mockResolvedValueOnce({ ok: true, value: { path: 'a.py', text: 'x', mtimeMs: 1, size: 1 } })
    await expect(api.readFile('a.py')).resolves.toMatchObject({ text: 'x' })
    expect(m.invoke).toHaveBeenLastCalledWith(ipcCallChannel('readFile'), 'a.py')

    m.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'outside-folder', message: 'Refused: "../x" lies outside the opened folder.' } })
    await expect(api.saveFile('../x', 'y')).rejects.toThrow(/outside the opened folder/)
    expect(m.invoke).toHaveBeenLastCalledWith(ipcCallChannel('saveFile'), '../x', 'y')
  })

  it('delivers events without the IPC event object, and unsubscribes', () => {
    const m = mock.current!
    const api = m.exposed.pyscope as { on: (e: string, l: (p: unknown) => void) => () => void }
    const got: unknown[] = []
    const off = api.on('fileChanged', (p) => got.push(p))
    const channel = ipcEventChannel('fileChanged')
    for (const h of m.rendererListeners.get(channel) ?? []) h({ sender: 'secret' }, { path: 'a.py', kind: 'changed' })
    expect(got).toEqual([{ path: 'a.py', kind: 'changed' }])
    off()
    expect(m.rendererListeners.get(channel)).toEqual([])
    expect(() => api.on('notAnEvent', () => {})).toThrow(/Unknown event/)
    expect(API_EVENTS).toContain('menuCommand')
  })
})
