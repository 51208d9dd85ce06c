// co_lines(), co_positions() and the exception table of CPython-made code objects
// against what CPython itself reports (test/fixtures/dis/*.tables.json).

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseExceptionTable } from '../../src-main/python/bytecode/exceptionTable'
import { coLines, coPositions } from '../../src-main/python/bytecode/linetable'
import { loadsCode } from '../../src-main/python/marshal/loads'
import type { CodeObject } from '../../src-main/python/objects/code'
import { isCodeConst } from '../../src-main/python/objects/constant'

const DIR = join(__dirname, '..', 'fixtures', 'dis')

interface Tables {
  qualname: string
  lines: [number, number, number | null][]
  positions: [number | null, number | null, number | null, number | null][]
  exceptions: [number, number, number, number, boolean][]
}

function walk(c: CodeObject): CodeObject[] {
  return [c, ...c.co_consts.filter(isCodeConst).flatMap(walk)]
}

describe('line and exception tables', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.tables.json'))) {
    const name = f.replace('.tables.json', '')
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Tables[]
      const codes = walk(loadsCode(new Uint8Array(readFileSync(join(DIR, name + '.marshal')))))
      expect(codes.length).toBe(expected.length)
      codes.forEach((c, i) => {
        const t = expected[i]
        expect(c.co_qualname).toBe(t.qualname)
        expect(coLines(c.co_linetable, c.co_firstlineno).map((r) => [r.start, r.end, r.line])).toEqual(t.lines)
        const pos = coPositions(c.co_linetable, c.co_firstlineno).map((p) => [p.lineno, p.end_lineno, p.col_offset, p.end_col_offset])
        expect(pos).toEqual(t.positions)
        expect(parseExceptionTable(c.co_exceptiontable).map((e) => [e.start, e.end, e.target, e.depth, e.lasti])).toEqual(t.exceptions)
      })
    })
  }
})
