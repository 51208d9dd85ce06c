// Code generation for definitions (CPython 3.12 Python/compile.c compiler_function,
// compiler_function_body, compiler_lambda, compiler_class, compiler_class_body,
// compiler_default_arguments, compiler_visit_annotations, decorators, PEP 695 type
// parameters and `type` aliases).

import type * as A from '../spec/astNodes.gen'
import { NO_LOCATION, type Location } from './instrSequence'
import {
  INTRINSIC_PARAMSPEC,
  INTRINSIC_SET_FUNCTION_TYPE_PARAMS,
  INTRINSIC_STOPITERATION_ERROR,
  INTRINSIC_SUBSCRIPT_GENERIC,
  INTRINSIC_TYPEALIAS,
  INTRINSIC_TYPEVAR,
  INTRINSIC_TYPEVARTUPLE,
  INTRINSIC_TYPEVAR_WITH_BOUND,
  INTRINSIC_TYPEVAR_WITH_CONSTRAINTS,
  LOC,
  LOCATION,
  MF_ANNOTATIONS,
  MF_DEFAULTS,
  MF_KWDEFAULTS,
  type Compiler,
} from './compiler'
import { visitExpr, visitExprs } from './codegenExpr'
import { callHelper } from './codegenCall'
import { compileBody, getDocstring, visitStmt } from './codegenStmt'
import { unparseExpr } from './astUnparse'
import { mangle } from './util'

/** VISIT(c, annexpr, e): the annotation as a string under `from __future__ import annotations` */
export function visitAnnExpr(c: Compiler, e: A.expr): void {
  c.loadConst(LOC(e), unparseExpr(e))
}

function checkDebugArgs(c: Compiler, args: A.arguments): void {
  const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]
  for (const a of all) if (a.arg === '__debug__') c.error(LOC(a), 'cannot assign to __debug__')
}

/** compiler_default_arguments */
function defaultArguments(c: Compiler, loc: Location, args: A.arguments): number {
  let flags = 0
  if (args.defaults.length > 0) {
    visitExprs(c, args.defaults)
    c.addopI(loc, 'BUILD_TUPLE', args.defaults.length)
    flags |= MF_DEFAULTS
  }
  if (args.kwonlyargs.length) {
    const keys: string[] = []
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i]
      if (d) {
        keys.push(mangle(c.u.priv, args.kwonlyargs[i].arg))
        visitExpr(c, d)
      }
    }
    if (keys.length) {
      c.loadConst(loc, keys)
      c.addopI(loc, 'BUILD_CONST_KEY_MAP', keys.length)
      flags |= MF_KWDEFAULTS
    }
  }
  return flags
}

/** compiler_visit_annotations: pushes a flat tuple (name, value, ...); true if one was pushed */
function visitAnnotations(c: Compiler, loc: Location, args: A.arguments, returns: A.expr | null): boolean {
  let len = 0
  const one = (id: string, ann: A.expr | null): void => {
    if (!ann) return
    c.loadConst(loc, mangle(c.u.priv, id))
    if (c.futureAnnotations) visitAnnExpr(c, ann)
    else if (ann._type === 'Starred') {
      visitExpr(c, ann.value)
      c.addopI(loc, 'UNPACK_SEQUENCE', 1)
    } else visitExpr(c, ann)
    len += 2
  }
  for (const a of args.args) one(a.arg, a.annotation)
  for (const a of args.posonlyargs) one(a.arg, a.annotation)
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation)
  for (const a of args.kwonlyargs) one(a.arg, a.annotation)
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation)
  one('return', returns)
  if (len) {
    c.addopI(loc, 'BUILD_TUPLE', len)
    return true
  }
  return false
}

function applyDecorators(c: Compiler, decos: A.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addopI(LOC(decos[i]), 'CALL', 0)
}

/** wrap_in_stopiteration_handler */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel()
  c.insertJump(0, NO_LOCATION, 'SETUP_CLEANUP', handler)
  c.loadConst(NO_LOCATION, null)
  c.addop(NO_LOCATION, 'RETURN_VALUE')
  c.useLabel(handler)
  c.addopI(NO_LOCATION, 'CALL_INTRINSIC_1', INTRINSIC_STOPITERATION_ERROR)
  c.addopI(NO_LOCATION, 'RERAISE', 1)
}

