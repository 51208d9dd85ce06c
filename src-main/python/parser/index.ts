// The parser's public API: ast.parse() semantics over an already decoded string, or over
// bytes decoded as CPython decodes source files (BOM, PEP 263 cookie).

import type * as A from '../spec/astNodes.gen'
import type { TokenSource } from './core'
import { makeParser, runParser, type ParseMode } from './run'
import { makeTokenizer, decodeSourceBytes } from './tokenizerLink'

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
  const filename = opts.filename ?? '<unknown>'
  const mode = opts.mode ?? 'exec'
  const tokens: TokenSource = makeTokenizer(source, filename, opts.typeComments ?? false)
  const p = makeParser(tokens, filename, opts.featureVersion ?? 12, source)
  return runParser(p, mode)
}

/** ast.parse over bytes: decode (BOM, coding cookie) first, then parse */
export function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): A.mod {
  const source = decodeSourceBytes(bytes, opts.filename ?? '<unknown>')
  return parse(source, opts)
}
