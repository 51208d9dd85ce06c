// Code generation for expressions (CPython 3.12 Python/compile.c compiler_visit_expr1
// and its helpers: compiler_boolop, compiler_compare, compiler_jump_if, compiler_call,
// starunpack_helper, compiler_dict, compiler_subscript, f-strings, yield/await).

import type * as A from '../spec/astNodes.gen'
import type { ConstValue } from '../objects/constant'
import { PyFrozensetConst } from '../objects/constant'
import { NO_LOCATION, type Location } from './instrSequence'
import {
  INTRINSIC_ASYNC_GEN_WRAP,
  INTRINSIC_LIST_TO_TUPLE,
  INTRINSIC_UNARY_POSITIVE,
  LOC,
  STACK_USE_GUIDELINE,
  type Compiler,
  type Label,
} from './compiler'
import { assertNever, codePointLength } from './util'
import { compileAttribute, compileCall } from './codegenCall'
import { setIterationOrder } from '../objects/frozensetOrder'
import { checkCompare, checkIndex, checkSubscripter } from './warnings'
import { compileComprehension } from './codegenComprehension'
import { compileLambda } from './codegenFunction'

export function visitExpr(c: Compiler, e: A.expr): void {
  const loc = LOC(e)
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value)
      c.addopI(loc, 'COPY', 1)
      visitExpr(c, e.target)
      break
    case 'BoolOp':
      compileBoolOp(c, e)
      break
    case 'BinOp':
      visitExpr(c, e.left)
      visitExpr(c, e.right)
      c.addopI(loc, 'BINARY_OP', binaryOparg(e.op, false))
      break
    case 'UnaryOp':
      visitExpr(c, e.operand)
      if (e.op._type === 'UAdd') c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_UNARY_POSITIVE)
      else c.addop(loc, e.op._type === 'Invert' ? 'UNARY_INVERT' : e.op._type === 'Not' ? 'UNARY_NOT' : 'UNARY_NEGATIVE')
      break
    case 'Lambda':
      compileLambda(c, e)
      break
    case 'IfExp': {
      const end = c.newLabel()
      const next = c.newLabel()
      jumpIf(c, loc, e.test, next, false)
      visitExpr(c, e.body)
      c.addopJump(NO_LOCATION, 'JUMP', end)
      c.useLabel(next)
      visitExpr(c, e.orelse)
      c.useLabel(end)
      break
    }
    case 'Dict':
      compileDict(c, e)
      break
    case 'Set':
      starunpackHelper(c, loc, e.elts, 0, 'BUILD_SET', 'SET_ADD', 'SET_UPDATE', false)
      break
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      compileComprehension(c, e)
      break
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error(loc, "'yield' outside function")
      if (e.value) visitExpr(c, e.value)
      else c.loadConst(loc, null)
      addopYield(c, loc)
      break
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error(loc, "'yield' outside function")
      if (c.u.scopeType === 'asyncFunction') c.error(loc, "'yield from' inside async function")
      visitExpr(c, e.value)
      c.addop(loc, 'GET_YIELD_FROM_ITER')
      c.loadConst(loc, null)
      addYieldFrom(c, loc, false)
      break
    case 'Await':
      if (!c.isTopLevelAwait()) {
        if (!c.u.ste.isFunctionLike()) c.error(loc, "'await' outside function")
        if (c.u.scopeType !== 'asyncFunction' && c.u.scopeType !== 'comprehension') c.error(loc, "'await' outside async function")
      }
      visitExpr(c, e.value)
      c.addopI(loc, 'GET_AWAITABLE', 0)
      c.loadConst(loc, null)
      addYieldFrom(c, loc, true)
      break
    case 'Compare':
      compileCompare(c, e)
      break
    case 'Call':
      compileCall(c, e)
      break
    case 'Constant':
      c.loadConst(loc, e.value)
      break
    case 'JoinedStr':
      compileJoinedStr(c, e)
      break
    case 'FormattedValue':
      compileFormattedValue(c, e)
      break
    case 'Attribute':
      compileAttribute(c, e)
      break
    case 'Subscript':
      compileSubscript(c, e)
      break
    case 'Starred':
      if (e.ctx._type === 'Store') c.error(loc, 'starred assignment target must be in a list or tuple')
      c.error(loc, "can't use starred expression here")
      break
    case 'Slice': {
      const n = compileSlice(c, e)
      c.addopI(loc, 'BUILD_SLICE', n)
      break
    }
    case 'Name':
      c.nameop(loc, e.id, e.ctx._type)
      break
    case 'List':
    case 'Tuple':
      compileListOrTuple(c, e)
      break
    default:
      assertNever(e)
  }
}

