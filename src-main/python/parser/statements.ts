// Statements: Grammar/python.gram "STATEMENTS", "SIMPLE STATEMENTS" and the compound
// statements except `match` (patterns.ts). Blocks, decorators, classes, functions, if/
// while/for/with/try, and the soft-keyword `type` alias.

import type * as A from '../spec/astNodes.gen'
import { LOAD, STORE, binop } from '../ast/nodes'
import type { Parser, PTok } from './core'
import {
  args as callArgs, expression, namedExpression, starExpressions, yieldExpr, starNamedExpression,
} from './expressions'
import { params } from './params'
import { delTargets, isStarTarget, setContext, starTarget, starTargets } from './targets'
import { matchStmt } from './patterns'
import * as inv from './invalid'

type S = A.stmt
type E = A.expr

// statements: statement+   (stops before DEDENT / ENDMARKER)
export function statements(p: Parser): S[] | null {
  const out: S[] = []
  for (;;) {
    const t = p.tok()
    if (t.type === 'DEDENT' || t.type === 'ENDMARKER') break
    const s = statement(p)
    if (!s) break
    for (const x of s) out.push(x)
  }
  return out.length ? out : null
}

// statement: compound_stmt | simple_stmts
export function statement(p: Parser): S[] | null {
  const c = compoundStmt(p)
  if (c) return [c]
  return simpleStmts(p)
}

