import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatchCall } from '../../src-main/host/dispatch'
import { createHost, type Host } from '../../src-main/host/handlers'
import { API_CALLS, type PyscopeEvents } from '../../src-shared/api'
import { makeTempDir, removeDir, waitFor, writeTree } from '../support/tempFolder'

describe('host handlers', () => {
  let root: string
  let samples: string
  let host: Host
  let events: PyscopeEvents['fileChanged'][]
  let picked: string | null

  beforeEach(() => {
    root = makeTempDir()
    samples = makeTempDir()
    writeTree(root, { 'main.py': 'print(1)\n', 'pkg/__init__.py': '', 'pkg/mod.py': 'x = 1\n' })
    writeTree(samples, { 'hello/hello.py': 'print("hi")\n' })
    events = []
    picked = root
    host = createHost({
      mode: 'desktop',
      version: '9.9.9',
      samplesDir: samples,
      allowTypedPaths: false,
      pickFolder: async () => picked,
      emit: (name, payload) => {
        if (name === 'fileChanged') events.push(payload as PyscopeEvents['fileChanged'])
      },
    })
  })
  afterEach(() => {
    host.dispose()
    removeDir(root)
    removeDir(samples)
  })

  it('implements every call of the contract', () => {
    for (const name of API_CALLS) expect(typeof host.api[name]).toBe('function')
  })

  it('asks for a folder before anything else', async () => {
    await expect(host.api.listTree()).rejects.toThrow(/Open a folder of .py files/)
    await expect(host.api.readFile('main.py')).rejects.toThrow(/No folder is open/)
  })

  it('opens the folder the dialog picks, lists, reads and saves', async () => {
    const folder = await host.api.openFolder()
    expect(folder).toEqual({ root, name: path.basename(root) })
    expect((await host.api.appInfo()).folder).toEqual(folder)
    const tree = await host.api.listTree()
    expect(tree.fileCount).toBe(3)
    expect((await host.api.readFile('pkg/mod.py')).text).toBe('x = 1\n')
    await host.api.saveFile('pkg/mod.py', 'x = 2\n')
    expect(fs.readFileSync(path.join(root, 'pkg/mod.py'), 'utf8')).toBe('x = 2\n')
  })

  it('returns null when the dialog is cancelled', async () => {
    picked = null
    expect(await host.api.openFolder()).toBeNull()
  })

  it('opens bundled samples by name but no typed paths on the desktop', async () => {
    expect((await host.api.appInfo()).samples).toEqual(['hello'])
    const folder = await host.api.openFolder({ sample: 'hello' })
    expect(folder?.name).toBe('hello')
    await expect(host.api.openFolder({ sample: '../etc' })).rejects.toThrow(/no sample/)
    await expect(host.api.openFolder({ path: '/etc' })).rejects.toThrow(/Open Folder/)
  })

  it('can open a working copy of a sample, made once and kept', async () => {
    const work = makeTempDir()
    const copying = createHost({ mode: 'desktop', version: '1', samplesDir: samples, samplesWorkDir: work, allowTypedPaths: false, emit: () => {} })
    try {
      const folder = await copying.api.openFolder({ sample: 'hello' })
      expect(folder?.root).toBe(path.join(work, 'hello'))
      await copying.api.saveFile('hello.py', 'print("mine")\n')
      expect(fs.readFileSync(path.join(samples, 'hello/hello.py'), 'utf8')).toBe('print("hi")\n')
      await copying.api.openFolder({ sample: 'hello' })
      expect((await copying.api.readFile('hello.py')).text).toBe('print("mine")\n')
    } finally {
      copying.dispose()
      removeDir(work)
    }
  })

  it('refuses every path outside the opened folder', async () => {
    await host.api.openFolder()
    const outside = makeTempDir()
    try {
      writeTree(outside, { 'secret.py': 'k = 1\n' })
      fs.symlinkSync(path.join(outside, 'secret.py'), path.join(root, 'leak.py'))
      for (const p of ['../x.py', '/etc/passwd', path.join(outside, 'secret.py'), 'leak.py', 'pkg/../../x.py']) {
        await expect(host.api.readFile(p)).rejects.toThrow(/outside the opened folder/)
        await expect(host.api.saveFile(p, 'boom')).rejects.toThrow(/outside the opened folder/)
      }
      expect(fs.readFileSync(path.join(outside, 'secret.py'), 'utf8')).toBe('k = 1\n')
    } finally {
      removeDir(outside)
    }
  })

  it('reports changes on disk in listed folders, with renderer paths', async () => {
    await host.api.openFolder()
    await host.api.listTree() // the listing decides which folders are watched
    fs.writeFileSync(path.join(root, 'pkg', 'mod.py'), 'x = 3\n')
    await waitFor(() => events.some((e) => e.path === 'pkg/mod.py' && e.kind === 'changed'), 5000, 'change event')
    fs.rmSync(path.join(root, 'main.py'))
    await waitFor(() => events.some((e) => e.path === 'main.py' && e.kind === 'removed'), 5000, 'remove event')
  })

  it('does not report changes inside __pycache__', async () => {
    fs.mkdirSync(path.join(root, '__pycache__'))
    await host.api.openFolder()
    await host.api.listTree()
    fs.writeFileSync(path.join(root, '__pycache__', 'main.pyscope-312.pyc'), 'x')
    fs.writeFileSync(path.join(root, 'main.py'), 'print(2)\n')
    await waitFor(() => events.some((e) => e.path === 'main.py'), 5000, 'main.py event')
    expect(events.some((e) => e.path.includes('__pycache__'))).toBe(false)
  })
})

describe('dispatchCall', () => {
  it('answers with data for success and for failure', async () => {
    const samples = makeTempDir()
    const host = createHost({ mode: 'browser', version: '1', samplesDir: samples, allowTypedPaths: true, emit: () => {} })
    try {
      const ok = await dispatchCall(host.api, 'appInfo', [])
      expect(ok).toMatchObject({ ok: true, value: { mode: 'browser', canTypePath: true } })
      expect(await dispatchCall(host.api, 'listTree', [])).toMatchObject({ ok: false, error: { code: 'no-folder' } })
      expect(await dispatchCall(host.api, 'constructor', [])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
      expect(await dispatchCall(host.api, 'readFile', 'x')).toMatchObject({ ok: false, error: { code: 'bad-request' } })
      expect(await dispatchCall(host.api, 'readFile', ['a', 'b', 'c'])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
      expect(await dispatchCall(host.api, 'openFolder', [{ path: '/definitely/not/here' }])).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      })
    } finally {
      host.dispose()
      removeDir(samples)
    }
  })
})