export function visitExprs(c: Compiler, es: A.expr[]): void {
  for (const e of es) visitExpr(c, e)
}

const BINOPS: Record<A.operator['_type'], number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
}

/** NB_* operand of BINARY_OP (binop / inplace_binop) */
export function binaryOparg(op: A.operator, inplace: boolean): number {
  return BINOPS[op._type] + (inplace ? 13 : 0)
}

/** addop_yield */
export function addopYield(c: Compiler, loc: Location): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_ASYNC_GEN_WRAP)
  c.addopI(loc, 'YIELD_VALUE', 0)
  c.addopI(loc, 'RESUME', 1)
}

/** compiler_add_yield_from */
export function addYieldFrom(c: Compiler, loc: Location, isAwait: boolean): void {
  const send = c.newLabel()
  const fail = c.newLabel()
  const exit = c.newLabel()
  c.useLabel(send)
  c.addopJump(loc, 'SEND', exit)
  c.addopJump(loc, 'SETUP_FINALLY', fail)
  c.addopI(loc, 'YIELD_VALUE', 0)
  c.addop(NO_LOCATION, 'POP_BLOCK')
  c.addopI(loc, 'RESUME', isAwait ? 3 : 2)
  c.addopJump(loc, 'JUMP_NO_INTERRUPT', send)
  c.useLabel(fail)
  c.addop(loc, 'CLEANUP_THROW')
  c.useLabel(exit)
  c.addop(loc, 'END_SEND')
}

function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const loc = LOC(e)
  const jumpi = e.op._type === 'And' ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE'
  const end = c.newLabel()
  const n = e.values.length - 1
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i])
    c.addopI(loc, 'COPY', 1)
    c.addopJump(loc, jumpi, end)
    c.addop(loc, 'POP_TOP')
  }
  visitExpr(c, e.values[n])
  c.useLabel(end)
}

const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 }
const CMP_MASKS = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8]

/** compiler_addcompare */
export function addCompare(c: Compiler, loc: Location, op: A.cmpop): void {
  switch (op._type) {
    case 'Is':
      c.addopI(loc, 'IS_OP', 0)
      return
    case 'IsNot':
      c.addopI(loc, 'IS_OP', 1)
      return
    case 'In':
      c.addopI(loc, 'CONTAINS_OP', 0)
      return
    case 'NotIn':
      c.addopI(loc, 'CONTAINS_OP', 1)
      return
    default: {
      const cmp = CMP[op._type]
      c.addopI(loc, 'COMPARE_OP', (cmp << 4) | CMP_MASKS[cmp])
    }
  }
}

function compileCompare(c: Compiler, e: A.Compare): void {
  const loc = LOC(e)
  checkCompare(c, e)
  visitExpr(c, e.left)
  const n = e.ops.length - 1
  if (n === 0) {
    visitExpr(c, e.comparators[0])
    addCompare(c, loc, e.ops[0])
    return
  }
  const cleanup = c.newLabel()
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i])
    c.addopI(loc, 'SWAP', 2)
    c.addopI(loc, 'COPY', 2)
    addCompare(c, loc, e.ops[i])
    c.addopI(loc, 'COPY', 1)
    c.addopJump(loc, 'POP_JUMP_IF_FALSE', cleanup)
    c.addop(loc, 'POP_TOP')
  }
  visitExpr(c, e.comparators[n])
  addCompare(c, loc, e.ops[n])
  const end = c.newLabel()
  c.addopJump(NO_LOCATION, 'JUMP', end)
  c.useLabel(cleanup)
  c.addopI(loc, 'SWAP', 2)
  c.addop(loc, 'POP_TOP')
  c.useLabel(end)
}

