// The single place where the parser meets the tokenizer (src-main/python/tokenizer/):
// the token stream for a source string (Parser/tokenizer.c in string mode, no extra
// tokens), and byte decoding for parseBytes. Our tokenizer and decoder are the defaults;
// registerTokenizer lets tests substitute others.

import type { TokenSource } from './core'
import { Tokenizer } from '../tokenizer/tokenizer'
import { decodeSource } from '../tokenizer/decode'

export type TokenizerFactory = (source: string, filename: string, typeComments: boolean) => TokenSource
export type SourceDecoder = (bytes: Uint8Array, filename: string) => string

const defaultFactory: TokenizerFactory = (source, filename, typeComments) =>
  new Tokenizer(source, { filename, typeComments })
const defaultDecoder: SourceDecoder = (bytes, filename) => decodeSource(bytes, filename)

let factory: TokenizerFactory = defaultFactory
let decoder: SourceDecoder = defaultDecoder

/** substitute another tokenizer (and decoder), e.g. the oracle's in tests */
export function registerTokenizer(f: TokenizerFactory, d?: SourceDecoder): void {
  factory = f
  if (d) decoder = d
}

export function makeTokenizer(source: string, filename: string, typeComments: boolean): TokenSource {
  return factory(source, filename, typeComments)
}

export function decodeSourceBytes(bytes: Uint8Array, filename: string): string {
  return decoder(bytes, filename)
}
