// Codegen of every fixture in test/fixtures/compile must match CPython 3.12's
// compiler_codegen output (committed goldens: scripts/gen_codegen_golden.sh).

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffAgainstGolden, type Golden } from './codegenDiff'

const DIR = join(__dirname, '../fixtures/compile')

/** fixtures whose codegen is known to differ, with the reason */
export const EXPECTED_FAILURES: Record<string, string> = {}

describe('codegen matches CPython 3.12 on the fixture corpus', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.golden.json')).sort()
  for (const f of files) {
    const name = f.replace('.golden.json', '')
    const g = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Golden
    // compiler_codegen only dumps exec-mode units without compile flags; those fixtures
    // (single mode, top-level await) are checked end to end in compileEndToEnd.test.ts, and
    // sources CPython rejects in compileErrors.test.ts
    if (g.error || !g.codegen) continue
    const run = EXPECTED_FAILURES[name] ? it.fails : it
    run(name, () => {
      const r = diffAgainstGolden(g)
      expect(r.same, `${name}.py:\n${r.text}`).toBe(true)
    })
  }
})
