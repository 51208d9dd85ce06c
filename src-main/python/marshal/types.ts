// Shared pieces of marshal (Python/marshal.c, format version 4): the type codes, the
// values marshal can carry beyond code-object constants, and its error.

import type { ConstValue } from '../objects/constant'

export const MARSHAL_VERSION = 4

/** Type codes of Python/marshal.c; FLAG_REF marks an object entered in the ref table. */
export const T = {
  NULL: 0x30, // '0'
  NONE: 0x4e, // 'N'
  FALSE: 0x46, // 'F'
  TRUE: 0x54, // 'T'
  STOPITER: 0x53, // 'S'
  ELLIPSIS: 0x2e, // '.'
  INT: 0x69, // 'i'
  INT64: 0x49, // 'I' (read only)
  FLOAT: 0x66, // 'f' (text, version 0/1: read only)
  BINARY_FLOAT: 0x67, // 'g'
  COMPLEX: 0x78, // 'x' (text: read only)
  BINARY_COMPLEX: 0x79, // 'y'
  LONG: 0x6c, // 'l'
  STRING: 0x73, // 's' (bytes)
  INTERNED: 0x74, // 't'
  REF: 0x72, // 'r'
  TUPLE: 0x28, // '('
  LIST: 0x5b, // '['
  DICT: 0x7b, // '{'
  CODE: 0x63, // 'c'
  UNICODE: 0x75, // 'u'
  UNKNOWN: 0x3f, // '?'
  SET: 0x3c, // '<'
  FROZENSET: 0x3e, // '>'
  ASCII: 0x61, // 'a'
  ASCII_INTERNED: 0x41, // 'A'
  SMALL_TUPLE: 0x29, // ')'
  SHORT_ASCII: 0x7a, // 'z'
  SHORT_ASCII_INTERNED: 0x5a, // 'Z'
} as const

export const FLAG_REF = 0x80

/** marshal.c MAX_MARSHAL_STACK_DEPTH */
export const MAX_DEPTH = 2000

/**
 * A failure of marshal.loads/dumps, carrying the Python exception type CPython raises
 * (ValueError, EOFError, TypeError, UnicodeDecodeError, SystemError) and its message.
 */
export class MarshalError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message)
    this.name = 'MarshalError'
  }
}

/** StopIteration, which marshal can carry (TYPE_STOPITER) */
export const STOPITERATION: unique symbol = Symbol('StopIteration')

/** list, dict and set: marshal carries them though compile() never puts them in code */
export class MarshalList {
  constructor(readonly items: MarshalValue[]) {}
}
export class MarshalDict {
  constructor(readonly entries: [MarshalValue, MarshalValue][]) {}
}
export class MarshalSet {
  constructor(readonly items: MarshalValue[]) {}
}

export type MarshalValue = ConstValue | MarshalList | MarshalDict | MarshalSet | typeof STOPITERATION
