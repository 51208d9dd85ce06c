// Source decoding as CPython 3.12 does it: UTF-8 by default, a UTF-8 BOM, or a PEP 263
// coding cookie on line 1 or 2. Two callers with their own error wording:
//  - compile(bytes) / the parser: Parser/tokenizer.c (check_bom, check_coding_spec,
//    get_normal_name) and the "(unicode error)" of decode_str;
//  - Lib/tokenize.py detect_encoding (find_cookie, _get_normal_name), which the
//    `tokenize` tool uses.

import { PySyntaxError, PyCompileError } from '../errors'
import { Tokenizer } from './tokenizer'
import { strRepr } from '../objects/strrepr'

/** codecs.lookup names we can decode -> our decoder kind (encodings/aliases.py subset) */
const CODECS: Record<string, 'utf-8' | 'latin-1' | 'ascii' | 'cp1252'> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8',
  cp65001: 'utf-8', utf_8_sig: 'utf-8',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso8859_1: 'latin-1',
  iso_8859_1: 'latin-1', iso_ir_100: 'latin-1', csisolatin1: 'latin-1', cp819: 'latin-1',
  ibm819: 'latin-1', '8859': 'latin-1', iso_8859_1_1987: 'latin-1',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii', ansi_x3_4_1968: 'ascii',
  ansi_x3_4_1986: 'ascii', ansi_x3_4_1968_: 'ascii', cp367: 'ascii', csascii: 'ascii',
  ibm367: 'ascii', iso646_us: 'ascii', iso_646_irv_1991: 'ascii', iso_ir_6: 'ascii',
  cp1252: 'cp1252', windows_1252: 'cp1252',
}

/** encodings.normalize_encoding + lower(): the key codecs.lookup searches with */
function codecKey(name: string): string {
  let out = ''
  let pendingSep = false
  for (const ch of name.toLowerCase()) {
    if (/[a-z0-9.]/.test(ch)) {
      if (pendingSep && out) out += '_'
      out += ch
      pendingSep = false
    } else pendingSep = true
  }
  return out.replace(/\./g, '_')
}

// Other single-byte codecs, decoded by the platform's TextDecoder under their WHATWG label
// (Python codec key -> label). Their tables agree with Lib/encodings for valid text.
const WHATWG: Record<string, string> = {
  koi8_r: 'koi8-r', cskoi8r: 'koi8-r', koi8_u: 'koi8-u',
  iso8859_15: 'iso-8859-15', iso_8859_15: 'iso-8859-15', latin9: 'iso-8859-15', l9: 'iso-8859-15',
  iso8859_2: 'iso-8859-2', iso_8859_2: 'iso-8859-2', latin2: 'iso-8859-2', l2: 'iso-8859-2',
  iso8859_5: 'iso-8859-5', iso_8859_5: 'iso-8859-5', cyrillic: 'iso-8859-5',
  iso8859_7: 'iso-8859-7', iso_8859_7: 'iso-8859-7', greek: 'iso-8859-7',
  cp1250: 'windows-1250', windows_1250: 'windows-1250', cp1251: 'windows-1251',
  windows_1251: 'windows-1251',
}

export type CodecKind = 'utf-8' | 'latin-1' | 'ascii' | 'cp1252' | `whatwg:${string}`

export function lookupCodec(name: string): CodecKind | null {
  const k = codecKey(name)
  const w = WHATWG[k]
  return CODECS[k] ?? (w ? `whatwg:${w}` : null)
}

/** tokenizer.c get_normal_name and tokenize.py _get_normal_name (they agree) */
export function normalEncodingName(orig: string): string {
  const enc = orig.slice(0, 12).toLowerCase().replace(/_/g, '-')
  if (enc === 'utf-8' || enc.startsWith('utf-8-')) return 'utf-8'
  for (const l of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (enc === l || enc.startsWith(l + '-')) return 'iso-8859-1'
  }
  return orig
}

// cp1252 bytes 0x80-0x9f (Lib/encodings/cp1252.py); -1: undefined
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
]

