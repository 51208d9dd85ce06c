// SyntaxErrors raised by the symbol table and the code generator (message and
// position) and the SyntaxWarnings codegen emits, exactly as CPython 3.12 (goldens from
// scripts/gen_compile_errors.py over test/fixtures/compile/errors.txt).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { codegenModule } from '../../src-main/python/compiler/compile'
import { PySyntaxError } from '../../src-main/python/errors'
import { astFromJson } from '../support/astJson'
import { stubAssemble } from './codegenDiff'

interface ErrorCase {
  source: string
  ast?: object
  parse_error?: string
  error?: { msg: string; lineno: number; offset: number; end_lineno: number | null; end_offset: number | null } | null
  warnings?: { message: string; lineno: number }[]
}

const cases = JSON.parse(readFileSync(join(__dirname, '../fixtures/compile/errors.expected.json'), 'utf8')) as ErrorCase[]

describe('compile errors match CPython 3.12', () => {
  for (const c of cases) {
    if (!c.ast) continue
    const title = c.source.trim().split('\n').join(' | ').slice(0, 70)
    it(title, () => {
      let got: PySyntaxError | null = null
      const warnings: { message: string; lineno: number }[] = []
      try {
        codegenModule(astFromJson(c.ast!), '<snippet>', {}, { assemble: stubAssemble, onWarning: (w) => warnings.push({ message: w.message, lineno: w.lineno }) })
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e
        got = e
      }
      if (!c.error) {
        expect(got?.msg ?? null).toBe(null)
        expect(warnings).toEqual(c.warnings ?? [])
        return
      }
      expect(got, 'expected a SyntaxError').not.toBe(null)
      expect({ msg: got!.msg, lineno: got!.lineno, offset: got!.offset, end_lineno: got!.end_lineno, end_offset: got!.end_offset }).toEqual(c.error)
    })
  }
})
