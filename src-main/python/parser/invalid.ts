// The second pass's targeted messages: Grammar/python.gram's invalid_* rules. Each check
// runs only when p.callInvalid is set, at the point where the rule would be tried, and
// throws the SyntaxError the rule's action raises; otherwise it leaves the position as
// it found it.

import type * as A from '../spec/astNodes.gen'
import type { Parser, PTok, Pos } from './core'
import {
  bitwiseOr, disjunction, expression, starExpressions, starNamedExpression,
} from './expressions'
import { forIfClauses } from './atoms'
import { exprName, invalidTarget, type TargetsType } from './targets'
import { lambdaParams } from './params'
import { starTarget as starTargetRule } from './targets'
import { expressions as expressionsRule } from './expressions'
import { replacementField } from './strings'
import { yieldExpr as yieldExprRule } from './expressions'

type E = A.expr

function withInvalidOff<T>(p: Parser, f: () => T): T {
  const saved = p.callInvalid
  p.callInvalid = false
  try {
    return f()
  } finally {
    p.callInvalid = saved
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET */
export function raiseInvalidTarget(p: Parser, type: TargetsType, e: E): void {
  const bad = invalidTarget(e, type)
  if (bad) {
    const verb = type === 'del' ? 'delete' : 'assign to'
    p.errorAtNodes(`cannot ${verb} ${exprName(bad)}`, bad)
  }
}

const LEGACY = new Set(['print', 'exec'])

function tokPos(t: PTok): Pos {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol }
}

// invalid_expression + invalid_legacy_expression (tried at the start of `expression`)
export function invalidExpression(p: Parser): void {
  const mark = p.pos
  const t = p.tok()
  const n1 = p.peek(1)
  // invalid_expression alt 1: !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
  const softKw = t.type === 'NAME' && (t.string === 'match' || t.string === 'case' || t.string === '_' || t.string === 'type')
  if (!(t.type === 'NAME' && (n1.type === 'STRING' || n1.type === 'FSTRING_START')) && !softKw) {
    const a = withInvalidOff(p, () => disjunction(p))
    if (a) {
      const b = withInvalidOff(p, () => expression(p))
      if (b) {
        const isLegacy = a._type === 'Name' && LEGACY.has(a.id)
        const level = p.toks[p.pos - 1].level
        if (!isLegacy && level !== 0) p.errorAtNodes('invalid syntax. Perhaps you forgot a comma?', a, b)
      }
    }
    p.pos = mark
  }
  // alt 2: disjunction 'if' disjunction !('else'|':')
  {
    const a = withInvalidOff(p, () => disjunction(p))
    if (a && p.eatKw('if')) {
      const b = withInvalidOff(p, () => disjunction(p))
      if (b && !p.atKw('else') && !p.at('COLON')) p.errorAtNodes("expected 'else' after 'if' expression", a, b)
    }
    p.pos = mark
  }
  // alt 3: 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | fstring_replacement_field)
  if (t.type === 'NAME' && t.string === 'lambda') {
    p.pos++
    if (!p.at('COLON')) lambdaParams(p)
    const colon = p.tok()
    if (colon.type === 'COLON') {
      const n = p.peek(1).type
      if (n === 'FSTRING_MIDDLE' || n === 'LBRACE') {
        p.errorAtTokens('SyntaxError', 'f-string: lambda expressions are not allowed without parentheses', t, colon)
      }
    }
    p.pos = mark
  }
  // invalid_legacy_expression: NAME !'(' star_expressions
  if (t.type === 'NAME' && LEGACY.has(t.string) && n1.type !== 'LPAR') {
    p.pos++
    const b = withInvalidOff(p, () => starExpressions(p))
    if (b) p.errorAtNodes(`Missing parentheses in call to '${t.string}'. Did you mean ${t.string}(...)?`, tokPos(t), b)
    p.pos = mark
  }
}

export function invalidIfExp(_p: Parser, _start: PTok, _body: E, _test: E): void {}

// invalid_named_expression
export function invalidNamedExpression(p: Parser): void {
  const mark = p.pos
  const t = p.tok()
  // a=expression ':=' expression
  const a = withInvalidOff(p, () => expression(p))
  if (a && p.eat('COLONEQUAL')) {
    const b = withInvalidOff(p, () => expression(p))
    if (b) p.errorAtNodes(`cannot use assignment expressions with ${exprName(a)}`, a)
  }
  p.pos = mark
  // a=NAME '=' b=bitwise_or !('='|':=')
  if (t.type === 'NAME' && p.atName() && p.peek(1).type === 'EQUAL') {
    p.pos += 2
    const b = withInvalidOff(p, () => bitwiseOr(p))
    if (b && !p.at('EQUAL') && !p.at('COLONEQUAL')) {
      p.errorAtNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokPos(t), b)
    }
    p.pos = mark
  }
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  const excluded =
    (t.type === 'NAME' && (t.string === 'True' || t.string === 'None' || t.string === 'False')) ||
    startsWithSequence(p)
  if (!excluded) {
    const a2 = withInvalidOff(p, () => bitwiseOr(p))
    if (a2 && p.eat('EQUAL')) {
      const b = withInvalidOff(p, () => bitwiseOr(p))
      if (b && !p.at('EQUAL') && !p.at('COLONEQUAL')) {
        p.errorAtNodes(`cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`, a2)
      }
    }
  }
  p.pos = mark
}

