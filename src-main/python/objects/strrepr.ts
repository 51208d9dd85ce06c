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
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\t') out += '\\t'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2)
    else if (c < 0x7f) out += ch
    else if (isPrintableChar(ch)) out += ch
    else if (c <= 0xff) out += '\\x' + hex(c, 2)
    else if (c <= 0xffff) out += '\\u' + hex(c, 4)
    else out += '\\U' + hex(c, 8)
  }
  return out + quote
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
