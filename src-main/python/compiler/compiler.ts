// The code generator's state (CPython 3.12 Python/compile.c: struct compiler and
// struct compiler_unit): the stack of code units being compiled, each with its
// instruction sequence, labels, constant/name tables and frame-block stack, plus
// the helpers every node group uses (ADDOP*, compiler_nameop, compiler_enter_scope,
// compiler_make_closure, compute_code_flags).

import type * as A from '../spec/astNodes.gen'
import { opNumber } from '../bytecode/opcodes'
import { PySyntaxError } from '../errors'
import { CO_FLAGS, type CodeObject } from '../objects/code'
import { ELLIPSIS, PyComplexConst, PyFrozensetConst, isCodeConst, type ConstValue } from '../objects/constant'
import { NO_LOCATION, type InstrSequence, type Location } from './instrSequence'
import type { CompileWarning } from './warnings'
import {
  CELL,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_MASK,
  SCOPE_OFFSET,
  type Symtable,
  type SymtableEntry,
} from './symtable'
import { mangle } from './util'

export type ScopeType = 'module' | 'class' | 'function' | 'asyncFunction' | 'lambda' | 'comprehension' | 'typeParams'

export class Label {
  pos = -1
}

interface PendingInstr {
  opcode: number
  oparg: number
  target: Label | null
  loc: Location
}

export type FBlockType =
  | 'WHILE_LOOP'
  | 'FOR_LOOP'
  | 'TRY_EXCEPT'
  | 'FINALLY_TRY'
  | 'FINALLY_END'
  | 'WITH'
  | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP'
  | 'POP_VALUE'
  | 'EXCEPTION_HANDLER'
  | 'EXCEPTION_GROUP_HANDLER'
  | 'ASYNC_COMPREHENSION_GENERATOR'

export interface FBlock {
  type: FBlockType
  block: Label | null
  exit: Label | null
  /** finally body (FINALLY_TRY), the with statement (WITH), the handler name (HANDLER_CLEANUP) */
  datum: A.stmt[] | A.stmt | string | null
}

export const MAX_BLOCKS = 20
export const STACK_USE_GUIDELINE = 30

// MAKE_FUNCTION flags
export const MF_DEFAULTS = 0x01
export const MF_KWDEFAULTS = 0x02
export const MF_ANNOTATIONS = 0x04
export const MF_CLOSURE = 0x08

// CALL_INTRINSIC_1 / _2 operands (Include/internal/pycore_intrinsics.h)
export const INTRINSIC_PRINT = 1
export const INTRINSIC_IMPORT_STAR = 2
export const INTRINSIC_STOPITERATION_ERROR = 3
export const INTRINSIC_ASYNC_GEN_WRAP = 4
export const INTRINSIC_UNARY_POSITIVE = 5
export const INTRINSIC_LIST_TO_TUPLE = 6
export const INTRINSIC_TYPEVAR = 7
export const INTRINSIC_PARAMSPEC = 8
export const INTRINSIC_TYPEVARTUPLE = 9
export const INTRINSIC_SUBSCRIPT_GENERIC = 10
export const INTRINSIC_TYPEALIAS = 11
export const INTRINSIC_PREP_RERAISE_STAR = 1
export const INTRINSIC_TYPEVAR_WITH_BOUND = 2
export const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3
export const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4

const codeKeys = new WeakMap<object, string>()
let nanCounter = 0

/** _PyCode_ConstantKey: constants are equal for co_consts only if type and value match. */
export function constKey(v: ConstValue): string {
  if (v === null) return 'N'
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F'
    case 'bigint':
      return `i${v}`
    case 'number':
      // every NaN CPython folds is a new object, and NaN != NaN: never shared
      if (Number.isNaN(v)) return `fNaN#${nanCounter++}`
      return Object.is(v, -0) ? 'f-0' : `f${v}`
    case 'string':
      return `s${v.length}:${v}`
    case 'symbol':
      return 'E'
    default:
      break
  }
  if (v instanceof Uint8Array) return `b${bytesKey(v)}`
  if (v instanceof PyComplexConst) return `c${Object.is(v.real, -0) ? '-0' : v.real},${Object.is(v.imag, -0) ? '-0' : v.imag}`
  if (v instanceof PyFrozensetConst) return `z(${v.items.map(constKey).sort().join(';')})`
  if (Array.isArray(v)) return `t(${(v as readonly ConstValue[]).map(constKey).join(';')})`
  if (isCodeConst(v)) return codeKey(v)
  throw new Error('constKey: unknown constant')
}