/** the lookahead !(list|tuple|genexp): does a whole list/tuple/genexp atom start here? */
function startsWithSequence(p: Parser): boolean {
  const t = p.tok()
  if (t.type !== 'LSQB' && t.type !== 'LPAR') return false
  const mark = p.pos
  const e = withInvalidOff(p, () => bitwiseOr(p))
  const closeIdx = p.pos - 1
  p.pos = mark
  if (!e) return false
  const ok = (e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp') &&
    e.col_offset === t.col && e.lineno === t.lineno
  // the atom must also end right where the expression ends
  return ok && p.toks[closeIdx] !== undefined && (p.toks[closeIdx].type === 'RSQB' || p.toks[closeIdx].type === 'RPAR')
}

// invalid_assignment (first alternatives, tried before the statement's expression)
export function invalidAssignmentStart(p: Parser): void {
  const mark = p.pos
  // a=invalid_ann_assign_target ':' expression
  const t = p.tok()
  if (t.type === 'LSQB' || t.type === 'LPAR') {
    let e = withInvalidOff(p, () => bitwiseOr(p))
    if (e && (e._type === 'List' || e._type === 'Tuple') && p.eat('COLON')) {
      if (withInvalidOff(p, () => expression(p))) {
        p.errorAtNodes(`only single target (not ${exprName(e)}) can be annotated`, e)
      }
    }
    e = null
    p.pos = mark
  }
  // a=star_named_expression ',' star_named_expressions* ':' expression
  const a = starNamedExpression(p)
  if (a && p.eat('COMMA')) {
    withInvalidOff(p, () => {
      while (starNamedExpression(p)) if (!p.eat('COMMA')) break
    })
    if (p.eat('COLON') && withInvalidOff(p, () => expression(p))) {
      p.errorAtNodes('only single target (not tuple) can be annotated', a)
    }
  }
  p.pos = mark
  // a=expression ':' expression
  const b = withInvalidOff(p, () => expression(p))
  if (b && p.eat('COLON') && withInvalidOff(p, () => expression(p))) {
    p.errorAtNodes('illegal target for annotation', b)
  }
  p.pos = mark
  // (star_targets '=')* a=star_expressions '=' | ... a=yield_expr '='
  for (;;) {
    const m = p.pos
    const yieldStart = p.atKw('yield')
    const e = withInvalidOff(p, () => (yieldStart ? null : starExpressions(p)))
    if (yieldStart) {
      const y = withInvalidOff(p, () => {
        p.pos++
        if (p.eatKw('from')) return expression(p)
        starExpressions(p)
        return true
      })
      const yEnd = p.lastTok()
      if (y && p.at('EQUAL')) {
        p.errorAtNodes('assignment to yield expression not possible', {
          lineno: p.toks[m].lineno, col_offset: p.toks[m].col, end_lineno: yEnd.endLineno, end_col_offset: yEnd.endCol,
        })
      }
      break
    }
    if (!e) break
    if (p.at('EQUAL')) {
      raiseInvalidTarget(p, 'star', e)
      p.pos++
      continue
    }
    const aug = p.tok().type
    if (m === mark && aug.endsWith('EQUAL') && aug !== 'EQUAL' && aug !== 'EQEQUAL' && aug !== 'NOTEQUAL' &&
      aug !== 'LESSEQUAL' && aug !== 'GREATEREQUAL' && aug !== 'COLONEQUAL') {
      p.pos++
      const v = withInvalidOff(p, () => (p.atKw('yield') ? true : starExpressions(p)))
      if (v && !(e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript')) {
        p.errorAtNodes(`'${exprName(e)}' is an illegal expression for augmented assignment`, e)
      }
    }
    break
  }
  p.pos = mark
}

export function invalidAnnTarget(_p: Parser, _first: E, _start: PTok): void {}
export function invalidAssignTargets(_p: Parser, _targets: E[]): void {}
export function invalidAugTarget(p: Parser, e: E): void {
  p.errorAtNodes(`'${exprName(e)}' is an illegal expression for augmented assignment`, e)
}

// invalid_del_stmt: 'del' a=star_expressions
export function invalidDelStmt(p: Parser): void {
  const mark = p.pos
  const a = withInvalidOff(p, () => starExpressions(p))
  if (a) raiseInvalidTarget(p, 'del', a)
  p.pos = mark
}

// invalid_for_target: ASYNC? 'for' a=star_expressions
export function invalidForTarget(p: Parser, forPos: number): void {
  const mark = p.pos
  p.pos = forPos
  if (p.atKw('async')) p.pos++
  if (p.eatKw('for')) {
    const a = withInvalidOff(p, () => starExpressions(p))
    if (a) raiseInvalidTarget(p, 'for', a)
  }
  p.pos = mark
}

export function invalidForIter(_p: Parser): void {}

// invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
export function invalidWithItem(p: Parser, targetPos: number): void {
  const mark = p.pos
  p.pos = targetPos
  const a = withInvalidOff(p, () => expression(p))
  if (a && (p.at('COMMA') || p.at('RPAR') || p.at('COLON'))) raiseInvalidTarget(p, 'star', a)
  p.pos = mark
}

/** RAISE_SYNTAX_ERROR("expected 'X'") at the furthest token read */
export function expectedToken(p: Parser, tok: string): void {
  if (tok === ':' && !p.at('NEWLINE')) return
  p.errorAtLast(`expected '${tok}'`)
}

/** NEWLINE !INDENT after a block opener: IndentationError */
export function checkIndentedBlock(p: Parser, what: string, _kw: PTok): void {
  if (p.at('NEWLINE') && p.peek(1).type !== 'INDENT') {
    p.errorAtLast(`expected an indented block after ${what}`, 'IndentationError')
  }
}

export function invalidSimpleStmtEnd(_p: Parser, _out: A.stmt[]): void {}

// invalid_arguments / invalid_kwarg inside a call's parentheses
export function invalidArguments(p: Parser, lparPos: number): void {
  const mark = p.pos
  p.pos = lparPos + 1
  const t = p.tok()
  // invalid_kwarg: ('True'|'False'|'None') '='
  const items: { start: PTok; e: E | null; kw: boolean; star2: boolean }[] = []
  withInvalidOff(p, () => {
    for (;;) {
      const s = p.tok()
      if (s.type === 'NAME' && (s.string === 'True' || s.string === 'False' || s.string === 'None') && p.peek(1).type === 'EQUAL') {
        p.errorAtTokens('SyntaxError', `cannot assign to ${s.string}`, s, p.peek(1))
      }
      if (s.type === 'NAME' && p.atName() && p.peek(1).type === 'EQUAL') {
        p.pos += 2
        const v = expression(p)
        if (v && (p.atKw('for') || p.atKw('async'))) {
          p.errorAtTokens('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", s, p.toks[p.toks.indexOf(s) + 1])
        }
        items.push({ start: s, e: v, kw: true, star2: false })
      } else if (s.type === 'DOUBLESTAR') {
        p.pos++
        items.push({ start: s, e: expression(p), kw: true, star2: true })
      } else if (s.type === 'STAR') {
        p.pos++
        const v = expression(p)
        if (items.some((i) => i.star2)) {
          p.errorAtTokens('SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', s, null)
        }
        items.push({ start: s, e: v, kw: false, star2: false })
      } else {
        const e = expression(p)
        if (!e) break
        if (p.at('EQUAL')) {
          // !(NAME '=') a=expression b='='
          p.errorAtTokens('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', s, p.tok())
        }
        if (p.atKw('for') || p.atKw('async')) {
          const gens = forIfClauses(p)
          if (gens && (items.length > 0 || p.at('COMMA'))) {
            const last = gens[gens.length - 1]
            const end = last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter
            p.errorAtNodes('Generator expression must be parenthesized', e, end)
          }
        }
        if (items.some((i) => i.kw)) {
          const kwStar = items.some((i) => i.star2)
          p.errorAtLast(
            kwStar ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument',
          )
        }
        items.push({ start: s, e, kw: false, star2: false })
      }
      if (!p.eat('COMMA')) break
    }
  })
  void t
  p.pos = mark
}


// invalid_parameters / invalid_lambda_parameters (the common messages)
export function invalidParameters(p: Parser, start: number, lambda: boolean): void {
  const mark = p.pos
  p.pos = start
  const closer = lambda ? 'COLON' : 'RPAR'
  let sawDefault = false
  let sawSlash = false
  let sawStar = false
  let count = 0
  withInvalidOff(p, () => {
    for (;;) {
      const t = p.tok()
      if (t.type === closer) break
      if (t.type === 'SLASH') {
        if (count === 0) p.errorAtTokens('SyntaxError', 'at least one argument must precede /', t, null)
        if (sawSlash) p.errorAtTokens('SyntaxError', '/ may appear only once', t, null)
        if (sawStar) p.errorAtTokens('SyntaxError', '/ must be ahead of *', t, null)
        sawSlash = true
        p.pos++
        if (p.at('STAR')) p.errorAtTokens('SyntaxError', 'expected comma between / and *', p.tok(), null)
      } else if (t.type === 'STAR') {
        if (sawStar) p.errorAtTokens('SyntaxError', '* argument may appear only once', t, null)
        sawStar = true
        p.pos++
        const n = p.tok()
        if (n.type === closer || (n.type === 'COMMA' && (p.peek(1).type === closer || p.peek(1).type === 'DOUBLESTAR'))) {
          if (lambda) p.errorAtLast('named arguments must follow bare *')
          p.errorAtTokens('SyntaxError', 'named arguments must follow bare *', t, null)
        }
        if (n.type === 'NAME') {
          p.pos++
          if (!lambda && p.eat('COLON')) starOrExpr(p)
          if (p.at('EQUAL')) p.errorAtTokens('SyntaxError', 'var-positional argument cannot have default value', p.tok(), null)
        }
      } else if (t.type === 'DOUBLESTAR') {
        p.pos++
        if (!p.eatName()) break
        if (!lambda && p.eat('COLON')) expression(p)
        if (p.at('EQUAL')) p.errorAtTokens('SyntaxError', 'var-keyword argument cannot have default value', p.tok(), null)
        if (p.eat('COMMA')) {
          const n = p.tok()
          if (n.type === 'NAME' || n.type === 'STAR' || n.type === 'DOUBLESTAR' || n.type === 'SLASH') {
            if (n.type === 'NAME') {
              const s = p.pos
              p.pos++
              if (!lambda && p.eat('COLON')) expression(p)
              const argEnd = p.lastTok()
              p.pos = s
              p.errorAtTokens('SyntaxError', 'arguments cannot follow var-keyword argument', n, argEnd)
            }
            p.errorAtTokens('SyntaxError', 'arguments cannot follow var-keyword argument', n, null)
          }
        }
        break
      } else if (t.type === 'LPAR') {
        // a='(' param_no_default+ ','? b=')'
        p.pos++
        let n = 0
        while (p.eatName()) {
          n++
          if (!lambda && p.eat('COLON') && !expression(p)) break
          if (!p.eat('COMMA')) break
        }
        const close = p.tok()
        if (n && close.type === 'RPAR') {
          p.errorAtTokens('SyntaxError', lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized', t, close)
        }
        break
      } else if (t.type === 'NAME') {
        p.pos++
        if (!lambda && p.eat('COLON')) expression(p)
        const argEnd = p.lastTok()
        if (p.at('EQUAL')) {
          const eq = p.next()
          if (p.at('COMMA') || p.at(closer)) p.errorAtTokens('SyntaxError', 'expected default value expression', eq, null)
          expression(p)
          sawDefault = true
        } else if (sawDefault && !sawStar) {
          p.errorAtTokens('SyntaxError', 'parameter without a default follows parameter with a default', t, argEnd)
        }
        count++
      } else break
      if (!p.eat('COMMA')) break
    }
  })
  p.pos = mark
}

function starOrExpr(p: Parser): void {
  if (p.eat('STAR')) bitwiseOr(p)
  else expression(p)
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
export function invalidGroup(p: Parser, lpar: number): void {
  const mark = p.pos
  p.pos = lpar + 1
  const t = p.tok()
  if (t.type === 'DOUBLESTAR') {
    p.pos++
    if (withInvalidOff(p, () => expression(p)) && p.at('RPAR')) {
      p.errorAtTokens('SyntaxError', 'cannot use double starred expression here', t, null)
    }
  }
  p.pos = mark
}

export function invalidGroupStarred(p: Parser, e: E): void {
  p.errorAtNodes('cannot use starred expression here', e)
}

export function invalidParenContent(_p: Parser, _mark: number, _first: E): void {}

export function invalidComprehensionStarred(p: Parser, e: E): void {
  p.errorAtNodes('iterable unpacking cannot be used in comprehension', e)
}

// invalid_kvpair: a=expression !(':')
export function invalidKvpair(p: Parser, a: E): void {
  throw p.makeError('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset!, a.end_lineno!, 0)
}

export function invalidKvpairValue(p: Parser, _k: E): void {
  const t = p.tok()
  if (t.type === 'STAR') {
    p.pos++
    if (withInvalidOff(p, () => bitwiseOr(p))) p.errorStartingFrom('cannot use a starred expression in a dictionary value', tokPos(t))
    p.pos--
  }
  if (t.type === 'RBRACE' || t.type === 'COMMA') {
    const colon = p.toks[p.pos - 1]
    p.errorAtTokens('SyntaxError', "expression expected after dictionary key and ':'", colon, null)
  }
}

export function invalidKeywordAtom(_p: Parser, _t: PTok): void {}

export function invalidImportAs(_p: Parser): void {}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
export function invalidImportFromTrailingComma(p: Parser): void {
  if (p.peek(1).type === 'NEWLINE') {
    p.pos++
    p.errorAtLast('trailing comma not allowed without surrounding parentheses')
  }
}

// invalid_try_stmt: 'try' ':' block !('except' | 'finally')
export function invalidTryStmt(p: Parser, _start: PTok): void {
  p.errorAtLast("expected 'except' or 'finally' block")
}

export function invalidExceptMix(p: Parser, at: number): void {
  const t = p.toks[at]
  const star = p.toks[at + 1]
  if (star && star.type === 'STAR') p.errorAtTokens('SyntaxError', "cannot have both 'except' and 'except*' on the same 'try'", t, star)
  p.errorAtTokens('SyntaxError', "cannot have both 'except' and 'except*' on the same 'try'", t, null)
}

// invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
export function invalidExceptComma(p: Parser, _exceptTok: PTok): void {
  const mark = p.pos
  let k = mark
  while (k > 0 && !(p.toks[k].type === 'NAME' && p.toks[k].string === 'except')) k--
  p.pos = k + 1
  p.eat('STAR')
  const a = withInvalidOff(p, () => expression(p))
  if (a && p.eat('COMMA')) {
    const rest = withInvalidOff(p, () => {
      const first = expression(p)
      while (first && p.eat('COMMA')) if (!expression(p)) break
      if (p.eatKw('as')) p.eatName()
      return first
    })
    if (rest && p.at('COLON')) p.errorStartingFrom('multiple exception types must be parenthesized', a)
  }
  p.pos = mark
}

export function invalidExceptStarBare(p: Parser): void {
  p.errorAtLast('expected one or more exception types')
}

export function invalidMatchStmt(p: Parser, start: PTok, indent: boolean): void {
  if (indent) p.errorAtLast(`expected an indented block after 'match' statement on line ${start.lineno}`, 'IndentationError')
  if (p.at('NEWLINE')) p.errorAtLast("expected ':'")
}

export function invalidCaseBlock(p: Parser, caseTok: PTok, afterColon: boolean): void {
  if (afterColon) {
    if (p.at('NEWLINE') && p.peek(1).type !== 'INDENT') {
      p.errorAtLast(`expected an indented block after 'case' statement on line ${caseTok.lineno}`, 'IndentationError')
    }
    return
  }
  if (p.at('NEWLINE')) p.errorAtLast("expected ':'")
}

export function invalidAsPattern(p: Parser, _orp: A.pattern): void {
  const t = p.tok()
  if (t.type === 'NAME' && t.string === '_') p.errorAtTokens('SyntaxError', "cannot use '_' as a target", t, null)
  if (t.type !== 'NAME') {
    const mark = p.pos
    const e = withInvalidOff(p, () => expression(p))
    p.pos = mark
    if (e) p.errorAtNodes('invalid pattern target', e)
  }
}

export function invalidMappingRest(_p: Parser, _mark: number): void {}
export function invalidFstringEnd(_p: Parser): void {}

// invalid_replacement_field / invalid_conversion_character (f-strings, PEP 701)
export function invalidReplacementField(p: Parser, lbracePos: number): void {
  const mark = p.pos
  p.pos = lbracePos + 1
  const onNext = (msg: string): never => p.errorAtTokens('SyntaxError', msg, p.tok(), null)
  const t = p.tok()
  if (t.type === 'EQUAL' || t.type === 'EXCLAMATION' || t.type === 'COLON' || t.type === 'RBRACE') {
    p.errorAtTokens('SyntaxError', `f-string: valid expression required before '${t.string}'`, t, null)
  }
  const value = p.atKw('yield') ? yieldExprRule(p) : starExpressions(p)
  if (!value) onNext("f-string: expecting a valid expression after '{'")
  const at = (...types: string[]) => types.includes(p.tok().type)
  if (!at('EQUAL', 'EXCLAMATION', 'COLON', 'RBRACE')) onNext("f-string: expecting '=', or '!', or ':', or '}'")
  if (p.eat('EQUAL') && !at('EXCLAMATION', 'COLON', 'RBRACE')) onNext("f-string: expecting '!', or ':', or '}'")
  if (p.eat('EXCLAMATION')) {
    if (at('COLON', 'RBRACE')) onNext('f-string: missing conversion character')
    if (!p.eatNameAny()) onNext('f-string: invalid conversion character')
  }
  if (!at('COLON', 'RBRACE')) onNext("f-string: expecting ':' or '}'")
  if (p.eat('COLON')) {
    for (;;) {
      if (p.eat('FSTRING_MIDDLE')) continue
      if (p.at('LBRACE')) {
        const m = p.pos
        if (!replacementField(p, false)) invalidReplacementField(p, m)
        continue
      }
      break
    }
  }
  if (!at('RBRACE')) onNext("f-string: expecting '}'")
  p.pos = mark
}


// invalid_import: 'import' ','.dotted_name+ 'from' dotted_name
export function invalidImport(p: Parser): void {
  const mark = p.pos
  const a = p.next()
  const dotted = (): boolean => {
    if (!p.eatName()) return false
    while (p.at('DOT')) {
      p.pos++
      if (!p.eatName()) return false
    }
    return true
  }
  let ok = dotted()
  while (ok && p.eat('COMMA')) ok = dotted()
  if (ok && p.eatKw('from') && dotted()) {
    p.errorStartingFrom("Did you mean to use 'from ... import ...' instead?", tokPos(a))
  }
  p.pos = mark
}

// invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE, and the parenthesized form
export function invalidWithStmt(p: Parser, afterWith: number): void {
  const mark = p.pos
  p.pos = afterWith
  const items = (inner: () => A.expr | null): boolean => {
    for (;;) {
      if (!inner()) return false
      if (p.eatKw('as') && !starTargetRule(p)) return false
      if (!p.eat('COMMA')) return true
      if (p.at('RPAR')) return true
    }
  }
  if (withInvalidOff(p, () => items(() => expression(p))) && p.at('NEWLINE')) p.errorAtLast("expected ':'")
  p.pos = afterWith
  if (p.eat('LPAR') && withInvalidOff(p, () => items(() => expressionsRule(p))) && p.eat('RPAR') && p.at('NEWLINE')) {
    p.errorAtLast("expected ':'")
  }
  p.pos = mark
}

// invalid_class_pattern: name_or_attr '(' [positional_patterns ','] keyword_patterns ',' a=positional_patterns
export function invalidClassPattern(p: Parser, patternRule: (p: Parser) => A.pattern | null): void {
  const mark = p.pos
  const first = patternRule(p)
  let last = first
  while (last && p.eat('COMMA')) {
    const t = p.tok()
    if (t.type === 'NAME' && p.peek(1).type === 'EQUAL') break
    const q = patternRule(p)
    if (!q) break
    last = q
  }
  if (first && last) p.errorAtNodes('positional patterns follow keyword patterns', first, last)
  p.pos = mark
}

// invalid_comprehension / invalid_dict_comprehension, at an opening bracket
export function invalidComprehension(p: Parser, openPos: number): void {
  const mark = p.pos
  p.pos = openPos
  const open = p.next()
  const t = p.tok()
  withInvalidOff(p, () => {
    if (t.type === 'STAR') {
      // ('[' | '(' | '{') a=starred_expression for_if_clauses
      p.pos++
      const v = expression(p)
      if (v && (p.atKw('for') || p.atKw('async')) && forIfClauses(p)) {
        p.errorAtNodes('iterable unpacking cannot be used in comprehension', { lineno: t.lineno, col_offset: t.col, end_lineno: v.end_lineno, end_col_offset: v.end_col_offset })
      }
    } else if (t.type === 'DOUBLESTAR' && open.type === 'LBRACE') {
      p.pos++
      if (bitwiseOr(p) && forIfClauses(p) && p.at('RBRACE')) {
        p.errorAtTokens('SyntaxError', 'dict unpacking cannot be used in dict comprehension', t, null)
      }
    } else if (open.type !== 'LPAR') {
      const a = starNamedExpression(p)
      const comma = p.tok()
      if (a && p.eat('COMMA')) {
        let last: A.expr | null = null
        for (;;) {
          const e = starNamedExpression(p)
          if (!e) break
          last = e
          if (!p.eat('COMMA')) break
        }
        if ((p.atKw('for') || p.atKw('async')) && forIfClauses(p)) {
          const msg = 'did you forget parentheses around the comprehension target?'
          if (last) p.errorAtNodes(msg, a, last)
          p.errorAtNodes(msg, a, tokPos(comma))
        }
      }
    }
  })
  p.pos = mark
}