const AUG: Partial<Record<string, A.operator['_type']>> = {
  PLUSEQUAL: 'Add', MINEQUAL: 'Sub', STAREQUAL: 'Mult', ATEQUAL: 'MatMult', SLASHEQUAL: 'Div',
  PERCENTEQUAL: 'Mod', AMPEREQUAL: 'BitAnd', VBAREQUAL: 'BitOr', CIRCUMFLEXEQUAL: 'BitXor',
  LEFTSHIFTEQUAL: 'LShift', RIGHTSHIFTEQUAL: 'RShift', DOUBLESTAREQUAL: 'Pow', DOUBLESLASHEQUAL: 'FloorDiv',
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
export function simpleStmts(p: Parser): S[] | null {
  const mark = p.pos
  const out: S[] = []
  for (;;) {
    const s = simpleStmt(p)
    if (!s) {
      if (out.length === 0) {
        p.pos = mark
        return null
      }
      break
    }
    out.push(s)
    if (!p.eat('SEMI')) break
    if (p.at('NEWLINE')) break
  }
  if (!p.eat('NEWLINE')) {
    if (p.callInvalid) inv.invalidSimpleStmtEnd(p, out)
    p.pos = mark
    return null
  }
  return out
}

function simpleStmt(p: Parser): S | null {
  const t = p.tok()
  if (t.type === 'NAME') {
    switch (t.string) {
      case 'return': {
        p.pos++
        const value = p.at('NEWLINE') || p.at('SEMI') ? null : starExpressions(p)
        return { _type: 'Return', value, ...p.span(t) }
      }
      case 'import':
        if (p.callInvalid) inv.invalidImport(p)
        return importName(p)
      case 'from':
        return importFrom(p)
      case 'raise':
        return raiseStmt(p)
      case 'pass':
        p.pos++
        return { _type: 'Pass', ...p.span(t) }
      case 'break':
        p.pos++
        return { _type: 'Break', ...p.span(t) }
      case 'continue':
        p.pos++
        return { _type: 'Continue', ...p.span(t) }
      case 'del': {
        p.pos++
        const targets = delTargets(p)
        if (!targets || !(p.at('SEMI') || p.at('NEWLINE'))) {
          if (p.callInvalid) inv.invalidDelStmt(p)
          p.pos--
          return null
        }
        return { _type: 'Delete', targets, ...p.span(t) }
      }
      case 'yield': {
        const value = yieldExpr(p)
        if (!value) return null
        if (p.at('EQUAL') || AUG[p.tok().type]) {
          p.pos = p.toks.indexOf(t)
          break
        }
        return { _type: 'Expr', value, ...p.span(t) }
      }
      case 'assert': {
        p.pos++
        const test = expression(p)
        if (!test) {
          p.pos--
          return null
        }
        let msg: E | null = null
        if (p.eat('COMMA')) {
          msg = expression(p)
          if (!msg) {
            p.pos = p.pos - 1
            return null
          }
        }
        return { _type: 'Assert', test, msg, ...p.span(t) }
      }
      case 'global':
      case 'nonlocal': {
        p.pos++
        const names: string[] = []
        for (;;) {
          const n = p.eatName()
          if (!n) {
            p.pos = p.toks.indexOf(t)
            return null
          }
          names.push(n.string)
          if (!p.eat('COMMA')) break
        }
        return t.string === 'global' ? { _type: 'Global', names, ...p.span(t) } : { _type: 'Nonlocal', names, ...p.span(t) }
      }
      case 'type': {
        const n1 = p.peek(1)
        if (n1.type === 'NAME') {
          const mark = p.pos
          const ta = typeAlias(p)
          if (ta) return ta
          p.pos = mark
        }
        break
      }
    }
  }
  return assignmentOrExpr(p)
}

// assignment | star_expressions (the expression is read once, then turned into a target)
function assignmentOrExpr(p: Parser): S | null {
  const mark = p.pos
  const s = assignmentOrExprInner(p)
  if (p.callInvalid && (!s || s._type === 'Expr')) {
    const end = p.pos
    p.pos = mark
    inv.invalidAssignmentStart(p)
    p.pos = s ? end : mark
  }
  return s
}

function assignmentOrExprInner(p: Parser): S | null {
  const start = p.tok()
  const mark = p.pos
  const first = p.atKw('yield') ? yieldExpr(p) : starExpressions(p)
  if (!first) return null
  const t = p.tok()
  if (t.type === 'COLON') {
    // annotated assignment
    const simpleName = first._type === 'Name' && start.type === 'NAME'
    if (!(first._type === 'Name' || first._type === 'Attribute' || first._type === 'Subscript')) {
      if (p.callInvalid) inv.invalidAnnTarget(p, first, start)
      p.pos = mark
      return null
    }
    p.pos++
    const annotation = expression(p)
    if (!annotation) {
      p.pos = mark
      return null
    }
    let value: E | null = null
    if (p.eat('EQUAL')) {
      value = p.atKw('yield') ? yieldExpr(p) : starExpressions(p)
      if (!value) {
        p.pos = mark
        return null
      }
    }
    setContext(first, STORE)
    return { _type: 'AnnAssign', target: first, annotation, value, simple: simpleName ? 1 : 0, ...p.span(start) }
  }
  if (t.type === 'EQUAL') {
    const targets: E[] = [first]
    let value: E | null = null
    while (p.eat('EQUAL')) {
      const v = p.atKw('yield') ? yieldExpr(p) : starExpressions(p)
      if (!v) {
        p.pos = mark
        return null
      }
      if (p.at('EQUAL')) targets.push(v)
      else value = v
    }
    for (const tg of targets) {
      if (!isStarTarget(tg, true)) {
        if (p.callInvalid) inv.invalidAssignTargets(p, targets)
        p.pos = mark
        return null
      }
    }
    for (const tg of targets) setContext(tg, STORE)
    const tc = p.eat('TYPE_COMMENT')
    return { _type: 'Assign', targets, value: value!, type_comment: tc ? tc.string : null, ...p.span(start) }
  }
  const aug = AUG[t.type]
  if (aug) {
    if (!(first._type === 'Name' || first._type === 'Attribute' || first._type === 'Subscript')) {
      if (p.callInvalid) inv.invalidAugTarget(p, first)
      p.pos = mark
      return null
    }
    p.pos++
    const value = p.atKw('yield') ? yieldExpr(p) : starExpressions(p)
    if (!value) {
      p.pos = mark
      return null
    }
    setContext(first, STORE)
    return { _type: 'AugAssign', target: first, op: binop(aug), value, ...p.span(start) }
  }
  if (first._type === 'Yield' || first._type === 'YieldFrom') {
    return { _type: 'Expr', value: first, ...p.span(start) }
  }
  return { _type: 'Expr', value: first, ...p.span(start) }
}

// type_alias: "type" NAME [type_params] '=' expression
function typeAlias(p: Parser): S | null {
  const start = p.next()
  const nt = p.eatName()
  if (!nt) return null
  const name: A.Name = { _type: 'Name', id: nt.string, ctx: STORE, ...p.span(nt) }
  let typeParams: A.type_param[] = []
  if (p.at('LSQB')) {
    const tp = typeParamsRule(p)
    if (!tp) return null
    typeParams = tp
  }
  if (!p.eat('EQUAL')) return null
  const value = expression(p)
  if (!value) return null
  return { _type: 'TypeAlias', name, type_params: typeParams, value, ...p.span(start) }
}

// type_params: '[' type_param_seq ']'
export function typeParamsRule(p: Parser): A.type_param[] | null {
  const mark = p.pos
  p.pos++
  const out: A.type_param[] = []
  for (;;) {
    const t = p.tok()
    if (t.type === 'STAR' || t.type === 'DOUBLESTAR') {
      p.pos++
      const n = p.eatName()
      if (!n) {
        p.pos = mark
        return null
      }
      if (p.at('COLON')) {
        const colon = p.next()
        const e = expression(p)
        if (e) {
          const what = t.type === 'STAR' ? 'TypeVarTuple' : 'ParamSpec'
          p.errorStartingFrom(e._type === 'Tuple' ? `cannot use constraints with ${what}` : `cannot use bound with ${what}`, {
            lineno: colon.lineno, col_offset: colon.col, end_lineno: colon.endLineno, end_col_offset: colon.endCol,
          })
        }
        p.pos = mark
        return null
      }
      out.push(t.type === 'STAR' ? { _type: 'TypeVarTuple', name: n.string, ...p.span(t) } : { _type: 'ParamSpec', name: n.string, ...p.span(t) })
    } else {
      const n = p.eatName()
      if (!n) break
      let bound: E | null = null
      if (p.eat('COLON')) {
        bound = expression(p)
        if (!bound) {
          p.pos = mark
          return null
        }
      }
      out.push({ _type: 'TypeVar', name: n.string, bound, ...p.span(n) })
    }
    if (!p.eat('COMMA')) break
  }
  if (!out.length || !p.eat('RSQB')) {
    p.pos = mark
    return null
  }
  return out
}

// dotted_name: dotted_name '.' NAME | NAME
function dottedName(p: Parser): string | null {
  const n = p.eatName()
  if (!n) return null
  let s = n.string
  while (p.at('DOT') && p.peek(1).type === 'NAME') {
    const mark = p.pos
    p.pos++
    const m = p.eatName()
    if (!m) {
      p.pos = mark
      break
    }
    s += '.' + m.string
  }
  return s
}

// import_name: 'import' dotted_as_names
function importName(p: Parser): S | null {
  const start = p.next()
  const names: A.alias[] = []
  for (;;) {
    const t = p.tok()
    const name = dottedName(p)
    if (!name) {
      p.pos = p.toks.indexOf(start)
      return null
    }
    let asname: string | null = null
    if (p.eatKw('as')) {
      const a = p.eatName()
      if (!a) {
        if (p.callInvalid) inv.invalidImportAs(p)
        p.pos = p.toks.indexOf(start)
        return null
      }
      asname = a.string
    }
    names.push({ _type: 'alias', name, asname, ...p.span(t) })
    if (!p.eat('COMMA')) break
  }
  return { _type: 'Import', names, ...p.span(start) }
}

// import_from
function importFrom(p: Parser): S | null {
  const start = p.next()
  const mark = p.pos - 1
  let level = 0
  for (;;) {
    if (p.eat('DOT')) level++
    else if (p.eat('ELLIPSIS')) level += 3
    else break
  }
  let module: string | null = null
  if (!p.atKw('import')) {
    module = dottedName(p)
    if (!module) {
      p.pos = mark
      return null
    }
  } else if (level === 0) {
    p.pos = mark
    return null
  }
  if (!p.eatKw('import')) {
    p.pos = mark
    return null
  }
  const names: A.alias[] = []
  const star = p.tok()
  if (star.type === 'STAR') {
    p.pos++
    names.push({ _type: 'alias', name: '*', asname: null, ...p.span(star) })
  } else {
    const paren = p.eat('LPAR')
    for (;;) {
      const n = p.eatName()
      if (!n) break
      let asname: string | null = null
      if (p.eatKw('as')) {
        const a = p.eatName()
        if (!a) {
          if (p.callInvalid) inv.invalidImportAs(p)
          p.pos = mark
          return null
        }
        asname = a.string
      }
      names.push({ _type: 'alias', name: n.string, asname, ...p.span(n) })
      if (!p.at('COMMA')) break
      if (!paren && p.peek(1).type !== 'NAME') {
        if (p.callInvalid) inv.invalidImportFromTrailingComma(p)
        p.pos = mark
        return null
      }
      p.pos++
    }
    if (!names.length || (paren && !p.eat('RPAR'))) {
      p.pos = mark
      return null
    }
  }
  return { _type: 'ImportFrom', module, names, level, ...p.span(start) }
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
function raiseStmt(p: Parser): S | null {
  const start = p.next()
  let exc: E | null = null
  let cause: E | null = null
  if (!p.at('NEWLINE') && !p.at('SEMI')) {
    exc = expression(p)
    if (exc && p.eatKw('from')) {
      cause = expression(p)
      if (!cause) {
        p.pos--
      }
    }
  }
  return { _type: 'Raise', exc, cause, ...p.span(start) }
}

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

function compoundStmt(p: Parser): S | null {
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

export { LOAD, starNamedExpression }
