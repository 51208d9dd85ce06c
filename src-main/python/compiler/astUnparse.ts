// Expression unparser (CPython 3.12 Python/ast_unparse.c), used for annotations
// under `from __future__ import annotations`: the annotation is stored as the
// string this produces. Precedence handling follows append_ast_expr's levels.

import type * as A from '../spec/astNodes.gen'
import { constRepr, type ConstValue } from '../objects/constant'
import { PyComplexConst } from '../objects/constant'
import { floatRepr } from '../objects/pystrtod'
import { strRepr } from '../objects/strrepr'

const PR = {
  TUPLE: 0,
  TEST: 1,
  OR: 2,
  AND: 3,
  NOT: 4,
  CMP: 5,
  EXPR: 6,
  BOR: 6,
  BXOR: 7,
  BAND: 8,
  SHIFT: 9,
  ARITH: 10,
  TERM: 11,
  FACTOR: 12,
  POWER: 13,
  AWAIT: 14,
  ATOM: 15,
}

const BINOP: Record<A.operator['_type'], [string, number]> = {
  Add: ['+', PR.ARITH],
  Sub: ['-', PR.ARITH],
  Mult: ['*', PR.TERM],
  MatMult: ['@', PR.TERM],
  Div: ['/', PR.TERM],
  Mod: ['%', PR.TERM],
  LShift: ['<<', PR.SHIFT],
  RShift: ['>>', PR.SHIFT],
  BitOr: ['|', PR.BOR],
  BitXor: ['^', PR.BXOR],
  BitAnd: ['&', PR.BAND],
  FloorDiv: ['//', PR.TERM],
  Pow: ['**', PR.POWER],
}

const CMPOP: Record<A.cmpop['_type'], string> = {
  Eq: '==',
  NotEq: '!=',
  Lt: '<',
  LtE: '<=',
  Gt: '>',
  GtE: '>=',
  Is: 'is',
  IsNot: 'is not',
  In: 'in',
  NotIn: 'not in',
}

export function unparseExpr(e: A.expr): string {
  return expr(e, PR.TEST)
}

/** constants, with infinities spelled as the overflowing literal 1e309 */
function constant(v: ConstValue): string {
  if (typeof v === 'symbol') return '...'
  if (typeof v === 'number') {
    if (!Number.isFinite(v) && !Number.isNaN(v)) return v > 0 ? '1e309' : '-1e309'
    return floatRepr(v)
  }
  if (v instanceof PyComplexConst) {
    if (!Number.isFinite(v.imag) || !Number.isFinite(v.real)) return constRepr(v).replace(/inf/g, '1e309')
    return constRepr(v)
  }
  if (typeof v === 'string') return strRepr(v)
  if (Array.isArray(v)) {
    const items = (v as ConstValue[]).map(constant)
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
  }
  return constRepr(v)
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s
}

function seq(es: A.expr[]): string {
  return es.map((x) => expr(x, PR.TEST)).join(', ')
}

function args(a: A.arguments): string {
  const parts: string[] = []
  const posonly = a.posonlyargs
  const all = [...posonly, ...a.args]
  const ndef = a.defaults.length
  const firstDefault = all.length - ndef
  all.forEach((p, i) => {
    let s = p.arg
    if (i >= firstDefault) s += `=${expr(a.defaults[i - firstDefault], PR.TEST)}`
    parts.push(s)
    if (posonly.length && i === posonly.length - 1) parts.push('/')
  })
  if (a.vararg || a.kwonlyargs.length) parts.push(a.vararg ? `*${a.vararg.arg}` : '*')
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i]
    parts.push(d ? `${p.arg}=${expr(d, PR.TEST)}` : p.arg)
  })
  if (a.kwarg) parts.push(`**${a.kwarg.arg}`)
  return parts.join(', ')
}

function comprehensions(gens: A.comprehension[]): string {
  return gens
    .map((g) => {
      let s = `${g.is_async ? ' async for ' : ' for '}${expr(g.target, PR.TUPLE)} in ${expr(g.iter, PR.TEST + 1)}`
      for (const i of g.ifs) s += ` if ${expr(i, PR.TEST + 1)}`
      return s
    })
    .join('')
}

function fstringBody(values: A.expr[]): string {
  let out = ''
  for (const v of values) {
    if (v._type === 'Constant' && typeof v.value === 'string') out += v.value.replace(/\{/g, '{{').replace(/\}/g, '}}')
    else if (v._type === 'FormattedValue') out += formatted(v)
    else if (v._type === 'JoinedStr') out += fstringBody(v.values)
  }
  return out
}

function formatted(v: A.FormattedValue): string {
  let inner = expr(v.value, PR.TEST + 1)
  if (inner.startsWith('{')) inner = ` ${inner}`
  let s = `{${inner}`
  if (v.conversion !== -1) s += `!${String.fromCharCode(v.conversion)}`
  if (v.format_spec) s += `:${v.format_spec._type === 'JoinedStr' ? fstringBody(v.format_spec.values) : ''}`
  return `${s}}`
}

