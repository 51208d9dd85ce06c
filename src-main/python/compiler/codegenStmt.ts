// Code generation for statements (CPython 3.12 Python/compile.c compiler_visit_stmt,
// compiler_body, compiler_if/for/while, assignments, imports, assert, return,
// break/continue with frame-block unwinding).

import type * as A from '../spec/astNodes.gen'
import { NO_LOCATION, type Location } from './instrSequence'
import { INTRINSIC_IMPORT_STAR, LOC, LOCATION, type Compiler, type FBlock } from './compiler'
import { assertNever, mangle } from './util'
import {
  addYieldFrom,
  binaryOparg,
  compileSlice,
  isTwoElementSlice,
  jumpIf,
  matchAttrLoc,
  visitExpr,
  visitExprs,
} from './codegenExpr'
import { compileClass, compileFunction, compileTypeAlias, visitAnnExpr } from './codegenFunction'
import { callExitWithNones, compileAsyncWith, compileTry, compileTryStar, compileWith } from './codegenTry'
import { compileMatch } from './codegenPattern'
import { checkAssert } from './warnings'

export function visitStmts(c: Compiler, body: A.stmt[]): void {
  for (const s of body) visitStmt(c, s)
}

/** _PyAST_GetDocString */
export function getDocstring(body: A.stmt[]): string | null {
  const st = body[0]
  if (!st || st._type !== 'Expr') return null
  const e = st.value
  if (e._type === 'Constant' && typeof e.value === 'string') return e.value
  return null
}

/** find_ann: does the block contain an annotated assignment (outside nested scopes)? */
export function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign':
        return true
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true
        break
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true
        break
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true
        break
      case 'Match':
        for (const m of st.cases) if (findAnn(m.body)) return true
        break
      default:
        break
    }
  }
  return false
}

/** compiler_body: module and class bodies (annotations setup and docstring) */
export function compileBody(c: Compiler, loc: Location, stmts: A.stmt[]): void {
  if (c.u.scopeType === 'module' && stmts.length) loc = LOC(stmts[0])
  if (findAnn(stmts)) c.addop(loc, 'SETUP_ANNOTATIONS')
  if (!stmts.length) return
  let i = 0
  if (c.opts.optimize < 2) {
    const doc = getDocstring(stmts)
    if (doc !== null) {
      i = 1
      visitExpr(c, (stmts[0] as A.Expr).value)
      c.nameop(NO_LOCATION, '__doc__', 'Store')
    }
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i])
}

export function visitStmt(c: Compiler, s: A.stmt): void {
  const loc = LOC(s)
  switch (s._type) {
    case 'FunctionDef':
      compileFunction(c, s, false)
      break
    case 'AsyncFunctionDef':
      compileFunction(c, s, true)
      break
    case 'ClassDef':
      compileClass(c, s)
      break
    case 'TypeAlias':
      compileTypeAlias(c, s)
      break
    case 'Return':
      compileReturn(c, s)
      break
    case 'Delete':
      visitExprs(c, s.targets)
      break
    case 'Assign': {
      const n = s.targets.length
      visitExpr(c, s.value)
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(loc, 'COPY', 1)
        visitExpr(c, s.targets[i])
      }
      break
    }
    case 'AugAssign':
      compileAugAssign(c, s)
      break
    case 'AnnAssign':
      compileAnnAssign(c, s)
      break
    case 'For':
      compileFor(c, s)
      break
    case 'AsyncFor':
      compileAsyncFor(c, s)
      break
    case 'While':
      compileWhile(c, s)
      break
    case 'If':
      compileIf(c, s)
      break
    case 'Match':
      compileMatch(c, s)
      break
    case 'Raise': {
      let n = 0
      if (s.exc) {
        visitExpr(c, s.exc)
        n++
        if (s.cause) {
          visitExpr(c, s.cause)
          n++
        }
      }
      c.addopI(loc, 'RAISE_VARARGS', n)
      break
    }
    case 'Try':
      compileTry(c, s)
      break
    case 'TryStar':
      compileTryStar(c, s)
      break
    case 'Assert':
      compileAssert(c, s)
      break
    case 'Import':
      compileImport(c, s)
      break
    case 'ImportFrom':
      compileFromImport(c, s)
      break
    case 'Global':
    case 'Nonlocal':
      break
    case 'Expr':
      compileStmtExpr(c, loc, s.value)
      break
    case 'Pass':
      c.addop(loc, 'NOP')
      break
    case 'Break':
      compileBreak(c, loc)
      break
    case 'Continue':
      compileContinue(c, loc)
      break
    case 'With':
      compileWith(c, s, 0)
      break
    case 'AsyncWith':
      compileAsyncWith(c, s, 0)
      break
    default:
      assertNever(s)
  }
}

