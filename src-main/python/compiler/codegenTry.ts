// Code generation for exception handling and context managers (CPython 3.12
// Python/compile.c compiler_try_finally, compiler_try_except, compiler_try_star_*,
// compiler_with, compiler_async_with, compiler_with_except_finish).

import type * as A from '../spec/astNodes.gen'
import { NO_LOCATION, type Location } from './instrSequence'
import { INTRINSIC_PREP_RERAISE_STAR, LOC, type Compiler, type Label } from './compiler'
import { addYieldFrom, visitExpr } from './codegenExpr'
import { visitStmts } from './codegenStmt'

/** compiler_call_exit_with_nones */
export function callExitWithNones(c: Compiler, loc: Location): void {
  c.loadConst(loc, null)
  c.loadConst(loc, null)
  c.loadConst(loc, null)
  c.addopI(loc, 'CALL', 2)
}

/** pop_except_and_reraise */
function popExceptAndReraise(c: Compiler, loc: Location): void {
  c.addopI(loc, 'COPY', 3)
  c.addop(loc, 'POP_EXCEPT')
  c.addopI(loc, 'RERAISE', 1)
}

export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length) tryFinally(c, s, () => (s.handlers.length ? tryExcept(c, s) : visitStmts(c, s.body)))
  else tryExcept(c, s)
}

export function compileTryStar(c: Compiler, s: A.TryStar): void {
  if (s.finalbody.length) tryFinally(c, s, () => (s.handlers.length ? tryStarExcept(c, s) : visitStmts(c, s.body)))
  else tryStarExcept(c, s)
}

/** compiler_try_finally / compiler_try_star_finally */
function tryFinally(c: Compiler, s: A.Try | A.TryStar, body: () => void): void {
  let loc = LOC(s)
  const bodyL = c.newLabel()
  const end = c.newLabel()
  const exit = c.newLabel()
  const cleanup = c.newLabel()
  c.addopJump(loc, 'SETUP_FINALLY', end)
  c.useLabel(bodyL)
  c.pushFBlock(loc, 'FINALLY_TRY', bodyL, end, s.finalbody)
  body()
  c.addop(NO_LOCATION, 'POP_BLOCK')
  c.popFBlock()
  visitStmts(c, s.finalbody)
  c.addopJump(NO_LOCATION, 'JUMP', exit)
  c.useLabel(end)
  loc = NO_LOCATION
  c.addopJump(loc, 'SETUP_CLEANUP', cleanup)
  c.addop(loc, 'PUSH_EXC_INFO')
  c.pushFBlock(loc, 'FINALLY_END', end, null, null)
  visitStmts(c, s.finalbody)
  c.popFBlock()
  c.addopI(loc, 'RERAISE', 0)
  c.useLabel(cleanup)
  popExceptAndReraise(c, loc)
  c.useLabel(exit)
}

/** compiler_try_except */
function tryExcept(c: Compiler, s: A.Try): void {
  const loc = LOC(s)
  const body = c.newLabel()
  let except: Label = c.newLabel()
  const end = c.newLabel()
  const cleanup = c.newLabel()
  c.addopJump(loc, 'SETUP_FINALLY', except)
  c.useLabel(body)
  c.pushFBlock(loc, 'TRY_EXCEPT', body, null, null)
  visitStmts(c, s.body)
  c.popFBlock()
  c.addop(NO_LOCATION, 'POP_BLOCK')
  visitStmts(c, s.orelse)
  c.addopJump(NO_LOCATION, 'JUMP', end)
  const n = s.handlers.length
  c.useLabel(except)
  c.addopJump(NO_LOCATION, 'SETUP_CLEANUP', cleanup)
  c.addop(NO_LOCATION, 'PUSH_EXC_INFO')
  c.pushFBlock(loc, 'EXCEPTION_HANDLER', null, null, null)
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]
    const hloc = LOC(handler)
    if (!handler.type && i < n - 1) c.error(hloc, "default 'except:' must be last")
    except = c.newLabel()
    if (handler.type) {
      visitExpr(c, handler.type)
      c.addop(hloc, 'CHECK_EXC_MATCH')
      c.addopJump(hloc, 'POP_JUMP_IF_FALSE', except)
    }
    if (handler.name) {
      const cleanupEnd = c.newLabel()
      const cleanupBody = c.newLabel()
      c.nameop(hloc, handler.name, 'Store')
      c.addopJump(hloc, 'SETUP_CLEANUP', cleanupEnd)
      c.useLabel(cleanupBody)
      c.pushFBlock(hloc, 'HANDLER_CLEANUP', cleanupBody, null, handler.name)
      visitStmts(c, handler.body)
      c.popFBlock()
      c.addop(NO_LOCATION, 'POP_BLOCK')
      c.addop(NO_LOCATION, 'POP_BLOCK')
      c.addop(NO_LOCATION, 'POP_EXCEPT')
      c.loadConst(NO_LOCATION, null)
      c.nameop(NO_LOCATION, handler.name, 'Store')
      c.nameop(NO_LOCATION, handler.name, 'Del')
      c.addopJump(NO_LOCATION, 'JUMP', end)
      c.useLabel(cleanupEnd)
      c.loadConst(NO_LOCATION, null)
      c.nameop(NO_LOCATION, handler.name, 'Store')
      c.nameop(NO_LOCATION, handler.name, 'Del')
      c.addopI(NO_LOCATION, 'RERAISE', 1)
    } else {
      const cleanupBody = c.newLabel()
      c.addop(hloc, 'POP_TOP')
      c.useLabel(cleanupBody)
      c.pushFBlock(hloc, 'HANDLER_CLEANUP', cleanupBody, null, null)
      visitStmts(c, handler.body)
      c.popFBlock()
      c.addop(NO_LOCATION, 'POP_BLOCK')
      c.addop(NO_LOCATION, 'POP_EXCEPT')
      c.addopJump(NO_LOCATION, 'JUMP', end)
    }
    c.useLabel(except)
  }
  c.popFBlock()
  c.addopI(NO_LOCATION, 'RERAISE', 0)
  c.useLabel(cleanup)
  popExceptAndReraise(c, NO_LOCATION)
  c.useLabel(end)
}

