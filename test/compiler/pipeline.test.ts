// The whole pipeline on our own parser's trees: parseBytes -> compile -> code object,
// compared with CPython's final code for every fixture. Report only: differences here
// that the AST-fed tests (codegenFixtures, compileEndToEnd) do not show come from the
// tokenizer/parser. Skipped until a tokenizer is registered with the parser.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { compile } from '../../src-main/python/compiler/compile'
import { parseBytes } from '../../src-main/python/parser/index'
import { codeFromGolden, diffCode } from './codeDiff'

const DIR = join(__dirname, '../fixtures/compile')

function tokenizerAvailable(): boolean {
  try {
    parseBytes(new TextEncoder().encode('pass\n'))
    return true
  } catch {
    return false
  }
}

describe('parser + compiler against CPython 3.12 on the fixtures (report only)', () => {
  if (!tokenizerAvailable()) {
    it.skip('no tokenizer registered with the parser yet', () => {})
    return
  }
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
        const lines = diffCode(compile(tree, g.file, { optimize: g.optimize ?? 0 }), codeFromGolden(g.code))
        if (lines.length === 0) same++
        else notes.push(`${name}: ${lines[0]}`)
      } catch (e) {
        notes.push(`${name}: threw ${(e as Error).message}`)
      }
    }
    console.log(`pipeline: ${same}/${total} fixtures identical through our parser\n${notes.join('\n')}`)
  })
})
