// The parser's public API: ast.parse() semantics over an already decoded string, or over
// bytes decoded as CPython decodes source files (BOM, PEP 263 cookie).

import type * as A from '../spec/astNodes.gen'
import { PySyntaxError } from '../errors'
import { byteLen, type TokenSource } from './core'
import { PEGEN_LOCATED } from '../tokenizer/tokErrors'
import { makeParser, runParser, type ParseMode } from './run'
import { makeTokenizer, decodeSourceBytes } from './tokenizerLink'
// the tokenizer package registers itself with tokenizerLink when loaded
import '../tokenizer/index'

export type { ParseMode } from './run'

export interface ParseOptions {
  filename?: string
  mode?: ParseMode
  typeComments?: boolean
  /** minor version of Python 3 (ast.parse feature_version); accepted, 3.12 grammar is used */
  featureVersion?: number
}

/** ast.parse(source, filename, mode, type_comments=...) for a decoded source string */
export function parse(source: string, opts: ParseOptions = {}): A.mod {
  return parseWith(source, opts, true)
}

function parseWith(source: string, opts: ParseOptions, charOffsets: boolean): A.mod {
  const filename = opts.filename ?? '<unknown>'
  if (source.includes('\0')) {
    // Python/bltinmodule.c compile -> _Py_SourceAsString
    throw new PySyntaxError({
      kind: 'SyntaxError', msg: 'source code string cannot contain null bytes', filename: null as unknown as string,
      lineno: null, offset: null, text: null, end_lineno: null, end_offset: null,
    })
  }
  const mode = opts.mode ?? 'exec'
  const tokens: TokenSource = makeTokenizer(source, filename, opts.typeComments ?? false)
  const p = makeParser(tokens, filename, opts.featureVersion ?? 12, source)
  p.charOffsets = charOffsets
  try {
    return runParser(p, mode)
  } catch (e) {
    if (!charOffsets && e instanceof PySyntaxError && PEGEN_LOCATED.has(e)) inByteColumns(e)
    throw e
  }
}

/** a tokenizer error pegen raised, its character columns turned back into UTF-8 bytes
 *  (bytes source without BOM or cookie: CPython's tokenizer has no encoding to convert with) */
function inByteColumns(e: PySyntaxError): void {
  const cps = [...(e.text ?? '')]
  // columns past the end of the text (the newline, EOF) count one byte each
  const bytes = (offset: number): number => byteLen(cps.slice(0, offset - 1).join('')) + Math.max(0, offset - 1 - cps.length) + 1
  if (e.offset !== null && e.offset > 0) e.offset = bytes(e.offset)
  if (e.end_offset !== null && e.end_offset > 0) e.end_offset = bytes(e.end_offset)
}

/**
 * ast.parse over bytes: decode (BOM, coding cookie) first, then parse. Without a BOM or
 * cookie CPython's tokenizer has no encoding set and SyntaxError offsets stay in bytes.
 */
export function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): A.mod {
  const source = decodeSourceBytes(bytes, opts.filename ?? '<unknown>')
  return parseWith(source, opts, declaresEncoding(bytes))
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/

/** a UTF-8 BOM or a PEP 263 coding cookie on line 1 or 2 (tokenizer.c check_coding_spec) */
function declaresEncoding(b: Uint8Array): boolean {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return true
  const head = new TextDecoder('latin1').decode(b.subarray(0, 400)).split(/\r\n|\r|\n/)
  if (COOKIE.test(head[0] ?? '')) return true
  return /^[ \t\f]*(#.*)?$/.test(head[0] ?? '') && COOKIE.test(head[1] ?? '')
}
