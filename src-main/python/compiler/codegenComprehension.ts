// Code generation for comprehensions (CPython 3.12 Python/compile.c
// compiler_comprehension, compiler_sync/async_comprehension_generator and the
// PEP 709 inlining helpers push/pop_inlined_comprehension_state). List, set and
// dict comprehensions run inline in their enclosing frame; generator expressions
// (and comprehensions in scopes that can see a class scope) get their own code object.

import type * as A from '../spec/astNodes.gen'
import { NO_LOCATION, type Location } from './instrSequence'
import { LOC, LOCATION, type Compiler, type Label } from './compiler'
import { addYieldFrom, addopYield, jumpIf, visitExpr } from './codegenExpr'
import { wrapInStopIterationHandler } from './codegenFunction'
import { CELL, DEF_LOCAL, DEF_NONLOCAL, FREE, SCOPE_MASK, SCOPE_OFFSET, type SymtableEntry } from './symtable'

type CompType = 'genexp' | 'listcomp' | 'setcomp' | 'dictcomp'

interface InlineState {
  pushedLocals: string[] | null
  tempSymbols: Map<string, number> | null
  fastHidden: Set<string> | null
  cleanup: Label | null
  end: Label | null
}

export function compileComprehension(c: Compiler, e: A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp): void {
  switch (e._type) {
    case 'GeneratorExp':
      comprehension(c, e, 'genexp', '<genexpr>', e.generators, e.elt, null)
      break
    case 'ListComp':
      comprehension(c, e, 'listcomp', '<listcomp>', e.generators, e.elt, null)
      break
    case 'SetComp':
      comprehension(c, e, 'setcomp', '<setcomp>', e.generators, e.elt, null)
      break
    case 'DictComp':
      comprehension(c, e, 'dictcomp', '<dictcomp>', e.generators, e.key, e.value)
      break
  }
}

/** compiler_comprehension_iter */
function comprehensionIter(c: Compiler, loc: Location, comp: A.comprehension): void {
  visitExpr(c, comp.iter)
  c.addop(loc, comp.is_async ? 'GET_AITER' : 'GET_ITER')
}

/** compiler_comprehension */
function comprehension(c: Compiler, e: A.expr, type: CompType, name: string, generators: A.comprehension[], elt: A.expr, val: A.expr | null): void {
  const scopeType = c.u.scopeType
  const isTopLevelAwait = c.isTopLevelAwait()
  const entry = c.st.lookup(e)
  const isInlined = entry.compInlined
  const isAsyncGenerator = entry.coroutine
  const loc = LOC(e)
  const outermost = generators[0]
  let state: InlineState | null = null
  if (isInlined) {
    comprehensionIter(c, loc, outermost)
    state = pushInlinedState(c, loc, entry)
  } else {
    c.enterScope(name, 'comprehension', e, e.lineno)
  }
  if (isAsyncGenerator && type !== 'genexp' && scopeType !== 'asyncFunction' && scopeType !== 'comprehension' && !isTopLevelAwait)
    c.error(loc, 'asynchronous comprehension outside of an asynchronous function')
  if (type !== 'genexp') {
    c.addopI(loc, type === 'listcomp' ? 'BUILD_LIST' : type === 'setcomp' ? 'BUILD_SET' : 'BUILD_MAP', 0)
    if (isInlined) c.addopI(loc, 'SWAP', 2)
  }
  comprehensionGenerator(c, loc, generators, 0, 0, elt, val, type, isInlined)
  if (state) {
    popInlinedState(c, loc, state)
    return
  }
  if (type !== 'genexp') c.addop(LOC(e), 'RETURN_VALUE')
  if (type === 'genexp') wrapInStopIterationHandler(c)
  const co = c.assemble(true)
  c.exitScope()
  if (isTopLevelAwait && isAsyncGenerator) c.u.ste.coroutine = true
  c.makeClosure(loc, co, 0)
  comprehensionIter(c, loc, outermost)
  c.addopI(loc, 'CALL', 0)
  if (isAsyncGenerator && type !== 'genexp') {
    c.addopI(loc, 'GET_AWAITABLE', 0)
    c.loadConst(loc, null)
    addYieldFrom(c, loc, true)
  }
}

function comprehensionGenerator(
  c: Compiler,
  loc: Location,
  generators: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  const gen = generators[genIndex]
  if (gen.is_async) asyncComprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack)
  else syncComprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack)
}

function emitElement(c: Compiler, elt: A.expr, val: A.expr | null, type: CompType, depth: number): Location {
  let eltLoc = LOC(elt)
  switch (type) {
    case 'genexp':
      visitExpr(c, elt)
      addopYield(c, eltLoc)
      c.addop(eltLoc, 'POP_TOP')
      break
    case 'listcomp':
      visitExpr(c, elt)
      c.addopI(eltLoc, 'LIST_APPEND', depth + 1)
      break
    case 'setcomp':
      visitExpr(c, elt)
      c.addopI(eltLoc, 'SET_ADD', depth + 1)
      break
    case 'dictcomp': {
      const v = val!
      visitExpr(c, elt)
      visitExpr(c, v)
      eltLoc = LOCATION(elt.lineno, v.end_lineno ?? v.lineno, elt.col_offset, v.end_col_offset ?? v.col_offset)
      c.addopI(eltLoc, 'MAP_ADD', depth + 1)
      break
    }
  }
  return eltLoc
}

