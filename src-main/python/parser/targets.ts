// Assignment, for, with and del targets: Grammar/python.gram "ASSIGNMENT TARGETS" and
// "TARGETS FOR DEL STATEMENTS". Targets are read with the expression machinery and then
// checked against the target grammar (star_target / del_target) and given their context,
// which yields the same trees as pegen's dedicated target rules.

import type * as A from '../spec/astNodes.gen'
import { DEL, STORE, type Ctx } from '../ast/nodes'
import type { Parser } from './core'
import { primary } from './expressions'

type E = A.expr

/** Parser/pegen.c _PyPegen_get_expr_name */
export function exprName(e: E): string {
  switch (e._type) {
    case 'Attribute': return 'attribute'
    case 'Subscript': return 'subscript'
    case 'Starred': return 'starred'
    case 'Name': return 'name'
    case 'List': return 'list'
    case 'Tuple': return 'tuple'
    case 'Lambda': return 'lambda'
    case 'Call': return 'function call'
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp': return 'expression'
    case 'GeneratorExp': return 'generator expression'
    case 'Yield':
    case 'YieldFrom': return 'yield expression'
    case 'Await': return 'await expression'
    case 'ListComp': return 'list comprehension'
    case 'SetComp': return 'set comprehension'
    case 'DictComp': return 'dict comprehension'
    case 'Dict': return 'dict literal'
    case 'Set': return 'set display'
    case 'JoinedStr':
    case 'FormattedValue': return 'f-string expression'
    case 'Constant': {
      const v = e.value
      if (v === null) return 'None'
      if (v === true) return 'True'
      if (v === false) return 'False'
      if (typeof v === 'symbol') return 'ellipsis'
      return 'literal'
    }
    case 'Compare': return 'comparison'
    case 'IfExp': return 'conditional expression'
    case 'NamedExpr': return 'named expression'
    case 'Slice': return 'slice'
  }
}

export type TargetsType = 'star' | 'del' | 'for'

/** Parser/pegen.c _PyPegen_get_invalid_target: the first sub-expression that is no target */
export function invalidTarget(e: E, type: TargetsType): E | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const c = invalidTarget(x, type)
        if (c) return c
      }
      return null
    case 'Starred':
      if (type === 'del') return e
      return invalidTarget(e.value, type)
    case 'Compare':
      if (type === 'for') {
        if (e.ops[0]._type === 'In') return invalidTarget(e.left, type)
        return null
      }
      return e
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null
    default:
      return e
  }
}

/** star_target grammar check: nested starred only below a sequence, no double star */
export function isStarTarget(e: E, top: boolean): boolean {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return true
    case 'Starred':
      // star_target: '*' (!'*' star_target); a starred inside a starred is refused
      return e.value._type !== 'Starred' && isStarTarget(e.value, false)
    case 'Tuple':
    case 'List':
      return e.elts.every((x) => isStarTarget(x, false))
    default:
      void top
      return false
  }
}

export function isDelTarget(e: E): boolean {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return true
    case 'Tuple':
    case 'List':
      return e.elts.every(isDelTarget)
    default:
      return false
  }
}

/** set the context of a target tree (_PyPegen_set_expr_context) */
export function setContext(e: E, ctx: Ctx): void {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx
      return
    case 'Starred':
      e.ctx = ctx
      setContext(e.value, ctx)
      return
    case 'Tuple':
    case 'List':
      e.ctx = ctx
      for (const x of e.elts) setContext(x, ctx)
      return
    default:
      return
  }
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
export function starTarget(p: Parser): E | null {
  const start = p.tok()
  if (start.type === 'STAR') {
    if (p.peek(1).type === 'STAR') return null
    p.pos++
    const value = starTarget(p)
    if (!value) {
      p.pos--
      return null
    }
    return { _type: 'Starred', value, ctx: STORE, ...p.span(start) }
  }
  const mark = p.pos
  const e = primary(p)
  if (!e || !isStarTarget(e, true) || e._type === 'Starred') {
    p.pos = mark
    return null
  }
  setContext(e, STORE)
  return e
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
export function starTargets(p: Parser): E | null {
  const start = p.tok()
  const first = starTarget(p)
  if (!first) return null
  if (!p.at('COMMA')) return first
  const elts = [first]
  while (p.eat('COMMA')) {
    const mark = p.pos
    const e = starTarget(p)
    if (!e) {
      p.pos = mark
      break
    }
    elts.push(e)
  }
  return { _type: 'Tuple', elts, ctx: STORE, ...p.span(start) }
}

// del_targets: ','.del_target+ [',']
export function delTargets(p: Parser): E[] | null {
  const out: E[] = []
  for (;;) {
    const mark = p.pos
    const e = primary(p)
    if (!e || !isDelTarget(e)) {
      p.pos = mark
      break
    }
    setContext(e, DEL)
    out.push(e)
    if (!p.eat('COMMA')) break
  }
  return out.length ? out : null
}