/** compiler_try_star_except */
function tryStarExcept(c: Compiler, s: A.TryStar): void {
  const loc = LOC(s)
  const body = c.newLabel()
  let except: Label = c.newLabel()
  const orelse = c.newLabel()
  const end = c.newLabel()
  const cleanup = c.newLabel()
  const reraiseStar = c.newLabel()
  c.addopJump(loc, 'SETUP_FINALLY', except)
  c.useLabel(body)
  c.pushFBlock(loc, 'TRY_EXCEPT', body, null, null)
  visitStmts(c, s.body)
  c.popFBlock()
  c.addop(NO_LOCATION, 'POP_BLOCK')
  c.addopJump(NO_LOCATION, 'JUMP', orelse)
  const n = s.handlers.length
  c.useLabel(except)
  c.addopJump(NO_LOCATION, 'SETUP_CLEANUP', cleanup)
  c.addop(NO_LOCATION, 'PUSH_EXC_INFO')
  c.pushFBlock(loc, 'EXCEPTION_GROUP_HANDLER', null, null, 'except handler')
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]
    const hloc = LOC(handler)
    except = c.newLabel()
    const exceptWithError = c.newLabel()
    const noMatch = c.newLabel()
    if (i === 0) {
      c.addopI(hloc, 'BUILD_LIST', 0)
      c.addopI(hloc, 'COPY', 2)
    }
    if (handler.type) {
      visitExpr(c, handler.type)
      c.addop(hloc, 'CHECK_EG_MATCH')
      c.addopI(hloc, 'COPY', 1)
      c.addopJump(hloc, 'POP_JUMP_IF_NONE', noMatch)
    }
    const cleanupEnd = c.newLabel()
    const cleanupBody = c.newLabel()
    if (handler.name) c.nameop(hloc, handler.name, 'Store')
    else c.addop(hloc, 'POP_TOP')
    c.addopJump(hloc, 'SETUP_CLEANUP', cleanupEnd)
    c.useLabel(cleanupBody)
    c.pushFBlock(hloc, 'HANDLER_CLEANUP', cleanupBody, null, handler.name)
    visitStmts(c, handler.body)
    c.popFBlock()
    c.addop(NO_LOCATION, 'POP_BLOCK')
    if (handler.name) {
      c.loadConst(NO_LOCATION, null)
      c.nameop(NO_LOCATION, handler.name, 'Store')
      c.nameop(NO_LOCATION, handler.name, 'Del')
    }
    c.addopJump(NO_LOCATION, 'JUMP', except)
    c.useLabel(cleanupEnd)
    if (handler.name) {
      c.loadConst(NO_LOCATION, null)
      c.nameop(NO_LOCATION, handler.name, 'Store')
      c.nameop(NO_LOCATION, handler.name, 'Del')
    }
    c.addopI(NO_LOCATION, 'LIST_APPEND', 3)
    c.addop(NO_LOCATION, 'POP_TOP')
    c.addopJump(NO_LOCATION, 'JUMP', exceptWithError)
    c.useLabel(except)
    c.addop(NO_LOCATION, 'NOP')
    c.addopJump(NO_LOCATION, 'JUMP', exceptWithError)
    c.useLabel(noMatch)
    c.addop(hloc, 'POP_TOP')
    c.useLabel(exceptWithError)
    if (i === n - 1) {
      c.addopI(NO_LOCATION, 'LIST_APPEND', 1)
      c.addopJump(NO_LOCATION, 'JUMP', reraiseStar)
    }
  }
  c.popFBlock()
  const reraise = c.newLabel()
  c.useLabel(reraiseStar)
  c.addopI(NO_LOCATION, 'CALL_INTRINSIC_2', INTRINSIC_PREP_RERAISE_STAR)
  c.addopI(NO_LOCATION, 'COPY', 1)
  c.addopJump(NO_LOCATION, 'POP_JUMP_IF_NOT_NONE', reraise)
  c.addop(NO_LOCATION, 'POP_TOP')
  c.addop(NO_LOCATION, 'POP_BLOCK')
  c.addop(NO_LOCATION, 'POP_EXCEPT')
  c.addopJump(NO_LOCATION, 'JUMP', end)
  c.useLabel(reraise)
  c.addop(NO_LOCATION, 'POP_BLOCK')
  c.addopI(NO_LOCATION, 'SWAP', 2)
  c.addop(NO_LOCATION, 'POP_EXCEPT')
  c.addopI(NO_LOCATION, 'RERAISE', 0)
  c.useLabel(cleanup)
  popExceptAndReraise(c, NO_LOCATION)
  c.useLabel(orelse)
  visitStmts(c, s.orelse)
  c.useLabel(end)
}

