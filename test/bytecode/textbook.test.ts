// The textbook example and the view model of the bytecode panel, from the
// CPython-made code object in test/fixtures/dis/calculate_sum.marshal.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCodeView } from '../../src-main/python/bytecode/view'
import { loadsCode } from '../../src-main/python/marshal/loads'

const module = (): ReturnType<typeof loadsCode> =>
  loadsCode(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'dis', 'calculate_sum.marshal'))))

describe('calculate_sum', () => {
  it('its body disassembles as the textbook shows', () => {
    const view = buildCodeView(module())
    expect(view.children.length).toBe(1)
    const f = view.children[0]
    expect(f.qualname).toBe('calculate_sum')
    expect(f.path).toEqual([3])
    const rows = f.instructions.map((r) => [r.offset, r.startsLine, r.opname, r.arg, r.argrepr])
    expect(rows).toEqual([
      [0, 1, 'RESUME', 0, ''],
      [2, 2, 'LOAD_FAST', 0, 'a'],
      [4, null, 'LOAD_FAST', 1, 'b'],
      [6, null, 'BINARY_OP', 0, '+'],
      [10, null, 'STORE_FAST', 2, 'x'],
      [12, 3, 'LOAD_FAST', 2, 'x'],
      [14, null, 'RETURN_VALUE', null, ''],
    ])
    expect(f.instructions[3].caches).toEqual([{ offset: 8, name: 'counter', size: 1, value: 0 }])
    expect(f.instructions[1].positions).toEqual({ lineno: 2, end_lineno: 2, col_offset: 8, end_col_offset: 9 })
    expect(f.instructions[1].argval).toBe("'a'")
    expect(f.varnames).toEqual(['a', 'b', 'x'])
    expect(f.flagNames).toEqual(['OPTIMIZED', 'NEWLOCALS'])
    expect(f.argcount).toBe(2)
    expect(f.lineTable).toEqual([
      { start: 0, end: 2, line: 1 },
      { start: 2, end: 12, line: 2 },
      { start: 12, end: 16, line: 3 },
    ])
  })
  it('module fields', () => {
    const view = buildCodeView(module())
    expect(view.consts).toEqual(["'a'", "'b'", "'return'", expect.stringMatching(/^<code object calculate_sum at 0x[0-9a-f]+, file "calculate_sum.py", line 1>$/), 'None'])
    expect(view.names).toEqual(['int', 'calculate_sum'])
    expect(view.instructions.at(-1)).toMatchObject({ opname: 'RETURN_CONST', argrepr: 'None', argval: 'None' })
    expect(view.info.split('\n')[0]).toBe('Name:              <module>')
  })
})