/** compiler_type_params */
function compileTypeParams(c: Compiler, params: A.type_param[]): void {
  for (let i = 0; i < params.length; i++) {
    const tp = params[i]
    const loc = LOC(tp)
    switch (tp._type) {
      case 'TypeVar':
        c.loadConst(loc, tp.name)
        if (tp.bound) {
          const isConstrained = tp.bound._type === 'Tuple'
          c.enterScope(tp.name, 'typeParams', tp, tp.bound.lineno)
          visitExpr(c, tp.bound)
          c.addop(loc, 'RETURN_VALUE')
          const co = c.assemble(true)
          c.exitScope()
          c.makeClosure(loc, co, 0)
          c.addopI(loc, 'CALL_INTRINSIC_2', isConstrained ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND)
        } else c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_TYPEVAR)
        c.addopI(loc, 'COPY', 1)
        c.nameop(loc, tp.name, 'Store')
        break
      case 'TypeVarTuple':
        c.loadConst(loc, tp.name)
        c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_TYPEVARTUPLE)
        c.addopI(loc, 'COPY', 1)
        c.nameop(loc, tp.name, 'Store')
        break
      case 'ParamSpec':
        c.loadConst(loc, tp.name)
        c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_PARAMSPEC)
        c.addopI(loc, 'COPY', 1)
        c.nameop(loc, tp.name, 'Store')
        break
    }
  }
  c.addopI(LOC(params[0]), 'BUILD_TUPLE', params.length)
}

/** compiler_function */
export function compileFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
  const args = s.args
  checkDebugArgs(c, args)
  visitExprs(c, s.decorator_list)
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno
  const loc = LOC(s)
  const isGeneric = s.type_params.length > 0
  if (isGeneric) c.addop(loc, 'PUSH_NULL')
  let funcflags = defaultArguments(c, loc, args)
  let numTypeparamArgs = 0
  if (isGeneric) {
    if (funcflags & MF_DEFAULTS) numTypeparamArgs++
    if (funcflags & MF_KWDEFAULTS) numTypeparamArgs++
    if (numTypeparamArgs === 2) c.addopI(loc, 'SWAP', 2)
    c.enterScope(`<generic parameters of ${s.name}>`, 'typeParams', s.type_params, firstlineno)
    compileTypeParams(c, s.type_params)
    for (let i = 0; i < numTypeparamArgs; i++) c.addopI(loc, 'LOAD_FAST', i)
  }
  if (visitAnnotations(c, loc, args, s.returns)) funcflags |= MF_ANNOTATIONS
  functionBody(c, s, isAsync, funcflags, firstlineno)
  if (isGeneric) {
    c.addopI(loc, 'SWAP', 2)
    c.addopI(loc, 'CALL_INTRINSIC_2', INTRINSIC_SET_FUNCTION_TYPE_PARAMS)
    c.u.argcount = numTypeparamArgs
    const co = c.assemble(false)
    c.exitScope()
    c.makeClosure(loc, co, 0)
    if (numTypeparamArgs > 0) c.addopI(loc, 'SWAP', numTypeparamArgs + 1)
    c.addopI(loc, 'CALL', numTypeparamArgs)
  }
  applyDecorators(c, s.decorator_list)
  c.nameop(loc, s.name, 'Store')
}

/** compiler_function_body */
function functionBody(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean, funcflags: number, firstlineno: number): void {
  c.enterScope(s.name, isAsync ? 'asyncFunction' : 'function', s, firstlineno)
  const doc = c.opts.optimize < 2 ? getDocstring(s.body) : null
  c.addConst(doc)
  c.u.argcount = s.args.args.length
  c.u.posonlyargcount = s.args.posonlyargs.length
  c.u.kwonlyargcount = s.args.kwonlyargs.length
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i])
  if (c.u.ste.coroutine || c.u.ste.generator) wrapInStopIterationHandler(c)
  const co = c.assemble(true)
  c.exitScope()
  c.makeClosure(LOC(s), co, funcflags)
}

/** compiler_lambda */
export function compileLambda(c: Compiler, e: A.Lambda): void {
  const loc = LOC(e)
  checkDebugArgs(c, e.args)
  const funcflags = defaultArguments(c, loc, e.args)
  c.enterScope('<lambda>', 'lambda', e, e.lineno)
  c.addConst(null)
  c.u.argcount = e.args.args.length
  c.u.posonlyargcount = e.args.posonlyargs.length
  c.u.kwonlyargcount = e.args.kwonlyargs.length
  visitExpr(c, e.body)
  let co
  if (c.u.ste.generator) co = c.assemble(false)
  else {
    c.addop(LOCATION(e.lineno, e.lineno, 0, 0), 'RETURN_VALUE')
    co = c.assemble(true)
  }
  c.exitScope()
  c.makeClosure(loc, co, funcflags)
}

