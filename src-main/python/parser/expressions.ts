// Expressions: Grammar/python.gram "EXPRESSIONS" through "PRIMARY ELEMENTS". The
// left-recursive rules (disjunction .. primary) are loops; every node's position runs from
// the rule's first token to the last token it consumed, as the EXTRA macro does.

import type * as A from '../spec/astNodes.gen'
import { AND, INVERT, LOAD, NOT, OR, UADD, USUB, binop, cmpop } from '../ast/nodes'
import type { Parser, PTok } from './core'
import { atom, forIfClauses, lambdef } from './atoms'
import * as inv from './invalid'

type E = A.expr

/**
 * The second pass memoizes the rules pegen marks (memo) — expression, disjunction,
 * bitwise_or, ... — so the invalid_* lookaheads stay linear.
 */
function memoized(p: Parser, name: string, rule: (p: Parser) => E | null): E | null {
  let m = p.memo.get(name)
  if (!m) {
    m = new Map()
    p.memo.set(name, m)
  }
  const key = p.pos
  const hit = m.get(key)
  if (hit) {
    p.pos = hit.end
    return hit.node as E | null
  }
  const node = rule(p)
  m.set(key, { node, end: p.pos })
  return node
}

// expressions: expression (',' expression)* [',']
export function expressions(p: Parser): E | null {
  const start = p.tok()
  const first = expression(p)
  if (!first) return null
  if (!p.at('COMMA')) return first
  const elts: E[] = [first]
  while (p.eat('COMMA')) {
    const e = expression(p)
    if (!e) break
    elts.push(e)
  }
  return { _type: 'Tuple', elts, ctx: LOAD, ...p.span(start) }
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
export function expression(p: Parser): E | null {
  if (p.callInvalid) return memoized(p, 'expression', expressionRule)
  return expressionRule(p)
}

function expressionRule(p: Parser): E | null {
  if (p.callInvalid) inv.invalidExpression(p)
  const start = p.tok()
  if (start.type === 'NAME' && start.string === 'lambda') return lambdef(p)
  const body = disjunction(p)
  if (!body) return null
  if (!p.atKw('if')) return body
  const mark = p.pos
  p.pos++
  const test = disjunction(p)
  if (test && p.eatKw('else')) {
    const orelse = expression(p)
    if (orelse) return { _type: 'IfExp', test, body, orelse, ...p.span(start) }
  }
  if (p.callInvalid && test) inv.invalidIfExp(p, start, body, test)
  p.pos = mark
  return body
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
export function yieldExpr(p: Parser): E | null {
  const start = p.eatKw('yield')
  if (!start) return null
  if (p.eatKw('from')) {
    const value = expression(p)
    if (!value) return null
    return { _type: 'YieldFrom', value, ...p.span(start) }
  }
  const value = starExpressions(p)
  return { _type: 'Yield', value, ...p.span(start) }
}

// star_expressions: star_expression (',' star_expression)* [',']
export function starExpressions(p: Parser): E | null {
  if (p.callInvalid) return memoized(p, 'starExpressions', starExpressionsRule)
  return starExpressionsRule(p)
}

function starExpressionsRule(p: Parser): E | null {
  const start = p.tok()
  const first = starExpression(p)
  if (!first) return null
  if (!p.at('COMMA')) return first
  const elts: E[] = [first]
  while (p.eat('COMMA')) {
    const e = starExpression(p)
    if (!e) break
    elts.push(e)
  }
  return { _type: 'Tuple', elts, ctx: LOAD, ...p.span(start) }
}

// star_expression: '*' bitwise_or | expression
export function starExpression(p: Parser): E | null {
  const start = p.tok()
  if (start.type === 'STAR') {
    p.pos++
    const value = bitwiseOr(p)
    if (!value) {
      p.pos--
      return null
    }
    return { _type: 'Starred', value, ctx: LOAD, ...p.span(start) }
  }
  return expression(p)
}

// star_named_expressions: ','.star_named_expression+ [',']
export function starNamedExpressions(p: Parser): E[] | null {
  const first = starNamedExpression(p)
  if (!first) return null
  const out = [first]
  while (p.at('COMMA')) {
    const mark = p.pos
    p.pos++
    const e = starNamedExpression(p)
    if (!e) {
      p.pos = mark + 1
      break
    }
    out.push(e)
  }
  return out
}

// star_named_expression: '*' bitwise_or | named_expression
export function starNamedExpression(p: Parser): E | null {
  const start = p.tok()
  if (start.type === 'STAR') {
    p.pos++
    const value = bitwiseOr(p)
    if (!value) {
      p.pos--
      return null
    }
    return { _type: 'Starred', value, ctx: LOAD, ...p.span(start) }
  }
  return namedExpression(p)
}

// assignment_expression: NAME ':=' ~ expression
export function assignmentExpression(p: Parser): E | null {
  const start = p.tok()
  if (!p.atName() || p.peek(1).type !== 'COLONEQUAL') return null
  p.pos += 2
  const value = expression(p)
  if (!value) {
    // the cut: no other alternative may match
    p.pos -= 2
    return null
  }
  const target: A.Name = {
    _type: 'Name', id: start.string, ctx: { _type: 'Store' },
    lineno: start.lineno, col_offset: start.col, end_lineno: start.endLineno, end_col_offset: start.endCol,
  }
  target.ctx = STORE_CTX
  return { _type: 'NamedExpr', target, value, ...p.span(start) }
}
const STORE_CTX: A.Store = { _type: 'Store' }

// named_expression: assignment_expression | invalid_named_expression | expression !':='
export function namedExpression(p: Parser): E | null {
  if (p.callInvalid) return memoized(p, 'namedExpression', namedExpressionRule)
  return namedExpressionRule(p)
}

function namedExpressionRule(p: Parser): E | null {
  const t = p.tok()
  if (t.type === 'NAME' && p.atName() && p.peek(1).type === 'COLONEQUAL') {
    const a = assignmentExpression(p)
    if (a) return a
  }
  if (p.callInvalid) inv.invalidNamedExpression(p)
  const e = expression(p)
  if (!e) return null
  if (p.at('COLONEQUAL')) {
    return null
  }
  return e
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
export function disjunction(p: Parser): E | null {
  if (p.callInvalid) return memoized(p, 'disjunction', disjunctionRule)
  return disjunctionRule(p)
}

function disjunctionRule(p: Parser): E | null {
  const start = p.tok()
  const first = conjunction(p)
  if (!first) return null
  if (!p.atKw('or')) return first
  const values = [first]
  while (p.atKw('or')) {
    p.pos++
    const e = conjunction(p)
    if (!e) {
      p.pos--
      break
    }
    values.push(e)
  }
  if (values.length === 1) return first
  return { _type: 'BoolOp', op: OR, values, ...p.span(start) }
}

// conjunction: inversion ('and' inversion)+ | inversion
function conjunction(p: Parser): E | null {
  const start = p.tok()
  const first = inversion(p)
  if (!first) return null
  if (!p.atKw('and')) return first
  const values = [first]
  while (p.atKw('and')) {
    p.pos++
    const e = inversion(p)
    if (!e) {
      p.pos--
      break
    }
    values.push(e)
  }
  if (values.length === 1) return first
  return { _type: 'BoolOp', op: AND, values, ...p.span(start) }
}

// inversion: 'not' inversion | comparison
function inversion(p: Parser): E | null {
  const start = p.tok()
  if (start.type === 'NAME' && start.string === 'not') {
    p.pos++
    const operand = inversion(p)
    if (!operand) {
      p.pos--
      return null
    }
    return { _type: 'UnaryOp', op: NOT, operand, ...p.span(start) }
  }
  return comparison(p)
}

const CMP_TOKENS: Partial<Record<string, A.cmpop['_type']>> = {
  EQEQUAL: 'Eq', NOTEQUAL: 'NotEq', LESSEQUAL: 'LtE', LESS: 'Lt', GREATEREQUAL: 'GtE', GREATER: 'Gt',
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
function comparison(p: Parser): E | null {
  const start = p.tok()
  const left = bitwiseOr(p)
  if (!left) return null
  let ops: A.cmpop[] | null = null
  let comparators: E[] | null = null
  for (;;) {
    const t = p.tok()
    const mark = p.pos
    let op: A.cmpop['_type'] | undefined
    if (t.type === 'NAME') {
      if (t.string === 'in') op = 'In'
      else if (t.string === 'not' && p.peek(1).type === 'NAME' && p.peek(1).string === 'in') {
        op = 'NotIn'
        p.pos++
      } else if (t.string === 'is') {
        if (p.peek(1).type === 'NAME' && p.peek(1).string === 'not') {
          op = 'IsNot'
          p.pos++
        } else op = 'Is'
      }
    } else {
      op = CMP_TOKENS[t.type]
      // '<>' is only '!=' under `from __future__ import barry_as_FLUFL` (_PyPegen_check_barry_as_flufl)
      if (op === 'NotEq' && t.string !== '!=') op = undefined
    }
    if (!op) break
    p.pos++
    const right = bitwiseOr(p)
    if (!right) {
      p.pos = mark
      break
    }
    ;(ops ??= []).push(cmpop(op))
    ;(comparators ??= []).push(right)
  }
  if (!ops) return left
  return { _type: 'Compare', left, ops, comparators: comparators!, ...p.span(start) }
}

type BinLevel = (p: Parser) => E | null

function binLoop(p: Parser, sub: BinLevel, table: Partial<Record<string, A.operator['_type']>>): E | null {
  const start = p.tok()
  let left = sub(p)
  if (!left) return null
  for (;;) {
    const t = p.tok()
    const op = table[t.type]
    if (!op) return left
    p.pos++
    const right = sub(p)
    if (!right) {
      p.pos--
      return left
    }
    left = { _type: 'BinOp', left, op: binop(op), right, ...p.span(start) }
  }
}

const OR_T = { VBAR: 'BitOr' } as const
const XOR_T = { CIRCUMFLEX: 'BitXor' } as const
const AND_T = { AMPER: 'BitAnd' } as const
const SHIFT_T = { LEFTSHIFT: 'LShift', RIGHTSHIFT: 'RShift' } as const
const SUM_T = { PLUS: 'Add', MINUS: 'Sub' } as const
const TERM_T = { STAR: 'Mult', SLASH: 'Div', DOUBLESLASH: 'FloorDiv', PERCENT: 'Mod', AT: 'MatMult' } as const

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor  (memoized left-recursion in pegen)
export function bitwiseOr(p: Parser): E | null {
  if (p.callInvalid) return memoized(p, 'bitwiseOr', bitwiseOrRule)
  return bitwiseOrRule(p)
}

function bitwiseOrRule(p: Parser): E | null {
  return binLoop(p, bitwiseXor, OR_T)
}
function bitwiseXor(p: Parser): E | null {
  return binLoop(p, bitwiseAnd, XOR_T)
}
function bitwiseAnd(p: Parser): E | null {
  return binLoop(p, shiftExpr, AND_T)
}
function shiftExpr(p: Parser): E | null {
  return binLoop(p, sum, SHIFT_T)
}
export function sum(p: Parser): E | null {
  return binLoop(p, term, SUM_T)
}
function term(p: Parser): E | null {
  return binLoop(p, factor, TERM_T)
}

// factor: '+' factor | '-' factor | '~' factor | power
function factor(p: Parser): E | null {
  const start = p.tok()
  const op = start.type === 'PLUS' ? UADD : start.type === 'MINUS' ? USUB : start.type === 'TILDE' ? INVERT : null
  if (op) {
    p.pos++
    const operand = factor(p)
    if (!operand) {
      p.pos--
      return null
    }
    return { _type: 'UnaryOp', op, operand, ...p.span(start) }
  }
  return power(p)
}

// power: await_primary '**' factor | await_primary
function power(p: Parser): E | null {
  const start = p.tok()
  const left = awaitPrimary(p)
  if (!left) return null
  if (!p.at('DOUBLESTAR')) return left
  p.pos++
  const right = factor(p)
  if (!right) {
    p.pos--
    return left
  }
  return { _type: 'BinOp', left, op: binop('Pow'), right, ...p.span(start) }
}

// await_primary: AWAIT primary | primary
function awaitPrimary(p: Parser): E | null {
  const start = p.tok()
  if (start.type === 'NAME' && start.string === 'await') {
    p.pos++
    const value = primary(p)
    if (!value) {
      p.pos--
      return null
    }
    return { _type: 'Await', value, ...p.span(start) }
  }
  return primary(p)
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
export function primary(p: Parser): E | null {
  const start = p.tok()
  let e = atom(p)
  if (!e) return null
  return trailers(p, start, e, false)
}

/** the trailer loop of primary / t_primary; with `stopBeforeLast` unused here */
export function trailers(p: Parser, start: PTok, e: E, _t: boolean): E {
  for (;;) {
    const t = p.tok()
    if (t.type === 'DOT') {
      const n = p.peek(1)
      if (n.type !== 'NAME') return e
      p.pos += 2
      e = { _type: 'Attribute', value: e, attr: n.string, ctx: LOAD, ...p.span(start) }
    } else if (t.type === 'LPAR') {
      const mark = p.pos
      const call = callTrailer(p, start, e)
      if (!call) {
        p.pos = mark
        return e
      }
      e = call
    } else if (t.type === 'LSQB') {
      const mark = p.pos
      p.pos++
      const s = slices(p)
      if (!s || !p.eat('RSQB')) {
        p.pos = mark
        return e
      }
      e = { _type: 'Subscript', value: e, slice: s, ctx: LOAD, ...p.span(start) }
    } else return e
  }
}

function callTrailer(p: Parser, start: PTok, func: E): E | null {
  const mark = p.pos
  const lpar = p.next()
  if (p.eat('RPAR')) return { _type: 'Call', func, args: [], keywords: [], ...p.span(start) }
  const a = args(p)
  // primary genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
  if (a && a.args.length === 1 && a.keywords.length === 0 && a.args[0]._type !== 'Starred' &&
    p.toks[p.pos - 1] !== lpar && p.toks[p.pos - 1].type !== 'COMMA' && (p.atKw('for') || p.atKw('async'))) {
    const gens = forIfClauses(p)
    if (gens && p.eat('RPAR')) {
      const g: E = { _type: 'GeneratorExp', elt: a.args[0], generators: gens, ...p.span(lpar) }
      return { _type: 'Call', func, args: [g], keywords: [], ...p.span(start) }
    }
    if (p.callInvalid) inv.invalidArguments(p, mark)
    return null
  }
  if (!a) {
    if (p.callInvalid) inv.invalidArguments(p, mark)
    return null
  }
  p.eat('COMMA')
  if (!p.eat('RPAR')) {
    if (p.callInvalid) inv.invalidArguments(p, mark)
    return null
  }
  return { _type: 'Call', func, args: a.args, keywords: a.keywords, ...p.span(start) }
}

export interface Args {
  args: E[]
  keywords: A.keyword[]
}

// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
export function args(p: Parser): Args | null {
  const out: Args = { args: [], keywords: [] }
  let sawKw = false
  let sawDoubleStar = false
  for (;;) {
    const t = p.tok()
    const mark = p.pos
    if (t.type === 'NAME' && p.atName() && p.peek(1).type === 'EQUAL') {
      p.pos += 2
      const value = expression(p)
      if (!value) {
        p.pos = mark
        break
      }
      out.keywords.push({ _type: 'keyword', arg: t.string, value, ...p.span(t) })
      sawKw = true
    } else if (t.type === 'DOUBLESTAR') {
      p.pos++
      const value = expression(p)
      if (!value) {
        p.pos = mark
        break
      }
      out.keywords.push({ _type: 'keyword', arg: null, value, ...p.span(t) })
      sawKw = true
      sawDoubleStar = true
    } else if (t.type === 'STAR') {
      p.pos++
      const value = expression(p)
      if (!value) {
        p.pos = mark
        break
      }
      if (sawDoubleStar) {
        p.pos = mark
        break
      }
      out.args.push({ _type: 'Starred', value, ctx: LOAD, ...p.span(t) })
    } else {
      if (sawKw) break
      let e: E | null = null
      if (t.type === 'NAME' && p.atName() && p.peek(1).type === 'COLONEQUAL') e = assignmentExpression(p)
      if (!e) {
        e = expression(p)
        if (e && p.at('COLONEQUAL')) e = null
      }
      if (!e) {
        p.pos = mark
        break
      }
      if (p.at('EQUAL')) {
        p.pos = mark
        break
      }
      // a bare generator expression needs its own parentheses unless it is the only argument
      out.args.push(e)
    }
    if (!p.at('COMMA')) break
    if (p.peek(1).type === 'RPAR') break
    p.pos++
  }
  if (out.args.length === 0 && out.keywords.length === 0) return null
  return out
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
function slices(p: Parser): E | null {
  const start = p.tok()
  const first = sliceOrStarred(p)
  if (!first) return null
  if (!p.at('COMMA') && first._type !== 'Starred') return first
  const elts: E[] = [first]
  while (p.eat('COMMA')) {
    const e = sliceOrStarred(p)
    if (!e) break
    elts.push(e)
  }
  return { _type: 'Tuple', elts, ctx: LOAD, ...p.span(start) }
}

function sliceOrStarred(p: Parser): E | null {
  const start = p.tok()
  if (start.type === 'STAR') {
    p.pos++
    const value = bitwiseOr(p)
    if (!value) {
      p.pos--
      return null
    }
    return { _type: 'Starred', value, ctx: LOAD, ...p.span(start) }
  }
  return slice(p)
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
function slice(p: Parser): E | null {
  const start = p.tok()
  const mark = p.pos
  let lower: E | null = null
  if (start.type !== 'COLON') {
    if (start.type === 'NAME' && p.atName() && p.peek(1).type === 'COLONEQUAL') return namedExpression(p)
    if (p.callInvalid) return sliceInvalidPass(p, mark)
    lower = expression(p)
    if (!lower) return null
    if (!p.at('COLON')) return p.at('COLONEQUAL') ? null : lower
  }
  p.pos++ // ':'
  const upper = p.at('COLON') || p.at('RSQB') || p.at('COMMA') ? null : expression(p)
  let step: E | null = null
  if (p.eat('COLON')) step = p.at('RSQB') || p.at('COMMA') ? null : expression(p)
  return { _type: 'Slice', lower, upper, step, ...p.span(start) }
}

/** the second pass keeps the grammar's order (named_expression tried after the slice form) */
function sliceInvalidPass(p: Parser, mark: number): E | null {
  const lower = expression(p)
  if (lower && p.at('COLON')) {
    p.pos = mark
    const start = p.tok()
    const lo = expression(p)!
    p.pos++
    const upper = p.at('COLON') || p.at('RSQB') || p.at('COMMA') ? null : expression(p)
    let step: E | null = null
    if (p.eat('COLON')) step = p.at('RSQB') || p.at('COMMA') ? null : expression(p)
    return { _type: 'Slice', lower: lo, upper, step, ...p.span(start) }
  }
  p.pos = mark
  return namedExpression(p)
}
