// Compound statements: Grammar/python.gram "COMPOUND STATEMENTS" except `match`
// (patterns.ts) — blocks, decorators, function and class definitions, if/while/for/with/try.

import type * as A from '../spec/astNodes.gen'
import type { Parser, PTok } from './core'
import { args as callArgs, expression, namedExpression, starExpressions } from './expressions'
import { params } from './params'
import { starTarget, starTargets } from './targets'
import { matchStmt } from './patterns'
import { simpleStmts, statements, typeParamsRule } from './statements'
import * as inv from './invalid'

type S = A.stmt
type E = A.expr

// block: NEWLINE INDENT statements DEDENT | simple_stmts
export function block(p: Parser): S[] | null {
  const mark = p.pos
  if (p.at('NEWLINE')) {
    p.pos++
    if (!p.eat('INDENT')) {
      p.pos = mark
      return null
    }
    const body = statements(p)
    if (!body || !p.eat('DEDENT')) {
      p.pos = mark
      return null
    }
    return body
  }
  return simpleStmts(p)
}

/** block with the invalid_* "expected an indented block" check of the second pass */
function blockAfter(p: Parser, what: string, kwTok: PTok): S[] | null {
  if (p.callInvalid) inv.checkIndentedBlock(p, what, kwTok)
  return block(p)
}

export function compoundStmt(p: Parser): S | null {
  const t = p.tok()
  if (t.type === 'AT') return decorated(p)
  if (t.type !== 'NAME') return null
  switch (t.string) {
    case 'def':
      return functionDef(p, [], null)
    case 'if':
      return ifStmt(p)
    case 'class':
      return classDef(p, [])
    case 'with':
      return withStmt(p, null)
    case 'for':
      return forStmt(p, null)
    case 'try':
      return tryStmt(p)
    case 'while':
      return whileStmt(p)
    case 'async': {
      const n = p.peek(1)
      if (n.type !== 'NAME') return null
      if (n.string === 'def') return functionDef(p, [], t)
      if (n.string === 'with') return withStmt(p, t)
      if (n.string === 'for') return forStmt(p, t)
      return null
    }
    case 'match':
      return matchStmt(p)
    default:
      return null
  }
}

// decorators: ('@' f=named_expression NEWLINE)+
function decorated(p: Parser): S | null {
  const mark = p.pos
  const decos: E[] = []
  while (p.eat('AT')) {
    const e = namedExpression(p)
    if (!e || !p.eat('NEWLINE')) {
      p.pos = mark
      return null
    }
    decos.push(e)
  }
  const t = p.tok()
  if (t.type === 'NAME') {
    if (t.string === 'def') return functionDef(p, decos, null)
    if (t.string === 'class') return classDef(p, decos)
    if (t.string === 'async' && p.peek(1).type === 'NAME' && p.peek(1).string === 'def') return functionDef(p, decos, t)
  }
  p.pos = mark
  return null
}

// function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
function functionDef(p: Parser, decorators: E[], asyncTok: PTok | null): S | null {
  const start = p.tok()
  const mark = p.pos
  if (asyncTok) p.pos++
  const defTok = p.next()
  const name = p.eatName()
  if (!name) {
    p.pos = mark
    return null
  }
  let typeParams: A.type_param[] = []
  if (p.at('LSQB')) {
    const tp = typeParamsRule(p)
    if (!tp) {
      p.pos = mark
      return null
    }
    typeParams = tp
  }
  if (!p.eat('LPAR')) {
    p.forcedTokenError('(')
    p.pos = mark
    return null
  }
  let args = p.at('RPAR') ? null : params(p)
  if (!args && !p.at('RPAR')) {
    p.pos = mark
    return null
  }
  args ??= { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] }
  if (!p.eat('RPAR')) {
    p.pos = mark
    return null
  }
  let returns: E | null = null
  if (p.eat('RARROW')) {
    returns = expression(p)
    if (!returns) {
      p.pos = mark
      return null
    }
  }
  if (!p.eat('COLON')) {
    p.forcedTokenError(':')
    p.pos = mark
    return null
  }
  // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT
  let typeComment: string | null = null
  if (p.at('NEWLINE') && p.peek(1).type === 'TYPE_COMMENT' && p.peek(2).type === 'NEWLINE' && p.peek(3).type === 'INDENT') {
    p.pos++
    typeComment = p.next().string
  } else if (p.at('TYPE_COMMENT')) {
    typeComment = p.next().string
  }
  const body = blockAfter(p, `function definition on line ${defTok.lineno}`, defTok)
  if (!body) {
    p.pos = mark
    return null
  }
  const node = {
    name: name.string, args, body, decorator_list: decorators, returns, type_comment: typeComment,
    type_params: typeParams, ...p.span(start),
  }
  return asyncTok ? { _type: 'AsyncFunctionDef', ...node } : { _type: 'FunctionDef', ...node }
}

