// The AST optimizer (CPython 3.12 Python/ast_opt.c): constant folding of unary and
// binary operations, constant tuples, subscripts of constants, `in [..]`/`in {..}`
// and `for x in [..]` turned into tuples / frozensets, `not (a is b)` into
// `a is not b`, `'%s' % (x,)` into an f-string, and __debug__. Works on a copy, so
// the caller's tree (shown in the AST view) is left as the parser made it.

import type * as A from '../spec/astNodes.gen'
import type { ConstValue } from '../objects/constant'
import { foldBinOp, foldSubscript, foldUnaryOp } from './constFold'
import { makeFrozenset } from './codegenExpr'
import { getDocstring } from './codegenStmt'
import { codePointLength } from './util'

interface State {
  optimize: number
  futureAnnotations: boolean
}

/** A deep copy of AST nodes (constant values are immutable and shared). */
function cloneAst<T>(n: T): T {
  if (Array.isArray(n)) return n.map(cloneAst) as T
  if (n === null || typeof n !== 'object') return n
  const src = n as Record<string, unknown>
  if (typeof src._type !== 'string') return n
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(src)) {
    const v = src[k]
    out[k] = k === 'value' && (src._type === 'Constant' || src._type === 'MatchSingleton') ? v : cloneAst(v)
  }
  return out as T
}

export function optimizeAst(mod: A.mod, optimize: number, futureAnnotations: boolean, inPlace = false): A.mod {
  const tree = inPlace ? mod : cloneAst(mod)
  const st: State = { optimize, futureAnnotations }
  switch (tree._type) {
    case 'Module':
      foldBody(tree.body, st)
      break
    case 'Interactive':
      for (const s of tree.body) foldStmt(s, st)
      break
    case 'Expression':
      foldExpr(tree.body, st)
      break
    case 'FunctionType':
      break
  }
  return tree
}

/** make_const: turn `node` into a Constant in place, keeping its location */
function makeConst(node: A.expr, value: ConstValue | undefined): void {
  if (value === undefined) return
  const n = node as unknown as Record<string, unknown>
  for (const k of Object.keys(n)) {
    if (k !== 'lineno' && k !== 'col_offset' && k !== 'end_lineno' && k !== 'end_col_offset') delete n[k]
  }
  n._type = 'Constant'
  n.value = value
  n.kind = null
}

/** COPY_NODE(node, other) */
function copyNode(node: object, other: object): void {
  const n = node as Record<string, unknown>
  for (const k of Object.keys(n)) delete n[k]
  Object.assign(n, other)
}

function foldBody(stmts: A.stmt[], st: State): void {
  const hadDoc = getDocstring(stmts) !== null
  for (const s of stmts) foldStmt(s, st)
  if (!hadDoc && getDocstring(stmts) !== null) {
    const s = stmts[0] as A.Expr
    s.value = { _type: 'JoinedStr', values: [s.value], lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset }
  }
}

function foldExprs(es: (A.expr | null)[], st: State): void {
  for (const e of es) if (e) foldExpr(e, st)
}

function foldArguments(a: A.arguments, st: State): void {
  const arg = (x: A.arg | null): void => {
    if (x && x.annotation && !st.futureAnnotations) foldExpr(x.annotation, st)
  }
  a.posonlyargs.forEach(arg)
  a.args.forEach(arg)
  arg(a.vararg)
  a.kwonlyargs.forEach(arg)
  foldExprs(a.kw_defaults, st)
  arg(a.kwarg)
  foldExprs(a.defaults, st)
}

function foldTypeParams(tps: A.type_param[], st: State): void {
  for (const tp of tps) if (tp._type === 'TypeVar' && tp.bound) foldExpr(tp.bound, st)
}

function foldStmts(b: A.stmt[], st: State): void {
  for (const s of b) foldStmt(s, st)
}

