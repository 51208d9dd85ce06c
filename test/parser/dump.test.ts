// ast.dump's formatting rules on hand-built trees (Lib/ast.py dump, 3.12).

import { describe, expect, test } from 'vitest'
import { dump } from '../../src-main/python/ast/dump'
import { walk } from '../../src-main/python/ast/visitor'
import { LOAD, binop } from '../../src-main/python/ast/nodes'
import type * as A from '../../src-main/python/spec/astNodes.gen'

const pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 5 }
const name = (id: string): A.Name => ({ _type: 'Name', id, ctx: LOAD, ...pos })
const binop1: A.BinOp = { _type: 'BinOp', left: name('a'), op: binop('Add'), right: { _type: 'Constant', value: 1n, kind: null, ...pos }, ...pos }
const mod: A.Module = { _type: 'Module', body: [{ _type: 'Expr', value: binop1, ...pos }], type_ignores: [] }

describe('ast.dump', () => {
  test('one line, annotated', () => {
    expect(dump(mod)).toBe("Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))], type_ignores=[])")
  })
  test('annotate_fields=False', () => {
    expect(dump(mod, { annotateFields: false })).toBe("Module([Expr(BinOp(Name('a', Load()), Add(), Constant(1)))], [])")
  })
  test('indent and attributes', () => {
    expect(dump(name('x'), { indent: 2, includeAttributes: true })).toBe(
      "Name(\n  id='x',\n  ctx=Load(),\n  lineno=1,\n  col_offset=0,\n  end_lineno=1,\n  end_col_offset=5)",
    )
    expect(dump(mod, { indent: '\t' })).toBe(
      "Module(\n\tbody=[\n\t\tExpr(\n\t\t\tvalue=BinOp(\n\t\t\t\tleft=Name(id='a', ctx=Load()),\n\t\t\t\top=Add(),\n\t\t\t\tright=Constant(value=1)))],\n\ttype_ignores=[])",
    )
  })
  test('None optional fields are left out and force keywords', () => {
    const imp: A.ImportFrom = { _type: 'ImportFrom', module: null, names: [{ _type: 'alias', name: 'x', asname: null, ...pos }], level: 1, ...pos }
    expect(dump(imp, { annotateFields: false })).toBe("ImportFrom(names=[alias('x')], level=1)")
  })
  test('walk visits every node', () => {
    expect(walk(mod).map((n) => n._type)).toEqual(['Module', 'Expr', 'BinOp', 'Name', 'Add', 'Constant', 'Load'])
  })
})
