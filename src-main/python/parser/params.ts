// Function and lambda parameters: Grammar/python.gram `parameters` / `lambda_parameters`
// (slash_no_default, slash_with_default, star_etc, kwds, param_*_default) folded into one
// left-to-right scan that enforces the same ordering rules.

import type * as A from '../spec/astNodes.gen'
import { emptyArguments } from '../ast/nodes'
import type { Parser } from './core'
import { expression, starExpression } from './expressions'
import * as inv from './invalid'

// params (def) and lambda_params
export function params(p: Parser): A.arguments | null {
  return scan(p, false)
}

export function lambdaParams(p: Parser): A.arguments | null {
  if (p.at('COLON')) return emptyArguments()
  return scan(p, true)
}

// param: NAME annotation? | lambda_param: NAME ; star form allows ':' star_expression
function param(p: Parser, lambda: boolean, starAnnotation: boolean): A.arg | null {
  const name = p.eatName()
  if (!name) return null
  let annotation: A.expr | null = null
  if (!lambda && p.at('COLON')) {
    p.pos++
    annotation = starAnnotation ? starExpression(p) : expression(p)
    if (!annotation) {
      p.pos--
      return null
    }
  }
  return { _type: 'arg', arg: name.string, annotation, type_comment: null, ...p.span(name) }
}

function scan(p: Parser, lambda: boolean): A.arguments | null {
  const closer = lambda ? 'COLON' : 'RPAR'
  const start = p.pos
  const a = emptyArguments()
  let positional: A.arg[] = []
  let sawSlash = false
  let state = 0 // 0 positional, 1 keyword-only (after * or *args), 2 after **kwargs
  let bareStar = false
  let itemCount = 0
  const fail = (): null => {
    if (p.callInvalid) inv.invalidParameters(p, start, lambda)
    p.pos = start
    return null
  }
  for (;;) {
    const t = p.tok()
    if (t.type === closer) break
    let last: A.arg | null = null
    if (t.type === 'SLASH') {
      if (state !== 0 || sawSlash || positional.length === 0) return fail()
      p.pos++
      sawSlash = true
      a.posonlyargs = positional
      positional = []
    } else if (t.type === 'STAR') {
      if (state !== 0) return fail()
      p.pos++
      state = 1
      if (p.at('COMMA')) {
        bareStar = true
      } else {
        const v = param(p, lambda, !lambda)
        if (!v) return fail()
        a.vararg = v
        last = v
      }
    } else if (t.type === 'DOUBLESTAR') {
      if (state === 2) return fail()
      if (bareStar && a.kwonlyargs.length === 0) return fail()
      p.pos++
      const v = param(p, lambda, false)
      if (!v) return fail()
      a.kwarg = v
      last = v
      state = 2
    } else {
      if (state === 2) return fail()
      const v = param(p, lambda, false)
      if (!v) return fail()
      last = v
      let dflt: A.expr | null = null
      if (p.at('EQUAL')) {
        p.pos++
        dflt = expression(p)
        if (!dflt) return fail()
      }
      if (state === 0) {
        if (dflt) a.defaults.push(dflt)
        else if (a.defaults.length) return fail()
        positional.push(v)
      } else {
        a.kwonlyargs.push(v)
        a.kw_defaults.push(dflt as A.expr)
      }
    }
    itemCount++
    if (p.eat('COMMA')) {
      const tc = p.eat('TYPE_COMMENT')
      if (tc && last) last.type_comment = tc.string
      else if (tc) return fail()
      continue
    }
    const tc = p.at('TYPE_COMMENT') ? p.next() : null
    if (tc && last) last.type_comment = tc.string
    if (!p.at(closer)) return fail()
    break
  }
  if (itemCount === 0) return fail()
  if (bareStar && a.kwonlyargs.length === 0) return fail()
  a.args = positional
  return a
}