function foldStmt(s: A.stmt, st: State): void {
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      foldTypeParams(s.type_params, st)
      foldArguments(s.args, st)
      foldBody(s.body, st)
      foldExprs(s.decorator_list, st)
      if (s.returns && !st.futureAnnotations) foldExpr(s.returns, st)
      break
    case 'ClassDef':
      foldTypeParams(s.type_params, st)
      foldExprs(s.bases, st)
      for (const k of s.keywords) foldExpr(k.value, st)
      foldBody(s.body, st)
      foldExprs(s.decorator_list, st)
      break
    case 'Return':
      if (s.value) foldExpr(s.value, st)
      break
    case 'Delete':
      foldExprs(s.targets, st)
      break
    case 'Assign':
      foldExprs(s.targets, st)
      foldExpr(s.value, st)
      break
    case 'AugAssign':
      foldExpr(s.target, st)
      foldExpr(s.value, st)
      break
    case 'AnnAssign':
      foldExpr(s.target, st)
      if (!st.futureAnnotations) foldExpr(s.annotation, st)
      if (s.value) foldExpr(s.value, st)
      break
    case 'TypeAlias':
      foldExpr(s.name, st)
      foldTypeParams(s.type_params, st)
      foldExpr(s.value, st)
      break
    case 'For':
      foldExpr(s.target, st)
      foldExpr(s.iter, st)
      foldStmts(s.body, st)
      foldStmts(s.orelse, st)
      foldIter(s.iter)
      break
    case 'AsyncFor':
      foldExpr(s.target, st)
      foldExpr(s.iter, st)
      foldStmts(s.body, st)
      foldStmts(s.orelse, st)
      break
    case 'While':
    case 'If':
      foldExpr(s.test, st)
      foldStmts(s.body, st)
      foldStmts(s.orelse, st)
      break
    case 'With':
    case 'AsyncWith':
      for (const it of s.items) {
        foldExpr(it.context_expr, st)
        if (it.optional_vars) foldExpr(it.optional_vars, st)
      }
      foldStmts(s.body, st)
      break
    case 'Raise':
      if (s.exc) foldExpr(s.exc, st)
      if (s.cause) foldExpr(s.cause, st)
      break
    case 'Match':
      foldExpr(s.subject, st)
      for (const mc of s.cases) {
        foldPattern(mc.pattern, st)
        if (mc.guard) foldExpr(mc.guard, st)
        foldStmts(mc.body, st)
      }
      break
    case 'Try':
    case 'TryStar':
      foldStmts(s.body, st)
      for (const h of s.handlers) {
        if (h.type) foldExpr(h.type, st)
        foldStmts(h.body, st)
      }
      foldStmts(s.orelse, st)
      foldStmts(s.finalbody, st)
      break
    case 'Assert':
      foldExpr(s.test, st)
      if (s.msg) foldExpr(s.msg, st)
      break
    case 'Expr':
      foldExpr(s.value, st)
      break
    case 'Import':
    case 'ImportFrom':
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
    case 'Break':
    case 'Continue':
      break
  }
}

function foldPattern(p: A.pattern, st: State): void {
  switch (p._type) {
    case 'MatchValue':
      foldExpr(p.value, st)
      break
    case 'MatchSingleton':
    case 'MatchStar':
      break
    case 'MatchSequence':
      p.patterns.forEach((q) => foldPattern(q, st))
      break
    case 'MatchMapping':
      foldExprs(p.keys, st)
      p.patterns.forEach((q) => foldPattern(q, st))
      break
    case 'MatchClass':
      foldExpr(p.cls, st)
      p.patterns.forEach((q) => foldPattern(q, st))
      p.kwd_patterns.forEach((q) => foldPattern(q, st))
      break
    case 'MatchAs':
      if (p.pattern) foldPattern(p.pattern, st)
      break
    case 'MatchOr':
      p.patterns.forEach((q) => foldPattern(q, st))
      break
  }
}

