// Golden files (scripts/gen_tokenize_golden.py, from CPython 3.12.1): for every fixture,
// `pyscope -m tokenize` and `-m tokenize -e` print exactly what python3.12 prints (or fail
// with the same last stderr line and exit status), and in parser mode every error our
// tokenizer raises is the SyntaxError compile() raises.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src-main/python/tools/tokenize'
import { Tokenizer } from '../../src-main/python/tokenizer/tokenizer'
import { decodeSource } from '../../src-main/python/tokenizer/decode'
import { PySyntaxError } from '../../src-main/python/errors'
import { captureHost, FIXTURES, lastLine } from './helpers'

interface Golden {
  sections: { args: string[]; exit: number; body: string }[]
  compile: unknown[] | null
}

function readGolden(name: string): Golden {
  const text = readFileSync(join(FIXTURES, name.replace(/\.py$/, '.tokens')), 'utf8')
  const parts = text.split(/^== /m).filter((p) => p)
  const g: Golden = { sections: [], compile: null }
  for (const p of parts) {
    const nl = p.indexOf('\n')
    const head = p.slice(0, nl)
    const body = p.slice(nl + 1)
    if (head === 'compile') g.compile = JSON.parse(body)
    else {
      const m = /^tokenize( -e)? \(exit (\d+)\)$/.exec(head)!
      g.sections.push({ args: m[1] ? ['-e'] : [], exit: Number(m[2]), body })
    }
  }
  return g
}

/** Error messages the tokenizer itself raises in parser mode (the rest come from pegen). */
function tokenizerErrors(name: string): PySyntaxError | null {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)))
  try {
    const src = decodeSource(bytes, name)
    const t = new Tokenizer(src, { filename: name })
    for (let k = 0; k < 100000; k++) if (t.next().type === 'ENDMARKER') return null
    return null
  } catch (e) {
    if (e instanceof PySyntaxError) return e
    throw e
  }
}

const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.py')).sort()

describe('tokenize tool against CPython 3.12 golden files', () => {
  for (const name of names) {
    it(name, async () => {
      const g = readGolden(name)
      for (const s of g.sections) {
        const cap = captureHost(FIXTURES)
        const rc = await main([...s.args, name], cap.host)
        if (s.exit === 0) {
          expect(cap.stderr()).toBe('')
          expect(cap.stdout()).toBe(s.body)
        } else {
          expect(`# stderr: ${lastLine(cap.stderr())}\n`).toBe(s.body)
        }
        expect(rc).toBe(s.exit)
      }
    })
  }
})

describe('parser-mode tokenizer errors are compile()\'s', () => {
  for (const name of names) {
    it(name, () => {
      const g = readGolden(name)
      const e = tokenizerErrors(name)
      if (!e) return
      expect([e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]).toEqual(g.compile)
    })
  }
})