/** compiler_with_except_finish */
function withExceptFinish(c: Compiler, cleanup: Label): void {
  const suppress = c.newLabel()
  c.addopJump(NO_LOCATION, 'POP_JUMP_IF_TRUE', suppress)
  c.addopI(NO_LOCATION, 'RERAISE', 2)
  c.useLabel(suppress)
  c.addop(NO_LOCATION, 'POP_TOP')
  c.addop(NO_LOCATION, 'POP_BLOCK')
  c.addop(NO_LOCATION, 'POP_EXCEPT')
  c.addop(NO_LOCATION, 'POP_TOP')
  c.addop(NO_LOCATION, 'POP_TOP')
  const exit = c.newLabel()
  c.addopJump(NO_LOCATION, 'JUMP', exit)
  c.useLabel(cleanup)
  popExceptAndReraise(c, NO_LOCATION)
  c.useLabel(exit)
}

/** compiler_with */
export function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]
  const block = c.newLabel()
  const final = c.newLabel()
  const exit = c.newLabel()
  const cleanup = c.newLabel()
  visitExpr(c, item.context_expr)
  let loc = LOC(s)
  c.addop(loc, 'BEFORE_WITH')
  c.addopJump(loc, 'SETUP_WITH', final)
  c.useLabel(block)
  c.pushFBlock(loc, 'WITH', block, final, s)
  if (item.optional_vars) visitExpr(c, item.optional_vars)
  else c.addop(loc, 'POP_TOP')
  pos++
  if (pos === s.items.length) visitStmts(c, s.body)
  else compileWith(c, s, pos)
  c.addop(NO_LOCATION, 'POP_BLOCK')
  c.popFBlock()
  loc = LOC(s)
  callExitWithNones(c, loc)
  c.addop(loc, 'POP_TOP')
  c.addopJump(loc, 'JUMP', exit)
  c.useLabel(final)
  c.addopJump(loc, 'SETUP_CLEANUP', cleanup)
  c.addop(loc, 'PUSH_EXC_INFO')
  c.addop(loc, 'WITH_EXCEPT_START')
  withExceptFinish(c, cleanup)
  c.useLabel(exit)
}

/** compiler_async_with */
export function compileAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const loc = LOC(s)
  const item = s.items[pos]
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true
  else if (c.u.scopeType !== 'asyncFunction') c.error(loc, "'async with' outside async function")
  const block = c.newLabel()
  const final = c.newLabel()
  const exit = c.newLabel()
  const cleanup = c.newLabel()
  visitExpr(c, item.context_expr)
  c.addop(loc, 'BEFORE_ASYNC_WITH')
  c.addopI(loc, 'GET_AWAITABLE', 1)
  c.loadConst(loc, null)
  addYieldFrom(c, loc, true)
  c.addopJump(loc, 'SETUP_WITH', final)
  c.useLabel(block)
  c.pushFBlock(loc, 'ASYNC_WITH', block, final, s)
  if (item.optional_vars) visitExpr(c, item.optional_vars)
  else c.addop(loc, 'POP_TOP')
  pos++
  if (pos === s.items.length) visitStmts(c, s.body)
  else compileAsyncWith(c, s, pos)
  c.popFBlock()
  c.addop(loc, 'POP_BLOCK')
  callExitWithNones(c, loc)
  c.addopI(loc, 'GET_AWAITABLE', 2)
  c.loadConst(loc, null)
  addYieldFrom(c, loc, true)
  c.addop(loc, 'POP_TOP')
  c.addopJump(loc, 'JUMP', exit)
  c.useLabel(final)
  c.addopJump(loc, 'SETUP_CLEANUP', cleanup)
  c.addop(loc, 'PUSH_EXC_INFO')
  c.addop(loc, 'WITH_EXCEPT_START')
  c.addopI(loc, 'GET_AWAITABLE', 2)
  c.loadConst(loc, null)
  addYieldFrom(c, loc, true)
  withExceptFinish(c, cleanup)
  c.useLabel(exit)
}
