// The compiler's entry points (CPython 3.12 Python/compile.c _PyAST_Compile,
// compiler_setup, compiler_codegen, compiler_mod): future features, AST optimizer,
// symbol table, then code generation of the module unit; every nested unit is handed
// to the back end (assembleCode) as soon as it is finished, and its code object
// becomes a constant of its parent.

import type * as A from '../spec/astNodes.gen'
import type { CodeObject } from '../objects/code'
import type { InstrSequence } from './instrSequence'
import type { CompileWarning } from './warnings'
import { Compiler, LOCATION, startCodeKeys } from './compiler'
import { buildSymtable } from './symtable'
import { optimizeAst } from './astOptimize'
import { futureFromAst } from './future'
import { compileBody, findAnn, visitStmts } from './codegenStmt'
import { visitExpr } from './codegenExpr'
import { assertNever } from './util'
import { assembleCode } from './assemble'
import { internFrozensetConstants, moduleIdentifiers } from './internConsts'

/** PyCF_ALLOW_TOP_LEVEL_AWAIT (Include/cpython/compile.h): `await` at module level */
export const PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
/** PyCF_MASK: the CO_FUTURE_* flags */
const PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000

export interface CompileOptions {
  mode?: 'exec' | 'eval' | 'single'
  /** -1 or 0: normal, 1: -O (no asserts, __debug__ is False), 2: -OO (no docstrings) */
  optimize?: number
  /** compile() flags: CO_FUTURE_* bits inherited from the caller, PyCF_ALLOW_TOP_LEVEL_AWAIT */
  flags?: number
  dontInherit?: boolean
  /**
   * the caller is done with the tree: the optimizer folds constants in it in place instead
   * of folding a copy (CPython folds its own C copy of the AST, so the ast objects a program
   * passed to compile() are never changed; our callers that parse just to compile skip it)
   */
  consumeTree?: boolean
}

export interface CodegenHooks {
  /** the back end; defaults to assembleCode (flowgraph + assembler) */
  assemble?: (seq: InstrSequence) => CodeObject
  /** receives SyntaxWarnings ("is" with a literal, missing comma, ...) */
  onWarning?: (w: CompileWarning) => void
  /** sees every finished unit, innermost first */
  onUnit?: (seq: InstrSequence) => void
}

function run(tree: A.mod, filename: string, opts: CompileOptions, hooks: CodegenHooks): InstrSequence {
  startCodeKeys()
  const optimize = opts.optimize === undefined || opts.optimize < 0 ? 0 : opts.optimize
  const future = futureFromAst(tree, filename)
  // PyCF_MASK: only the CO_FUTURE_* bits of the caller's flags reach co_flags
  const futureFlags = (future.flags | (opts.flags ?? 0)) & PYCF_MASK
  const topLevelAwait = ((opts.flags ?? 0) & PYCF_ALLOW_TOP_LEVEL_AWAIT) !== 0
  const annotations = (futureFlags & 0x1000000) !== 0
  const mod = optimizeAst(tree, optimize, annotations, opts.consumeTree === true)
  const st = buildSymtable(mod, filename, { annotations, flags: futureFlags })
  const assemble = hooks.assemble ?? assembleCode
  const c = new Compiler(st, {
    filename,
    optimize,
    futureFlags,
    topLevelAwait,
    interactive: mod._type === 'Interactive',
    assemble,
    onUnit: hooks.onUnit,
    onWarning: hooks.onWarning,
    futureLocation: future.location,
  })
  c.enterScope('<module>', 'module', mod, 1)
  const loc = LOCATION(1, 1, 0, 0)
  let addNone = true
  switch (mod._type) {
    case 'Module':
      compileBody(c, loc, mod.body)
      break
    case 'Interactive':
      if (findAnn(mod.body)) c.addop(loc, 'SETUP_ANNOTATIONS')
      visitStmts(c, mod.body)
      break
    case 'Expression':
      visitExpr(c, mod.body)
      addNone = false
      break
    case 'FunctionType':
      throw new Error('compile: FunctionType is not compilable')
    default:
      assertNever(mod)
  }
  return c.finishUnit(addNone)
}


/** The module's instruction sequence as CPython's compiler_codegen gives it (tests). */
export function codegenModule(tree: A.mod, filename: string, opts: CompileOptions = {}, hooks: CodegenHooks = {}): InstrSequence {
  return run(tree, filename, opts, hooks)
}

/** compile(tree, filename, mode): the module's code object */
export function compile(tree: A.mod, filename: string, opts: CompileOptions = {}, hooks: CodegenHooks = {}): CodeObject {
  const seq = run(tree, filename, opts, hooks)
  const code = (hooks.assemble ?? assembleCode)(seq)
  // the identifiers are looked for only when a frozenset needs them (the optimizer's
  // folding, in place or not, leaves every name in the tree)
  let names: Set<string> | null = null
  internFrozensetConstants(code, () => (names ??= moduleIdentifiers(tree)))
  return code
}