/** compiler_jump_if: jump to `next` if the truth of `e` equals `cond` */
export function jumpIf(c: Compiler, loc: Location, e: A.expr, next: Label, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') {
        jumpIf(c, loc, e.operand, next, !cond)
        return
      }
      break
    case 'BoolOp': {
      const s = e.values
      const n = s.length - 1
      const cond2 = e.op._type === 'Or'
      let next2 = next
      if (cond2 !== cond) next2 = c.newLabel()
      for (let i = 0; i < n; i++) jumpIf(c, loc, s[i], next2, cond2)
      jumpIf(c, loc, s[n], next, cond)
      if (next2 !== next) c.useLabel(next2)
      return
    }
    case 'IfExp': {
      const end = c.newLabel()
      const next2 = c.newLabel()
      jumpIf(c, loc, e.test, next2, false)
      jumpIf(c, loc, e.body, next, cond)
      c.addopJump(NO_LOCATION, 'JUMP', end)
      c.useLabel(next2)
      jumpIf(c, loc, e.orelse, next, cond)
      c.useLabel(end)
      return
    }
    case 'Compare': {
      const n = e.ops.length - 1
      if (n > 0) {
        checkCompare(c, e)
        const el = LOC(e)
        const cleanup = c.newLabel()
        visitExpr(c, e.left)
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i])
          c.addopI(el, 'SWAP', 2)
          c.addopI(el, 'COPY', 2)
          addCompare(c, el, e.ops[i])
          c.addopJump(el, 'POP_JUMP_IF_FALSE', cleanup)
        }
        visitExpr(c, e.comparators[n])
        addCompare(c, el, e.ops[n])
        c.addopJump(el, cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next)
        const end = c.newLabel()
        c.addopJump(NO_LOCATION, 'JUMP', end)
        c.useLabel(cleanup)
        c.addop(el, 'POP_TOP')
        if (!cond) c.addopJump(NO_LOCATION, 'JUMP', next)
        c.useLabel(end)
        return
      }
      break
    }
    default:
      break
  }
  visitExpr(c, e)
  c.addopJump(LOC(e), cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next)
}

function allConst(es: (A.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) if (es[i]?._type !== 'Constant') return false
  return true
}

/** starunpack_helper */
export function starunpackHelper(
  c: Compiler,
  loc: Location,
  elts: A.expr[],
  pushed: number,
  build: string,
  add: string,
  extend: string,
  tuple: boolean,
): void {
  const n = elts.length
  if (n > 2 && allConst(elts, 0, n)) {
    const items: ConstValue[] = elts.map((e) => (e as A.Constant).value)
    if (tuple && !pushed) {
      c.loadConst(loc, items)
    } else {
      const folded: ConstValue = add === 'SET_ADD' ? makeFrozenset(items) : items
      c.addopI(loc, build, pushed)
      c.loadConst(loc, folded)
      c.addopI(loc, extend, 1)
      if (tuple) c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_LIST_TO_TUPLE)
    }
    return
  }
  const big = n + pushed > STACK_USE_GUIDELINE
  const seenStar = elts.some((e) => e._type === 'Starred')
  if (!seenStar && !big) {
    for (const e of elts) visitExpr(c, e)
    c.addopI(loc, tuple ? 'BUILD_TUPLE' : build, n + pushed)
    return
  }
  let built = false
  if (big) {
    c.addopI(loc, build, pushed)
    built = true
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i]
    if (elt._type === 'Starred') {
      if (!built) {
        c.addopI(loc, build, i + pushed)
        built = true
      }
      visitExpr(c, elt.value)
      c.addopI(loc, extend, 1)
    } else {
      visitExpr(c, elt)
      if (built) c.addopI(loc, add, 1)
    }
  }
  if (tuple) c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_LIST_TO_TUPLE)
}

