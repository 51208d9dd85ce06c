// Small helpers for building AST nodes: the shared context/operator singletons (CPython
// hands out one Load(), one Add(), ... instance each) and position copying.

import type * as A from '../spec/astNodes.gen'

export const LOAD: A.Load = { _type: 'Load' }
export const STORE: A.Store = { _type: 'Store' }
export const DEL: A.Del = { _type: 'Del' }

export type Ctx = A.expr_context

export interface Position {
  lineno: number
  col_offset: number
  end_lineno: number | null
  end_col_offset: number | null
}

/** copy lineno/col_offset/end_lineno/end_col_offset from `src` onto `dst` (ast.copy_location) */
export function copyLocation<T extends Position>(dst: T, src: Position): T {
  dst.lineno = src.lineno
  dst.col_offset = src.col_offset
  dst.end_lineno = src.end_lineno
  dst.end_col_offset = src.end_col_offset
  return dst
}

const OPS = new Map<string, A.operator>()
/** the singleton for a binary operator name ('Add', 'Sub', ...) */
export function binop(name: A.operator['_type']): A.operator {
  let o = OPS.get(name)
  if (!o) {
    o = { _type: name } as A.operator
    OPS.set(name, o)
  }
  return o
}

const CMP = new Map<string, A.cmpop>()
export function cmpop(name: A.cmpop['_type']): A.cmpop {
  let o = CMP.get(name)
  if (!o) {
    o = { _type: name } as A.cmpop
    CMP.set(name, o)
  }
  return o
}

export const AND: A.And = { _type: 'And' }
export const OR: A.Or = { _type: 'Or' }
export const NOT: A.Not = { _type: 'Not' }
export const UADD: A.UAdd = { _type: 'UAdd' }
export const USUB: A.USub = { _type: 'USub' }
export const INVERT: A.Invert = { _type: 'Invert' }

export function emptyArguments(): A.arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] }
}
