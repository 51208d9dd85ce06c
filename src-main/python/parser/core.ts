// The parser's token buffer and backtracking state, after Parser/pegen.c: tokens are pulled
// from the tokenizer on demand (so tokenizer errors surface where CPython's do), a position
// can be marked and reset, and `callInvalid` switches on the second, error-reporting pass
// (the grammar's invalid_* rules).

import { PySyntaxError, type SyntaxErrorKind } from '../errors'
import type { Token } from '../tokenizer/token'
import type { TokenTypeName } from '../spec/tokens.gen'

/** A token as the grammar sees it, with UTF-8 byte columns (CPython's col_offset). */
export interface PTok {
  type: TokenTypeName
  string: string
  lineno: number
  col: number
  endLineno: number
  endCol: number
  /** code-point columns, for SyntaxError offsets */
  cpCol: number
  cpEndCol: number
  line: string
  /** bracket nesting after this token (the tokenizer's level) */
  level: number
}

export interface TokenSource {
  next(): Token
}

/** Python's hard keywords (Lib/keyword.py kwlist). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])

export interface Pos {
  lineno: number
  col_offset: number
  end_lineno: number | null
  end_col_offset: number | null
}

/** what the EXTRA macro gives a node */
export interface Span {
  lineno: number
  col_offset: number
  end_lineno: number
  end_col_offset: number
}

const ASCII = /^[\x00-\x7f]*$/