/** PyFrozenSet_New over constants: duplicates dropped, items in CPython's set order */
export function makeFrozenset(items: ConstValue[]): PyFrozensetConst {
  // built once by the optimizer or codegen, then rebuilt in that iteration order when
  // the compiler merges constants (merge_consts_recursive)
  return new PyFrozensetConst(setIterationOrder(setIterationOrder(dedupe(items))))
}

/** set semantics for a frozenset built from constants: drop equal duplicates */
export function dedupe(items: ConstValue[]): ConstValue[] {
  const out: ConstValue[] = []
  const seen = new Set<string>()
  for (const v of items) {
    const k = hashKey(v)
    if (!seen.has(k)) {
      seen.add(k)
      out.push(v)
    }
  }
  return out
}

/** a key under which Python-equal constants collide (1 == 1.0 == True) */
function hashKey(v: ConstValue): string {
  if (typeof v === 'boolean') return `n${v ? 1 : 0}`
  if (typeof v === 'bigint') return `n${v}`
  if (typeof v === 'number') return Number.isInteger(v) ? `n${BigInt(v)}` : `n${v}`
  if (typeof v === 'string') return `s${v}`
  if (Array.isArray(v)) return `t(${(v as ConstValue[]).map(hashKey).join(',')})`
  return String(v)
}

/** unpack_helper */
function unpackHelper(c: Compiler, loc: Location, elts: A.expr[]): void {
  const n = elts.length
  let seenStar = false
  for (let i = 0; i < n; i++) {
    const elt = elts[i]
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error(loc, 'too many expressions in star-unpacking assignment')
      c.addopI(loc, 'UNPACK_EX', i + ((n - i - 1) << 8))
      seenStar = true
    } else if (elt._type === 'Starred') {
      c.error(loc, 'multiple starred expressions in assignment')
    }
  }
  if (!seenStar) c.addopI(loc, 'UNPACK_SEQUENCE', n)
}

/** assignment_helper */
function assignmentHelper(c: Compiler, loc: Location, elts: A.expr[]): void {
  unpackHelper(c, loc, elts)
  for (const elt of elts) visitExpr(c, elt._type === 'Starred' ? elt.value : elt)
}

function compileListOrTuple(c: Compiler, e: A.List | A.Tuple): void {
  const loc = LOC(e)
  if (e.ctx._type === 'Store') assignmentHelper(c, loc, e.elts)
  else if (e.ctx._type === 'Load') starunpackHelper(c, loc, e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', e._type === 'Tuple')
  else visitExprs(c, e.elts)
}

/** compiler_subdict */
function compileSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin
  const big = n * 2 > STACK_USE_GUIDELINE
  const loc = LOC(e)
  if (n > 1 && !big && allConst(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i])
    const keys: ConstValue[] = []
    for (let i = begin; i < end; i++) keys.push((e.keys[i] as A.Constant).value)
    c.loadConst(loc, keys)
    c.addopI(loc, 'BUILD_CONST_KEY_MAP', n)
    return
  }
  if (big) c.addopI(loc, 'BUILD_MAP', 0)
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!)
    visitExpr(c, e.values[i])
    if (big) c.addopI(loc, 'MAP_ADD', 1)
  }
  if (!big) c.addopI(loc, 'BUILD_MAP', n)
}

