// End to end: front half + the back end's assembleCode against CPython's final code
// objects, recursively (this is what checks the codegen of nested functions, classes,
// lambdas and comprehensions). Fixtures use the committed goldens; the Lib sample runs
// only with the oracle and reports how many files are identical.

import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleCode } from '../../src-main/python/compiler/assemble'
import { compile } from '../../src-main/python/compiler/compile'
import { astFromJson } from '../support/astJson'
import type { CodeJson } from '../support/codeJson'
import { codeFromGolden, diffCode } from './codeDiff'
import { findOracle, sampleLib } from './oracle'

const DIR = join(__dirname, '../fixtures/compile')

/** fixtures whose final code objects differ from CPython's, with the reason */
const EXPECTED_FAILURES: Record<string, string> = {}

function e2eDiff(g: { file: string; ast: object; code: CodeJson; optimize?: number; flags?: number }): string[] {
  const co = compile(astFromJson(g.ast), g.file, { optimize: g.optimize ?? 0, flags: g.flags ?? 0 }, { assemble: assembleCode })
  return diffCode(co, codeFromGolden(g.code))
}

describe('compile() end to end matches CPython 3.12 code objects', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.golden.json')).sort()
  for (const f of files) {
    const name = f.replace('.golden.json', '')
    const g = JSON.parse(readFileSync(join(DIR, f), 'utf8'))
    // sources CPython rejects are checked in compileErrors.test.ts
    if (g.error) continue
    const run = EXPECTED_FAILURES[name] ? it.fails : it
    run(name, () => {
      const lines = e2eDiff(g)
      expect(lines.length, `${name}.py:\n${lines.slice(0, 10).join('\n')}`).toBe(0)
    })
  }
  const py = findOracle()
  if (!py) {
    it.skip('Lib sample (no CPython 3.12 oracle)', () => {})
    return
  }
  it('Lib sample (report only)', () => {
    const sample = sampleLib(py, Number(process.env.CODEGEN_SAMPLE ?? 100))
    const out = execFileSync(py, [join(__dirname, '../../scripts/gen_codegen_golden.py'), '--stdout', ...sample], { encoding: 'utf8', maxBuffer: 1 << 30 })
    let same = 0
    let total = 0
    const crashes: string[] = []
    for (const line of out.split('\n')) {
      if (!line) continue
      const g = JSON.parse(line)
      if (g.error) continue
      total++
      try {
        if (e2eDiff(g).length === 0) same++
      } catch (e) {
        const msg = (e as Error).message
        if (!/not supported yet/.test(msg)) crashes.push(`${g.file}: ${msg}`)
      }
    }
    console.log(`compileEndToEnd: ${same}/${total} Lib files give code objects identical to CPython's`)
    expect(crashes, crashes.join('\n')).toEqual([])
  }, 120_000)
})
