// Fuzzing: byte flips, truncations and inserted delimiters over real source files. Every
// input must give tokens or a PySyntaxError (in both modes, after decoding), never another
// exception and never a hang. 500 inputs here; `node scripts/fuzz_tokenize.mjs [N]` runs
// more (FUZZ_N).

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PySyntaxError, PyCompileError } from '../../src-main/python/errors'
import { Tokenizer } from '../../src-main/python/tokenizer/tokenizer'
import { decodeSource } from '../../src-main/python/tokenizer/decode'
import { FIXTURES } from './helpers'

const N = Number(process.env.FUZZ_N ?? 500)
const SEED = Number(process.env.FUZZ_SEED ?? 12345)

/** mulberry32: a small deterministic PRNG */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SPECIAL = ['"', "'", '"""', "'''", '{', '}', '(', ')', '[', ']', '\\', '\n', '\r', '\t', ' ',
  '#', 'f"', "rf'", 'b"', '0x', '1_', '.', 'é', '€', '\u00a0', '\x00', '\x0c', ':', '=', '!', '\ud83d\ude00']

function corpus(): Uint8Array[] {
  const out: Uint8Array[] = []
  for (const f of readdirSync(FIXTURES).sort()) if (f.endsWith('.py')) out.push(new Uint8Array(readFileSync(join(FIXTURES, f))))
  return out.filter((b) => b.length > 0)
}

function mutate(src: Uint8Array, r: () => number): Uint8Array {
  const b = Array.from(src)
  const ops = 1 + Math.floor(r() * 4)
  for (let k = 0; k < ops; k++) {
    const pos = Math.floor(r() * (b.length + 1))
    const what = r()
    if (what < 0.3) {
      if (b.length) b[Math.min(pos, b.length - 1)] ^= 1 << Math.floor(r() * 8)
    } else if (what < 0.5) {
      b.length = Math.min(b.length, pos)
    } else if (what < 0.6) {
      b.splice(pos, Math.floor(r() * 8))
    } else {
      const s = SPECIAL[Math.floor(r() * SPECIAL.length)]
      b.splice(pos, 0, ...new TextEncoder().encode(s))
    }
  }
  return new Uint8Array(b)
}

function runBoth(bytes: Uint8Array): void {
  let src: string
  try {
    src = decodeSource(bytes, 'fuzz.py')
  } catch (e) {
    // SyntaxError, or the UnicodeDecodeError CPython lets escape for an f-string part
    if (e instanceof PySyntaxError || e instanceof PyCompileError) src = new TextDecoder().decode(bytes)
    else throw e
  }
  for (const extraTokens of [false, true]) {
    try {
      const t = new Tokenizer(src, { filename: 'fuzz.py', extraTokens, typeComments: !extraTokens })
      // a hang shows as more tokens than characters could ever produce
      const limit = src.length * 4 + 100
      let k = 0
      for (; k < limit; k++) if (t.next().type === 'ENDMARKER') break
      if (k >= limit) throw new Error('tokenizer does not reach ENDMARKER')
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e
    }
  }
}

describe('tokenizer fuzz', () => {
  it(`${N} mutated inputs: tokens or PySyntaxError only`, () => {
    const r = rng(SEED)
    const base = corpus()
    let maxMs = 0
    const crashes: string[] = []
    for (let i = 0; i < N; i++) {
      const input = mutate(base[Math.floor(r() * base.length)], r)
      const t0 = performance.now()
      try {
        runBoth(input)
      } catch (e) {
        if (crashes.length < 5) crashes.push(`${String(e)} on ${JSON.stringify(new TextDecoder().decode(input))}`)
        else crashes.push('')
      }
      maxMs = Math.max(maxMs, performance.now() - t0)
    }
    if (process.env.FUZZ_N) console.log(`fuzz: ${N} inputs, ${crashes.length} crashes, max ${maxMs.toFixed(1)} ms per input`)
    expect(crashes.slice(0, 5)).toEqual([])
    expect(maxMs).toBeLessThan(2000)
  }, 600_000)
})