/** A decoding failure: Python's UnicodeDecodeError text. */
export class DecodeFailure extends Error {}

function decodeSingleByte(b: Uint8Array, kind: 'latin-1' | 'ascii' | 'cp1252'): string {
  let out = ''
  const CHUNK = 8192
  for (let i = 0; i < b.length; i += CHUNK) {
    const part: number[] = []
    const end = Math.min(b.length, i + CHUNK)
    for (let k = i; k < end; k++) {
      const x = b[k]
      if (kind === 'ascii' && x >= 0x80) {
        throw new DecodeFailure(`'ascii' codec can't decode byte 0x${x.toString(16)} in position ${k}: ordinal not in range(128)`)
      }
      if (kind === 'cp1252' && x >= 0x80 && x < 0xa0) {
        const m = CP1252_HIGH[x - 0x80]
        if (m < 0) throw new DecodeFailure(`'charmap' codec can't decode byte 0x${x.toString(16)} in position ${k}: character maps to <undefined>`)
        part.push(m)
      } else part.push(x)
    }
    out += String.fromCharCode(...part)
  }
  return out
}

/** The position and reason of the first invalid UTF-8 sequence, as Python's codec reports it. */
function utf8Error(b: Uint8Array): { pos: number; end: number; reason: string } | null {
  let i = 0
  const n = b.length
  while (i < n) {
    const x = b[i]
    if (x < 0x80) {
      i++
      continue
    }
    let need = 0
    let lo = 0x80
    let hi = 0xbf
    if (x >= 0xc2 && x <= 0xdf) need = 1
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2
      if (x === 0xe0) lo = 0xa0
      if (x === 0xed) hi = 0x9f
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3
      if (x === 0xf0) lo = 0x90
      if (x === 0xf4) hi = 0x8f
    } else return { pos: i, end: i + 1, reason: 'invalid start byte' }
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { pos: i, end: n, reason: 'unexpected end of data' }
      const y = b[i + k]
      const l = k === 1 ? lo : 0x80
      const h = k === 1 ? hi : 0xbf
      if (y < l || y > h) return { pos: i, end: i + k, reason: 'invalid continuation byte' }
    }
    i += need + 1
  }
  return null
}

const UTF8 = new TextDecoder('utf-8', { fatal: false })
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true })

