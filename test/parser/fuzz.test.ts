// Fuzzing the parser: byte flips, truncations, line and token shuffles of the fixture
// sources. Every input must give a tree or a PySyntaxError (never another exception)
// and take under a second. FUZZ_N sets the number of inputs (scripts/fuzz_parse.sh
// runs 10,000).

import { describe, expect, test } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBytes } from '../../src-main/python/parser/index'
import { PyCompileError, PySyntaxError } from '../../src-main/python/errors'
import { tokenizerAvailable } from './helpers'

const N = Number(process.env.FUZZ_N ?? 500)
const DIR = join(__dirname, '..', 'fixtures', 'ast')
const seeds = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort().map((f) => readFileSync(join(DIR, f)))
const PIECES = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '\n', '    ', '\t', '"', "'", '"""', '#', '\\', 'f"', '{x}', 'lambda', 'if', 'else', 'for', 'in', 'match', 'case', '*', '**', ':=', '@', 'def', 'class', 'async', 'await', 'yield', '0x', '1e', 'é', '\0']

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

function mutate(src: Uint8Array, r: () => number): Uint8Array {
  const text = new TextDecoder().decode(src)
  const kind = Math.floor(r() * 5)
  const enc = new TextEncoder()
  switch (kind) {
    case 0: {
      const b = src.slice()
      for (let k = 0; k < 1 + Math.floor(r() * 4); k++) if (b.length) b[Math.floor(r() * b.length)] = Math.floor(r() * 128)
      return b
    }
    case 1:
      return src.slice(0, Math.floor(r() * src.length))
    case 2: {
      const lines = text.split('\n')
      const i = Math.floor(r() * lines.length)
      const j = Math.floor(r() * lines.length)
      ;[lines[i], lines[j]] = [lines[j], lines[i]]
      return enc.encode(lines.join('\n'))
    }
    case 3: {
      const toks = text.split(/(\s+)/)
      for (let k = 0; k < 3; k++) {
        const i = Math.floor(r() * toks.length)
        const j = Math.floor(r() * toks.length)
        ;[toks[i], toks[j]] = [toks[j], toks[i]]
      }
      return enc.encode(toks.join(''))
    }
    default: {
      const at = Math.floor(r() * (text.length + 1))
      return enc.encode(text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at))
    }
  }
}

describe.skipIf(!tokenizerAvailable())('parser fuzz', () => {
  test(`${N} mutated inputs give a tree or a SyntaxError, quickly`, () => {
    const r = rng(0xc0ffee)
    let trees = 0
    let errors = 0
    let slowest = 0
    for (let i = 0; i < N; i++) {
      const input = mutate(seeds[i % seeds.length], r)
      const t0 = performance.now()
      try {
        parseBytes(input, { filename: 'fuzz.py', typeComments: i % 2 === 0 })
        trees++
      } catch (e) {
        if (!(e instanceof PySyntaxError) && !(e instanceof PyCompileError)) {
          throw new Error(`input #${i} raised ${String(e)}\n${JSON.stringify(new TextDecoder().decode(input))}`)
        }
        errors++
      }
      const dt = performance.now() - t0
      slowest = Math.max(slowest, dt)
      expect(dt, `input #${i} took ${dt} ms`).toBeLessThan(1000)
    }
    console.log(`fuzz: ${N} inputs, ${trees} trees, ${errors} syntax errors, slowest ${slowest.toFixed(1)} ms`)
  })
})
