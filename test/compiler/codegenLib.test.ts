// Differential test: our codegen against CPython 3.12's on a deterministic sample of
// the oracle's own Lib (about 100 files). Runs only when the oracle is installed
// (PYSCOPE_CPYTHON, else pyenv's 3.12.1); CODEGEN_SAMPLE=N samples N files (10000: all
// of Lib outside the tests); CODEGEN_FILES="a.py b.py" checks
// other files instead.

import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffAgainstGolden, type Golden } from './codegenDiff'
import { findOracle, sampleLib } from './oracle'

/** Lib files known to differ, with the reason (keep shrinking this) */
const EXPECTED_DIFFERENT: Record<string, string> = {}

const py = findOracle()

describe('codegen matches CPython 3.12 on a sample of its Lib', () => {
  if (!py) {
    it.skip('oracle CPython 3.12 not found (set PYSCOPE_CPYTHON)', () => {})
    console.log('codegenLib: skipped, no CPython 3.12 oracle')
    return
  }
  it('sampled files compile identically', () => {
    const files = process.env.CODEGEN_FILES ? process.env.CODEGEN_FILES.split(/\s+/).filter(Boolean) : sampleLib(py, Number(process.env.CODEGEN_SAMPLE ?? 100))
    const out = execFileSync(py, [join(__dirname, '../../scripts/gen_codegen_golden.py'), '--stdout', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 })
    let same = 0
    let total = 0
    const failures: string[] = []
    for (const line of out.split('\n')) {
      if (!line) continue
      const g = JSON.parse(line) as Golden
      if (g.error) continue
      total++
      let r
      try {
        r = diffAgainstGolden(g)
      } catch (e) {
        r = { same: false, text: `threw: ${(e as Error).message}` }
      }
      if (r.same) same++
      else if (!EXPECTED_DIFFERENT[g.file]) failures.push(`${g.file}\n${r.text}`)
    }
    console.log(`codegenLib: ${same}/${total} files identical to CPython's codegen`)
    if (process.env.CODEGEN_VERBOSE) console.log(failures.join('\n\n'))
    expect(failures.length, failures.slice(0, 5).join('\n\n')).toBe(0)
  }, 120_000)
})