function foldComprehensions(gens: A.comprehension[], st: State): void {
  for (const g of gens) {
    foldExpr(g.target, st)
    foldExpr(g.iter, st)
    foldExprs(g.ifs, st)
    foldIter(g.iter)
  }
}

function constTuple(elts: A.expr[]): ConstValue[] | undefined {
  const out: ConstValue[] = []
  for (const e of elts) {
    if (e._type !== 'Constant') return undefined
    out.push(e.value)
  }
  return out
}

/** fold_iter */
function foldIter(arg: A.expr): void {
  let v: ConstValue | undefined
  if (arg._type === 'List') {
    if (arg.elts.some((e) => e._type === 'Starred')) return
    ;(arg as unknown as A.Tuple)._type = 'Tuple'
    v = constTuple(arg.elts)
  } else if (arg._type === 'Set') {
    const t = constTuple(arg.elts)
    v = t ? makeFrozenset(t) : undefined
  } else return
  makeConst(arg, v)
}

function foldExpr(e: A.expr, st: State): void {
  switch (e._type) {
    case 'BoolOp':
      foldExprs(e.values, st)
      break
    case 'BinOp':
      foldExpr(e.left, st)
      foldExpr(e.right, st)
      foldBinop(e)
      break
    case 'UnaryOp':
      foldExpr(e.operand, st)
      foldUnary(e)
      break
    case 'Lambda':
      foldArguments(e.args, st)
      foldExpr(e.body, st)
      break
    case 'IfExp':
      foldExpr(e.test, st)
      foldExpr(e.body, st)
      foldExpr(e.orelse, st)
      break
    case 'Dict':
      foldExprs(e.keys, st)
      foldExprs(e.values, st)
      break
    case 'Set':
      foldExprs(e.elts, st)
      break
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      foldExpr(e.elt, st)
      foldComprehensions(e.generators, st)
      break
    case 'DictComp':
      foldExpr(e.key, st)
      foldExpr(e.value, st)
      foldComprehensions(e.generators, st)
      break
    case 'Await':
    case 'YieldFrom':
      foldExpr(e.value, st)
      break
    case 'Yield':
      if (e.value) foldExpr(e.value, st)
      break
    case 'Compare': {
      foldExpr(e.left, st)
      foldExprs(e.comparators, st)
      const i = e.ops.length - 1
      const op = e.ops[i]._type
      if (op === 'In' || op === 'NotIn') foldIter(e.comparators[i])
      break
    }
    case 'Call':
      foldExpr(e.func, st)
      foldExprs(e.args, st)
      for (const k of e.keywords) foldExpr(k.value, st)
      break
    case 'FormattedValue':
      foldExpr(e.value, st)
      if (e.format_spec) foldExpr(e.format_spec, st)
      break
    case 'JoinedStr':
      foldExprs(e.values, st)
      break
    case 'Attribute':
      foldExpr(e.value, st)
      break
    case 'Subscript':
      foldExpr(e.value, st)
      foldExpr(e.slice, st)
      if (e.ctx._type === 'Load' && e.value._type === 'Constant' && e.slice._type === 'Constant') makeConst(e, foldSubscript(e.value.value, e.slice.value))
      break
    case 'Starred':
      foldExpr(e.value, st)
      break
    case 'Slice':
      if (e.lower) foldExpr(e.lower, st)
      if (e.upper) foldExpr(e.upper, st)
      if (e.step) foldExpr(e.step, st)
      break
    case 'List':
      foldExprs(e.elts, st)
      break
    case 'Tuple':
      foldExprs(e.elts, st)
      if (e.ctx._type === 'Load') makeConst(e, constTuple(e.elts))
      break
    case 'Name':
      if (e.ctx._type === 'Load' && e.id === '__debug__') makeConst(e, !st.optimize)
      break
    case 'NamedExpr':
      foldExpr(e.value, st)
      break
    case 'Constant':
      break
  }
}

