// The tokenizer package: the Tokenizer itself, source decoding, and its binding to the
// parser (parser/tokenizerLink.ts): importing this module registers both, so
// parse()/parseBytes() run on our own tokenizer in parser mode.

import { registerTokenizer } from '../parser/tokenizerLink'
import { Tokenizer } from './tokenizer'
import { decodeSource } from './decode'

export { Tokenizer, tokenizeAll, type TokenizerOptions } from './tokenizer'
export { decodeSource, detectEncodingTokenize } from './decode'
export type { Token } from './token'

registerTokenizer(
  (source, filename, typeComments) => new Tokenizer(source, { filename, typeComments }),
  (bytes, filename) => decodeSource(bytes, filename),
)