function compileStmtExpr(c: Compiler, loc: Location, value: A.expr): void {
  if (c.opts.interactive && c.nestlevel <= 1) {
    visitExpr(c, value)
    c.addopI(loc, 'CALL_INTRINSIC_1', 1)
    c.addop(NO_LOCATION, 'POP_TOP')
    return
  }
  if (value._type === 'Constant') {
    c.addop(loc, 'NOP')
    return
  }
  visitExpr(c, value)
  c.addop(NO_LOCATION, 'POP_TOP')
}

function compileIf(c: Compiler, s: A.If): void {
  const end = c.newLabel()
  let next = end
  if (s.orelse.length) next = c.newLabel()
  jumpIf(c, LOC(s), s.test, next, false)
  visitStmts(c, s.body)
  if (s.orelse.length) {
    c.addopJump(NO_LOCATION, 'JUMP', end)
    c.useLabel(next)
    visitStmts(c, s.orelse)
  }
  c.useLabel(end)
}

function compileFor(c: Compiler, s: A.For): void {
  const loc = LOC(s)
  const start = c.newLabel()
  const body = c.newLabel()
  const cleanup = c.newLabel()
  const end = c.newLabel()
  c.pushFBlock(loc, 'FOR_LOOP', start, end, null)
  visitExpr(c, s.iter)
  c.addop(loc, 'GET_ITER')
  c.useLabel(start)
  c.addopJump(loc, 'FOR_ITER', cleanup)
  c.useLabel(body)
  visitExpr(c, s.target)
  visitStmts(c, s.body)
  c.addopJump(NO_LOCATION, 'JUMP', start)
  c.useLabel(cleanup)
  c.addop(NO_LOCATION, 'END_FOR')
  c.popFBlock()
  visitStmts(c, s.orelse)
  c.useLabel(end)
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  let loc = LOC(s)
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true
  else if (c.u.scopeType !== 'asyncFunction') c.error(loc, "'async for' outside async function")
  const start = c.newLabel()
  const except = c.newLabel()
  const end = c.newLabel()
  visitExpr(c, s.iter)
  c.addop(loc, 'GET_AITER')
  c.useLabel(start)
  c.pushFBlock(loc, 'FOR_LOOP', start, end, null)
  c.addopJump(loc, 'SETUP_FINALLY', except)
  c.addop(loc, 'GET_ANEXT')
  c.loadConst(loc, null)
  addYieldFrom(c, loc, true)
  c.addop(loc, 'POP_BLOCK')
  visitExpr(c, s.target)
  visitStmts(c, s.body)
  c.addopJump(NO_LOCATION, 'JUMP', start)
  c.popFBlock()
  c.useLabel(except)
  loc = LOC(s.iter)
  c.addop(loc, 'END_ASYNC_FOR')
  visitStmts(c, s.orelse)
  c.useLabel(end)
}

