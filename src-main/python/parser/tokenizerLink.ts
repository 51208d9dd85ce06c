// The single place where the parser meets the tokenizer (src-main/python/tokenizer/):
// the token stream for a source string (Parser/tokenizer.c in string mode, no extra
// tokens), and byte decoding for parseBytes.

import { PyCompileError } from '../errors'
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
  let b = bytes
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3)
  return new TextDecoder('utf-8', { fatal: false }).decode(b)
}
