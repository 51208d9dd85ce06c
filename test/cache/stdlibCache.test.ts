// Our stdlib (resources/lib) is on sys.path after the script's folder, and its pycs go to
// the per-user cache folder (the sources may be read-only inside the installed app), laid
// out as sys.pycache_prefix lays pycs out. Project modules keep __pycache__ beside them.

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { execFileSync } from 'node:child_process'
import { runMain } from '../../src-main/python/run'
import { captureHost } from '../vm/programSupport'
import { pycPathFor, DEFAULT_CACHE_SETTINGS } from '../../src-main/python/cache/sourceLoader'
import { findStdlibDir, stdlibLocation } from '../../src-main/host/stdlib'
import type { CacheEvent } from '../../src-shared/cache'

const LIB = path.resolve(__dirname, '../../resources/lib')

describe('stdlib location', () => {
  it('is resources/lib of the source tree, or PYSCOPE_STDLIB', () => {
    expect(findStdlibDir({})).toBe(LIB)
    expect(findStdlibDir({ PYSCOPE_STDLIB: path.join(LIB, '..', 'samples') })).toBe(path.resolve(LIB, '..', 'samples'))
    expect(stdlibLocation()?.dir).toBe(LIB)
  })

  it('puts stdlib pycs under the cache folder and leaves other modules alone', () => {
    const settings = { ...DEFAULT_CACHE_SETTINGS, stdlib: { dir: '/app/lib', cacheDir: '/home/u/.cache/pyscope/lib' } }
    expect(pycPathFor('/app/lib/json/__init__.py', settings, '/')).toBe('/home/u/.cache/pyscope/lib/app/lib/json/__init__.pyscope-312.pyc')
    expect(pycPathFor('/proj/mod.py', settings, '/')).toBe('/proj/__pycache__/mod.pyscope-312.pyc')
    expect(pycPathFor('/app/library/x.py', settings, '/')).toBe('/app/library/__pycache__/x.pyscope-312.pyc')
  })
})

describe('importing a stdlib module', () => {
  let tmp: string
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyscope-stdlib-'))
  })
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }))

  it('compiles it once into the cache folder, then hits', async () => {
    const prog = path.join(tmp, 'main.py')
    fs.writeFileSync(prog, 'import sys, this\nprint(sys.path[-1] == this.__file__.rsplit("/", 1)[0], this.i)\n')
    const cacheDir = path.join(tmp, 'cache')
    const run = async (): Promise<{ out: string; events: CacheEvent[] }> => {
      const cap = captureHost(tmp)
      const host = { ...cap.host, env: (n: string) => (n === 'PYTHONDONTWRITEBYTECODE' ? undefined : cap.host.env(n)), stdlib: { dir: LIB, cacheDir } }
      const events: CacheEvent[] = []
      expect(await runMain([prog], host, { onCacheEvent: (e) => void events.push(e) })).toBe(0)
      return { out: cap.stdout(), events }
    }
    const first = await run()
    expect(first.out.split('\n').slice(-2)).toEqual(['True 25', ''])
    const pyc = path.join(cacheDir, LIB.replace(/^\/+/, ''), 'this.pyscope-312.pyc')
    expect(fs.existsSync(pyc)).toBe(true)
    expect(fs.existsSync(path.join(LIB, '__pycache__'))).toBe(false)
    const second = await run()
    expect(second.out).toBe(first.out)
    const ev = second.events.find((e) => e.module === 'this')
    expect(ev?.outcome).toBe('hit')
    expect(ev?.pycPath).toBe(pyc)
  })
})

describe('the built command finds the stdlib (out/main and its chunks)', () => {
  const CLI = path.resolve(__dirname, '../../out/main/cli.js')
  it.runIf(fs.existsSync(CLI))('imports json from resources/lib and caches it in PYSCOPE_CACHE_DIR', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyscope-stdlib-cli-'))
    try {
      fs.writeFileSync(path.join(tmp, 'j.py'), 'import json\nprint(json.dumps({"a": [1, 2.5, None]}), json.__file__.endswith("resources/lib/json/__init__.py"))\n')
      const env: NodeJS.ProcessEnv = { ...process.env, PYSCOPE_CACHE_DIR: path.join(tmp, 'cache') }
      delete env.PYTHONDONTWRITEBYTECODE
      const out = execFileSync(process.execPath, [CLI, path.join(tmp, 'j.py')], { env, encoding: 'utf8' })
      expect(out).toBe('{"a": [1, 2.5, null]} True\n')
      expect(fs.existsSync(path.join(tmp, 'cache', 'lib', LIB.replace(/^\/+/, ''), 'json', '__init__.pyscope-312.pyc'))).toBe(true)
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})
