// The match statement and its patterns: Grammar/python.gram "Match statement" (PEP 634).
// `match`, `case` and `_` are soft keywords: a failed match_stmt leaves the statement to
// be read as an ordinary expression statement.

import type * as A from '../spec/astNodes.gen'
import { LOAD, USUB, binop } from '../ast/nodes'
import { PyComplexConst } from '../objects/constant'
import type { Parser, PTok } from './core'
import { namedExpression, starNamedExpression } from './expressions'
import { parseNumber } from './numbers'
import { block } from './compound'
import { strings } from './strings'
import * as inv from './invalid'

type P = A.pattern
type E = A.expr

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
export function matchStmt(p: Parser): A.stmt | null {
  const start = p.tok()
  const mark = p.pos
  p.pos++
  const subject = subjectExpr(p)
  if (!subject) {
    p.pos = mark
    return null
  }
  if (!p.eat('COLON')) {
    if (p.callInvalid) inv.invalidMatchStmt(p, start, false)
    p.pos = mark
    return null
  }
  if (!p.eat('NEWLINE')) {
    p.pos = mark
    return null
  }
  if (!p.eat('INDENT')) {
    if (p.callInvalid) inv.invalidMatchStmt(p, start, true)
    p.pos = mark
    return null
  }
  const cases: A.match_case[] = []
  while (p.atKw('case')) {
    const c = caseBlock(p)
    if (!c) break
    cases.push(c)
  }
  if (!cases.length || !p.eat('DEDENT')) {
    p.pos = mark
    return null
  }
  return { _type: 'Match', subject, cases, ...p.span(start) }
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
function subjectExpr(p: Parser): E | null {
  const start = p.tok()
  const mark = p.pos
  const first = starNamedExpression(p)
  if (first && p.at('COMMA')) {
    const elts = [first]
    while (p.eat('COMMA')) {
      const e = starNamedExpression(p)
      if (!e) break
      elts.push(e)
    }
    return { _type: 'Tuple', elts, ctx: LOAD, ...p.span(start) }
  }
  p.pos = mark
  return namedExpression(p)
}

// case_block: "case" patterns guard? ':' block
function caseBlock(p: Parser): A.match_case | null {
  const mark = p.pos
  const caseTok = p.next()
  const pattern = patterns(p)
  if (!pattern) {
    p.pos = mark
    return null
  }
  let guard: E | null = null
  if (p.eatKw('if')) {
    guard = namedExpression(p)
    if (!guard) {
      p.pos = mark
      return null
    }
  }
  if (!p.eat('COLON')) {
    if (p.callInvalid) inv.invalidCaseBlock(p, caseTok, false)
    p.pos = mark
    return null
  }
  if (p.callInvalid) inv.invalidCaseBlock(p, caseTok, true)
  const body = block(p)
  if (!body) {
    p.pos = mark
    return null
  }
  return { _type: 'match_case', pattern, guard, body }
}

// patterns: open_sequence_pattern | pattern
function patterns(p: Parser): P | null {
  const start = p.tok()
  const mark = p.pos
  const first = maybeStarPattern(p)
  if (first && p.at('COMMA')) {
    const items = [first]
    while (p.eat('COMMA')) {
      const q = maybeStarPattern(p)
      if (!q) break
      items.push(q)
    }
    return { _type: 'MatchSequence', patterns: items, ...p.span(start) }
  }
  p.pos = mark
  return pattern(p)
}

// pattern: as_pattern | or_pattern
function pattern(p: Parser): P | null {
  const start = p.tok()
  const orp = orPattern(p)
  if (!orp) return null
  if (p.atKw('as')) {
    const mark = p.pos
    p.pos++
    const name = captureTarget(p)
    if (name === null) {
      if (p.callInvalid) inv.invalidAsPattern(p, orp)
      p.pos = mark
      return orp
    }
    return { _type: 'MatchAs', pattern: orp, name, ...p.span(start) }
  }
  return orp
}

// or_pattern: '|'.closed_pattern+
function orPattern(p: Parser): P | null {
  const start = p.tok()
  const first = closedPattern(p)
  if (!first) return null
  if (!p.at('VBAR')) return first
  const alts = [first]
  while (p.at('VBAR')) {
    p.pos++
    const q = closedPattern(p)
    if (!q) {
      p.pos--
      break
    }
    alts.push(q)
  }
  if (alts.length === 1) return first
  return { _type: 'MatchOr', patterns: alts, ...p.span(start) }
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
function captureTarget(p: Parser): string | null {
  const t = p.tok()
  if (t.type !== 'NAME' || t.string === '_' || !p.atName()) return null
  const n = p.peek(1).type
  if (n === 'DOT' || n === 'LPAR' || n === 'EQUAL') return null
  p.pos++
  return t.string
}

function closedPattern(p: Parser): P | null {
  const t = p.tok()
  switch (t.type) {
    case 'NUMBER':
    case 'MINUS':
    case 'STRING':
    case 'FSTRING_START': {
      const v = literalExpr(p)
      if (!v) return null
      return { _type: 'MatchValue', value: v, ...p.span(t) }
    }
    case 'LPAR':
      return parenPattern(p)
    case 'LSQB': {
      p.pos++
      const items: P[] = []
      while (!p.at('RSQB')) {
        const q = maybeStarPattern(p)
        if (!q) break
        items.push(q)
        if (!p.eat('COMMA')) break
      }
      if (!p.eat('RSQB')) {
        p.pos--
        return null
      }
      return { _type: 'MatchSequence', patterns: items, ...p.span(t) }
    }
    case 'LBRACE':
      return mappingPattern(p)
    case 'NAME':
      break
    default:
      return null
  }
  const s = t.string
  if (s === 'None' || s === 'True' || s === 'False') {
    p.pos++
    return { _type: 'MatchSingleton', value: s === 'None' ? null : s === 'True', ...p.span(t) }
  }
  if (!p.atName()) return null
  const n1 = p.peek(1).type
  if (n1 !== 'DOT' && n1 !== 'LPAR') {
    p.pos++
    if (s === '_') return { _type: 'MatchAs', pattern: null, name: null, ...p.span(t) }
    if (n1 === 'EQUAL') {
      p.pos--
      return null
    }
    return { _type: 'MatchAs', pattern: null, name: s, ...p.span(t) }
  }
  // name_or_attr: value pattern or class pattern
  const mark = p.pos
  const cls = nameOrAttr(p)
  if (!cls) return null
  if (p.at('LPAR')) return classPattern(p, t, cls, mark)
  if (cls._type === 'Name' || p.at('EQUAL') || p.at('DOT')) {
    p.pos = mark
    return null
  }
  return { _type: 'MatchValue', value: cls, ...p.span(t) }
}

// name_or_attr: attr | NAME
function nameOrAttr(p: Parser): E | null {
  const start = p.tok()
  const n = p.eatName()
  if (!n) return null
  let e: E = { _type: 'Name', id: n.string, ctx: LOAD, ...p.span(n) }
  while (p.at('DOT') && p.peek(1).type === 'NAME') {
    p.pos++
    const a = p.next()
    e = { _type: 'Attribute', value: e, attr: a.string, ctx: LOAD, ...p.span(start) }
  }
  return e
}

// literal_expr / literal_pattern values: signed_number, complex_number, strings
function literalExpr(p: Parser): E | null {
  const start = p.tok()
  if (start.type === 'STRING' || start.type === 'FSTRING_START') {
    const s = strings(p)
    if (s && s._type === 'JoinedStr') {
      p.errorAtNodes('patterns may only match literals and attribute lookups', s)
    }
    return s
  }
  const real = signedNumber(p)
  if (!real) return null
  const op = p.tok().type
  if (op === 'PLUS' || op === 'MINUS') {
    p.pos++
    const it = p.tok()
    if (it.type !== 'NUMBER') {
      p.pos--
      return null
    }
    p.pos++
    const imag: E = { _type: 'Constant', value: parseNumber(p, it), kind: null, ...p.span(it) }
    // _PyPegen_ensure_real / _PyPegen_ensure_imaginary
    const realConst = real._type === 'UnaryOp' ? real.operand : real
    if (realConst._type === 'Constant' && realConst.value instanceof PyComplexConst) {
      p.errorAtNodes('real number required in complex literal', realConst)
    }
    if (!((imag as A.Constant).value instanceof PyComplexConst)) {
      p.errorAtNodes('imaginary number required in complex literal', imag)
    }
    return { _type: 'BinOp', left: real, op: binop(op === 'PLUS' ? 'Add' : 'Sub'), right: imag, ...p.span(start) }
  }
  return real
}

// signed_number: NUMBER | '-' NUMBER
function signedNumber(p: Parser): E | null {
  const start = p.tok()
  if (start.type === 'MINUS') {
    const n = p.peek(1)
    if (n.type !== 'NUMBER') return null
    p.pos += 2
    const c: E = { _type: 'Constant', value: parseNumber(p, n), kind: null, ...p.span(n) }
    return { _type: 'UnaryOp', op: USUB, operand: c, ...p.span(start) }
  }
  if (start.type !== 'NUMBER') return null
  p.pos++
  return { _type: 'Constant', value: parseNumber(p, start), kind: null, ...p.span(start) }
}

// group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')'
function parenPattern(p: Parser): P | null {
  const start = p.tok()
  const mark = p.pos
  p.pos++
  if (p.eat('RPAR')) return { _type: 'MatchSequence', patterns: [], ...p.span(start) }
  const first = maybeStarPattern(p)
  if (!first) {
    p.pos = mark
    return null
  }
  if (p.eat('RPAR')) {
    if (first._type === 'MatchStar') {
      p.pos = mark
      return null
    }
    return first
  }
  if (!p.at('COMMA')) {
    p.pos = mark
    return null
  }
  const items = [first]
  while (p.eat('COMMA')) {
    const q = maybeStarPattern(p)
    if (!q) break
    items.push(q)
  }
  if (!p.eat('RPAR')) {
    p.pos = mark
    return null
  }
  return { _type: 'MatchSequence', patterns: items, ...p.span(start) }
}

// maybe_star_pattern: star_pattern | pattern
function maybeStarPattern(p: Parser): P | null {
  const t = p.tok()
  if (t.type === 'STAR') {
    p.pos++
    const n = p.tok()
    if (n.type === 'NAME' && n.string === '_') {
      p.pos++
      return { _type: 'MatchStar', name: null, ...p.span(t) }
    }
    const name = captureTarget(p)
    if (name === null) {
      p.pos--
      return null
    }
    return { _type: 'MatchStar', name, ...p.span(t) }
  }
  return pattern(p)
}

// mapping_pattern
function mappingPattern(p: Parser): P | null {
  const start = p.tok()
  const mark = p.pos
  p.pos++
  const keys: E[] = []
  const pats: P[] = []
  let rest: string | null = null
  for (;;) {
    if (p.at('RBRACE')) break
    if (p.at('DOUBLESTAR')) {
      p.pos++
      const r = captureTarget(p)
      if (r === null) {
        p.pos = mark
        return null
      }
      rest = r
      p.eat('COMMA')
      if (p.callInvalid && !p.at('RBRACE')) inv.invalidMappingRest(p, mark)
      break
    }
    const t = p.tok()
    let key: E | null = null
    if (t.type === 'NAME' && (t.string === 'None' || t.string === 'True' || t.string === 'False')) {
      p.pos++
      key = { _type: 'Constant', value: t.string === 'None' ? null : t.string === 'True', kind: null, ...p.span(t) }
    } else if (t.type === 'NAME') {
      key = nameOrAttr(p)
      if (key && key._type === 'Name') key = null
    } else key = literalExpr(p)
    if (!key || !p.eat('COLON')) {
      p.pos = mark
      return null
    }
    const v = pattern(p)
    if (!v) {
      p.pos = mark
      return null
    }
    keys.push(key)
    pats.push(v)
    if (!p.eat('COMMA')) break
  }
  if (!p.eat('RBRACE')) {
    p.pos = mark
    return null
  }
  return { _type: 'MatchMapping', keys, patterns: pats, rest, ...p.span(start) }
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')'
function classPattern(p: Parser, start: PTok, cls: E, mark: number): P | null {
  p.pos++
  const patterns: P[] = []
  const kwdAttrs: string[] = []
  const kwdPatterns: P[] = []
  while (!p.at('RPAR')) {
    const t = p.tok()
    if (t.type === 'NAME' && p.peek(1).type === 'EQUAL') {
      p.pos += 2
      const v = pattern(p)
      if (!v) {
        p.pos = mark
        return null
      }
      kwdAttrs.push(t.string)
      kwdPatterns.push(v)
    } else {
      if (kwdAttrs.length) {
        if (p.callInvalid) inv.invalidClassPattern(p, pattern)
        p.pos = mark
        return null
      }
      const v = pattern(p)
      if (!v) {
        p.pos = mark
        return null
      }
      patterns.push(v)
    }
    if (!p.eat('COMMA')) break
  }
  if (!p.eat('RPAR')) {
    p.pos = mark
    return null
  }
  return { _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...p.span(start) }
}