function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.newLabel()
  const body = c.newLabel()
  const anchor = c.newLabel()
  const exit = c.newLabel()
  c.useLabel(loop)
  c.pushFBlock(LOC(s), 'WHILE_LOOP', loop, exit, null)
  jumpIf(c, LOC(s), s.test, anchor, false)
  c.useLabel(body)
  visitStmts(c, s.body)
  jumpIf(c, LOC(s), s.test, body, true)
  c.popFBlock()
  c.useLabel(anchor)
  visitStmts(c, s.orelse)
  c.useLabel(exit)
}

function compileReturn(c: Compiler, s: A.Return): void {
  let loc = LOC(s)
  const value = s.value
  const preserveTos = value !== null && value._type !== 'Constant'
  if (!c.u.ste.isFunctionLike()) c.error(loc, "'return' outside function")
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) c.error(loc, "'return' with value in async generator")
  if (preserveTos) visitExpr(c, value)
  else if (value !== null) {
    loc = LOC(value)
    c.addop(loc, 'NOP')
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = LOC(s)
    c.addop(loc, 'NOP')
  }
  const ploc = { loc }
  unwindFBlockStack(c, ploc, preserveTos, null)
  loc = ploc.loc
  if (value === null) c.loadConst(loc, null)
  else if (!preserveTos) c.loadConst(loc, (value as A.Constant).value)
  c.addop(loc, 'RETURN_VALUE')
}

function compileBreak(c: Compiler, loc: Location): void {
  const origin = loc
  c.addop(loc, 'NOP')
  const ploc = { loc }
  const loop = unwindFBlockStack(c, ploc, false, true)
  if (!loop) c.error(origin, "'break' outside loop")
  unwindFBlock(c, ploc, loop, false)
  c.addopJump(ploc.loc, 'JUMP', loop.exit!)
}

function compileContinue(c: Compiler, loc: Location): void {
  const origin = loc
  c.addop(loc, 'NOP')
  const ploc = { loc }
  const loop = unwindFBlockStack(c, ploc, false, true)
  if (!loop) c.error(origin, "'continue' not properly in loop")
  c.addopJump(ploc.loc, 'JUMP', loop.block!)
}

