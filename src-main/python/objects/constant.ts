// Constant values as they appear in the AST (ast.Constant.value), in co_consts and
// in marshal data. This is the compile-time value domain shared by the parser,
// the compiler, marshal and dis; the VM turns them into its runtime objects once
// per code object.
//
//   None -> null            bool -> boolean         int -> bigint
//   float -> number         complex -> PyComplexConst
//   str -> string           bytes -> Uint8Array     tuple -> readonly ConstValue[]
//   frozenset -> PyFrozensetConst                    Ellipsis -> ELLIPSIS
//   code -> CodeObject

import type { CodeObject } from './code'
import { complexRepr, floatRepr } from './pystrtod'
import { bytesRepr, strRepr } from './strrepr'

export const ELLIPSIS: unique symbol = Symbol('Ellipsis')
export type EllipsisConst = typeof ELLIPSIS

export class PyComplexConst {
  constructor(readonly real: number, readonly imag: number) {}
}

export class PyFrozensetConst {
  /** items in the order CPython's set would iterate them when it matters (dis, repr) */
  constructor(readonly items: readonly ConstValue[]) {}
}

export type ConstValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | PyComplexConst
  | PyFrozensetConst
  | EllipsisConst
  | readonly ConstValue[]
  | CodeObject

/** Anything with a co_code is a code object; avoids importing the class at runtime here. */
export function isCodeConst(v: ConstValue): v is CodeObject {
  return typeof v === 'object' && v !== null && 'co_code' in v
}

/** repr() of a constant, as CPython prints it in ast.dump and dis. */
export function constRepr(v: ConstValue, codeRepr?: (c: CodeObject) => string): string {
  if (v === null) return 'None'
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False'
    case 'bigint':
      return v.toString()
    case 'number':
      return floatRepr(v)
    case 'string':
      return strRepr(v)
    case 'symbol':
      return 'Ellipsis'
    case 'object':
      break
  }
  if (v instanceof Uint8Array) return bytesRepr(v)
  if (v instanceof PyComplexConst) return complexRepr(v.real, v.imag)
  if (v instanceof PyFrozensetConst) {
    if (v.items.length === 0) return 'frozenset()'
    return `frozenset({${v.items.map((x) => constRepr(x, codeRepr)).join(', ')}})`
  }
  if (Array.isArray(v)) {
    const items = (v as readonly ConstValue[]).map((x) => constRepr(x, codeRepr))
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
  }
  const code = v as CodeObject
  return codeRepr ? codeRepr(code) : `<code object ${code.co_name}, file "${code.co_filename}", line ${code.co_firstlineno}>`
}
