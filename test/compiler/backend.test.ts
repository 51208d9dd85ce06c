// The back end (flow graph + assembler) against CPython 3.12: CPython's own code
// generator output for each fixture module (test/fixtures/backend/NAME.json, written by
// scripts/gen_backend_golden.sh) goes through assembleCode and must give CPython's
// final module code object in every field.

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleCode } from '../../src-main/python/compiler/assemble'
import { compile } from '../../src-main/python/compiler/compile'
import { astFromJson } from '../support/astJson'
import { codeToJson } from '../support/codeJson'
import { hasTarget, implicitLabels } from '../../src-main/python/compiler/flowgraph'
import { type CodegenDump, checkDump, diffCode, seqFromJson } from './backendHelpers'

const DIR = join(__dirname, '../fixtures/backend')

/** fixtures whose module code object still differs from CPython's, with the reason */
const EXPECTED_FAILURES: Record<string, string> = {}

function load(name: string): CodegenDump & { file: string; ast: object } {
  return JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'))
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort()

describe('assembleCode(CPython codegen) equals CPython 3.12 module code objects', () => {
  for (const name of names) {
    const run = EXPECTED_FAILURES[name] ? it.fails : it
    run(name, () => {
      const diffs = checkDump(load(name))
      expect(diffs.length, `${name}.py:\n${diffs.join('\n')}`).toBe(0)
    })
  }
})

describe('an explicit label table (LabelledInstrSequence.labels)', () => {
  it('gives the same code objects as inferred labels when it names the same labels', () => {
    for (const name of names) {
      const g = load(name)
      const seq = seqFromJson(g.codegen)
      const at = new Set<number>(implicitLabels(seq.instrs))
      for (const i of seq.instrs) if (hasTarget(i.opcode)) at.add(i.oparg)
      const labels = [-1, ...[...at].sort((a, b) => a - b)]
      const a = codeToJson(assembleCode(seq))
      const b = codeToJson(assembleCode({ ...seq, labels }))
      expect(diffCode(b, a), name).toEqual([])
    }
  })
})

describe('our codegen + assembleCode, nested code objects included (report only)', () => {
  it('fixtures end to end', () => {
    let same = 0
    const differ: string[] = []
    for (const name of names) {
      const g = load(name)
      try {
        const co = compile(astFromJson(g.ast as never), g.file, {}, { assemble: assembleCode })
        const diffs = diffCode(codeToJson(co), g.code)
        if (diffs.length === 0) same++
        else differ.push(`${name}: ${diffs[0].split('\n').slice(0, 6).join('\n')}`)
      } catch (e) {
        differ.push(`${name}: threw ${(e as Error).message}`)
      }
    }
    console.log(`backend fixtures end to end: ${same}/${names.length} identical\n${differ.join('\n')}`)
  })
})
