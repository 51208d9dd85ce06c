// The analysis behind the tokens, AST and bytecode views: one source text in, plain data
// out, a syntax error as data.

import { describe, expect, it } from 'vitest'
import { astDumpOf, analyzeSource } from '../../src-main/host/analysis'

const SRC = `def add(a, b):
    return a + b

class Box:
    def get(self):
        return [x for x in range(3)]

print(add(1, 2))
`

describe('analyzeSource', () => {
  it('gives tokens with exact types, the AST rows and ast.dump text', () => {
    const a = analyzeSource('m.py', SRC, '/tmp/m.py')
    expect(a.error).toBeNull()
    expect(a.tokens!.slice(0, 4).map((t) => [t.type, t.string, t.line, t.col])).toEqual([
      ['NAME', 'def', 1, 0],
      ['NAME', 'add', 1, 4],
      ['LPAR', '(', 1, 7],
      ['NAME', 'a', 1, 8],
    ])
    const rows = a.ast!
    expect(rows[0].label).toBe('Module')
    const fn = rows.find((r) => r.label === 'FunctionDef')!
    expect(fn.field).toBe('body[0]')
    expect(fn.inline).toContain("name='add'")
    expect(fn.range).toEqual({ line: 1, col: 0, endLine: 2, endCol: 16 })
    const name = rows.find((r) => r.label === 'Name')!
    expect(name.inline).toBe("id='a', ctx=Load()")
    // the text form is asked for separately, with the indent the view chooses
    expect(a.astDump).toBeNull()
    expect(astDumpOf(SRC, 'm.py', 4).startsWith('Module(\n    body=[\n        FunctionDef(\n')).toBe(true)
    expect(astDumpOf(SRC, 'm.py', null).startsWith("Module(body=[FunctionDef(name='add'")).toBe(true)
  })

  it('gives every code object, nested ones as children', () => {
    const a = analyzeSource('m.py', SRC, '/tmp/m.py')
    const code = a.code!
    expect(code.qualname).toBe('<module>')
    const names: string[] = []
    const walk = (c: typeof code): void => {
      names.push(c.qualname)
      c.children.forEach(walk)
    }
    walk(code)
    expect(names).toEqual(['<module>', 'add', 'Box', 'Box.get'])
    const add = code.children[0]
    expect(add.instructions.map((i) => i.opname)).toEqual(['RESUME', 'LOAD_FAST', 'LOAD_FAST', 'BINARY_OP', 'RETURN_VALUE'])
    expect(add.instructions[3].positions).toEqual({ lineno: 2, end_lineno: 2, col_offset: 11, end_col_offset: 16 })
  })

  it('reports a syntax error as CPython words it, with its range', () => {
    const a = analyzeSource('bad.py', 'x = (1,\ny = 2\n', '/tmp/bad.py')
    expect(a.ast).toBeNull()
    expect(a.code).toBeNull()
    expect(a.error).toMatchObject({ kind: 'SyntaxError', msg: "'(' was never closed", lineno: 1, offset: 5 })
    expect(a.error!.text).toContain("SyntaxError: '(' was never closed")
  })

  it('reports compiler errors after parsing', () => {
    const a = analyzeSource('r.py', 'return 1\n', '/tmp/r.py')
    expect(a.ast).not.toBeNull()
    expect(a.error).toMatchObject({ kind: 'SyntaxError', msg: "'return' outside function" })
  })
})