function expr(e: A.expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const [op, pr] = e.op._type === 'And' ? [' and ', PR.AND] : [' or ', PR.OR]
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op))
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op._type]
      const rassoc = e.op._type === 'Pow'
      return paren(level > pr, `${expr(e.left, rassoc ? pr + 1 : pr)} ${op} ${expr(e.right, rassoc ? pr : pr + 1)}`)
    }
    case 'UnaryOp': {
      const [op, pr] = e.op._type === 'Not' ? ['not ', PR.NOT] : e.op._type === 'Invert' ? ['~', PR.FACTOR] : e.op._type === 'UAdd' ? ['+', PR.FACTOR] : ['-', PR.FACTOR]
      return paren(level > pr, `${op}${expr(e.operand, pr)}`)
    }
    case 'Lambda': {
      const a = args(e.args)
      return paren(level > PR.TEST, `lambda${a ? ' ' + a : ''}: ${expr(e.body, PR.TEST)}`)
    }
    case 'IfExp':
      return paren(level > PR.TEST, `${expr(e.body, PR.TEST + 1)} if ${expr(e.test, PR.TEST + 1)} else ${expr(e.orelse, PR.TEST)}`)
    case 'Dict':
      return `{${e.keys.map((k, i) => (k ? `${expr(k, PR.TEST)}: ${expr(e.values[i], PR.TEST)}` : `**${expr(e.values[i], PR.EXPR)}`)).join(', ')}}`
    case 'Set':
      return e.elts.length ? `{${seq(e.elts)}}` : '{*()}'
    case 'ListComp':
      return `[${expr(e.elt, PR.TEST)}${comprehensions(e.generators)}]`
    case 'SetComp':
      return `{${expr(e.elt, PR.TEST)}${comprehensions(e.generators)}}`
    case 'DictComp':
      return `{${expr(e.key, PR.TEST)}: ${expr(e.value, PR.TEST)}${comprehensions(e.generators)}}`
    case 'GeneratorExp':
      return `(${expr(e.elt, PR.TEST)}${comprehensions(e.generators)})`
    case 'Await':
      return paren(level > PR.AWAIT, `await ${expr(e.value, PR.ATOM)}`)
    case 'Yield':
      return paren(level > PR.ATOM - 100, e.value ? `yield ${expr(e.value, PR.TEST)}` : 'yield')
    case 'YieldFrom':
      return `(yield from ${expr(e.value, PR.TEST)})`
    case 'Compare': {
      let s = expr(e.left, PR.CMP + 1)
      e.ops.forEach((op, i) => {
        s += ` ${CMPOP[op._type]} ${expr(e.comparators[i], PR.CMP + 1)}`
      })
      return paren(level > PR.CMP, s)
    }
    case 'Call': {
      let s = `${expr(e.func, PR.ATOM)}(`
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        const g = e.args[0]
        return `${s}${expr(g.elt, PR.TEST)}${comprehensions(g.generators)})`
      }
      const parts = e.args.map((a) => expr(a, PR.TEST))
      for (const k of e.keywords) parts.push(k.arg === null ? `**${expr(k.value, PR.TEST)}` : `${k.arg}=${expr(k.value, PR.TEST)}`)
      s += parts.join(', ')
      return `${s})`
    }
    case 'Constant':
      if (e.value === null) return 'None'
      return constant(e.value)
    case 'JoinedStr':
      return `f${strRepr(fstringBody(e.values))}`
    case 'FormattedValue':
      return `f${strRepr(formatted(e))}`
    case 'Attribute': {
      let v = expr(e.value, PR.ATOM)
      if (e.value._type === 'Constant' && typeof e.value.value === 'bigint') v += ' '
      return `${v}.${e.attr}`
    }
    case 'Subscript': {
      const sl = e.slice
      let inner: string
      if (sl._type === 'Tuple' && sl.elts.length) inner = sl.elts.map((x) => expr(x, PR.TEST)).join(', ') + (sl.elts.length === 1 ? ',' : '')
      else inner = expr(sl, PR.TUPLE)
      return `${expr(e.value, PR.ATOM)}[${inner}]`
    }
    case 'Starred':
      return `*${expr(e.value, PR.EXPR)}`
    case 'Slice': {
      let s = e.lower ? expr(e.lower, PR.TEST) : ''
      s += ':'
      if (e.upper) s += expr(e.upper, PR.TEST)
      if (e.step) s += `:${expr(e.step, PR.TEST)}`
      return s
    }
    case 'Name':
      return e.id
    case 'List':
      return `[${seq(e.elts)}]`
    case 'Tuple':
      if (!e.elts.length) return '()'
      return paren(level > PR.TUPLE, seq(e.elts) + (e.elts.length === 1 ? ',' : ''))
    case 'NamedExpr':
      return paren(level > PR.TUPLE, `${expr(e.target, PR.ATOM)} := ${expr(e.value, PR.ATOM)}`)
  }
}
