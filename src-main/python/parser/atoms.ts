// Atoms: Grammar/python.gram "ATOMS", "LITERALS" and "COMPREHENSIONS & GENERATORS" —
// names, numbers, strings, the bracketed displays (tuple/group/genexp, list/listcomp,
// dict/set and their comprehensions), for_if_clauses and lambdef.

import type * as A from '../spec/astNodes.gen'
import { LOAD } from '../ast/nodes'
import { ELLIPSIS as ELLIPSIS_VALUE } from '../objects/constant'
import type { Parser, PTok } from './core'
import { parseNumber } from './numbers'
import { strings } from './strings'
import { lambdaParams } from './params'
import { starTargets } from './targets'
import {
  assignmentExpression, bitwiseOr, disjunction, expression, starNamedExpression, starNamedExpressions, yieldExpr,
} from './expressions'
import * as inv from './invalid'

type E = A.expr

// atom
export function atom(p: Parser): E | null {
  const t = p.tok()
  switch (t.type) {
    case 'NAME': {
      const s = t.string
      if (s === 'True' || s === 'False' || s === 'None') {
        p.pos++
        const value = s === 'True' ? true : s === 'False' ? false : null
        return { _type: 'Constant', value, kind: null, ...p.span(t) }
      }
      if (p.atName()) {
        p.pos++
        return { _type: 'Name', id: t.string, ctx: LOAD, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol }
      }
      if (p.callInvalid) inv.invalidKeywordAtom(p, t)
      return null
    }
    case 'NUMBER':
      p.pos++
      return { _type: 'Constant', value: parseNumber(p, t), kind: null, ...p.span(t) }
    case 'STRING':
    case 'FSTRING_START':
      return strings(p)
    case 'ELLIPSIS':
      p.pos++
      return { _type: 'Constant', value: ELLIPSIS_VALUE, kind: null, ...p.span(t) }
    case 'LPAR':
      return parenAtom(p)
    case 'LSQB':
      return listAtom(p)
    case 'LBRACE':
      return braceAtom(p)
    default:
      return null
  }
}

