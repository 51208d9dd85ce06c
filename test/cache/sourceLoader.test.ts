// The bytecode cache on import: every scenario of issue #6 against a real folder,
// with a counting compiler so we can see when the source was compiled.

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createNodePyHost } from '../../src-main/host/nodePyHost'
import { CodeObject } from '../../src-main/python/objects/code'
import { cacheStatus, loadSourceModule, type CacheSettings } from '../../src-main/python/cache/sourceLoader'
import { cacheFromSource, sourceHash } from '../../src-main/python/cache/pyc'
import type { CacheEvent } from '../../src-shared/cache'

const settings = (over: Partial<CacheSettings> = {}): CacheSettings => ({
  dontWriteBytecode: false,
  prefix: null,
  invalidationMode: 'timestamp',
  verbose: false,
  ...over,
})

let dir: string
let src: string
let compiles: number
const stderr: string[] = []
const host = createNodePyHost({ stderr: (t) => void stderr.push(t), stdout: () => undefined })

// RESUME 0; RETURN_CONST 0 — a module that does nothing, enough to marshal and load back
function compileStub(source: Uint8Array, filename: string): CodeObject {
  compiles++
  return new CodeObject({
    co_name: '<module>', co_qualname: '<module>', co_filename: filename, co_stacksize: 1,
    co_code: Uint8Array.from([151, 0, 121, 0]), co_consts: [null, new TextDecoder().decode(source)],
    co_linetable: Uint8Array.from([0xf0, 0x01, 0x01, 0x01]),
  })
}

function load(over: Partial<CacheSettings> = {}): CacheEvent {
  const r = loadSourceModule(host, 'mod', src, compileStub, settings(over))
  expect(r.code.co_consts[1]).toBe(fs.readFileSync(src, 'utf8'))
  return r.event
}

function pyc(): string {
  return cacheFromSource(src)
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyscope-cache-'))
  src = path.join(dir, 'mod.py')
  fs.writeFileSync(src, 'x = 1\n')
  fs.utimesSync(src, 1_700_000_000, 1_700_000_000)
  compiles = 0
  stderr.length = 0
})

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('timestamp pycs', () => {
  it('writes on the first import and hits on the second', () => {
    const first = load()
    expect(first).toMatchObject({ outcome: 'written', reason: 'no pyc', pycPath: path.join(dir, '__pycache__', 'mod.pyscope-312.pyc') })
    expect(fs.existsSync(pyc())).toBe(true)
    const second = load()
    expect(second).toMatchObject({ outcome: 'hit', reason: null })
    expect(second.header).toMatchObject({ magicHex: 'cb0d0d0a', magicOk: true, flags: 0, mode: 'timestamp', mtime: 1_700_000_000, size: 6 })
    expect(second.source).toMatchObject({ mtime: 1_700_000_000, size: 6 })
    expect(compiles).toBe(1)
  })

  it('an edit that changes the mtime makes the pyc stale and it is rewritten', () => {
    load()
    fs.writeFileSync(src, 'x = 2\n')
    fs.utimesSync(src, 1_700_000_100, 1_700_000_100)
    expect(load()).toMatchObject({ outcome: 'written', reason: 'mtime changed', detail: "bytecode is stale for 'mod'" })
    expect(load()).toMatchObject({ outcome: 'hit' })
    expect(compiles).toBe(2)
  })

  it('a size change with the same mtime is caught too', () => {
    load()
    fs.writeFileSync(src, 'x = 22\n')
    fs.utimesSync(src, 1_700_000_000, 1_700_000_000)
    expect(load()).toMatchObject({ outcome: 'written', reason: 'size changed' })
  })

  it('explains the timestamp trap when the pyc was written in the source\'s second', () => {
    load()
    const st = fs.statSync(src)
    fs.utimesSync(pyc(), st.atime, st.mtime)
    const hit = load()
    expect(hit.outcome).toBe('hit')
    expect(hit.detail).toMatch(/same second.*checked-hash/)
  })
})

describe('hash-based pycs (PEP 552)', () => {
  it('checked-hash: an edit restoring the mtime is still caught by the hash', () => {
    expect(load({ invalidationMode: 'checked-hash' }).outcome).toBe('written')
    expect(load()).toMatchObject({ outcome: 'hit', header: { mode: 'checked-hash', flags: 3 } })
    fs.writeFileSync(src, 'x = 9\n')
    fs.utimesSync(src, 1_700_000_000, 1_700_000_000)
    const ev = load({ invalidationMode: 'checked-hash' })
    expect(ev).toMatchObject({ outcome: 'written', reason: 'hash changed' })
    expect(ev.source?.hashHex).toBe(Buffer.from(sourceHash(fs.readFileSync(src))).toString('hex'))
  })

  it('unchecked-hash pycs are trusted as they are', () => {
    load({ invalidationMode: 'unchecked-hash' })
    fs.writeFileSync(src, 'x = 3\n')
    const ev = loadSourceModule(host, 'mod', src, compileStub, settings())
    expect(ev.event).toMatchObject({ outcome: 'hit', header: { mode: 'unchecked-hash', flags: 1 } })
    expect(ev.code.co_consts[1]).toBe('x = 1\n')
  })
})