/** compiler_unwind_fblock_stack: returns the innermost loop block when `wantLoop` */
export function unwindFBlockStack(c: Compiler, ploc: { loc: Location }, preserveTos: boolean, wantLoop: boolean | null): FBlock | null {
  const fb = c.u.fblocks
  if (fb.length === 0) return null
  const top = fb[fb.length - 1]
  if (top.type === 'EXCEPTION_GROUP_HANDLER') c.error(ploc.loc, "'break', 'continue' and 'return' cannot appear in an except* block")
  if (wantLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top
  fb.pop()
  unwindFBlock(c, ploc, top, preserveTos)
  const r = unwindFBlockStack(c, ploc, preserveTos, wantLoop)
  fb.push(top)
  return r
}

/** compiler_unwind_fblock */
export function unwindFBlock(c: Compiler, ploc: { loc: Location }, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP':
    case 'EXCEPTION_HANDLER':
    case 'EXCEPTION_GROUP_HANDLER':
    case 'ASYNC_COMPREHENSION_GENERATOR':
      return
    case 'FOR_LOOP':
      if (preserveTos) c.addopI(ploc.loc, 'SWAP', 2)
      c.addop(ploc.loc, 'POP_TOP')
      return
    case 'TRY_EXCEPT':
      c.addop(ploc.loc, 'POP_BLOCK')
      return
    case 'FINALLY_TRY':
      c.addop(ploc.loc, 'POP_BLOCK')
      if (preserveTos) c.pushFBlock(ploc.loc, 'POP_VALUE', null, null, null)
      visitStmts(c, info.datum as A.stmt[])
      if (preserveTos) c.popFBlock()
      ploc.loc = NO_LOCATION
      return
    case 'FINALLY_END':
      if (preserveTos) c.addopI(ploc.loc, 'SWAP', 2)
      c.addop(ploc.loc, 'POP_TOP')
      if (preserveTos) c.addopI(ploc.loc, 'SWAP', 2)
      c.addop(ploc.loc, 'POP_BLOCK')
      c.addop(ploc.loc, 'POP_EXCEPT')
      return
    case 'WITH':
    case 'ASYNC_WITH':
      ploc.loc = LOC(info.datum as A.stmt)
      c.addop(ploc.loc, 'POP_BLOCK')
      if (preserveTos) c.addopI(ploc.loc, 'SWAP', 2)
      callExitWithNones(c, ploc.loc)
      if (info.type === 'ASYNC_WITH') {
        c.addopI(ploc.loc, 'GET_AWAITABLE', 2)
        c.loadConst(ploc.loc, null)
        addYieldFrom(c, ploc.loc, true)
      }
      c.addop(ploc.loc, 'POP_TOP')
      ploc.loc = NO_LOCATION
      return
    case 'HANDLER_CLEANUP': {
      const name = info.datum as string | null
      if (name) c.addop(ploc.loc, 'POP_BLOCK')
      if (preserveTos) c.addopI(ploc.loc, 'SWAP', 2)
      c.addop(ploc.loc, 'POP_BLOCK')
      c.addop(ploc.loc, 'POP_EXCEPT')
      if (name) {
        c.loadConst(ploc.loc, null)
        c.nameop(ploc.loc, name, 'Store')
        c.nameop(ploc.loc, name, 'Del')
      }
      return
    }
    case 'POP_VALUE':
      if (preserveTos) c.addopI(ploc.loc, 'SWAP', 2)
      c.addop(ploc.loc, 'POP_TOP')
      return
  }
}

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target
  let loc = LOC(e)
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value)
      c.addopI(loc, 'COPY', 1)
      loc = matchAttrLoc(loc, e)
      c.addopName(loc, 'LOAD_ATTR', e.attr)
      break
    case 'Subscript':
      visitExpr(c, e.value)
      if (isTwoElementSlice(e.slice)) {
        compileSlice(c, e.slice as A.Slice)
        c.addopI(loc, 'COPY', 3)
        c.addopI(loc, 'COPY', 3)
        c.addopI(loc, 'COPY', 3)
        c.addop(loc, 'BINARY_SLICE')
      } else {
        visitExpr(c, e.slice)
        c.addopI(loc, 'COPY', 2)
        c.addopI(loc, 'COPY', 2)
        c.addop(loc, 'BINARY_SUBSCR')
      }
      break
    case 'Name':
      c.nameop(loc, e.id, 'Load')
      break
    default:
      throw new Error(`invalid node type ${e._type} for augmented assignment`)
  }
  visitExpr(c, s.value)
  c.addopI(LOC(s), 'BINARY_OP', binaryOparg(s.op, true))
  loc = LOC(e)
  switch (e._type) {
    case 'Attribute':
      loc = matchAttrLoc(loc, e)
      c.addopI(loc, 'SWAP', 2)
      c.addopName(loc, 'STORE_ATTR', e.attr)
      break
    case 'Subscript':
      if (isTwoElementSlice(e.slice)) {
        c.addopI(loc, 'SWAP', 4)
        c.addopI(loc, 'SWAP', 3)
        c.addopI(loc, 'SWAP', 2)
        c.addop(loc, 'STORE_SLICE')
      } else {
        c.addopI(loc, 'SWAP', 3)
        c.addopI(loc, 'SWAP', 2)
        c.addop(loc, 'STORE_SUBSCR')
      }
      break
    case 'Name':
      c.nameop(loc, e.id, 'Store')
      break
  }
}

function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e)
  c.addop(LOC(e), 'POP_TOP')
}