// tuple | group | genexp
function parenAtom(p: Parser): E | null {
  const start = p.tok()
  const mark = p.pos
  p.pos++
  if (p.eat('RPAR')) return { _type: 'Tuple', elts: [], ctx: LOAD, ...p.span(start) }
  if (p.atKw('yield')) {
    const y = yieldExpr(p)
    if (y && p.eat('RPAR')) return y
    p.pos = mark
    return null
  }
  const first = starNamedExpression(p)
  if (!first) {
    if (p.callInvalid) inv.invalidGroup(p, mark)
    if (p.callInvalid) inv.invalidComprehension(p, mark)
    p.pos = mark
    return null
  }
  if (!p.at('RPAR') && first._type === 'Starred' && p.callInvalid) inv.invalidComprehension(p, mark)
  if (p.eat('RPAR')) {
    if (first._type === 'Starred') {
      if (p.callInvalid) inv.invalidGroupStarred(p, first)
      p.pos = mark
      return null
    }
    return first
  }
  if (p.at('COMMA')) {
    const elts = [first]
    while (p.eat('COMMA')) {
      const e = starNamedExpression(p)
      if (!e) break
      elts.push(e)
    }
    if (p.eat('RPAR')) return { _type: 'Tuple', elts, ctx: LOAD, ...p.span(start) }
    p.pos = mark
    return null
  }
  if ((p.atKw('for') || p.atKw('async')) && first._type !== 'Starred') {
    const gens = forIfClauses(p)
    if (gens && p.eat('RPAR')) return { _type: 'GeneratorExp', elt: first, generators: gens, ...p.span(start) }
    p.pos = mark
    return null
  }
  if (p.callInvalid) inv.invalidComprehension(p, mark)
  if (p.callInvalid) inv.invalidParenContent(p, mark, first)
  p.pos = mark
  return null
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
export function genexp(p: Parser): E | null {
  const start = p.tok()
  if (start.type !== 'LPAR') return null
  const mark = p.pos
  p.pos++
  let elt: E | null = null
  if (p.atName() && p.peek(1).type === 'COLONEQUAL') elt = assignmentExpression(p)
  if (!elt) {
    elt = expression(p)
    if (elt && p.at('COLONEQUAL')) elt = null
  }
  if (!elt) {
    p.pos = mark
    return null
  }
  const gens = forIfClauses(p)
  if (!gens || !p.eat('RPAR')) {
    p.pos = mark
    return null
  }
  return { _type: 'GeneratorExp', elt, generators: gens, ...p.span(start) }
}

// list | listcomp
function listAtom(p: Parser): E | null {
  const start = p.tok()
  const mark = p.pos
  p.pos++
  if (p.eat('RSQB')) return { _type: 'List', elts: [], ctx: LOAD, ...p.span(start) }
  const elts = starNamedExpressions(p)
  if (!elts) {
    p.pos = mark
    return null
  }
  if (p.eat('RSQB')) return { _type: 'List', elts, ctx: LOAD, ...p.span(start) }
  if (p.callInvalid) inv.invalidComprehension(p, mark)
  if (elts.length === 1 && !p.tokBefore('COMMA') && (p.atKw('for') || p.atKw('async'))) {
    const elt = elts[0]
    if (elt._type !== 'Starred') {
      const gens = forIfClauses(p)
      if (gens && p.eat('RSQB')) return { _type: 'ListComp', elt, generators: gens, ...p.span(start) }
    } else if (p.callInvalid) inv.invalidComprehensionStarred(p, elt)
  }
  p.pos = mark
  return null
}

// dict | set | dictcomp | setcomp
function braceAtom(p: Parser): E | null {
  const start = p.tok()
  const mark = p.pos
  p.pos++
  if (p.eat('RBRACE')) return { _type: 'Dict', keys: [], values: [], ...p.span(start) }
  if (p.callInvalid) inv.invalidComprehension(p, mark)
  if (p.at('DOUBLESTAR')) return dictRest(p, start, mark)
  const first = starNamedExpression(p)
  if (!first) {
    p.pos = mark
    return null
  }
  if (p.at('COLON') && first._type !== 'Starred') {
    // a bare walrus is no dict key (kvpair: expression ':' expression)
    const bareWalrus = p.toks[mark + 1].type === 'NAME' && p.toks[mark + 2].type === 'COLONEQUAL'
    if (bareWalrus) {
      p.pos = mark
      return null
    }
    return dictRest(p, start, mark, first)
  }
  if ((p.atKw('for') || p.atKw('async')) && first._type !== 'Starred') {
    const gens = forIfClauses(p)
    if (gens && p.eat('RBRACE')) return { _type: 'SetComp', elt: first, generators: gens, ...p.span(start) }
    p.pos = mark
    return null
  }
  const elts = [first]
  while (p.eat('COMMA')) {
    const e = starNamedExpression(p)
    if (!e) break
    elts.push(e)
  }
  if (p.eat('RBRACE')) return { _type: 'Set', elts, ...p.span(start) }
  p.pos = mark
  return null
}

// dict: '{' [double_starred_kvpairs] '}' ; dictcomp: '{' kvpair for_if_clauses '}'
function dictRest(p: Parser, start: PTok, mark: number, firstKey: E | null = null): E | null {
  const keys: (E | null)[] = []
  const values: E[] = []
  for (;;) {
    if (!firstKey && p.at('DOUBLESTAR')) {
      p.pos++
      const v = bitwiseOr(p)
      if (!v) break
      keys.push(null)
      values.push(v)
    } else {
      const k = firstKey ?? expression(p)
      firstKey = null
      if (!k) break
      if (!p.eat('COLON')) {
        if (p.callInvalid) inv.invalidKvpair(p, k)
        p.pos = mark
        return null
      }
      const v = expression(p)
      if (!v) {
        if (p.callInvalid) inv.invalidKvpairValue(p, k)
        p.pos = mark
        return null
      }
      keys.push(k)
      values.push(v)
      if (keys.length === 1 && (p.atKw('for') || p.atKw('async'))) {
        const gens = forIfClauses(p)
        if (gens && p.eat('RBRACE')) return { _type: 'DictComp', key: k, value: v, generators: gens, ...p.span(start) }
        p.pos = mark
        return null
      }
    }
    if (!p.eat('COMMA')) break
    if (p.at('RBRACE')) break
  }
  if (p.eat('RBRACE')) return { _type: 'Dict', keys, values, ...p.span(start) }
  p.pos = mark
  return null
}

// for_if_clauses: for_if_clause+
export function forIfClauses(p: Parser): A.comprehension[] | null {
  const out: A.comprehension[] = []
  for (;;) {
    const mark = p.pos
    let isAsync = 0
    if (p.atKw('async') && p.peek(1).type === 'NAME' && p.peek(1).string === 'for') {
      p.pos++
      isAsync = 1
    }
    if (!p.eatKw('for')) {
      p.pos = mark
      break
    }
    const target = starTargets(p)
    if (!target || !p.eatKw('in')) {
      if (p.callInvalid) inv.invalidForTarget(p, mark)
      p.pos = mark
      return null
    }
    const iter = disjunction(p)
    if (!iter) {
      if (p.callInvalid) inv.invalidForIter(p)
      p.pos = mark
      return null
    }
    const ifs: E[] = []
    while (p.atKw('if')) {
      p.pos++
      const c = disjunction(p)
      if (!c) {
        p.pos--
        break
      }
      ifs.push(c)
    }
    out.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync })
  }
  return out.length ? out : null
}

// lambdef: 'lambda' [lambda_params] ':' expression
export function lambdef(p: Parser): E | null {
  const start = p.tok()
  const mark = p.pos
  p.pos++
  const args = lambdaParams(p)
  if (!args || !p.eat('COLON')) {
    p.pos = mark
    return null
  }
  const body = expression(p)
  if (!body) {
    p.pos = mark
    return null
  }
  return { _type: 'Lambda', args, body, ...p.span(start) }
}
