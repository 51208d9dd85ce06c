// Differential test over the oracle's own Lib: for an evenly spaced sample of 150 files,
// `pyscope -m tokenize -e FILE` prints what `python3.12 -m tokenize -e FILE` prints (or fails
// with the same last stderr line and status). Runs only where CPython 3.12 is installed;
// the full comparison is ../shared/tools/parity --kind tokenize.

import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src-main/python/tools/tokenize'
import { captureHost, lastLine, oracle } from './helpers'

const PY = oracle()
const SAMPLE = 150

function pyFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (name === 'site-packages' || name === '__pycache__') continue
    const st = statSync(p, { throwIfNoEntry: false })
    if (!st) continue
    if (st.isDirectory()) pyFiles(p, out)
    else if (name.endsWith('.py')) out.push(p)
  }
  return out
}

describe('tokenize -e over a sample of CPython\'s Lib', () => {
  if (!PY) {
    console.log('tokenizer lib.test: CPython 3.12 not found (PYSCOPE_CPYTHON or pyenv 3.12.1); skipped')
    it.skip('needs CPython 3.12', () => {})
    return
  }
  const lib = dirname(execFileSync(PY, ['-c', 'import os; print(os.__file__)']).toString().trim())
  const all = pyFiles(lib, [])
  const step = Math.max(1, Math.floor(all.length / SAMPLE))
  const files = all.filter((_, i) => i % step === 0).slice(0, SAMPLE)

  it(`${files.length} files identical`, async () => {
    const bad: string[] = []
    for (const f of files) {
      const ref = spawnSync(PY, ['-m', 'tokenize', '-e', f], { maxBuffer: 1 << 30 })
      const cap = captureHost('/')
      const rc = await main(['-e', f], cap.host)
      const refOut = ref.stdout.toString('utf8')
      if (ref.status === 0) {
        if (rc !== 0 || cap.stdout() !== refOut) bad.push(f)
      } else if (rc !== ref.status || lastLine(cap.stderr()) !== lastLine(ref.stderr.toString('utf8'))) {
        bad.push(f)
      }
    }
    expect(bad).toEqual([])
  }, 120_000)
})