/** compiler_dict */
function compileDict(c: Compiler, e: A.Dict): void {
  const loc = LOC(e)
  const n = e.values.length
  let haveDict = false
  let elements = 0
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null
    if (isUnpacking) {
      if (elements) {
        compileSubdict(c, e, i - elements, i)
        if (haveDict) c.addopI(loc, 'DICT_UPDATE', 1)
        haveDict = true
        elements = 0
      }
      if (!haveDict) {
        c.addopI(loc, 'BUILD_MAP', 0)
        haveDict = true
      }
      visitExpr(c, e.values[i])
      c.addopI(loc, 'DICT_UPDATE', 1)
    } else {
      if (elements * 2 > STACK_USE_GUIDELINE) {
        compileSubdict(c, e, i - elements, i + 1)
        if (haveDict) c.addopI(loc, 'DICT_UPDATE', 1)
        haveDict = true
        elements = 0
      } else elements++
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n)
    if (haveDict) c.addopI(loc, 'DICT_UPDATE', 1)
    haveDict = true
  }
  if (!haveDict) c.addopI(loc, 'BUILD_MAP', 0)
}

/** update_start_location_to_match_attr */
export function matchAttrLoc(loc: Location, attr: A.Attribute): Location {
  if (loc.lineno !== attr.end_lineno) {
    const out = { ...loc }
    out.lineno = attr.end_lineno ?? attr.lineno
    const len = codePointLength(attr.attr)
    const endCol = attr.end_col_offset ?? 0
    if (len <= endCol) out.col_offset = endCol - len
    else {
      out.col_offset = -1
      out.end_col_offset = -1
    }
    out.end_lineno = Math.max(out.lineno, out.end_lineno)
    if (out.lineno === out.end_lineno) out.end_col_offset = Math.max(out.col_offset, out.end_col_offset)
    return out
  }
  return loc
}

export function isTwoElementSlice(s: A.expr): boolean {
  return s._type === 'Slice' && s.step === null
}

/** compiler_slice: pushes the slice parts, returns how many */
export function compileSlice(c: Compiler, s: A.Slice): number {
  let n = 2
  if (s.lower) visitExpr(c, s.lower)
  else c.loadConst(LOC(s), null)
  if (s.upper) visitExpr(c, s.upper)
  else c.loadConst(LOC(s), null)
  if (s.step) {
    n++
    visitExpr(c, s.step)
  }
  return n
}

function compileSubscript(c: Compiler, e: A.Subscript): void {
  const loc = LOC(e)
  const ctx = e.ctx._type
  if (ctx === 'Load') {
    checkSubscripter(c, e.value)
    checkIndex(c, e.value, e.slice)
  }
  visitExpr(c, e.value)
  if (isTwoElementSlice(e.slice) && ctx !== 'Del') {
    compileSlice(c, e.slice as A.Slice)
    c.addop(loc, ctx === 'Load' ? 'BINARY_SLICE' : 'STORE_SLICE')
  } else {
    visitExpr(c, e.slice)
    c.addop(loc, ctx === 'Load' ? 'BINARY_SUBSCR' : ctx === 'Store' ? 'STORE_SUBSCR' : 'DELETE_SUBSCR')
  }
}

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const loc = LOC(e)
  const n = e.values.length
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst(loc, '')
    c.addopName(loc, 'LOAD_METHOD', 'join')
    c.addopI(loc, 'BUILD_LIST', 0)
    for (const v of e.values) {
      visitExpr(c, v)
      c.addopI(loc, 'LIST_APPEND', 1)
    }
    c.addopI(loc, 'CALL', 1)
  } else {
    visitExprs(c, e.values)
    if (n !== 1) c.addopI(loc, 'BUILD_STRING', n)
  }
}

function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value)
  const loc = LOC(e)
  let oparg: number
  switch (e.conversion) {
    case 115:
      oparg = 1
      break
    case 114:
      oparg = 2
      break
    case 97:
      oparg = 3
      break
    case -1:
      oparg = 0
      break
    default:
      c.error(loc, 'Unrecognized conversion character')
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec)
    oparg |= 4
  }
  c.addopI(loc, 'FORMAT_VALUE', oparg)
}