/**
 * code_richcompare: equal code objects share one co_consts slot. Comparing is rare work
 * (a code object equal to another comes from a body compiled twice, as a `finally` block
 * is), so a code object's key is a number, shared by the code objects equal to it: they
 * are found by a cheap signature and then compared field by field.
 */
let codeBuckets = new Map<string, CodeObject[]>()
let nextCodeKey = 0

/** a compilation starts: code objects of other compilations never share its constants */
export function startCodeKeys(): void {
  codeBuckets = new Map()
}

function codeKey(v: CodeObject): string {
  let key = codeKeys.get(v)
  if (key !== undefined) return key
  const sig = `${v.co_qualname}|${v.co_firstlineno}|${v.co_code.length}|${v.co_linetable.length}|${v.co_consts.length}`
  const bucket = codeBuckets.get(sig) ?? []
  for (const other of bucket) if (codeEquals(v, other)) key = codeKeys.get(other)
  if (key === undefined) {
    key = `o${nextCodeKey++}`
    bucket.push(v)
    codeBuckets.set(sig, bucket)
  }
  codeKeys.set(v, key)
  return key
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function namesEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** the fields code_richcompare looks at */
function codeEquals(a: CodeObject, b: CodeObject): boolean {
  return (
    a.co_name === b.co_name && a.co_qualname === b.co_qualname && a.co_argcount === b.co_argcount &&
    a.co_posonlyargcount === b.co_posonlyargcount && a.co_kwonlyargcount === b.co_kwonlyargcount &&
    a.co_flags === b.co_flags && a.co_firstlineno === b.co_firstlineno && bytesEqual(a.co_code, b.co_code) &&
    a.co_consts.length === b.co_consts.length && a.co_consts.every((c, i) => constKey(c) === constKey(b.co_consts[i])) &&
    namesEqual(a.co_names, b.co_names) && namesEqual(a.co_localsplusnames, b.co_localsplusnames) &&
    bytesEqual(a.co_localspluskinds, b.co_localspluskinds) && bytesEqual(a.co_linetable, b.co_linetable) &&
    bytesEqual(a.co_exceptiontable, b.co_exceptiontable)
  )
}

/** bytes as a key: one char per byte, length first so neighbouring fields cannot blur */
function bytesKey(b: Uint8Array): string {
  let out = `${b.length}:`
  for (let i = 0; i < b.length; i += 4096) out += String.fromCharCode.apply(null, b.subarray(i, i + 4096) as unknown as number[])
  return out
}

export class Unit {
  qualname = ''
  priv: string | null = null
  consts: ConstValue[] = []
  constIndex = new Map<string, number>()
  names = new Map<string, number>()
  varnames = new Map<string, number>()
  cellvars = new Map<string, number>()
  freevars = new Map<string, number>()
  fasthidden = new Map<string, boolean>()
  argcount = 0
  posonlyargcount = 0
  kwonlyargcount = 0
  instrs: PendingInstr[] = []
  labels: Label[] = []
  fblocks: FBlock[] = []
  inInlinedComp = 0
  constructor(
    readonly ste: SymtableEntry,
    readonly scopeType: ScopeType,
    readonly name: string,
    readonly firstlineno: number,
  ) {}
}

function dictAdd(d: Map<string, number>, name: string): number {
  let i = d.get(name)
  if (i === undefined) {
    i = d.size
    d.set(name, i)
  }
  return i
}

/** dictbytype: names of the given scope (or carrying `flag`), sorted, numbered from `offset` */
function dictByType(ste: SymtableEntry, scopeType: number, flag: number, offset: number): Map<string, number> {
  const keys = [...ste.symbols.keys()].sort(comparePyStr)
  const out = new Map<string, number>()
  let i = offset
  for (const k of keys) {
    const v = ste.symbols.get(k)!
    const scope = (v >> SCOPE_OFFSET) & SCOPE_MASK
    if (scope === scopeType || v & flag) out.set(k, i++)
  }
  return out
}

/** str ordering by code point, as PyUnicode comparison does */
export function comparePyStr(a: string, b: string): number {
  // UTF-16 order is code point order except where a surrogate (an astral character) meets
  // a unit of U+E000..U+FFFF; at the first difference, shift both ranges so that astral
  // sorts above the BMP (the usual fix-up), without splitting the strings into code points
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i)
    let y = b.charCodeAt(i)
    if (x === y) continue
    if (x >= 0xd800 && y >= 0xd800) {
      x += x >= 0xe000 ? -0x800 : 0x2000
      y += y >= 0xe000 ? -0x800 : 0x2000
    }
    return x - y
  }
  return a.length - b.length
}

