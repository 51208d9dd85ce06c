// Code generation for calls and attribute loads (CPython 3.12 Python/compile.c
// compiler_call, maybe_optimize_method_call, compiler_call_helper,
// compiler_subkwargs, KW_NAMES, the zero-argument super() optimisation
// (can_optimize_super_call / load_args_for_super -> LOAD_SUPER_ATTR) and
// Attribute loads/stores with their start location moved to the attribute name).

import type * as A from '../spec/astNodes.gen'
import type { ConstValue } from '../objects/constant'
import { NO_LOCATION, type Location } from './instrSequence'
import { LOC, STACK_USE_GUIDELINE, type Compiler } from './compiler'
import { DEF_IMPORT, FREE, GLOBAL_IMPLICIT } from './symtable'
import { matchAttrLoc, starunpackHelper, visitExpr, visitExprs } from './codegenExpr'
import { checkCaller } from './warnings'

/** can_optimize_super_call */
function canOptimizeSuperCall(c: Compiler, attr: A.Attribute): boolean {
  const e = attr.value
  if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length !== 0) return false
  const n = e.args.length
  if (c.u.ste.getScope('super') !== GLOBAL_IMPLICIT) return false
  if (c.st.top.getScope('super') !== 0) return false
  if (n === 2) return !e.args.some((a) => a._type === 'Starred')
  if (n !== 0) return false
  if (c.u.argcount === 0 && c.u.posonlyargcount === 0) return false
  return c.getRefType('__class__') === FREE
}

/** load_args_for_super */
function loadArgsForSuper(c: Compiler, e: A.Call): void {
  c.nameop(LOC(e.func), (e.func as A.Name).id, 'Load')
  if (e.args.length === 2) {
    visitExpr(c, e.args[0])
    visitExpr(c, e.args[1])
    return
  }
  c.nameop(LOC(e), '__class__', 'Load')
  const first = c.u.varnames.keys().next()
  if (first.done) throw new Error('super(): no first argument')
  c.nameop(LOC(e), first.value, 'Load')
}

export function compileAttribute(c: Compiler, e: A.Attribute): void {
  let loc = LOC(e)
  if (e.ctx._type === 'Load' && canOptimizeSuperCall(c, e)) {
    const call = e.value as A.Call
    loadArgsForSuper(c, call)
    c.addopName(loc, call.args.length ? 'LOAD_SUPER_ATTR' : 'LOAD_ZERO_SUPER_ATTR', e.attr)
    loc = matchAttrLoc(loc, e)
    c.addop(loc, 'NOP')
    return
  }
  visitExpr(c, e.value)
  loc = matchAttrLoc(LOC(e), e)
  switch (e.ctx._type) {
    case 'Load':
      c.addopName(loc, 'LOAD_ATTR', e.attr)
      break
    case 'Store':
      c.forbiddenName(loc, e.attr, 'Store')
      c.addopName(loc, 'STORE_ATTR', e.attr)
      break
    case 'Del':
      c.addopName(loc, 'DELETE_ATTR', e.attr)
      break
  }
}

function isImportOriginated(c: Compiler, e: A.expr): boolean {
  if (e._type !== 'Name') return false
  return (c.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0
}

function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i].arg
    if (key === null) continue
    c.forbiddenName(LOC(keywords[i]), key, 'Store')
    for (let j = i + 1; j < keywords.length; j++) {
      if (keywords[j].arg === key) c.error(LOC(keywords[j]), `keyword argument repeated: ${key}`)
    }
  }
}

/** maybe_optimize_method_call */
function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func
  const args = e.args
  const kwds = e.keywords
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false
  if (isImportOriginated(c, meth.value)) return false
  const argsl = args.length
  const kwdsl = kwds.length
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false
  if (args.some((a) => a._type === 'Starred')) return false
  if (kwds.some((k) => k.arg === null)) return false
  let loc = LOC(meth)
  if (canOptimizeSuperCall(c, meth)) {
    const call = meth.value as A.Call
    loadArgsForSuper(c, call)
    c.addopName(loc, call.args.length ? 'LOAD_SUPER_METHOD' : 'LOAD_ZERO_SUPER_METHOD', meth.attr)
    loc = matchAttrLoc(loc, meth)
    c.addop(loc, 'NOP')
  } else {
    visitExpr(c, meth.value)
    loc = matchAttrLoc(loc, meth)
    c.addopName(loc, 'LOAD_METHOD', meth.attr)
  }
  visitExprs(c, args)
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value)
    callSimpleKwHelper(c, loc, kwds)
  }
  c.addopI(matchAttrLoc(LOC(e), meth), 'CALL', argsl + kwdsl)
  return true
}

function callSimpleKwHelper(c: Compiler, loc: Location, keywords: A.keyword[]): void {
  const names = keywords.map((k) => k.arg as string)
  c.addopI(loc, 'KW_NAMES', c.addConst(names))
}

export function compileCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords)
  if (maybeOptimizeMethodCall(c, e)) return
  checkCaller(c, e.func)
  c.addop(LOC(e.func), 'PUSH_NULL')
  visitExpr(c, e.func)
  callHelper(c, LOC(e), 0, e.args, e.keywords)
}

/** compiler_subkwargs */
function compileSubkwargs(c: Compiler, loc: Location, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin
  const big = n * 2 > STACK_USE_GUIDELINE
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value)
    const keys: ConstValue[] = []
    for (let i = begin; i < end; i++) keys.push(keywords[i].arg as string)
    c.loadConst(loc, keys)
    c.addopI(loc, 'BUILD_CONST_KEY_MAP', n)
    return
  }
  if (big) c.addopI(NO_LOCATION, 'BUILD_MAP', 0)
  for (let i = begin; i < end; i++) {
    c.loadConst(loc, keywords[i].arg as string)
    visitExpr(c, keywords[i].value)
    if (big) c.addopI(NO_LOCATION, 'MAP_ADD', 1)
  }
  if (!big) c.addopI(loc, 'BUILD_MAP', n)
}

/** compiler_call_helper: `n` values already pushed (the class body function and name) */
export function callHelper(c: Compiler, loc: Location, n: number, args: A.expr[], keywords: A.keyword[]): void {
  validateKeywords(c, keywords)
  const nelts = args.length
  const nkwelts = keywords.length
  let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
  if (!exCall) exCall = args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null)
  if (!exCall) {
    visitExprs(c, args)
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value)
      callSimpleKwHelper(c, loc, keywords)
    }
    c.addopI(loc, 'CALL', n + nelts + nkwelts)
    return
  }
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') visitExpr(c, args[0].value)
  else starunpackHelper(c, loc, args, n, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true)
  if (nkwelts) {
    let haveDict = false
    let nseen = 0
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i]
      if (kw.arg === null) {
        if (nseen) {
          compileSubkwargs(c, loc, keywords, i - nseen, i)
          if (haveDict) c.addopI(loc, 'DICT_MERGE', 1)
          haveDict = true
          nseen = 0
        }
        if (!haveDict) {
          c.addopI(loc, 'BUILD_MAP', 0)
          haveDict = true
        }
        visitExpr(c, kw.value)
        c.addopI(loc, 'DICT_MERGE', 1)
      } else nseen++
    }
    if (nseen) {
      compileSubkwargs(c, loc, keywords, nkwelts - nseen, nkwelts)
      if (haveDict) c.addopI(loc, 'DICT_MERGE', 1)
    }
  }
  c.addopI(loc, 'CALL_FUNCTION_EX', nkwelts > 0 ? 1 : 0)
}

