// Statements: Grammar/python.gram "STATEMENTS" and "SIMPLE STATEMENTS" — assignments
// (read as an expression, then checked as targets), imports, the soft-keyword `type`
// alias and the one-word statements. Compound statements are in compound.ts.

import type * as A from '../spec/astNodes.gen'
import { STORE, binop } from '../ast/nodes'
import type { Parser } from './core'
import { expression, starExpressions, yieldExpr } from './expressions'
import { delTargets, isStarTarget, setContext } from './targets'
import { compoundStmt } from './compound'
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
