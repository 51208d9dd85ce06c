// repr() of str and bytes as Objects/unicodeobject.c unicode_repr and
// Objects/bytesobject.c PyBytes_Repr: pick the quote, escape the rest.

import { isPrintableCp } from './support/unicodectype'

// Py_UNICODE_ISPRINTABLE, from CPython 3.12's own Unicode 15.0 tables (the JavaScript
// engine's \p{...} classes follow a newer Unicode and would print U+2FFC unescaped)
export function isPrintableChar(ch: string): boolean {
  return isPrintableCp(ch.codePointAt(0)!)
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0')
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) out += escapeCp(ch.codePointAt(0)!, ch, quote)
  return out + quote
}

/** repr() of a str given as code points (a str constant with lone surrogates side by side) */
export function strReprCodePoints(cps: readonly number[]): string {
  const quote = cps.includes(0x27) && !cps.includes(0x22) ? '"' : "'"
  let out = quote
  for (const c of cps) out += escapeCp(c, String.fromCodePoint(c), quote)
  return out + quote
}

/** one code point as unicode_repr writes it */
function escapeCp(c: number, ch: string, quote: string): string {
  if (ch === quote || ch === '\\') return '\\' + ch
  if (ch === '\t') return '\\t'
  if (ch === '\n') return '\\n'
  if (ch === '\r') return '\\r'
  if (c < 0x20 || c === 0x7f) return '\\x' + hex(c, 2)
  if (c < 0x7f) return ch
  if (isPrintableCp(c)) return ch
  if (c <= 0xff) return '\\x' + hex(c, 2)
  if (c <= 0xffff) return '\\u' + hex(c, 4)
  return '\\U' + hex(c, 8)
}

export function bytesRepr(b: Uint8Array, prefix = 'b'): string {
  let hasSingle = false
  let hasDouble = false
  for (const c of b) {
    if (c === 0x27) hasSingle = true
    else if (c === 0x22) hasDouble = true
  }
  const quote = hasSingle && !hasDouble ? '"' : "'"
  const q = quote.charCodeAt(0)
  let out = prefix + quote
  for (const c of b) {
    if (c === q || c === 0x5c) out += '\\' + String.fromCharCode(c)
    else if (c === 0x09) out += '\\t'
    else if (c === 0x0a) out += '\\n'
    else if (c === 0x0d) out += '\\r'
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2)
    else out += String.fromCharCode(c)
  }
  return out + quote
}
