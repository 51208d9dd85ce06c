// Backslash escapes in string and bytes literals, as Parser/string_parser.c
// (decode_unicode_with_escapes, decode_bytes_with_escapes) hands them to the
// unicode-escape codec. Unknown escapes stay as written (they only warn).

import type { Parser, PTok } from './core'
import { lookupUnicodeName } from './unicodeNames'
import { markCodePoint, markText } from '../objects/constant'

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
}

function unicodeError(p: Parser, start: number, end: number, reason: string, tok: PTok): never {
  const where = end - start > 1 ? `bytes in position ${start}-${end - 1}` : `byte 0x5c in position ${start}`
  p.errorAtLast(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`)
  void tok
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
}

/** decode the body of a str literal (between the quotes) */
export function decodeStrLiteral(p: Parser, body: string, raw: boolean, tok: PTok): string {
  if (raw || body.indexOf('\\') < 0) return markText(body)
  let out = ''
  let i = 0
  const n = body.length
  // byte position for error messages (non-ASCII characters count as their \U form, 10 bytes)
  let bpos = 0
  while (i < n) {
    const j = body.indexOf('\\', i)
    if (j < 0) {
      out += markText(body.slice(i))
      break
    }
    for (let k = i; k < j; k++) bpos += body.charCodeAt(k) < 0x80 ? 1 : 10
    out += markText(body.slice(i, j))
    const startB = bpos
    i = j + 1
    if (i >= n) {
      unicodeError(p, startB, startB + 1, '\\ at end of string', tok)
    }
    const c = body[i]
    const simple = SIMPLE[c]
    if (simple !== undefined) {
      out += simple
      i++
      bpos += 2
      continue
    }
    if (c >= '0' && c <= '7') {
      let v = 0
      let k = 0
      while (k < 3 && i < n && body[i] >= '0' && body[i] <= '7') {
        v = v * 8 + (body.charCodeAt(i) - 48)
        i++
        k++
      }
      out += markCodePoint(v)
      bpos += 1 + k
      continue
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8
      i++
      let k = 0
      while (k < len && i + k < n && isHex(body.charCodeAt(i + k))) k++
      if (k < len) {
        const what = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape'
        unicodeError(p, startB, startB + 2 + k, what, tok)
      }
      const v = parseInt(body.slice(i, i + len), 16)
      if (v > 0x10ffff) unicodeError(p, startB, startB + 2 + len, 'illegal Unicode character', tok)
      out += markCodePoint(v)
      i += len
      bpos += 2 + len
      continue
    }
    if (c === 'N') {
      i++
      if (body[i] !== '{') unicodeError(p, startB, startB + 2, 'malformed \\N character escape', tok)
      const close = body.indexOf('}', i + 1)
      if (close < 0 || close === i + 1) {
        unicodeError(p, startB, close < 0 ? startB + 2 + (n - i) : startB + 4, 'malformed \\N character escape', tok)
      }
      const name = body.slice(i + 1, close)
      const cp = lookupUnicodeName(name)
      if (cp === null) unicodeError(p, startB, startB + 4 + name.length, 'unknown Unicode character name', tok)
      out += markCodePoint(cp)
      bpos += 4 + name.length
      i = close + 1
      continue
    }
    // unknown escape: kept with its backslash (DeprecationWarning in CPython)
    out += '\\'
    bpos += 1
  }
  return out
}

/** decode the body of a bytes literal to its bytes */
export function decodeBytesLiteral(p: Parser, body: string, raw: boolean, tok: PTok): Uint8Array {
  for (let k = 0; k < body.length; k++) {
    if (body.charCodeAt(k) >= 0x80) p.errorAtTokens('SyntaxError', 'bytes can only contain ASCII literal characters', tok, null)
  }
  if (raw || body.indexOf('\\') < 0) {
    const out = new Uint8Array(body.length)
    for (let k = 0; k < body.length; k++) out[k] = body.charCodeAt(k)
    return out
  }
  const out: number[] = []
  let i = 0
  const n = body.length
  while (i < n) {
    const ch = body.charCodeAt(i)
    if (ch !== 0x5c) {
      out.push(ch)
      i++
      continue
    }
    const start = i
    i++
    if (i >= n) p.errorAtLast('(value error) Trailing \\ in string')
    const c = body[i]
    const simple = SIMPLE[c]
    if (simple !== undefined) {
      if (simple.length) out.push(simple.charCodeAt(0))
      i++
      continue
    }
    if (c >= '0' && c <= '7') {
      let v = 0
      let k = 0
      while (k < 3 && i < n && body[i] >= '0' && body[i] <= '7') {
        v = v * 8 + (body.charCodeAt(i) - 48)
        i++
        k++
      }
      out.push(v & 0xff)
      continue
    }
    if (c === 'x') {
      if (i + 2 < n + 1 && isHex(body.charCodeAt(i + 1)) && isHex(body.charCodeAt(i + 2))) {
        out.push(parseInt(body.slice(i + 1, i + 3), 16))
        i += 3
        continue
      }
      p.errorAtLast(`(value error) invalid \\x escape at position ${start}`)
    }
    out.push(0x5c)
  }
  return Uint8Array.from(out)
}