// class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
function classDef(p: Parser, decorators: E[]): S | null {
  const start = p.next()
  const mark = p.pos - 1
  const name = p.eatName()
  if (!name) {
    p.pos = mark
    return null
  }
  let typeParams: A.type_param[] = []
  if (p.at('LSQB')) {
    const tp = typeParamsRule(p)
    if (!tp) {
      p.pos = mark
      return null
    }
    typeParams = tp
  }
  let bases: E[] = []
  let keywords: A.keyword[] = []
  if (p.eat('LPAR')) {
    if (!p.at('RPAR')) {
      const a = callArgs(p)
      if (!a) {
        p.pos = mark
        return null
      }
      p.eat('COMMA')
      bases = a.args
      keywords = a.keywords
    }
    if (!p.eat('RPAR')) {
      p.pos = mark
      return null
    }
  }
  if (!p.eat('COLON')) {
    if (p.callInvalid) inv.expectedToken(p, ':')
    p.pos = mark
    return null
  }
  const body = blockAfter(p, `class definition on line ${start.lineno}`, start)
  if (!body) {
    p.pos = mark
    return null
  }
  return { _type: 'ClassDef', name: name.string, bases, keywords, body, decorator_list: decorators, type_params: typeParams, ...p.span(start) }
}

// if_stmt / elif_stmt
function ifStmt(p: Parser): S | null {
  const start = p.next()
  const mark = p.pos - 1
  const test = namedExpression(p)
  if (!test) {
    p.pos = mark
    return null
  }
  if (!p.eat('COLON')) {
    if (p.callInvalid) inv.expectedToken(p, ':')
    p.pos = mark
    return null
  }
  const body = blockAfter(p, `'${start.string}' statement on line ${start.lineno}`, start)
  if (!body) {
    p.pos = mark
    return null
  }
  let orelse: S[] = []
  if (p.atKw('elif')) {
    const e = ifStmt(p)
    if (!e) {
      p.pos = mark
      return null
    }
    orelse = [e]
  } else if (p.atKw('else')) {
    const e = elseBlock(p)
    if (!e) {
      p.pos = mark
      return null
    }
    orelse = e
  }
  return { _type: 'If', test, body, orelse, ...p.span(start) }
}

// else_block: 'else' &&':' block
function elseBlock(p: Parser): S[] | null {
  const t = p.next()
  if (!p.eat('COLON')) {
    p.forcedTokenError(':')
    p.pos--
    return null
  }
  const b = blockAfter(p, `'else' statement on line ${t.lineno}`, t)
  if (!b) p.pos -= 2
  return b
}

// while_stmt: 'while' named_expression ':' block [else_block]
function whileStmt(p: Parser): S | null {
  const start = p.next()
  const mark = p.pos - 1
  const test = namedExpression(p)
  if (!test || !p.eat('COLON')) {
    if (test && p.callInvalid) inv.expectedToken(p, ':')
    p.pos = mark
    return null
  }
  const body = blockAfter(p, `'while' statement on line ${start.lineno}`, start)
  if (!body) {
    p.pos = mark
    return null
  }
  let orelse: S[] = []
  if (p.atKw('else')) {
    const e = elseBlock(p)
    if (!e) {
      p.pos = mark
      return null
    }
    orelse = e
  }
  return { _type: 'While', test, body, orelse, ...p.span(start) }
}

