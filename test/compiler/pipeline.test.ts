// The whole pipeline on our own parser's trees: parseBytes -> compile -> code object,
// compared with CPython's final code for every fixture. Differences here that the
// AST-fed tests (codegenFixtures, compileEndToEnd) do not show come from the
// tokenizer/parser.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compile } from '../../src-main/python/compiler/compile'
import { parseBytes } from '../../src-main/python/parser/index'
import { codeFromGolden, diffCode } from './codeDiff'

const DIR = join(__dirname, '../fixtures/compile')

describe('parser + compiler against CPython 3.12 on the fixtures', () => {
  it('fixtures', () => {
    let same = 0
    let total = 0
    const notes: string[] = []
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.golden.json')).sort()) {
      const name = f.replace('.golden.json', '')
      const g = JSON.parse(readFileSync(join(DIR, f), 'utf8'))
      if (g.error) continue
      total++
      try {
        const src = readFileSync(join(DIR, `${name}.py`))
        const tree = parseBytes(new Uint8Array(src), { filename: g.file, mode: g.mode ?? 'exec' })
        const lines = diffCode(compile(tree, g.file, { optimize: g.optimize ?? 0, flags: g.flags ?? 0 }), codeFromGolden(g.code))
        if (lines.length === 0) same++
        else notes.push(`${name}: ${lines[0]}`)
      } catch (e) {
        notes.push(`${name}: threw ${(e as Error).message}`)
      }
    }
    console.log(`pipeline: ${same}/${total} fixtures identical through our parser\n${notes.join('\n')}`)
    expect(notes).toEqual([])
  })
})
