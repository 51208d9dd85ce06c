// The single place where the parser meets the tokenizer (src-main/python/tokenizer/):
// the token stream for a source string (Parser/tokenizer.c in string mode, no extra
// tokens), and byte decoding for parseBytes.

import { PyCompileError, PySyntaxError } from '../errors'
import type { TokenSource } from './core'

export type TokenizerFactory = (source: string, filename: string, typeComments: boolean) => TokenSource
export type SourceDecoder = (bytes: Uint8Array, filename: string) => string

let factory: TokenizerFactory | null = null
let decoder: SourceDecoder | null = null

/** installed by the tokenizer module's binding (see below) or by tests */
export function registerTokenizer(f: TokenizerFactory, d?: SourceDecoder): void {
  factory = f
  if (d) decoder = d
}

export function makeTokenizer(source: string, filename: string, typeComments: boolean): TokenSource {
  if (!factory) throw new PyCompileError('RuntimeError', 'no tokenizer registered')
  return factory(source, filename, typeComments)
}

export function decodeSourceBytes(bytes: Uint8Array, filename: string): string {
  if (decoder) return decoder(bytes, filename)
  return fallbackDecode(bytes, filename)
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/

/** Parser/tokenizer.c get_normal_name */
function normalName(s: string): string {
  const l = s.toLowerCase().replace(/_/g, '-')
  if (l === 'utf-8' || l.startsWith('utf-8-')) return 'utf-8'
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(l)) return 'iso-8859-1'
  return s
}

function decodeError(filename: string, msg: string): PySyntaxError {
  return new PySyntaxError({ kind: 'SyntaxError', msg, filename, lineno: 0, offset: -1, text: null, end_lineno: 0, end_offset: -1 })
}

/**
 * Source decoding as Parser/tokenizer.c does it for bytes (check_bom,
 * check_coding_spec), used until the tokenizer module provides its decoder.
 */
function fallbackDecode(bytes: Uint8Array, filename: string): string {
  let b = bytes
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf
  if (bom) b = b.subarray(3)
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024)).split(/\r\n|\r|\n/)
  let cookie: string | null = null
  const m0 = COOKIE.exec(head[0] ?? '')
  if (m0) cookie = m0[1]
  else if (/^[ \t\f]*(#.*)?$/.test(head[0] ?? '')) {
    const m1 = COOKIE.exec(head[1] ?? '')
    if (m1) cookie = m1[1]
  }
  if (cookie !== null) {
    const name = normalName(cookie)
    if (bom && name !== 'utf-8') throw decodeError(filename, `encoding problem: ${cookie} with BOM`)
    if (name === 'iso-8859-1') {
      let s = ''
      for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i])
      return s
    }
    if (name !== 'utf-8') {
      const label = name.toLowerCase().replace(/^cp(\d+)$/, 'windows-$1')
      let dec: TextDecoder
      try {
        dec = new TextDecoder(label)
      } catch {
        throw decodeError(filename, `unknown encoding: ${cookie}`)
      }
      return dec.decode(b)
    }
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(b)
}
