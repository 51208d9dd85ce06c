// The code object as the compiler builds it, marshal stores it and the VM runs it
// (Include/cpython/code.h, Objects/codeobject.c). CPython 3.12 keeps locals, cells
// and free variables in one array, co_localsplusnames, with a kind byte each;
// co_varnames, co_cellvars, co_freevars and co_nlocals are derived from it.

import type { ConstValue } from './constant'

/** Kind bits of co_localspluskinds (Include/internal/pycore_code.h). */
export const CO_FAST_LOCAL = 0x20
export const CO_FAST_CELL = 0x40
export const CO_FAST_FREE = 0x80
export const CO_FAST_HIDDEN = 0x10

/** co_flags bits (Include/cpython/code.h). */
export const CO_FLAGS = {
  OPTIMIZED: 0x0001,
  NEWLOCALS: 0x0002,
  VARARGS: 0x0004,
  VARKEYWORDS: 0x0008,
  NESTED: 0x0010,
  GENERATOR: 0x0020,
  NOFREE: 0x0040,
  COROUTINE: 0x0080,
  ITERABLE_COROUTINE: 0x0100,
  ASYNC_GENERATOR: 0x0200,
  HAS_DOCSTRING: 0x4000000,
  FUTURE_DIVISION: 0x20000,
  FUTURE_ABSOLUTE_IMPORT: 0x40000,
  FUTURE_WITH_STATEMENT: 0x80000,
  FUTURE_PRINT_FUNCTION: 0x100000,
  FUTURE_UNICODE_LITERALS: 0x200000,
  FUTURE_BARRY_AS_BDFL: 0x400000,
  FUTURE_GENERATOR_STOP: 0x800000,
  FUTURE_ANNOTATIONS: 0x1000000,
} as const

export interface CodeObjectFields {
  co_argcount: number
  co_posonlyargcount: number
  co_kwonlyargcount: number
  co_stacksize: number
  co_flags: number
  /** bytecode: 2-byte code units including the inline CACHE entries */
  co_code: Uint8Array
  co_consts: ConstValue[]
  co_names: string[]
  co_localsplusnames: string[]
  co_localspluskinds: Uint8Array
  co_filename: string
  co_name: string
  co_qualname: string
  co_firstlineno: number
  co_linetable: Uint8Array
  co_exceptiontable: Uint8Array
}

export class CodeObject implements CodeObjectFields {
  co_argcount = 0
  co_posonlyargcount = 0
  co_kwonlyargcount = 0
  co_stacksize = 0
  co_flags = 0
  co_code: Uint8Array = new Uint8Array(0)
  co_consts: ConstValue[] = []
  co_names: string[] = []
  co_localsplusnames: string[] = []
  co_localspluskinds: Uint8Array = new Uint8Array(0)
  co_filename = ''
  co_name = ''
  co_qualname = ''
  co_firstlineno = 1
  co_linetable: Uint8Array = new Uint8Array(0)
  co_exceptiontable: Uint8Array = new Uint8Array(0)

  constructor(fields?: Partial<CodeObjectFields>) {
    if (fields) Object.assign(this, fields)
  }

  private namesOfKind(test: (kind: number) => boolean): string[] {
    const out: string[] = []
    this.co_localsplusnames.forEach((n, i) => {
      if (test(this.co_localspluskinds[i])) out.push(n)
    })
    return out
  }

  /** local variable names, arguments first (cells that are also arguments included) */
  get co_varnames(): string[] {
    return this.namesOfKind((k) => (k & CO_FAST_LOCAL) !== 0)
  }

  get co_cellvars(): string[] {
    return this.namesOfKind((k) => (k & CO_FAST_CELL) !== 0)
  }

  get co_freevars(): string[] {
    return this.namesOfKind((k) => (k & CO_FAST_FREE) !== 0)
  }

  get co_nlocals(): number {
    return this.co_varnames.length
  }

  /** number of slots in the frame's localsplus array (locals, cells and frees) */
  get nlocalsplus(): number {
    return this.co_localsplusnames.length
  }
}