// for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
function forStmt(p: Parser, asyncTok: PTok | null): S | null {
  const start = p.tok()
  const mark = p.pos
  if (asyncTok) p.pos++
  const forTok = p.next()
  const target = starTargets(p)
  if (!target || !p.eatKw('in')) {
    if (p.callInvalid) inv.invalidForTarget(p, mark + (asyncTok ? 1 : 0))
    p.pos = mark
    return null
  }
  const iter = starExpressions(p)
  if (!iter || !p.eat('COLON')) {
    if (iter && p.callInvalid) inv.expectedToken(p, ':')
    p.pos = mark
    return null
  }
  const tc = p.eat('TYPE_COMMENT')
  const body = blockAfter(p, `'for' statement on line ${forTok.lineno}`, forTok)
  if (!body) {
    p.pos = mark
    return null
  }
  let orelse: S[] = []
  if (p.atKw('else')) {
    const e = elseBlock(p)
    if (!e) {
      p.pos = mark
      return null
    }
    orelse = e
  }
  const node = { target, iter, body, orelse, type_comment: tc ? tc.string : null, ...p.span(start) }
  return asyncTok ? { _type: 'AsyncFor', ...node } : { _type: 'For', ...node }
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
function withItem(p: Parser): A.withitem | null {
  const context_expr = expression(p)
  if (!context_expr) return null
  if (p.atKw('as')) {
    const mark = p.pos
    p.pos++
    const tmark = p.pos
    const target = starTarget(p)
    if (target && (p.at('COMMA') || p.at('RPAR') || p.at('COLON'))) {
      return { _type: 'withitem', context_expr, optional_vars: target }
    }
    if (p.callInvalid) inv.invalidWithItem(p, tmark)
    p.pos = mark
  }
  return { _type: 'withitem', context_expr, optional_vars: null }
}

// with_stmt
function withStmt(p: Parser, asyncTok: PTok | null): S | null {
  const start = p.tok()
  const mark = p.pos
  if (asyncTok) p.pos++
  const withTok = p.next()
  const afterWith = p.pos
  let items: A.withitem[] | null = null
  let tc: PTok | null = null
  if (p.at('LPAR')) {
    // 'with' '(' ','.with_item+ ','? ')' ':' block
    p.pos++
    const list: A.withitem[] = []
    for (;;) {
      const it = withItem(p)
      if (!it) break
      list.push(it)
      if (!p.eat('COMMA')) break
    }
    if (list.length && p.eat('RPAR') && p.at('COLON')) items = list
    else p.pos = afterWith
  }
  if (!items) {
    const list: A.withitem[] = []
    for (;;) {
      const it = withItem(p)
      if (!it) break
      list.push(it)
      if (!p.eat('COMMA')) break
    }
    if (!list.length || !p.at('COLON')) {
      if (p.callInvalid) inv.invalidWithStmt(p, afterWith)
      p.pos = mark
      return null
    }
    items = list
    p.pos++
    tc = p.eat('TYPE_COMMENT')
  } else p.pos++
  const body = blockAfter(p, `'with' statement on line ${withTok.lineno}`, withTok)
  if (!body) {
    p.pos = mark
    return null
  }
  const node = { items, body, type_comment: tc ? tc.string : null, ...p.span(start) }
  return asyncTok ? { _type: 'AsyncWith', ...node } : { _type: 'With', ...node }
}

// try_stmt
function tryStmt(p: Parser): S | null {
  const start = p.next()
  const mark = p.pos - 1
  if (!p.eat('COLON')) {
    p.forcedTokenError(':')
    p.pos = mark
    return null
  }
  const body = blockAfter(p, `'try' statement on line ${start.lineno}`, start)
  if (!body) {
    p.pos = mark
    return null
  }
  const handlers: A.excepthandler[] = []
  let star: boolean | null = null
  while (p.atKw('except')) {
    const hm = p.pos
    const h = exceptBlock(p)
    if (!h) {
      p.pos = hm
      break
    }
    if (star === null) star = h.star
    else if (star !== h.star) {
      if (p.callInvalid) inv.invalidExceptMix(p, hm)
      p.pos = hm
      break
    }
    handlers.push(h.handler)
  }
  let orelse: S[] = []
  if (handlers.length && p.atKw('else')) {
    const e = elseBlock(p)
    if (!e) {
      p.pos = mark
      return null
    }
    orelse = e
  }
  let finalbody: S[] = []
  if (p.atKw('finally')) {
    const ft = p.next()
    if (!p.eat('COLON')) {
      p.forcedTokenError(':')
      p.pos = mark
      return null
    }
    const fb = blockAfter(p, `'finally' statement on line ${ft.lineno}`, ft)
    if (!fb) {
      p.pos = mark
      return null
    }
    finalbody = fb
  }
  if (!handlers.length && !finalbody.length) {
    if (p.callInvalid) inv.invalidTryStmt(p, start)
    p.pos = mark
    return null
  }
  const node = { body, handlers, orelse, finalbody, ...p.span(start) }
  return star ? { _type: 'TryStar', ...node } : { _type: 'Try', ...node }
}

// except_block / except_star_block
function exceptBlock(p: Parser): { handler: A.excepthandler; star: boolean } | null {
  const start = p.next()
  const star = !!p.eat('STAR')
  let type: E | null = null
  let name: string | null = null
  if (!p.at('COLON')) {
    type = expression(p)
    if (!type) return null
    if (p.eatKw('as')) {
      const n = p.eatName()
      if (!n) return null
      name = n.string
    } else if (p.at('COMMA') && p.callInvalid) inv.invalidExceptComma(p, start)
  } else if (star) {
    if (p.callInvalid) inv.invalidExceptStarBare(p)
    return null
  }
  if (!p.eat('COLON')) {
    if (p.callInvalid) inv.expectedToken(p, ':')
    return null
  }
  const what = star ? `'except*' statement on line ${start.lineno}` : `'except' statement on line ${start.lineno}`
  const body = blockAfter(p, what, start)
  if (!body) return null
  return { handler: { _type: 'ExceptHandler', type, name, body, ...p.span(start) }, star }
}