function checkAnnSubscr(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower) checkAnnExpr(c, e.lower)
      if (e.upper) checkAnnExpr(c, e.upper)
      if (e.step) checkAnnExpr(c, e.step)
      return
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x)
      return
    default:
      checkAnnExpr(c, e)
  }
}

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const loc = LOC(s)
  const targ = s.target
  if (s.value) {
    visitExpr(c, s.value)
    visitExpr(c, targ)
  }
  switch (targ._type) {
    case 'Name':
      c.forbiddenName(loc, targ.id, 'Store')
      if (s.simple && (c.u.scopeType === 'module' || c.u.scopeType === 'class')) {
        if (c.futureAnnotations) visitAnnExpr(c, s.annotation)
        else visitExpr(c, s.annotation)
        c.addopName(loc, 'LOAD_NAME', '__annotations__')
        c.loadConst(loc, mangle(c.u.priv, targ.id))
        c.addop(loc, 'STORE_SUBSCR')
      }
      break
    case 'Attribute':
      c.forbiddenName(loc, targ.attr, 'Store')
      if (!s.value) checkAnnExpr(c, targ.value)
      break
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value)
        checkAnnSubscr(c, targ.slice)
      }
      break
    default:
      throw new Error(`invalid node type ${targ._type} for annotated assignment`)
  }
  if (!s.simple && !c.futureAnnotations && (c.u.scopeType === 'module' || c.u.scopeType === 'class')) checkAnnExpr(c, s.annotation)
}

function compileAssert(c: Compiler, s: A.Assert): void {
  checkAssert(c, s)
  if (c.opts.optimize) return
  const end = c.newLabel()
  const loc = LOC(s)
  jumpIf(c, loc, s.test, end, true)
  c.addop(loc, 'LOAD_ASSERTION_ERROR')
  if (s.msg) {
    visitExpr(c, s.msg)
    c.addopI(loc, 'CALL', 0)
  }
  c.addopI(loc, 'RAISE_VARARGS', 1)
  c.useLabel(end)
}

function compileImport(c: Compiler, s: A.Import): void {
  const loc = LOC(s)
  for (const alias of s.names) {
    c.loadConst(loc, 0n)
    c.loadConst(loc, null)
    c.addopName(loc, 'IMPORT_NAME', alias.name)
    if (alias.asname) importAs(c, loc, alias.name, alias.asname)
    else {
      const dot = alias.name.indexOf('.')
      c.nameop(loc, dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store')
    }
  }
}

function importAs(c: Compiler, loc: Location, name: string, asname: string): void {
  const parts = name.split('.')
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addopO(loc, 'IMPORT_FROM', parts[i], 'names')
      if (i === parts.length - 1) break
      c.addopI(loc, 'SWAP', 2)
      c.addop(loc, 'POP_TOP')
    }
    c.nameop(loc, asname, 'Store')
    c.addop(loc, 'POP_TOP')
    return
  }
  c.nameop(loc, asname, 'Store')
}

function locationIsAfter(a: Location, b: Location): boolean {
  return a.lineno > b.lineno || (a.lineno === b.lineno && a.col_offset > b.col_offset)
}

function compileFromImport(c: Compiler, s: A.ImportFrom): void {
  const loc = LOC(s)
  c.loadConst(loc, BigInt(s.level ?? 0))
  const names = s.names.map((a) => a.name)
  if (locationIsAfter(loc, c.opts.futureLocation) && s.module === '__future__')
    c.error(loc, 'from __future__ imports must occur at the beginning of the file')
  c.loadConst(loc, names)
  c.addopName(loc, 'IMPORT_NAME', s.module ?? '')
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]
    if (i === 0 && alias.name.startsWith('*')) {
      c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_IMPORT_STAR)
      c.addop(NO_LOCATION, 'POP_TOP')
      return
    }
    c.addopName(loc, 'IMPORT_FROM', alias.name)
    c.nameop(loc, alias.asname ?? alias.name, 'Store')
  }
  c.addop(loc, 'POP_TOP')
}

export { LOCATION }