function foldUnary(e: A.UnaryOp): void {
  const arg = e.operand
  if (arg._type !== 'Constant') {
    if (e.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inv: Record<string, A.cmpop['_type'] | undefined> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' }
      const op = inv[arg.ops[0]._type]
      if (op) {
        arg.ops[0] = { _type: op } as A.cmpop
        copyNode(e, arg)
      }
    }
    return
  }
  makeConst(e, foldUnaryOp(e.op._type, arg.value))
}

function foldBinop(e: A.BinOp): void {
  const lhs = e.left
  const rhs = e.right
  if (lhs._type !== 'Constant') return
  if (e.op._type === 'Mod' && rhs._type === 'Tuple' && typeof lhs.value === 'string' && !rhs.elts.some((x) => x._type === 'Starred')) {
    optimizeFormat(e, lhs.value, rhs.elts)
    return
  }
  if (rhs._type !== 'Constant') return
  makeConst(e, foldBinOp(e.op._type, lhs.value, rhs.value))
}

const NOLOC = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 }

/** optimize_format: '%s %r' % (a, b) -> f'{a!s} {b!r}' for the simple cases */
function optimizeFormat(node: A.BinOp, fmt: string, elts: A.expr[]): void {
  const cps = [...fmt]
  const len = cps.length
  let pos = 0
  let cnt = 0
  const seq: A.expr[] = []
  for (;;) {
    // parse_literal
    const start = pos
    let hasPercents = false
    while (pos < len) {
      if (cps[pos] !== '%') pos++
      else if (pos + 1 < len && cps[pos + 1] === '%') {
        hasPercents = true
        pos += 2
      } else break
    }
    if (pos !== start) {
      let s = cps.slice(start, pos).join('')
      if (hasPercents) s = s.split('%%').join('%')
      seq.push({ _type: 'Constant', value: s, kind: null, ...NOLOC })
    }
    if (pos >= len) break
    if (cnt >= elts.length) return
    pos++
    const r = parseFormat(cps, pos, elts[cnt])
    cnt++
    if (!r) return
    pos = r.pos
    seq.push(r.expr)
  }
  if (cnt < elts.length) return
  copyNode(node, { _type: 'JoinedStr', values: seq, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset })
}

const MAXDIGITS = 3

function parseFormat(cps: string[], pos: number, arg: A.expr): { pos: number; expr: A.expr } | null {
  const len = cps.length
  let ch = ''
  const next = (): boolean => {
    if (pos >= len) return false
    ch = cps[pos++]
    return true
  }
  let ljust = false
  let width = -1
  let prec = -1
  for (;;) {
    if (!next()) return null
    if (ch === '-') {
      ljust = true
      continue
    }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue
    break
  }
  if (ch >= '0' && ch <= '9') {
    width = 0
    let digits = 0
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + (ch.charCodeAt(0) - 48)
      if (!next()) return null
      if (++digits >= MAXDIGITS) return null
    }
  }
  if (ch === '.') {
    if (!next()) return null
    prec = 0
    if (ch >= '0' && ch <= '9') {
      let digits = 0
      while (ch >= '0' && ch <= '9') {
        prec = prec * 10 + (ch.charCodeAt(0) - 48)
        if (!next()) return null
        if (++digits >= MAXDIGITS) return null
      }
    }
  }
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null
  let spec = ''
  if (!ljust && width > 0) spec += '>'
  if (width >= 0) spec += String(width)
  if (prec >= 0) spec += `.${prec}`
  const formatSpec: A.expr | null = spec ? { _type: 'Constant', value: spec, kind: null, ...NOLOC } : null
  return {
    pos,
    expr: {
      _type: 'FormattedValue',
      value: arg,
      conversion: ch.charCodeAt(0),
      format_spec: formatSpec,
      lineno: arg.lineno,
      col_offset: arg.col_offset,
      end_lineno: arg.end_lineno,
      end_col_offset: arg.end_col_offset,
    },
  }
}

export { codePointLength }
