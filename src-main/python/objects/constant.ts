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
import { bytesRepr, strRepr, strReprCodePoints } from './strrepr'

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

/**
 * A Python str may hold lone surrogates; in a JS string a high surrogate followed by a low
 * one is read as one astral character, so '\ud800\udc80' (two code points) would turn into
 * '\U00010080' (one). In str constants (the parser's and marshal's) every surrogate code
 * point is therefore written after SURROGATE_MARK, a noncharacter, and a real U+FDD0 as two
 * marks: the text stays canonical (equal strings, equal texts) and concatenation keeps
 * working. The VM's strings have no marks (constToPy removes them; a surrogate pair then
 * becomes one character there, which only these rare strings would notice).
 */
export const SURROGATE_MARK = '\ufdd0'

/** one code point of a str constant as text: surrogates and U+FDD0 marked */
export function markCodePoint(cp: number): string {
  if ((cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfdd0) return SURROGATE_MARK + String.fromCharCode(cp)
  return String.fromCodePoint(cp)
}

/** source text (no surrogates in it) as str constant text: a real U+FDD0 doubled */
export function markText(t: string): string {
  return t.includes(SURROGATE_MARK) ? t.replaceAll(SURROGATE_MARK, SURROGATE_MARK + SURROGATE_MARK) : t
}

/** the code points of a str constant (marks read, pairs kept apart) */
export function constStrCodePoints(s: string): number[] {
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0xfdd0 && i + 1 < s.length) {
      out.push(s.charCodeAt(++i))
      continue
    }
    const cp = s.codePointAt(i)!
    out.push(cp)
    if (cp > 0xffff) i++
  }
  return out
}

/** a str constant as the VM holds strings: without marks */
export function plainConstStr(s: string): string {
  return s.includes(SURROGATE_MARK) ? constStrCodePoints(s).map((c) => String.fromCodePoint(c)).join('') : s
}

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
      return v.includes(SURROGATE_MARK) ? strReprCodePoints(constStrCodePoints(v)) : strRepr(v)
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