export function LOC(n: { lineno: number; end_lineno: number | null; col_offset: number; end_col_offset: number | null }): Location {
  return { lineno: n.lineno, end_lineno: n.end_lineno ?? n.lineno, col_offset: n.col_offset, end_col_offset: n.end_col_offset ?? n.col_offset }
}

export function LOCATION(lineno: number, end_lineno: number, col: number, end_col: number): Location {
  return { lineno, end_lineno, col_offset: col, end_col_offset: end_col }
}

export interface CompilerOptions {
  filename: string
  optimize: number
  /** CO_FUTURE_* flags in effect (from __future__ imports and the caller's flags) */
  futureFlags: number
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT was given */
  topLevelAwait?: boolean
  interactive: boolean
  /** turns one finished code unit into a code object (the back end's assembleCode) */
  assemble: (seq: InstrSequence) => CodeObject
  /** receives the SyntaxWarnings codegen emits */
  onWarning?: (w: CompileWarning) => void
  /** called with every finished unit, nested ones included (tests use it) */
  onUnit?: (seq: InstrSequence) => void
  /** location of the last `from __future__` import (ff_location) */
  futureLocation: Location
}

export class Compiler {
  u!: Unit
  readonly stack: Unit[] = []
  nestlevel = 0

  constructor(
    readonly st: Symtable,
    readonly opts: CompilerOptions,
  ) {}

  get futureAnnotations(): boolean {
    return (this.opts.futureFlags & CO_FLAGS.FUTURE_ANNOTATIONS) !== 0
  }

  error(loc: Location, msg: string): never {
    throw new PySyntaxError({
      kind: 'SyntaxError',
      msg,
      filename: this.opts.filename,
      lineno: loc.lineno,
      offset: loc.col_offset + 1,
      text: null,
      end_lineno: loc.end_lineno,
      end_offset: loc.end_col_offset + 1,
    })
  }

  // ---- emitting -----------------------------------------------------------

  newLabel(): Label {
    const l = new Label()
    this.u.labels.push(l)
    return l
  }

  useLabel(l: Label): void {
    l.pos = this.u.instrs.length
  }

  addop(loc: Location, name: string): void {
    this.u.instrs.push({ opcode: opNumber(name), oparg: 0, target: null, loc })
  }

  addopI(loc: Location, name: string, oparg: number): void {
    this.u.instrs.push({ opcode: opNumber(name), oparg, target: null, loc })
  }

  addopJump(loc: Location, name: string, target: Label): void {
    this.u.instrs.push({ opcode: opNumber(name), oparg: 0, target, loc })
  }

  /** instr_sequence_insert_instruction: used to put SETUP_CLEANUP before everything */
  insertJump(pos: number, loc: Location, name: string, target: Label): void {
    for (const l of this.u.labels) if (l.pos >= pos) l.pos++
    this.u.instrs.splice(pos, 0, { opcode: opNumber(name), oparg: 0, target, loc })
  }

  addConst(v: ConstValue): number {
    const u = this.u
    const key = constKey(v)
    let i = u.constIndex.get(key)
    if (i === undefined) {
      i = u.consts.length
      u.consts.push(v)
      u.constIndex.set(key, i)
    }
    return i
  }

  loadConst(loc: Location, v: ConstValue): void {
    this.addopI(loc, 'LOAD_CONST', this.addConst(v))
  }

  /** compiler_addop_name: mangles, and encodes the method/super bits of LOAD_ATTR / LOAD_SUPER_ATTR */
  addopName(loc: Location, name: string, attr: string, dict: 'names' | 'varnames' | 'cellvars' | 'freevars' = 'names'): void {
    const mangled = mangle(this.u.priv, attr)
    let arg = dictAdd(this.u[dict], mangled)
    let op = name
    switch (name) {
      case 'LOAD_ATTR':
        arg <<= 1
        break
      case 'LOAD_METHOD':
        op = 'LOAD_ATTR'
        arg = (arg << 1) | 1
        break
      case 'LOAD_SUPER_ATTR':
        arg = (arg << 2) | 2
        break
      case 'LOAD_SUPER_METHOD':
        op = 'LOAD_SUPER_ATTR'
        arg = (arg << 2) | 3
        break
      case 'LOAD_ZERO_SUPER_ATTR':
        op = 'LOAD_SUPER_ATTR'
        arg <<= 2
        break
      case 'LOAD_ZERO_SUPER_METHOD':
        op = 'LOAD_SUPER_ATTR'
        arg = (arg << 2) | 1
        break
    }
    this.addopI(loc, op, arg)
  }