/** compiler_sync_comprehension_generator */
function syncComprehensionGenerator(
  c: Compiler,
  loc: Location,
  generators: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  let start: Label | null = c.newLabel()
  const ifCleanup = c.newLabel()
  const anchor = c.newLabel()
  const gen = generators[genIndex]
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.argcount = 1
      c.addopI(loc, 'LOAD_FAST', 0)
    } else {
      const it = gen.iter
      const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null
      if (elts && elts.length === 1 && elts[0]._type !== 'Starred') {
        visitExpr(c, elts[0])
        start = null
      }
      if (start) {
        visitExpr(c, gen.iter)
        c.addop(loc, 'GET_ITER')
      }
    }
  }
  if (start) {
    depth++
    c.useLabel(start)
    c.addopJump(loc, 'FOR_ITER', anchor)
  }
  visitExpr(c, gen.target)
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false)
  let eltLoc = LOC(elt)
  if (++genIndex < generators.length) comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false)
  if (genIndex >= generators.length) eltLoc = emitElement(c, elt, val, type, depth)
  c.useLabel(ifCleanup)
  if (start) {
    c.addopJump(eltLoc, 'JUMP', start)
    c.useLabel(anchor)
    c.addop(NO_LOCATION, 'END_FOR')
  }
}

/** compiler_async_comprehension_generator */
function asyncComprehensionGenerator(
  c: Compiler,
  loc: Location,
  generators: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  const start = c.newLabel()
  const except = c.newLabel()
  const ifCleanup = c.newLabel()
  const gen = generators[genIndex]
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.argcount = 1
      c.addopI(loc, 'LOAD_FAST', 0)
    } else {
      visitExpr(c, gen.iter)
      c.addop(loc, 'GET_AITER')
    }
  }
  c.useLabel(start)
  c.pushFBlock(loc, 'ASYNC_COMPREHENSION_GENERATOR', start, null, null)
  c.addopJump(loc, 'SETUP_FINALLY', except)
  c.addop(loc, 'GET_ANEXT')
  c.loadConst(loc, null)
  addYieldFrom(c, loc, true)
  c.addop(loc, 'POP_BLOCK')
  visitExpr(c, gen.target)
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false)
  depth++
  let eltLoc = LOC(elt)
  if (++genIndex < generators.length) comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false)
  if (genIndex >= generators.length) eltLoc = emitElement(c, elt, val, type, depth)
  c.useLabel(ifCleanup)
  c.addopJump(eltLoc, 'JUMP', start)
  c.popFBlock()
  c.useLabel(except)
  c.addop(loc, 'END_ASYNC_FOR')
}

/** push_inlined_comprehension_state */
function pushInlinedState(c: Compiler, loc: Location, entry: SymtableEntry): InlineState {
  const u = c.u
  const inClassBlock = u.ste.type === 'class' && !u.inInlinedComp
  u.inInlinedComp++
  const state: InlineState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: null, end: null }
  for (const [k, symbol] of entry.symbols) {
    // only names bound in the comprehension need isolating (DEF_LOCAL | DEF_NONLOCAL
    // comes from an assignment expression to an outer name, which must not be)
    if (!((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock)) continue
    if (!u.ste.isFunctionLike()) {
      if (u.fasthidden.get(k) !== true) {
        u.fasthidden.set(k, true)
        if (!state.fastHidden) state.fastHidden = new Set()
        state.fastHidden.add(k)
      }
    }
    const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK
    const outv = u.ste.symbols.get(k) ?? 0
    const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK
    if (scope !== outsc && !(scope === CELL && outsc === FREE)) {
      // compile the comprehension with the name's inner scope, restore it after
      if (!state.tempSymbols) state.tempSymbols = new Map()
      u.ste.symbols.set(k, symbol)
      state.tempSymbols.set(k, outv)
    }
    if (!state.pushedLocals) state.pushedLocals = []
    c.addopName(loc, 'LOAD_FAST_AND_CLEAR', k, 'varnames')
    if (scope === CELL) {
      if (outsc === FREE) c.addopName(loc, 'MAKE_CELL', k, 'freevars')
      else c.addopName(loc, 'MAKE_CELL', k, 'cellvars')
    }
    state.pushedLocals.push(k)
  }
  if (state.pushedLocals) {
    c.addopI(loc, 'SWAP', state.pushedLocals.length + 1)
    state.cleanup = c.newLabel()
    state.end = c.newLabel()
    c.addopJump(loc, 'SETUP_FINALLY', state.cleanup)
  }
  return state
}

/** restore_inlined_comprehension_locals */
function restoreLocals(c: Compiler, loc: Location, pushed: string[]): void {
  c.addopI(loc, 'SWAP', pushed.length + 1)
  for (let i = pushed.length - 1; i >= 0; i--) c.addopName(loc, 'STORE_FAST_MAYBE_NULL', pushed[i], 'varnames')
}

/** pop_inlined_comprehension_state */
function popInlinedState(c: Compiler, loc: Location, state: InlineState): void {
  const u = c.u
  u.inInlinedComp--
  if (state.tempSymbols) for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v)
  if (state.pushedLocals) {
    c.addop(NO_LOCATION, 'POP_BLOCK')
    c.addopJump(NO_LOCATION, 'JUMP', state.end!)
    c.useLabel(state.cleanup!)
    c.addopI(NO_LOCATION, 'SWAP', 2)
    c.addop(NO_LOCATION, 'POP_TOP')
    restoreLocals(c, loc, state.pushedLocals)
    c.addopI(NO_LOCATION, 'RERAISE', 0)
    c.useLabel(state.end!)
    restoreLocals(c, loc, state.pushedLocals)
  }
  if (state.fastHidden) for (const k of state.fastHidden) u.fasthidden.set(k, false)
}
