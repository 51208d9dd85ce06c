// Damaged marshal data: truncations, flipped bytes and random bytes must end in a
// MarshalError (CPython's exception type and message) or a value — never another
// kind of exception, never a hang.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loads } from '../../src-main/python/marshal/loads'
import { MarshalError } from '../../src-main/python/marshal/types'

const DIR = join(__dirname, '..', 'fixtures', 'dis')
const good = new Uint8Array(readFileSync(join(DIR, 'closures.marshal')))

/** a small deterministic PRNG (mulberry32) */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function tryLoad(b: Uint8Array): 'ok' | string {
  try {
    loads(b)
    return 'ok'
  } catch (e) {
    expect(e).toBeInstanceOf(MarshalError)
    return (e as MarshalError).pyType + ': ' + (e as MarshalError).message
  }
}

describe('damaged marshal data', () => {
  it('CPython messages for the classic cases', () => {
    expect(tryLoad(new Uint8Array([]))).toBe('EOFError: EOF read where object expected')
    expect(tryLoad(new Uint8Array([0x01]))).toBe('ValueError: bad marshal data (unknown type code)')
    expect(tryLoad(new Uint8Array([0x69, 1, 2]))).toBe('EOFError: marshal data too short')
    expect(tryLoad(new Uint8Array([0x72, 0, 0, 0, 0]))).toBe('ValueError: bad marshal data (invalid reference)')
    expect(tryLoad(new Uint8Array([0x30]))).toBe('TypeError: NULL object in marshal data for object')
    expect(tryLoad(new Uint8Array([0x29, 1, 0x30]))).toBe('TypeError: NULL object in marshal data for tuple')
    expect(tryLoad(new Uint8Array([0x6c, 1, 0, 0, 0, 0, 0]))).toBe('ValueError: bad marshal data (unnormalized long data)')
    expect(tryLoad(new Uint8Array([0x6c, 1, 0, 0, 0, 0, 0x90]))).toBe('ValueError: bad marshal data (digit out of range in long)')
    expect(tryLoad(new Uint8Array([0x73, 0xff, 0xff, 0xff, 0xff]))).toBe('ValueError: bad marshal data (bytes object size out of range)')
    expect(tryLoad(new Uint8Array([0x29, 3, 0x4e]))).toBe('EOFError: EOF read where object expected')
    const deep = new Uint8Array(5000).fill(0x29 /* ( */)
    for (let i = 1; i < deep.length; i += 2) deep[i] = 1
    expect(tryLoad(deep)).toBe('ValueError: recursion limit exceeded')
  })
  it('every truncation of a real module', () => {
    for (let n = 0; n < good.length; n += Math.max(1, Math.floor(good.length / 300))) {
      const r = tryLoad(good.subarray(0, n))
      expect(r).not.toBe('ok')
    }
  })
  it('1,000 random corruptions and random inputs end cleanly', () => {
    const rand = rng(12345)
    const outcomes = new Map<string, number>()
    for (let k = 0; k < 1000; k++) {
      let b: Uint8Array
      if (k % 2 === 0) {
        b = good.slice()
        const flips = 1 + Math.floor(rand() * 8)
        for (let f = 0; f < flips; f++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256)
      } else {
        b = new Uint8Array(Math.floor(rand() * 200))
        for (let i = 0; i < b.length; i++) b[i] = Math.floor(rand() * 256)
      }
      const r = tryLoad(b)
      const kind = r === 'ok' ? 'ok' : r.split(':')[0]
      outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1)
    }
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(1000)
  })
})