  /** compiler_addop_o / ADDOP_N: no mangling */
  addopO(loc: Location, name: string, value: string, dict: 'names' | 'varnames' | 'cellvars' | 'freevars'): void {
    this.addopI(loc, name, dictAdd(this.u[dict], value))
  }

  // ---- names (compiler_nameop) --------------------------------------------

  forbiddenName(loc: Location, name: string, ctx: A.expr_context['_type']): void {
    if (ctx === 'Store' && name === '__debug__') this.error(loc, 'cannot assign to __debug__')
    if (ctx === 'Del' && name === '__debug__') this.error(loc, 'cannot delete __debug__')
  }

  nameop(loc: Location, name: string, ctx: A.expr_context['_type']): void {
    const u = this.u
    this.forbiddenName(loc, name, ctx)
    const mangled = mangle(u.priv, name)
    const scope = u.ste.getScope(mangled)
    let optype: 'FAST' | 'GLOBAL' | 'DEREF' | 'NAME' = 'NAME'
    let dict: 'names' | 'cellvars' | 'freevars' = 'names'
    switch (scope) {
      case FREE:
        dict = 'freevars'
        optype = 'DEREF'
        break
      case CELL:
        dict = 'cellvars'
        optype = 'DEREF'
        break
      case LOCAL:
        if (u.ste.isFunctionLike() || u.fasthidden.get(mangled) === true) optype = 'FAST'
        break
      case GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike()) optype = 'GLOBAL'
        break
      case GLOBAL_EXPLICIT:
        optype = 'GLOBAL'
        break
    }
    let op: string
    switch (optype) {
      case 'DEREF':
        if (ctx === 'Load') {
          if (u.ste.type === 'class' && !u.inInlinedComp) {
            op = 'LOAD_FROM_DICT_OR_DEREF'
            this.addop(loc, 'LOAD_LOCALS')
          } else if (u.ste.canSeeClassScope) {
            op = 'LOAD_FROM_DICT_OR_DEREF'
            this.addopO(loc, 'LOAD_DEREF', '__classdict__', 'freevars')
          } else op = 'LOAD_DEREF'
        } else op = ctx === 'Store' ? 'STORE_DEREF' : 'DELETE_DEREF'
        break
      case 'FAST':
        op = ctx === 'Load' ? 'LOAD_FAST' : ctx === 'Store' ? 'STORE_FAST' : 'DELETE_FAST'
        this.addopI(loc, op, dictAdd(u.varnames, mangled))
        return
      case 'GLOBAL':
        if (ctx === 'Load') {
          if (u.ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
            op = 'LOAD_FROM_DICT_OR_GLOBALS'
            this.addopO(loc, 'LOAD_DEREF', '__classdict__', 'freevars')
          } else op = 'LOAD_GLOBAL'
        } else op = ctx === 'Store' ? 'STORE_GLOBAL' : 'DELETE_GLOBAL'
        break
      case 'NAME':
        if (ctx === 'Load') op = u.ste.type === 'class' && u.inInlinedComp ? 'LOAD_GLOBAL' : 'LOAD_NAME'
        else op = ctx === 'Store' ? 'STORE_NAME' : 'DELETE_NAME'
        break
    }
    let arg = dictAdd(u[dict], mangled)
    if (op === 'LOAD_GLOBAL') arg <<= 1
    this.addopI(loc, op, arg)
  }

  /** get_ref_type */
  getRefType(name: string): number {
    if (this.u.scopeType === 'class' && (name === '__class__' || name === '__classdict__')) return CELL
    const scope = this.u.ste.getScope(name)
    if (scope === 0) throw new Error(`get_ref_type: unknown scope for ${name} in ${this.u.name}`)
    return scope
  }

  // ---- frame blocks -------------------------------------------------------

  pushFBlock(loc: Location, type: FBlockType, block: Label | null, exit: Label | null, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= MAX_BLOCKS) this.error(loc, 'too many statically nested blocks')
    this.u.fblocks.push({ type, block, exit, datum })
  }

  popFBlock(): void {
    this.u.fblocks.pop()
  }

  // ---- scopes -------------------------------------------------------------

  /** compiler_enter_scope */
  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key)
    const u = new Unit(ste, scopeType, name, lineno)
    ste.varnames.forEach((v) => dictAdd(u.varnames, v))
    u.cellvars = dictByType(ste, CELL, DEF_COMP_CELL, 0)
    if (ste.needsClassClosure) dictAdd(u.cellvars, '__class__')
    if (ste.needsClassdict) dictAdd(u.cellvars, '__classdict__')
    u.freevars = dictByType(ste, FREE, DEF_FREE_CLASS, u.cellvars.size)
    if (this.u) {
      this.stack.push(this.u)
      u.priv = this.u.priv
    }
    this.u = u
    this.nestlevel++
    const loc = LOCATION(lineno, lineno, 0, 0)
    if (scopeType === 'module') loc.lineno = 0
    else this.setQualname()
    this.addopI(loc, 'RESUME', 0)
  }

  exitScope(): void {
    this.nestlevel--
    this.u = this.stack.pop()!
  }

  /** compiler_set_qualname */
  private setQualname(): void {
    const u = this.u
    let base: string | null = null
    const n = this.stack.length
    if (n > 1) {
      let parent = this.stack[n - 1]
      if (parent.scopeType === 'typeParams') {
        if (n === 2) {
          u.qualname = u.name
          return
        }
        parent = this.stack[n - 2]
      }
      let forceGlobal = false
      if (u.scopeType === 'function' || u.scopeType === 'asyncFunction' || u.scopeType === 'class') {
        const m = mangle(parent.priv, u.name)
        if (parent.ste.getScope(m) === GLOBAL_EXPLICIT) forceGlobal = true
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'asyncFunction' || parent.scopeType === 'lambda') base = `${parent.qualname}.<locals>`
        else base = parent.qualname
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name
  }

  /** compute_code_flags */
  computeCodeFlags(): number {
    const ste = this.u.ste
    let flags = 0
    if (ste.isFunctionLike()) {
      flags |= CO_FLAGS.NEWLOCALS | CO_FLAGS.OPTIMIZED
      if (ste.nested) flags |= CO_FLAGS.NESTED
      if (ste.generator && !ste.coroutine) flags |= CO_FLAGS.GENERATOR
      if (!ste.generator && ste.coroutine) flags |= CO_FLAGS.COROUTINE
      if (ste.generator && ste.coroutine) flags |= CO_FLAGS.ASYNC_GENERATOR
      if (ste.varargs) flags |= CO_FLAGS.VARARGS
      if (ste.varkeywords) flags |= CO_FLAGS.VARKEYWORDS
    }
    flags |= this.opts.futureFlags
    if (this.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= CO_FLAGS.COROUTINE
    return flags
  }

  /** add_return_at_end + the unit's finished instruction sequence */
  finishUnit(addNone: boolean): InstrSequence {
    const flags = this.computeCodeFlags()
    if (addNone) this.loadConst(NO_LOCATION, null)
    this.addop(NO_LOCATION, 'RETURN_VALUE')
    const u = this.u
    const instrs = u.instrs.map((i) => ({
      opcode: i.opcode,
      oparg: i.target ? i.target.pos : i.oparg,
      loc: i.loc,
    }))
    for (const i of u.instrs) if (i.target && i.target.pos < 0) throw new Error('codegen: jump to an unplaced label')
    const seq: InstrSequence = {
      instrs,
      metadata: {
        name: u.name,
        qualname: u.qualname || u.name,
        consts: u.consts,
        names: [...u.names.keys()],
        varnames: [...u.varnames.keys()],
        cellvars: [...u.cellvars.keys()],
        freevars: [...u.freevars.keys()],
        fasthidden: [...u.fasthidden].filter(([, v]) => v).map(([k]) => k),
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        firstlineno: u.firstlineno,
        flags,
        filename: this.opts.filename,
      },
    }
    this.opts.onUnit?.(seq)
    return seq
  }

  /** optimize_and_assemble */
  assemble(addNone: boolean): { code: CodeObject; freevars: string[] } {
    const seq = this.finishUnit(addNone)
    return { code: this.opts.assemble(seq), freevars: seq.metadata.freevars }
  }

  /** compiler_make_closure */
  makeClosure(loc: Location, code: { code: CodeObject; freevars: string[] }, flags: number): void {
    if (code.freevars.length) {
      for (const name of code.freevars) {
        const reftype = this.getRefType(name)
        const d = reftype === CELL ? this.u.cellvars : this.u.freevars
        const arg = d.get(name)
        if (arg === undefined) throw new Error(`compiler_make_closure: lookup ${name} in ${this.u.name} failed`)
        this.addopI(loc, 'LOAD_CLOSURE', arg)
      }
      flags |= MF_CLOSURE
      this.addopI(loc, 'BUILD_TUPLE', code.freevars.length)
    }
    this.loadConst(loc, code.code)
    this.addopI(loc, 'MAKE_FUNCTION', flags)
  }

  /** IS_TOP_LEVEL_AWAIT */
  isTopLevelAwait(): boolean {
    return !!this.opts.topLevelAwait && this.u.ste.type === 'module'
  }
}

export { ELLIPSIS }