/** compiler_class */
export function compileClass(c: Compiler, s: A.ClassDef): void {
  const decos = s.decorator_list
  visitExprs(c, decos)
  const firstlineno = decos.length ? decos[0].lineno : s.lineno
  const loc = LOC(s)
  const isGeneric = s.type_params.length > 0
  let savedPriv: string | null = null
  if (isGeneric) {
    savedPriv = c.u.priv
    c.u.priv = s.name
    c.addop(loc, 'PUSH_NULL')
    c.enterScope(`<generic parameters of ${s.name}>`, 'typeParams', s.type_params, firstlineno)
    c.u.priv = s.name
    compileTypeParams(c, s.type_params)
    c.nameop(loc, '.type_params', 'Store')
  }
  classBody(c, s, firstlineno)
  if (isGeneric) {
    c.nameop(loc, '.type_params', 'Load')
    c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_SUBSCRIPT_GENERIC)
    c.nameop(loc, '.generic_base', 'Store')
    const bases = [...s.bases, { _type: 'Name', id: '.generic_base', ctx: { _type: 'Load' }, lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset } as A.Name]
    callHelper(c, loc, 2, bases, s.keywords)
    const co = c.assemble(false)
    c.exitScope()
    c.makeClosure(loc, co, 0)
    c.addopI(loc, 'CALL', 0)
    c.u.priv = savedPriv
  } else {
    callHelper(c, loc, 2, s.bases, s.keywords)
  }
  applyDecorators(c, decos)
  c.nameop(loc, s.name, 'Store')
}

/** compiler_class_body */
function classBody(c: Compiler, s: A.ClassDef, firstlineno: number): void {
  c.enterScope(s.name, 'class', s, firstlineno)
  let loc = LOCATION(firstlineno, firstlineno, 0, 0)
  c.u.priv = s.name
  c.nameop(loc, '__name__', 'Load')
  c.nameop(loc, '__module__', 'Store')
  c.loadConst(loc, c.u.qualname)
  c.nameop(loc, '__qualname__', 'Store')
  if (s.type_params.length > 0) {
    c.nameop(loc, '.type_params', 'Load')
    c.nameop(loc, '__type_params__', 'Store')
  }
  if (c.u.ste.needsClassdict) {
    c.addop(loc, 'LOAD_LOCALS')
    c.addopO(loc, 'STORE_DEREF', '__classdict__', 'cellvars')
  }
  compileBody(c, loc, s.body)
  if (c.u.ste.needsClassdict) {
    c.addopI(NO_LOCATION, 'LOAD_CLOSURE', c.u.cellvars.get('__classdict__')!)
    c.nameop(NO_LOCATION, '__classdictcell__', 'Store')
  }
  if (c.u.ste.needsClassClosure) {
    c.addopI(NO_LOCATION, 'LOAD_CLOSURE', c.u.cellvars.get('__class__')!)
    c.addopI(NO_LOCATION, 'COPY', 1)
    c.nameop(NO_LOCATION, '__classcell__', 'Store')
  } else c.loadConst(NO_LOCATION, null)
  c.addop(NO_LOCATION, 'RETURN_VALUE')
  const co = c.assemble(true)
  c.exitScope()
  loc = LOC(s)
  c.addop(loc, 'PUSH_NULL')
  c.addop(loc, 'LOAD_BUILD_CLASS')
  c.makeClosure(loc, co, 0)
  c.loadConst(loc, s.name)
}

/** compiler_typealias */
export function compileTypeAlias(c: Compiler, s: A.TypeAlias): void {
  const loc = LOC(s)
  const name = (s.name as A.Name).id
  const isGeneric = s.type_params.length > 0
  if (isGeneric) {
    c.addop(loc, 'PUSH_NULL')
    c.enterScope(`<generic parameters of ${name}>`, 'typeParams', s.type_params, s.lineno)
    c.loadConst(loc, name)
    compileTypeParams(c, s.type_params)
  } else {
    c.loadConst(loc, name)
    c.loadConst(loc, null)
  }
  c.enterScope(name, 'function', s, s.lineno)
  c.addConst(null)
  visitExpr(c, s.value)
  c.addop(loc, 'RETURN_VALUE')
  const co = c.assemble(false)
  c.exitScope()
  c.makeClosure(loc, co, 0)
  c.addopI(loc, 'BUILD_TUPLE', 3)
  c.addopI(loc, 'CALL_INTRINSIC_1', INTRINSIC_TYPEALIAS)
  if (isGeneric) {
    const co2 = c.assemble(false)
    c.exitScope()
    c.makeClosure(loc, co2, 0)
    c.addopI(loc, 'CALL', 0)
  }
  c.nameop(loc, name, 'Store')
}
