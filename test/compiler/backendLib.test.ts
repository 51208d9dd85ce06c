// Differential test of the back end over a sample of the oracle's own Lib: for each
// file, CPython 3.12's codegen output for the module (scripts/codegen_json_batch.py,
// one CPython process for the whole sample) goes through assembleCode and is compared
// with CPython's final module code object. Runs only when the oracle is installed.

import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type CodegenDump, checkDump } from './backendHelpers'
import { findOracle } from './oracle'

const SAMPLE = Number(process.env.PYSCOPE_BACKEND_SAMPLE ?? 200)

/** every k-th .py file of the oracle's Lib (tests included), sorted, so the sample is stable */
function sample(py: string, count: number): string[] {
  const lib = execFileSync(py, ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim()
  const all: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name)
      if (name === 'site-packages' || name === '__pycache__') continue
      const s = statSync(p)
      if (s.isDirectory()) walk(p)
      else if (name.endsWith('.py')) all.push(p)
    }
  }
  walk(lib)
  const step = Math.max(1, Math.floor(all.length / count))
  return all.filter((_, i) => i % step === 0).slice(0, count)
}

describe('back end on a sample of CPython Lib', () => {
  const py = findOracle()
  if (!py) {
    console.log('backendLib: skipped, no CPython 3.12 oracle (set PYSCOPE_CPYTHON)')
    it.skip('Lib sample (no CPython 3.12 oracle)', () => {})
    return
  }
  it(`Lib sample of ${SAMPLE} files`, () => {
    const files = sample(py, SAMPLE)
    const out = execFileSync(py, [join(__dirname, '../../scripts/codegen_json_batch.py'), ...files], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    })
    let same = 0
    let total = 0
    const failures: string[] = []
    for (const line of out.split('\n')) {
      if (!line) continue
      const d = JSON.parse(line) as CodegenDump & { file: string; error?: string }
      if (d.error) continue
      total++
      const diffs = checkDump(d)
      if (diffs.length === 0) same++
      else failures.push(`${d.file}:\n${diffs.join('\n').slice(0, 3000)}`)
    }
    const pct = ((100 * same) / Math.max(1, total)).toFixed(1)
    console.log(`backendLib: ${same}/${total} module code objects identical to CPython's (${pct}%)`)
    if (failures.length) console.log(failures.slice(0, 5).join('\n\n'))
    expect(same / total).toBeGreaterThanOrEqual(0.99)
  }, 90_000)
})
