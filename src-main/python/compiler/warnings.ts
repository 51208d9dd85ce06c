// SyntaxWarnings the code generator emits (CPython 3.12 Python/compile.c
// compiler_warn and its callers check_compare, check_caller, check_subscripter,
// check_index, compiler_assert). They change no bytecode; the host prints them the
// way the warnings module does (`FILE:LINE: SyntaxWarning: MSG`).

import type * as A from '../spec/astNodes.gen'
import { PyComplexConst, PyFrozensetConst } from '../objects/constant'
import { LOC, type Compiler } from './compiler'

export interface CompileWarning {
  category: 'SyntaxWarning'
  message: string
  filename: string
  lineno: number
}

/** infer_type: the type name of a literal-ish expression, or null */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple':
      return 'tuple'
    case 'List':
    case 'ListComp':
      return 'list'
    case 'Dict':
    case 'DictComp':
      return 'dict'
    case 'Set':
    case 'SetComp':
      return 'set'
    case 'GeneratorExp':
      return 'generator'
    case 'Lambda':
      return 'function'
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str'
    case 'Constant': {
      const v = e.value
      if (v === null) return 'NoneType'
      if (typeof v === 'boolean') return 'bool'
      if (typeof v === 'bigint') return 'int'
      if (typeof v === 'number') return 'float'
      if (typeof v === 'string') return 'str'
      if (typeof v === 'symbol') return 'ellipsis'
      if (v instanceof Uint8Array) return 'bytes'
      if (v instanceof PyComplexConst) return 'complex'
      if (v instanceof PyFrozensetConst) return 'frozenset'
      if (Array.isArray(v)) return 'tuple'
      return 'code'
    }
    default:
      return null
  }
}

export function warn(c: Compiler, node: { lineno: number }, message: string): void {
  c.opts.onWarning?.({ category: 'SyntaxWarning', message, filename: c.opts.filename, lineno: node.lineno })
}

function isSingletonArg(e: A.expr): boolean {
  if (e._type !== 'Constant') return true
  const v = e.value
  return v === null || typeof v === 'boolean' || typeof v === 'symbol'
}

/** check_compare: `x is 1` and friends */
export function checkCompare(c: Compiler, e: A.Compare): void {
  let left = isSingletonArg(e.left)
  let leftExpr = e.left
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._type
    const rightExpr = e.comparators[i]
    const right = isSingletonArg(rightExpr)
    if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
      const literal = !left ? leftExpr : rightExpr
      const t = inferType(literal)
      warn(c, LOC(e), op === 'Is' ? `"is" with '${t}' literal. Did you mean "=="?` : `"is not" with '${t}' literal. Did you mean "!="?`)
      return
    }
    left = right
    leftExpr = rightExpr
  }
}

/** check_caller: `(1, 2)(3)` */
export function checkCaller(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Constant':
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'Dict':
    case 'DictComp':
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'FormattedValue':
      warn(c, LOC(e), `'${inferType(e)}' object is not callable; perhaps you missed a comma?`)
      return
    default:
      return
  }
}

/** check_subscripter: `1[0]` */
export function checkSubscripter(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Constant': {
      const v = e.value
      if (v === null || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'number' || v instanceof PyComplexConst || v instanceof PyFrozensetConst || typeof v === 'symbol') break
      return
    }
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'Lambda':
      break
    default:
      return
  }
  warn(c, LOC(e), `'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`)
}

/** check_index: `[1, 2]["a"]` */
export function checkIndex(c: Compiler, e: A.expr, s: A.expr): void {
  const indexType = inferType(s)
  if (indexType === null || indexType === 'bool' || indexType === 'int' || indexType === 'slice') return
  switch (e._type) {
    case 'Constant': {
      const v = e.value
      if (!(typeof v === 'string' || v instanceof Uint8Array || Array.isArray(v))) return
      break
    }
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'JoinedStr':
    case 'FormattedValue':
      break
    default:
      return
  }
  warn(c, LOC(e), `${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`)
}

/** compiler_assert's warning for `assert (x, "msg")` */
export function checkAssert(c: Compiler, s: A.Assert): void {
  const t = s.test
  if ((t._type === 'Tuple' && t.elts.length > 0) || (t._type === 'Constant' && Array.isArray(t.value) && (t.value as unknown[]).length > 0))
    warn(c, LOC(s), 'assertion is always true, perhaps remove parentheses?')
}
