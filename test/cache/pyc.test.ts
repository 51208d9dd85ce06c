// The .pyc header and cache paths against importlib's behaviour (goldens from
// CPython 3.12 in test/fixtures/dis/source_hash.json).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPyc, buildPycHeader, cacheFromSource, parsePycHeader, pycCode, pycMtime, sourceFromCache, sourceHash } from '../../src-main/python/cache/pyc'
import { loadsCode } from '../../src-main/python/marshal/loads'
import { codeToJson } from '../support/codeJson'

const DIR = join(__dirname, '..', 'fixtures', 'dis')
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'))

describe('source_hash', () => {
  const golden = JSON.parse(readFileSync(join(DIR, 'source_hash.json'), 'utf8')) as [string, string][]
  for (const [src, h] of golden) {
    it(`source_hash of ${src.length / 2} bytes`, () => expect(hex(sourceHash(bytes(src)))).toBe(h))
  }
})

describe('header', () => {
  const src = new TextEncoder().encode('x = 1\n')
  const code = loadsCode(new Uint8Array(readFileSync(join(DIR, 'calculate_sum.marshal'))))
  it('timestamp pyc', () => {
    const pyc = buildPyc(code, src, 'timestamp', { mtime: 1700000000.75, size: 6 })
    expect(hex(pyc.subarray(0, 16))).toBe('cb0d0d0a' + '00000000' + '00f15365' + '06000000')
    const h = parsePycHeader(pyc, { stat: { mtime: 1700000000.2, size: 6 } })
    expect(h.problem).toBeNull()
    expect(h.mode).toBe('timestamp')
    expect(parsePycHeader(pyc, { stat: { mtime: 1700000001, size: 6 } }).problem).toBe('mtime changed')
    expect(parsePycHeader(pyc, { stat: { mtime: 1700000000, size: 7 } }).problem).toBe('size changed')
    expect(codeToJson(pycCode(pyc))).toEqual(codeToJson(code))
  })
  it('mtime is truncated to 32 bits as int(st_mtime) & 0xFFFFFFFF', () => {
    expect(pycMtime(2 ** 32 + 5.9)).toBe(5)
    expect(pycMtime(-1.5)).toBe(0xffffffff)
  })
  it('hash pycs', () => {
    const checked = buildPycHeader(src, 'checked-hash')
    expect(hex(checked.subarray(4, 8))).toBe('03000000')
    expect(hex(checked.subarray(8))).toBe(hex(sourceHash(src)))
    expect(parsePycHeader(checked, { source: src }).problem).toBeNull()
    expect(parsePycHeader(checked, { source: new Uint8Array([1]) }).problem).toBe('hash changed')
    const unchecked = buildPycHeader(src, 'unchecked-hash')
    expect(hex(unchecked.subarray(4, 8))).toBe('01000000')
    expect(parsePycHeader(unchecked, { source: new Uint8Array([1]) }).problem).toBeNull()
    expect(parsePycHeader(unchecked, { source: new Uint8Array([1]), checkHashBasedPycs: 'always' }).problem).toBe('hash changed')
    expect(parsePycHeader(checked, { source: new Uint8Array([1]), checkHashBasedPycs: 'never' }).problem).toBeNull()
  })
  it('damaged headers', () => {
    const good = buildPycHeader(src, 'timestamp', { mtime: 0, size: 6 })
    // _classify_pyc compares data[:4] with the magic first: a 3-byte file has a bad magic
    expect(parsePycHeader(good.subarray(0, 3)).problem).toBe('bad magic')
    expect(parsePycHeader(good.subarray(0, 10)).problem).toBe('truncated')
    const badMagic = good.slice()
    badMagic[0] = 0x42
    expect(parsePycHeader(badMagic, { name: 'm' }).problem).toBe('bad magic')
    expect(parsePycHeader(badMagic, { name: 'm' }).message).toBe("bad magic number in 'm': b'B\\r\\r\\n'")
    const badFlags = good.slice()
    badFlags[4] = 4
    expect(parsePycHeader(badFlags).problem).toBe('bad flags')
  })
})

describe('cache paths', () => {
  it('cache_from_source', () => {
    expect(cacheFromSource('/a/b/mod.py')).toBe('/a/b/__pycache__/mod.pyscope-312.pyc')
    expect(cacheFromSource('mod.py')).toBe('__pycache__/mod.pyscope-312.pyc')
    expect(cacheFromSource('/a/b/pkg.tar.py')).toBe('/a/b/__pycache__/pkg.tar.pyscope-312.pyc')
    expect(cacheFromSource('/a/b/noext')).toBe('/a/b/__pycache__/noextpyscope-312.pyc')
    expect(cacheFromSource('/a/b/mod.py', { optimization: 2 })).toBe('/a/b/__pycache__/mod.pyscope-312.opt-2.pyc')
    expect(cacheFromSource('/a/b/mod.py', { prefix: '/tmp/pfx' })).toBe('/tmp/pfx/a/b/mod.pyscope-312.pyc')
    expect(cacheFromSource('b/mod.py', { prefix: '/tmp/pfx', cwd: '/home/u' })).toBe('/tmp/pfx/home/u/b/mod.pyscope-312.pyc')
  })
  it('source_from_cache', () => {
    expect(sourceFromCache('/a/b/__pycache__/mod.pyscope-312.pyc')).toBe('/a/b/mod.py')
    expect(sourceFromCache('/a/b/__pycache__/mod.pyscope-312.opt-1.pyc')).toBe('/a/b/mod.py')
    expect(sourceFromCache('/tmp/pfx/a/b/mod.pyscope-312.pyc', { prefix: '/tmp/pfx' })).toBe('/a/b/mod.py')
    expect(() => sourceFromCache('/a/b/mod.pyscope-312.pyc')).toThrow('__pycache__ not bottom-level directory')
    expect(() => sourceFromCache('/a/__pycache__/mod.pyc')).toThrow('expected only 2 or 3 dots')
    expect(() => sourceFromCache('/a/__pycache__/mod.x.opt.pyc')).toThrow("does not start with 'opt-'")
  })
})