/** Decode with a codec kind, throwing DecodeFailure with Python's message. */
export function decodeWith(b: Uint8Array, kind: CodecKind, replace = false): string {
  // errors="replace": what the C tokenizer does with each line readline() gives it
  if (replace) return decodeReplace(b, kind)
  if (kind.startsWith('whatwg:')) {
    try {
      return new TextDecoder(kind.slice(7), { fatal: true }).decode(b)
    } catch {
      throw new DecodeFailure(`'${kind.slice(7)}' codec can't decode bytes`)
    }
  }
  if (kind !== 'utf-8') return decodeSingleByte(b, kind as 'latin-1' | 'ascii' | 'cp1252')
  // the platform's strict decoder accepts exactly what Python's utf-8 codec accepts; only a
  // failure needs the slower scan, for the position and reason Python reports
  try {
    return UTF8_STRICT.decode(b)
  } catch {
    // below
  }
  const err = utf8Error(b)
  if (err) {
    const where = err.end - err.pos > 1 ? `position ${err.pos}-${err.end - 1}` : `position ${err.pos}`
    throw new DecodeFailure(`'utf-8' codec can't decode byte 0x${b[err.pos].toString(16).padStart(2, '0')} in ${where}: ${err.reason}`)
  }
  return UTF8.decode(b)
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/
const BLANK = /^[ \t\f]*(?:[#\r\n]|$)/

/** the first two lines of `b` (each with its newline), as readline() gives them */
function firstLines(b: Uint8Array, count: number): Uint8Array[] {
  const out: Uint8Array[] = []
  let i = 0
  while (out.length < count && i < b.length) {
    let j = b.indexOf(0x0a, i)
    j = j < 0 ? b.length : j + 1
    out.push(b.subarray(i, j))
    i = j
  }
  return out
}

function latin1(b: Uint8Array): string {
  return decodeSingleByte(b, 'latin-1')
}

export interface DetectedEncoding {
  /** the name tokenize.py reports in its ENCODING token */
  name: string
  kind: CodecKind
  /** bytes after a BOM */
  body: Uint8Array
}

/** Lib/tokenize.py detect_encoding; errors are SyntaxError(msg) without a location. */
export function detectEncodingTokenize(bytes: Uint8Array, filename: string | null): DetectedEncoding {
  let body = bytes
  let bom = false
  if (b3(bytes)) {
    bom = true
    body = bytes.subarray(3)
  }
  const fail = (msg: string): never => {
    throw new PySyntaxError({ kind: 'SyntaxError', msg, filename: filename ?? '', lineno: null, offset: null, text: null, end_lineno: null, end_offset: null })
  }
  const find = (line: Uint8Array): string | null => {
    let text: string
    try {
      text = decodeWith(line, 'utf-8')
    } catch {
      return fail(filename === null ? 'invalid or missing encoding declaration' : `invalid or missing encoding declaration for ${strRepr(filename)}`)
    }
    const m = COOKIE.exec(text)
    if (!m) return null
    const enc = normalEncodingName(m[1])
    if (!lookupCodec(enc)) {
      return fail(filename === null ? `unknown encoding: ${enc}` : `unknown encoding for ${strRepr(filename)}: ${enc}`)
    }
    if (bom && enc !== 'utf-8') {
      return fail(filename === null ? 'encoding problem: utf-8' : `encoding problem for ${strRepr(filename)}: utf-8`)
    }
    return enc
  }
  const lines = firstLines(body, 2)
  let enc: string | null = null
  if (lines.length > 0) {
    enc = find(lines[0])
    if (!enc && BLANK.test(latin1(lines[0])) && lines.length > 1) enc = find(lines[1])
  }
  const name = enc ?? 'utf-8'
  return { name, kind: lookupCodec(name)!, body }
}

function b3(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf
}

function noLoc(msg: string, filename: string): PySyntaxError {
  return new PySyntaxError({ kind: 'SyntaxError', msg, filename, lineno: 0, offset: -1, text: null, end_lineno: null, end_offset: null })
}

/**
 * Parser/tokenizer.c decode_str (compile() of bytes): BOM, cookie on line 1 or 2 (line 2
 * only when line 1 is blank or a comment), then the whole text decoded.
 */
export function decodeSource(bytes: Uint8Array, filename = '<unknown>'): string {
  let body = bytes
  let bom = false
  if (b3(bytes)) {
    bom = true
    body = bytes.subarray(3)
  }
  let enc: string | null = null
  const lines = firstLines(body, 2)
  const cookieOf = (line: Uint8Array): string | null => {
    const m = COOKIE.exec(latin1(line))
    return m ? normalEncodingName(m[1]) : null
  }
  if (lines.length > 0) {
    enc = cookieOf(lines[0])
    if (!enc && lines.length > 1 && BLANK.test(latin1(lines[0]))) enc = cookieOf(lines[1])
  }
  if (enc !== null) {
    if (bom && enc !== 'utf-8') throw noLoc(`encoding problem: ${enc} with BOM`, filename)
    if (!lookupCodec(enc)) throw noLoc(`unknown encoding: ${enc}`, filename)
  }
  const kind = enc ? lookupCodec(enc)! : 'utf-8'
  try {
    return decodeWith(body, kind)
  } catch (e) {
    if (!(e instanceof DecodeFailure)) throw e
    // other codecs decode the whole source up front (decode_str's translate_into_utf8):
    // _PyPegen_raise_tokenizer_init_error's location-less SyntaxError
    if (kind !== 'utf-8') throw noLoc(e.message, filename)
    const err = utf8SourceError(body, filename, enc !== null || bom)
    if (err) throw err
    // invalid bytes only in comments, which are never decoded
    return UTF8.decode(body)
  }
}

/** Python's UTF-8 decoder over b[from, to): the first error as str(UnicodeDecodeError) */
function utf8ErrorIn(b: Uint8Array, from: number, to: number): { start: number; message: string } | null {
  const e = utf8Error(b.subarray(from, to))
  if (!e) return null
  const x = b[from + e.pos]
  const msg = e.end - e.pos > 1
    ? `'utf-8' codec can't decode bytes in position ${e.pos}-${e.end - 1}: ${e.reason}`
    : `'utf-8' codec can't decode byte 0x${x.toString(16).padStart(2, '0')} in position ${e.pos}: ${e.reason}`
  return { start: from + e.pos, message: msg }
}

/**
 * Invalid UTF-8 in source without a non-UTF-8 cookie. tokenizer.c runs on the raw bytes, so
 * the error surfaces where something decodes them: verify_identifier for a name (an error
 * token: offset where the name ends, end -1), Parser/string_parser.c for a literal
 * (decode_unicode_with_escapes decodes each run of non-ASCII bytes on its own, raw literals
 * decode the whole body; the error spans the literal's token); comments are never decoded.
 * Offsets are bytes unless an encoding was declared (BOM or cookie).
 */
function utf8SourceError(body: Uint8Array, filename: string, declared: boolean): PySyntaxError | PyCompileError | null {
  // one char per invalid byte (U+DC80+byte), so byte and char positions map one to one
  let text = ''
  const lineStartByte: number[] = [0]
  const lineStartIdx: number[] = [0]
  {
    let i = 0
    const parts: string[] = []
    let idx = 0
    while (i < body.length) {
      const bad = utf8ErrorIn(body, i, body.length)
      const stop = bad ? bad.start : body.length
      if (stop > i) {
        const chunk = UTF8.decode(body.subarray(i, stop))
        parts.push(chunk)
        for (let k = 0; k < chunk.length; k++) {
          if (chunk.charCodeAt(k) === 0x0a) lineStartIdx.push(idx + k + 1)
        }
        idx += chunk.length
      }
      if (!bad) break
      parts.push(String.fromCharCode(0xdc00 + body[stop]))
      idx++
      i = stop + 1
    }
    text = parts.join('')
    for (let k = 0; k < body.length; k++) if (body[k] === 0x0a) lineStartByte.push(k + 1)
  }
  const byteAt = (lineno: number, col: number): number => {
    // code-point column `col` of line `lineno` -> absolute byte offset
    let i = lineStartIdx[lineno - 1] ?? text.length
    let b = lineStartByte[lineno - 1] ?? body.length
    for (let k = 0; k < col && i < text.length; k++) {
      const c = text.codePointAt(i)!
      if (c >= 0xdc80 && c <= 0xdcff) b += 1
      else b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
      i += c > 0xffff ? 2 : 1
    }
    return b
  }
  const lineText = (lineno: number): string => {
    const a = lineStartByte[lineno - 1] ?? body.length
    const e = lineStartByte[lineno] ?? body.length
    return UTF8.decode(body.subarray(a, e))
  }
  // byte column -> the offset SyntaxError reports (characters when an encoding is declared)
  const off = (lineno: number, byteCol: number): number => {
    if (!declared) return byteCol
    const a = lineStartByte[lineno - 1] ?? 0
    return UTF8.decode(body.subarray(a, a + byteCol - 1)).length + 1
  }
  // the error line: the tokenizer's buffer (with its newline) while it is still on that line,
  // else the line alone (pegen_errors.c get_error_line_from_tokenizer_buffers)
  const err = (msg: string, ln: number, o: number, endLn: number, endO: number): PySyntaxError => {
    let text = lineText(ln)
    if (endLn > ln && text.endsWith('\n')) text = text.slice(0, -1)
    return new PySyntaxError({ kind: 'SyntaxError', msg, filename, lineno: ln, offset: o, text, end_lineno: endLn, end_offset: endO })
  }

  const toks = new Tokenizer(text, { filename, extraTokens: true })
  let fstringRaw: boolean[] = []
  for (;;) {
    let t
    try {
      t = toks.next()
    } catch {
      break
    }
    if (t.type === 'ENDMARKER') break
    if (t.type === 'FSTRING_START') fstringRaw.push(/r/i.test(t.string))
    if (t.type === 'FSTRING_END') fstringRaw = fstringRaw.slice(0, -1)
    if (t.type !== 'NAME' && t.type !== 'STRING' && t.type !== 'FSTRING_MIDDLE') continue
    const a = byteAt(t.lineno, t.col)
    // the end from the token's own text (tokenize's end column of multi-line strings is quirky)
    let e = a
    for (let i = 0; i < t.string.length; i++) {
      const c = t.string.charCodeAt(i)
      e += c < 0x80 || (c >= 0xdc80 && c <= 0xdcff) ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3
    }
    if (!utf8ErrorIn(body, a, e)) continue
    const sLine = lineStartByte[t.lineno - 1]
    const eLine = lineStartByte[t.endLineno - 1]
    if (t.type === 'NAME') {
      const bad = utf8ErrorIn(body, a, e)!
      const col = declared ? off(t.lineno, e - sLine + 1) - 1 : e - sLine
      return err(`(unicode error) ${bad.message}`, t.lineno, col, t.endLineno, -1)
    }
    const loc = (msg: string): PySyntaxError =>
      err(msg, t.lineno, off(t.lineno, a - sLine + 1), t.endLineno, off(t.endLineno, e - eLine + 1))
    let bodyA = a
    let bodyE = e
    let raw: boolean
    if (t.type === 'STRING') {
      const m = /^([A-Za-z]*)("""|'''|"|')/.exec(t.string)!
      if (/b/i.test(m[1])) return loc('bytes can only contain ASCII literal characters')
      raw = /r/i.test(m[1])
      bodyA = a + m[0].length
      bodyE = e - m[2].length
    } else raw = fstringRaw[fstringRaw.length - 1] ?? false
    // string_parser.c: without a backslash the body is decoded in one piece, as raw
    if (body.subarray(bodyA, bodyE).indexOf(0x5c) < 0) raw = true
    let bad: { start: number; message: string } | null = null
    if (t.type === 'FSTRING_MIDDLE' && raw) {
      // the f-string part's text is made without a SyntaxError wrapper: the codec error escapes
      return new PyCompileError('UnicodeDecodeError', utf8ErrorIn(body, bodyA, bodyE)?.message ?? 'invalid utf-8')
    }
    if (raw) bad = utf8ErrorIn(body, bodyA, bodyE)
    else {
      // each run of non-ASCII bytes separately
      for (let i = bodyA; i < bodyE && !bad; i++) {
        if (body[i] < 0x80) continue
        let j = i
        while (j < bodyE && body[j] >= 0x80) j++
        bad = utf8ErrorIn(body, i, j)
        i = j
      }
    }
    return loc(`(unicode error) ${bad ? bad.message : 'invalid utf-8'}`)
  }
  return null
}

/** decode with errors="replace" (U+FFFD for what the codec cannot decode) */
function decodeReplace(b: Uint8Array, kind: CodecKind): string {
  if (kind === 'utf-8') return UTF8.decode(b)
  if (kind.startsWith('whatwg:')) return new TextDecoder(kind.slice(7)).decode(b)
  let out = ''
  for (let i = 0; i < b.length; i += 8192) {
    const part: number[] = []
    for (let k = i; k < Math.min(b.length, i + 8192); k++) {
      const x = b[k]
      if (x < 0x80 || kind === 'latin-1') part.push(x)
      else if (kind === 'ascii') part.push(0xfffd)
      else if (x < 0xa0) part.push(CP1252_HIGH[x - 0x80] < 0 ? 0xfffd : CP1252_HIGH[x - 0x80])
      else part.push(x)
    }
    out += String.fromCharCode(...part)
  }
  return out
}
