// Character classes the tokenizer needs, on UTF-16 code units and code points.
// Parser/tokenizer.c works on UTF-8 bytes: every byte >= 128 may start or continue an
// identifier (is_potential_identifier_start/char) and the real check is done afterwards on
// the decoded name (verify_identifier -> _PyUnicode_ScanIdentifier). We keep that split.

import type { TokenTypeName } from '../spec/tokens.gen'

/** what tok_nextc returns past the end of the input */
export const EOF = -1

/** is_potential_identifier_start: ASCII letter, '_' or any non-ASCII character */
export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128
}

/** is_potential_identifier_char: the above plus ASCII digits */
export function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

export function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

const XID_START = /^[\p{XID_Start}_]$/u
const XID_CONTINUE = /^\p{XID_Continue}$/u

/**
 * The first character of `name` that cannot be part of an identifier (its code-point index
 * and the code point), or null when the name is valid
 * (Objects/unicodeobject.c _PyUnicode_ScanIdentifier).
 */
export function scanIdentifier(name: string): { index: number; ch: number } | null {
  let i = 0
  for (const ch of name) {
    const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch)
    if (!ok) return { index: i, ch: ch.codePointAt(0)! }
    i++
  }
  return null
}

const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u

/** Py_UNICODE_ISPRINTABLE: everything but the "Other" and "Separator" categories, space aside */
export function isPrintable(cp: number): boolean {
  if (cp === 32) return true
  if (cp < 128) return cp > 32 && cp < 127
  return !NON_PRINTABLE.test(String.fromCodePoint(cp))
}

/** "%04X" */
export function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase()
  return h.length < 4 ? '0'.repeat(4 - h.length) + h : h
}

// Grammar/Tokens, as Parser/token.c _PyToken_OneChar/_TwoChars/_ThreeChars map them;
// anything else is the generic OP.
const ONE: Record<string, TokenTypeName> = {
  '!': 'EXCLAMATION', '%': 'PERCENT', '&': 'AMPER', '(': 'LPAR', ')': 'RPAR', '*': 'STAR',
  '+': 'PLUS', ',': 'COMMA', '-': 'MINUS', '.': 'DOT', '/': 'SLASH', ':': 'COLON', ';': 'SEMI',
  '<': 'LESS', '=': 'EQUAL', '>': 'GREATER', '@': 'AT', '[': 'LSQB', ']': 'RSQB',
  '^': 'CIRCUMFLEX', '{': 'LBRACE', '|': 'VBAR', '}': 'RBRACE', '~': 'TILDE',
}
const TWO: Record<string, TokenTypeName> = {
  '!=': 'NOTEQUAL', '%=': 'PERCENTEQUAL', '&=': 'AMPEREQUAL', '**': 'DOUBLESTAR',
  '*=': 'STAREQUAL', '+=': 'PLUSEQUAL', '-=': 'MINEQUAL', '->': 'RARROW', '//': 'DOUBLESLASH',
  '/=': 'SLASHEQUAL', ':=': 'COLONEQUAL', '<<': 'LEFTSHIFT', '<=': 'LESSEQUAL', '<>': 'NOTEQUAL',
  '==': 'EQEQUAL', '>=': 'GREATEREQUAL', '>>': 'RIGHTSHIFT', '@=': 'ATEQUAL',
  '^=': 'CIRCUMFLEXEQUAL', '|=': 'VBAREQUAL',
}
const THREE: Record<string, TokenTypeName> = {
  '**=': 'DOUBLESTAREQUAL', '...': 'ELLIPSIS', '//=': 'DOUBLESLASHEQUAL',
  '<<=': 'LEFTSHIFTEQUAL', '>>=': 'RIGHTSHIFTEQUAL',
}

// Lookup tables indexed by char code, built once (no string allocation per character).
const ONE_T: (TokenTypeName | undefined)[] = []
const TWO_T = new Map<number, TokenTypeName>()
const THREE_T = new Map<number, TokenTypeName>()
for (const [k, v] of Object.entries(ONE)) ONE_T[k.charCodeAt(0)] = v
for (const [k, v] of Object.entries(TWO)) TWO_T.set(k.charCodeAt(0) * 128 + k.charCodeAt(1), v)
for (const [k, v] of Object.entries(THREE)) {
  THREE_T.set((k.charCodeAt(0) * 128 + k.charCodeAt(1)) * 128 + k.charCodeAt(2), v)
}

export function oneChar(c: number): TokenTypeName {
  return (c >= 0 && c < 128 ? ONE_T[c] : undefined) ?? 'OP'
}

export function twoChars(c1: number, c2: number): TokenTypeName {
  if (c1 < 0 || c1 >= 128 || c2 < 0 || c2 >= 128) return 'OP'
  return TWO_T.get(c1 * 128 + c2) ?? 'OP'
}

export function threeChars(c1: number, c2: number, c3: number): TokenTypeName {
  if (c1 < 0 || c1 >= 128 || c2 < 0 || c2 >= 128 || c3 < 0 || c3 >= 128) return 'OP'
  return THREE_T.get((c1 * 128 + c2) * 128 + c3) ?? 'OP'
}
