// The code object as a Python value (Objects/codeobject.c): wraps the compiler's
// CodeObject, converts its constants to runtime objects once, and carries the VM's
// decoded instruction arrays (filled lazily by vm/eval.ts).

import { PyObject, type Py, codeType, None, Ellipsis } from './typeobject'
import { CodeObject, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from './code'
import { type ConstValue, PyComplexConst, PyFrozensetConst, isCodeConst, plainConstStr } from './constant'
import { newFloat } from './float'
import { newTuple } from './tuple'
import { norm } from './int'
import { PyBytes, PyComplex } from './misc'
import { PySet } from './dict'
import { frozensetType } from './typeobject'
import { decodeExceptionTable, decodePositions, type HandlerEntry, type Positions } from '../vm/tables'

const cache = new WeakMap<CodeObject, PyCode>()

export class PyCode extends PyObject {
  readonly consts: Py[]
  readonly names: string[]
  readonly nlocalsplus: number
  readonly flags: number
  readonly argcount: number
  readonly kwonly: number
  readonly posonly: number
  readonly localNames: string[]
  readonly kinds: Uint8Array
  /** no *args, **kwargs or keyword-only parameters: calls may copy positional arguments directly */
  readonly simpleArgs: boolean
  /** VM's decoded instructions (internal op numbers), per code unit */
  ops: Uint8Array | null = null
  /** where a sparse tracer is called (trace/eventMarks.ts); set by the tracer when it first meets the code */
  traceMarks: Uint8Array | null = null
  args: Int32Array | null = null
  next: Int32Array | null = null
  private handlers: HandlerEntry[] | null = null
  private positions: Positions | null = null

  constructor(readonly co: CodeObject) {
    super(codeType)
    this.consts = co.co_consts.map(constToPy)
    this.names = co.co_names
    this.nlocalsplus = co.co_localsplusnames.length
    this.flags = co.co_flags
    this.argcount = co.co_argcount
    this.kwonly = co.co_kwonlyargcount
    this.posonly = co.co_posonlyargcount
    this.localNames = co.co_localsplusnames
    this.kinds = co.co_localspluskinds
    this.simpleArgs = (co.co_flags & 0x0c) === 0 && co.co_kwonlyargcount === 0
  }

  get name(): string {
    return this.co.co_name
  }
  get qualname(): string {
    return this.co.co_qualname
  }
  get filename(): string {
    return this.co.co_filename
  }

  get exceptionTable(): HandlerEntry[] {
    return (this.handlers ??= decodeExceptionTable(this.co.co_exceptiontable))
  }

  get pos(): Positions {
    return (this.positions ??= decodePositions(this.co.co_linetable, this.co.co_firstlineno, this.co.co_code.length >> 1))
  }

  /** line of the instruction at code unit `lasti` (PyCode_Addr2Line), -1 if none */
  lineAt(lasti: number): number {
    if (lasti < 0) return this.co.co_firstlineno
    return this.pos.line[lasti] ?? -1
  }

  findHandler(lasti: number): HandlerEntry | null {
    for (const h of this.exceptionTable) if (lasti >= h.start && lasti < h.end) return h
    return null
  }

  isLocalKind(i: number): boolean {
    return (this.kinds[i] & CO_FAST_LOCAL) !== 0
  }
  isCellKind(i: number): boolean {
    return (this.kinds[i] & CO_FAST_CELL) !== 0
  }
  isFreeKind(i: number): boolean {
    return (this.kinds[i] & CO_FAST_FREE) !== 0
  }
}

export function pyCode(co: CodeObject): PyCode {
  let c = cache.get(co)
  if (!c) {
    c = new PyCode(co)
    cache.set(co, c)
  }
  return c
}

export function constToPy(v: ConstValue): Py {
  if (v === null) return None
  switch (typeof v) {
    case 'boolean':
      return v
    case 'string':
      return plainConstStr(v)
    case 'bigint':
      return norm(v)
    case 'number':
      return newFloat(v)
    case 'symbol':
      return Ellipsis
  }
  if (v instanceof Uint8Array) return new PyBytes(v)
  if (v instanceof PyComplexConst) return new PyComplex(v.real, v.imag)
  if (v instanceof PyFrozensetConst) {
    const s = new PySet(frozensetType)
    for (const x of v.items) s.add(constToPy(x))
    return s
  }
  if (Array.isArray(v)) return newTuple((v as ConstValue[]).map(constToPy))
  if (isCodeConst(v as ConstValue)) return pyCode(v as CodeObject)
  throw new Error('unknown constant')
}