describe('damaged pycs are misses with a reason, and a valid pyc is left behind', () => {
  const cases: [string, (good: Buffer) => Buffer, string][] = [
    ['empty', () => Buffer.alloc(0), 'bad magic'],
    ['ten bytes', (g) => g.subarray(0, 10), 'truncated header'],
    ['wrong magic', (g) => Buffer.concat([Buffer.from([0x0b, 0x0d, 0x0d, 0x0a]), g.subarray(4)]), 'bad magic'],
    ['unknown flags', (g) => { const b = Buffer.from(g); b[4] = 4; return b }, 'unknown flags'],
    ['truncated body', (g) => g.subarray(0, 20), 'corrupt body'],
    ['header only', (g) => g.subarray(0, 16), 'corrupt body'],
    ['random body', (g) => Buffer.concat([g.subarray(0, 16), Buffer.from([0x99, 0x42, 0x13, 0x07, 0xff])]), 'corrupt body'],
  ]
  for (const [name, damage, reason] of cases) {
    it(name, () => {
      load()
      const good = fs.readFileSync(pyc())
      fs.writeFileSync(pyc(), damage(good))
      const ev = load()
      expect(ev).toMatchObject({ outcome: 'written', reason })
      if (reason === 'corrupt body') expect(ev.cpythonWould).toMatch(/CPython 3\.12 raises (EOFError|ValueError)/)
      expect(load()).toMatchObject({ outcome: 'hit' })
      expect(cacheStatus(host, src, { prefix: null }).state).toBe('fresh')
    })
  }
})

describe('writing', () => {
  it('-B / PYTHONDONTWRITEBYTECODE: compiled, nothing written', () => {
    expect(load({ dontWriteBytecode: true })).toMatchObject({ outcome: 'write skipped', reason: 'no pyc' })
    expect(fs.existsSync(pyc())).toBe(false)
  })

  it('a folder where __pycache__ cannot be made still runs and says why', () => {
    fs.writeFileSync(path.join(dir, '__pycache__'), 'not a folder')
    const ev = load()
    expect(ev.outcome).toBe('write skipped')
    expect(ev.reason).toBe('folder not writable')
    expect(ev.detail).toMatch(/could not write the pyc/)
  })

  it('a cache prefix puts pycs in a tree of their own', () => {
    const prefix = path.join(dir, 'prefix')
    const ev = load({ prefix })
    expect(ev.pycPath).toBe(path.join(prefix, dir.slice(1), 'mod.pyscope-312.pyc'))
    expect(fs.existsSync(ev.pycPath!)).toBe(true)
    expect(load({ prefix }).outcome).toBe('hit')
  })

  it('-v prints importlib\'s messages', () => {
    load({ verbose: true })
    load({ verbose: true })
    expect(stderr.join('')).toBe(
      `# code object from ${src}\n# created '${pyc()}'\n# ${pyc()} matches ${src}\n# code object from '${pyc()}'\n`,
    )
  })

  it('concurrent writers never leave a partial file', () => {
    // many writes of the same pyc, interleaved with reads: every read is a whole pyc
    for (let i = 0; i < 30; i++) {
      fs.writeFileSync(src, `x = ${'1'.repeat(i + 1)}\n`)
      fs.utimesSync(src, 1_700_000_000 + i, 1_700_000_000 + i)
      load()
      expect(cacheStatus(host, src, { prefix: null }).state).toBe('fresh')
    }
    expect(fs.readdirSync(path.join(dir, '__pycache__'))).toEqual(['mod.pyscope-312.pyc'])
  })
})

describe('cacheStatus', () => {
  it('reports absent, fresh and stale without compiling', () => {
    expect(cacheStatus(host, src, { prefix: null })).toMatchObject({ state: 'absent', reason: 'no pyc' })
    load()
    expect(cacheStatus(host, src, { prefix: null })).toMatchObject({ state: 'fresh' })
    fs.utimesSync(src, 1_700_000_500, 1_700_000_500)
    expect(cacheStatus(host, src, { prefix: null })).toMatchObject({ state: 'stale', reason: 'mtime changed' })
    expect(compiles).toBe(1)
  })
})

describe('pyscope cache FOLDER', () => {
  it('lists states, and --clear removes only our own pycs', async () => {
    const { cacheCommand } = await import('../../src-main/python/cache/report')
    const out: string[] = []
    const h = createNodePyHost({ stdout: (t) => void out.push(t), stderr: (t) => void out.push(t) })
    fs.writeFileSync(path.join(dir, 'other.py'), 'y = 2\n')
    fs.mkdirSync(path.join(dir, 'pkg'))
    fs.writeFileSync(path.join(dir, 'pkg', '__init__.py'), '')
    load()
    fs.writeFileSync(path.join(dir, '__pycache__', 'mod.cpython-312.pyc'), 'CPython owns this')
    fs.writeFileSync(path.join(dir, '__pycache__', 'gone.pyscope-312.pyc'), 'orphan')
    expect(cacheCommand([dir], h)).toBe(0)
    expect(out.join('')).toBe(
      'mod.py           fresh\nother.py         absent\npkg/__init__.py  absent\n3 files: 1 fresh, 0 stale, 2 absent\n',
    )
    out.length = 0
    expect(cacheCommand(['--json', dir], h)).toBe(0)
    expect(JSON.parse(out.join('')).map((r: { state: string }) => r.state)).toEqual(['fresh', 'absent', 'absent'])
    out.length = 0
    expect(cacheCommand(['--clear', dir], h)).toBe(0)
    expect(out.join('')).toBe('removed 2 pyc files\n')
    expect(fs.readdirSync(path.join(dir, '__pycache__'))).toEqual(['mod.cpython-312.pyc'])
    expect(cacheCommand([path.join(dir, 'nope')], h)).toBe(2)
  })
})