export function byteLen(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** code-point column -> byte column in one physical line */
function toByteCol(line: string, col: number): number {
  if (ASCII.test(line)) return col
  let i = 0
  let cp = 0
  while (cp < col && i < line.length) {
    const c = line.charCodeAt(i)
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1
    cp++
  }
  return byteLen(line.slice(0, i)) + (col - cp)
}

function nthLine(text: string, n: number): string {
  let start = 0
  for (let k = 0; k < n; k++) {
    const j = text.indexOf('\n', start)
    if (j < 0) return ''
    start = j + 1
  }
  const e = text.indexOf('\n', start)
  return e < 0 ? text.slice(start) : text.slice(start, e + 1)
}

let lastLine = ''
let lastLineAscii = true

/** tokens of one line share its text: test it once */
function isAsciiLine(line: string): boolean {
  if (line !== lastLine) {
    lastLine = line
    lastLineAscii = ASCII.test(line)
  }
  return lastLineAscii
}

/**
 * Token -> PTok with byte columns. `lineOf(n)` gives source line n (1-based) so the
 * columns are converted against the real physical lines, whatever `line` holds.
 */
export function convertToken(t: Token, lineOf: (n: number) => string | undefined): PTok {
  const line = t.line
  // identifiers are NFKC-normalized (Parser/pegen.c _PyPegen_new_identifier)
  let str = t.type === 'NAME' && !ASCII.test(t.string) ? t.string.normalize('NFKC') : t.string
  // a TYPE_COMMENT's value is the text after "type:" and its spaces (tokenizer.c tok_get)
  if (t.type === 'TYPE_COMMENT' && str.startsWith('#')) str = str.replace(/^#\s*type:\s*/, '')
  let col = t.col
  let endCol = t.endCol
  if (!isAsciiLine(line) || t.endLineno > t.lineno) {
    const first = lineOf(t.lineno) ?? nthLine(line, 0)
    col = toByteCol(first, t.col)
    if (t.endLineno > t.lineno) {
      // a multi-line token's last line starts at column 0: its end is the length of
      // the token text after its last newline
      const nl = t.string.lastIndexOf('\n')
      endCol = nl >= 0 ? byteLen(t.string.slice(nl + 1)) : toByteCol(lineOf(t.endLineno) ?? '', t.endCol)
    } else endCol = toByteCol(first, t.endCol)
  }
  let cpEndCol = t.endCol
  if (t.type === 'FSTRING_MIDDLE') {
    // '{{' / '}}' yield one brace; Parser/tokenizer.c's token still spans the second one
    // (tokenize-style positions stop before it)
    const last = str.charCodeAt(str.length - 1)
    if (last === 0x7b || last === 0x7d) {
      const l = lineOf(t.endLineno) ?? ''
      const next = isAsciiLine(l) ? l.charCodeAt(t.endCol) : (Array.from(l)[t.endCol] ?? '').charCodeAt(0)
      if (next === last) {
        endCol++
        cpEndCol++
      }
    }
  }
  return {
    type: t.type, string: str, lineno: t.lineno, col, endLineno: t.endLineno, endCol,
    cpCol: t.col, cpEndCol, line, level: 0,
  }
}

export interface TypeIgnoreInfo {
  lineno: number
  tag: string
}

export class Parser {
  readonly toks: PTok[] = []
  pos = 0
  /** second pass: the invalid_* rules are active */
  callInvalid = false
  readonly typeIgnores: TypeIgnoreInfo[] = []
  /** memo tables, keyed by rule then token index */
  readonly memo = new Map<string, Map<number, { node: unknown; end: number }>>()
  /** set when the tokenizer raised */
  tokError: PySyntaxError | null = null
  level = 0
  /**
   * SyntaxError offsets in characters (the tokenizer knows an encoding: str source, or
   * bytes with a BOM or coding cookie); else they stay UTF-8 byte offsets, as CPython's
   * _PyPegen_raise_error_known_location leaves them when tok->encoding is NULL
   */
  charOffsets = true

  constructor(
    readonly source: TokenSource,
    readonly filename: string,
    readonly featureVersion: number,
    readonly srcLines: () => string[],
  ) {}

  /** Parser/pegen.c _PyPegen_fill_token: pull one token (type-ignores collected aside). */
  private fill(): void {
    for (;;) {
      let t: Token
      try {
        t = this.source.next()
      } catch (e) {
        if (e instanceof PySyntaxError) this.tokError = e
        throw e
      }
      if (t.type === 'TYPE_IGNORE') {
        // the tag is what follows "ignore" (tokenizer.c: the TYPE_IGNORE token text)
        this.typeIgnores.push({ lineno: t.lineno, tag: t.string.replace(/^#\s*type:\s*ignore/, '') })
        continue
      }
      const pt = convertToken(t, (n) => this.srcLines()[n - 1])
      const ty = t.type
      if (ty === 'LPAR' || ty === 'LSQB' || ty === 'LBRACE') this.level++
      else if ((ty === 'RPAR' || ty === 'RSQB' || ty === 'RBRACE') && this.level > 0) this.level--
      pt.level = this.level
      this.toks.push(pt)
      return
    }
  }

  tok(): PTok {
    if (this.pos >= this.toks.length) this.fill()
    return this.toks[this.pos]
  }

  peek(k: number): PTok {
    while (this.pos + k >= this.toks.length) {
      const last = this.toks[this.toks.length - 1]
      if (last && last.type === 'ENDMARKER') return last
      this.fill()
    }
    return this.toks[this.pos + k]
  }

  next(): PTok {
    const t = this.tok()
    this.pos++
    return t
  }

  at(type: TokenTypeName): boolean {
    return this.tok().type === type
  }

  /** NAME token with this exact string (keyword or soft keyword) */
  atKw(kw: string): boolean {
    const t = this.tok()
    return t.type === 'NAME' && t.string === kw
  }

  /** the type of the token just consumed is `type` */
  tokBefore(type: TokenTypeName): boolean {
    return this.pos > 0 && this.toks[this.pos - 1].type === type
  }

  eat(type: TokenTypeName): PTok | null {
    const t = this.tok()
    if (t.type !== type) return null
    this.pos++
    return t
  }

  eatKw(kw: string): PTok | null {
    const t = this.tok()
    if (t.type !== 'NAME' || t.string !== kw) return null
    this.pos++
    return t
  }

  /** a NAME that is not a hard keyword */
  eatName(): PTok | null {
    const t = this.tok()
    if (t.type !== 'NAME' || KEYWORDS.has(t.string)) return null
    this.pos++
    return t
  }

  /** any NAME, keywords included */
  eatNameAny(): PTok | null {
    const t = this.tok()
    if (t.type !== 'NAME') return null
    this.pos++
    return t
  }

  atName(): boolean {
    const t = this.tok()
    return t.type === 'NAME' && !KEYWORDS.has(t.string)
  }

  /** Parser/pegen.c _PyPegen_get_last_nonnwhitespace_token */
  lastTok(): PTok {
    for (let m = this.pos - 1; m >= 0; m--) {
      const t = this.toks[m]
      if (t.type !== 'ENDMARKER' && t.type !== 'NEWLINE' && t.type !== 'INDENT' && t.type !== 'DEDENT') return t
    }
    return this.toks[0]
  }

  /** position from a start token to the last consumed token (the EXTRA macro) */
  span(start: PTok): Span {
    const e = this.lastTok()
    return { lineno: start.lineno, col_offset: start.col, end_lineno: e.endLineno, end_col_offset: e.endCol }
  }

  // ---- errors (Parser/pegen_errors.c) ----

  /** raise at a token range (RAISE_ERROR_KNOWN_LOCATION over tokens) */
  errorAtTokens(kind: SyntaxErrorKind, msg: string, a: PTok, b: PTok | null): never {
    const end = b ?? a
    throw this.makeError(kind, msg, a.lineno, a.col + 1, end.endLineno, end.endCol + 1)
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE / _LOCATION over nodes */
  errorAtNodes(msg: string, a: Pos, b: Pos | null = null, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const e = b ?? a
    throw this.makeError(kind, msg, a.lineno, a.col_offset + 1, e.end_lineno ?? a.lineno, (e.end_col_offset ?? -2) + 1)
  }

  /** a forced token (&&'x' in the grammar) is missing: raise at the token found */
  forcedTokenError(expected: string): never {
    const t = this.tok()
    throw this.makeError('SyntaxError', `expected '${expected}'`, t.lineno, t.col + 1, t.endLineno, t.endCol + 1)
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to where the tokenizer stands */
  errorStartingFrom(msg: string, a: Pos): never {
    const t = this.toks[this.toks.length - 1]
    throw this.makeError('SyntaxError', msg, a.lineno, a.col_offset + 1, t.endLineno, t.endCol)
  }

  /** RAISE_SYNTAX_ERROR without a location: the last token fetched */
  errorAtLast(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    if (this.toks.length === 0) this.tok()
    const t = this.toks[this.toks.length - 1]
    if (t.type === 'INDENT' || t.type === 'DEDENT' || t.type === 'ENDMARKER') {
      // The C tokenizer gives these tokens no columns (-1) in the parser; _PyPegen_raise_error
      // then takes the column from where the tokenizer stands (cur - line_start, not
      // 1-based) on its current line, and leaves the end offset at -1.
      const [lineno, col] = this.tokenizerStandsAt(t)
      throw this.makeError(kind, msg, lineno, col, lineno, -1)
    }
    throw this.makeError(kind, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1)
  }

  /**
   * The C tokenizer's line number and byte column (tok->cur - tok->line_start) right after
   * it produced `t`, an INDENT, DEDENT or ENDMARKER: after the indentation of the line for
   * an INDENT or DEDENT; at the end of the last line (its newline, real or the one the
   * tokenizer adds, included) for the tokens at the end of the file.
   */
  private tokenizerStandsAt(t: PTok): [number, number] {
    const lines = this.srcLines()
    if (t.lineno <= lines.length && t.type !== 'ENDMARKER') return [t.lineno, t.endCol]
    const n = lines.length
    if (n === 0) return [1, 0]
    const last = lines[n - 1]
    return [n, byteLen(last) + (last.endsWith('\n') ? 0 : 1)]
  }

  /**
   * Parser/pegen_errors.c _PyPegen_raise_error_known_location: byte offsets (1-based) are
   * turned into character offsets against the error's first line.
   */
  makeError(
    kind: SyntaxErrorKind, msg: string, lineno: number, bOffset: number, endLineno: number, bEndOffset: number,
  ): PySyntaxError {
    const lines = this.srcLines()
    let text: string | null = lines[lineno - 1] ?? null
    if (lineno > lines.length || lineno < 1) text = null
    const line = text ?? ''
    const offset = this.charOffsets ? byteOffsetToChar(line, bOffset) : bOffset
    const endOffset = this.charOffsets && bEndOffset > 0 ? byteOffsetToChar(line, bEndOffset) : bEndOffset
    return new PySyntaxError({
      kind, msg, filename: this.filename, lineno, offset, text, end_lineno: endLineno, end_offset: endOffset,
    })
  }
}

/** Parser/pegen.c _PyPegen_byte_offset_to_character_offset */
export function byteOffsetToChar(line: string, bOffset: number): number {
  if (ASCII.test(line)) return Math.min(bOffset, line.length + 1)
  const total = byteLen(line)
  const off = Math.min(bOffset, total + 1)
  let bytes = 0
  let chars = 0
  for (const ch of line) {
    if (bytes >= off) break
    const c = ch.codePointAt(0)!
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    chars++
  }
  if (bytes < off) chars += off - bytes
  return chars
}

export function isKeyword(s: string): boolean {
  return KEYWORDS.has(s)
}
