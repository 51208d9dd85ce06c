// One token, as both consumers see it: the parser (Parser/tokenizer.c's stream) and the
// `tokenize` module (Lib/tokenize.py's TokenInfo). Lines are 1-based; columns are
// 0-based code-point offsets into `line`, as tokenize reports them. The AST wants
// UTF-8 byte offsets; utf8Col() converts.

import type { TokenTypeName } from '../spec/tokens.gen'

export interface Token {
  /** exact type: operators carry their own type (LPAR, PLUS, ...), never the generic OP */
  type: TokenTypeName
  string: string
  lineno: number
  col: number
  endLineno: number
  endCol: number
  /** the physical line(s) the token is on, as TokenInfo.line */
  line: string
}

/** UTF-8 byte offset of code-point column `col` in `line` (CPython's col_offset). */
export function utf8Col(line: string, col: number): number {
  let bytes = 0
  let i = 0
  let cp = 0
  while (cp < col && i < line.length) {
    const c = line.codePointAt(i)!
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    i += c > 0xffff ? 2 : 1
    cp++
  }
  return bytes + (col - cp)
}
