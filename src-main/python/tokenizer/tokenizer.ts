// Python's tokenizer after Parser/tokenizer.c (CPython 3.12), one implementation in two
// modes:
//  - parser mode: the stream pegen consumes (no COMMENT/NL, exact operator types, TYPE_COMMENT
//    and TYPE_IGNORE with typeComments, bracket-matching and identifier/number checks), over
//    the source with newlines translated as tokenizer.c translate_newlines does for strings;
//  - extraTokens mode: what Lib/tokenize.py receives from
//    _generate_tokens_from_c_tokenizer(extra_tokens=True) (Python-tokenize.c), lines kept as
//    readline() gives them.
// Positions are reported as Python-tokenize.c reports them (code-point columns, NEWLINE
// ending one past its character, trailing DEDENT/ENDMARKER on the line after the last), in
// both modes; the parser converts to byte columns itself.

import { PySyntaxError, type SyntaxErrorKind } from '../errors'
import type { TokenTypeName } from '../spec/tokens.gen'
import type { Token } from './token'
import {
  EOF, isIdentStart, isIdentChar, isDigit, isXDigit, oneChar, twoChars, threeChars,
  scanIdentifier, isPrintable, hex4,
} from './chars'
import { charsInUtf8Prefix, translateNewlines, utf8Len } from './text'
import { E_DEDENT, E_EOF, E_LINECONT, E_TABSPACE, E_TOODEEP, ERROR_INFO, PEGEN_LOCATED, type TokErrorInfo } from './tokErrors'
import { newMode, type Mode } from './mode'
import type { TokenizerOptions, TokenizerWarning } from './options'

export { restOfSourceError } from './tokErrors'
export { translateNewlines } from './text'

export type { TokenizerOptions, TokenizerWarning } from './options'

// tokenizer.c limits
const MAXINDENT = 100
const MAXLEVEL = 200
const MAXFSTRINGLEVEL = 150
const MAX_EXPR_NESTING = 3
const TABSIZE = 8
const ALTTABSIZE = 1

const Q1 = 0x27 // '
const Q2 = 0x22 // "
const NL = 0x0a
const CR = 0x0d
const BSLASH = 0x5c
const LBRACE = 0x7b
const RBRACE = 0x7d

export class Tokenizer {
  private readonly s: string
  private readonly n: number
  private readonly filename: string
  private readonly extra: boolean
  private readonly typeComments: boolean
  private readonly onWarning: ((w: TokenizerWarning) => boolean | void) | undefined
  /** the source had no final newline: one was added (tok->implicit_newline on the last line) */
  private readonly fakeNewline: boolean
  private readonly astral: boolean
  private readonly hasNull: boolean

  private cur = 0
  /** end of the current line (after its '\n') */
  private inp = 0
  private lineStart = 0
  private buf = 0
  private lineno = 0
  private firstLineno = 1
  private multiLineStart = 0
  /** tok->start == NULL */
  private startNull = true
  private eof = false

  private atbol = true
  private pendin = 0
  private readonly indstack: number[] = [0]
  private readonly altindstack: number[] = [0]
  private indent = 0
  private level = 0
  private readonly parenstack: number[] = []
  private readonly parenlinenostack: number[] = []
  private readonly parencolstack: number[] = []
  private commentNewline = false

  private readonly modes: Mode[] = [newMode()]
  private mode: Mode = this.modes[0]

  private error: PySyntaxError | null = null
  private finished: Token | null = null

  // cache of the `line` string for the current (lineStart, inp)
  private lineCacheKey = -1
  private lineCacheEnd = -1
  private lineCache = ''

  constructor(source: string, opts: TokenizerOptions = {}) {
    this.filename = opts.filename ?? '<string>'
    this.extra = opts.extraTokens ?? false
    this.typeComments = opts.typeComments ?? false
    this.onWarning = opts.onWarning
    let s = this.extra ? source : translateNewlines(source, false)
    this.fakeNewline = s.length > 0 && s.charCodeAt(s.length - 1) !== NL
    if (this.fakeNewline) s += '\n'
    this.s = s
    this.n = s.length
    this.astral = /[\ud800-\udfff]/.test(s)
    this.hasNull = s.indexOf('\0') >= 0
  }

  // ---- reading (tok_nextc / tok_backup) ----

  private nextc(): number {
    if (this.cur < this.inp) return this.s.charCodeAt(this.cur++)
    if (this.eof) return EOF
    if (this.inp >= this.n) {
      // tok_underflow_*: no more lines
      this.eof = true
      if (this.extra && this.startNull && this.modes.length === 1) this.buf = this.inp
      return EOF
    }
    const start = this.inp
    const e = this.s.indexOf('\n', start)
    this.inp = e < 0 ? this.n : e + 1
    this.lineStart = start
    // string input resets tok->buf on every line; readline input only between tokens
    if (!this.extra || (this.startNull && this.modes.length === 1)) this.buf = start
    this.lineno++
    if (this.hasNull) {
      const z = this.s.indexOf('\0', start)
      // tok_nextc: each line read is checked (error at the line's start)
      if (z >= 0 && z < this.inp) throw this.syntaxError('source code cannot contain null bytes')
    }
    return this.s.charCodeAt(this.cur++)
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--
  }

  /** the current line is the last one and its newline was made up */
  private implicitNewline(): boolean {
    return this.fakeNewline && this.inp === this.n
  }

  // ---- positions ----

  /** code points between two indexes */
  private cps(a: number, b: number): number {
    if (!this.astral || b <= a) return b - a
    let k = 0
    const s = this.s
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i)
      if (c >= 0xdc00 && c <= 0xdfff && i > a) {
        const p = s.charCodeAt(i - 1)
        if (p >= 0xd800 && p <= 0xdbff) continue
      }
      k++
    }
    return k
  }

  private lineText(from: number): string {
    let end = this.inp
    if (end > from && this.implicitNewline()) end--
    if (from === this.lineCacheKey && end === this.lineCacheEnd) return this.lineCache
    this.lineCacheKey = from
    this.lineCacheEnd = end
    this.lineCache = this.s.slice(from, end)
    return this.lineCache
  }

  /** Python-tokenize.c tokenizeriter_next: the TokenInfo fields of one token */
  private make(type: TokenTypeName, pStart: number, pEnd: number): Token {
    const isStr = type === 'STRING' || type === 'FSTRING_MIDDLE'
    const ls = isStr ? this.multiLineStart : this.lineStart
    if (type === 'ENDMARKER' || (type === 'DEDENT' && this.eof)) {
      const ln = this.lineno + 1
      return { type, string: '', lineno: ln, col: 0, endLineno: ln, endCol: 0, line: '' }
    }
    const line = this.lineText(ls)
    let str = this.s.slice(pStart, pEnd)
    const lineno = isStr ? this.firstLineno : this.lineno
    const col = pStart >= ls ? this.cps(ls, pStart) : -1
    let endCol = pEnd >= this.lineStart ? this.cps(this.lineStart, pEnd) : -1
    if (this.extra && isStr && ls !== this.lineStart && endCol > 0) {
      // Python-tokenize.c converts the end's byte offset within the *last* line into
      // characters by counting them at the start of `line`, which begins on the string's
      // first line: for non-ASCII text the reported end column is off, and we match it.
      endCol = charsInUtf8Prefix(line, utf8Len(this.s, this.lineStart, pEnd))
    }
    if (type === 'NEWLINE') {
      str = this.implicitNewline() ? '' : this.s.charCodeAt(pStart) === CR ? '\r\n' : '\n'
      endCol++
    } else if (type === 'NL') {
      if (this.implicitNewline()) str = ''
    }
    return { type, string: str, lineno, col, endLineno: this.lineno, endCol, line }
  }

  // ---- errors ----

  /** tokenizer.c _syntaxerror_range: col/endCol are 1-based code-point offsets, -1: at cur */
  private syntaxError(msg: string, col = -1, endCol = -1): PySyntaxError {
    if (col === -1) col = this.cps(this.lineStart, this.cur)
    if (endCol === -1) endCol = col
    let e = this.s.indexOf('\n', this.lineStart)
    if (e < 0) e = this.n
    return this.mark(new PySyntaxError({
      kind: 'SyntaxError', msg, filename: this.filename, lineno: this.lineno, offset: col,
      text: this.s.slice(this.lineStart, e), end_lineno: this.lineno, end_offset: endCol,
    }), 0)
  }

  /** tokenizer.c parser_warn: a warning, or a SyntaxError at the current position */
  private warn(message: string): void {
    if (!this.onWarning) return
    if (this.onWarning({ category: 'SyntaxWarning', message, filename: this.filename, lineno: this.lineno })) {
      throw this.syntaxError(message)
    }
  }

  /** record how pegen would treat this error when it turns up after a parser error */
  private mark(err: PySyntaxError, code: number): PySyntaxError {
    const info: TokErrorInfo = { doneCode: code, inFString: this.modes.length > 1, unclosed: null }
    if (code && this.level > 0 && !this.extra) {
      const k = this.level - 1
      const ln = this.parenlinenostack[k]
      const text = this.lineno <= ln && this.inp > this.buf ? this.s.slice(this.buf, this.inp) : this.nthLineNoNl(ln)
      info.unclosed = new PySyntaxError({
        kind: 'SyntaxError', msg: `'${String.fromCharCode(this.parenstack[k])}' was never closed`, filename: this.filename,
        lineno: ln, offset: this.parencolstack[k] + 1, text, end_lineno: ln, end_offset: 0,
      })
    }
    ERROR_INFO.set(err, info)
    if (code) PEGEN_LOCATED.add(err)
    if (info.unclosed) PEGEN_LOCATED.add(info.unclosed)
    return err
  }

  private nthLineNoNl(lineno: number): string {
    let start = 0
    for (let k = 1; k < lineno; k++) {
      const j = this.s.indexOf('\n', start)
      if (j < 0) return ''
      start = j + 1
    }
    let e = this.s.indexOf('\n', start)
    if (e < 0) e = this.n
    return this.s.slice(start, e)
  }

  /**
   * Errors tokenizer.c leaves to its caller (tok->done): pegen's _Pypegen_tokenizer_error in
   * parser mode, Python-tokenize.c _tokenizer_error in extraTokens mode.
   */
  private doneError(code: number): PySyntaxError {
    return this.mark(this.doneError1(code), code)
  }

  private doneError1(code: number): PySyntaxError {
    const lineno = this.lineno
    const mk = (kind: SyntaxErrorKind, msg: string, ln: number, off: number, text: string | null,
      endLn: number, endOff: number): PySyntaxError =>
      new PySyntaxError({ kind, msg, filename: this.filename, lineno: ln, offset: off, text, end_lineno: endLn, end_offset: endOff })
    const bufText = this.s.slice(this.buf, this.inp)
    if (this.extra) {
      if (code === E_EOF) {
        return mk('SyntaxError', 'unexpected EOF in multi-line statement', lineno,
          utf8Len(this.s, this.buf, this.inp), null, lineno, null as unknown as number)
      }
      let kind: SyntaxErrorKind = 'SyntaxError'
      let msg = 'unknown tokenization error'
      if (code === E_DEDENT) [kind, msg] = ['IndentationError', 'unindent does not match any outer indentation level']
      else if (code === E_TABSPACE) [kind, msg] = ['TabError', 'inconsistent use of tabs and spaces in indentation']
      else if (code === E_TOODEEP) [kind, msg] = ['IndentationError', 'too many levels of indentation']
      else if (code === E_LINECONT) msg = 'unexpected character after line continuation character'
      const text = bufText.endsWith('\n') ? bufText.slice(0, -1) : bufText
      let off = this.cps(this.buf, this.inp)
      // E_LINECONT too: the offset is the whole buffer (Python-tokenize.c _tokenizer_error)
      return mk(kind, msg, lineno, off, text, null as unknown as number, null as unknown as number)
    }
    // parser mode: the error line is the tokenizer's buffer when it is still on that line
    const textFor = (ln: number): string => (this.lineno <= ln && this.inp > this.buf ? bufText : this.nthLineNoNl(ln))
    switch (code) {
      case E_EOF: {
        if (this.level > 0) {
          const k = this.level - 1
          const ln = this.parenlinenostack[k]
          return mk('SyntaxError', `'${String.fromCharCode(this.parenstack[k])}' was never closed`, ln,
            this.parencolstack[k] + 1, textFor(ln), ln, 0)
        }
        const off = this.cur === this.buf ? 0 : this.cps(this.lineStart, this.cur)
        return mk('SyntaxError', 'unexpected EOF while parsing', lineno, off, textFor(lineno), lineno, -1)
      }
      case E_DEDENT:
        return mk('IndentationError', 'unindent does not match any outer indentation level', lineno,
          this.cur === this.buf ? 0 : this.cps(this.lineStart, this.cur), textFor(lineno), lineno, -1)
      case E_TABSPACE:
        return mk('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 1, textFor(lineno), lineno, 0)
      case E_TOODEEP:
        return mk('IndentationError', 'too many levels of indentation', lineno, 1, textFor(lineno), lineno, 0)
      default:
        return mk('SyntaxError', 'unexpected character after line continuation character', lineno,
          this.cps(this.buf, this.cur), textFor(lineno), lineno, 0)
    }
  }

  // ---- driver ----

  next(): Token {
    if (this.error) throw this.error
    if (this.hasNull && !this.extra && !this.error) {
      // compile() of a string refuses it before tokenizing (no location)
      this.error = new PySyntaxError({
        kind: 'SyntaxError', msg: 'source code string cannot contain null bytes', filename: this.filename,
        lineno: null, offset: null, text: null, end_lineno: null, end_offset: null,
      })
      throw this.error
    }
    if (this.finished) return this.finished
    try {
      const t = this.mode.fstring ? this.getFString() : this.getNormal()
      if (t.type === 'ENDMARKER') this.finished = t
      return t
    } catch (e) {
      if (e instanceof PySyntaxError) this.error = e
      throw e
    }
  }

  /** tok_continuation_line: after a backslash, the newline and the next line's first char */
  private continuation(): void {
    let c = this.nextc()
    if (c === CR) c = this.nextc()
    if (c !== NL) throw this.doneError(E_LINECONT)
    c = this.nextc()
    if (c === EOF) {
      this.cur = this.inp
      throw this.doneError(E_EOF)
    }
    this.backup(c)
  }

  /** tok_get_normal_mode */
  private getNormal(): Token {
    let c = 0
    nextline: for (;;) {
      this.startNull = true
      let blankline = false
      if (this.atbol) {
        let col = 0
        let altcol = 0
        this.atbol = false
        let contLineCol = 0
        for (;;) {
          c = this.nextc()
          if (c === 0x20) {
            col++
            altcol++
          } else if (c === 0x09) {
            col = (Math.floor(col / TABSIZE) + 1) * TABSIZE
            altcol = (Math.floor(altcol / ALTTABSIZE) + 1) * ALTTABSIZE
          } else if (c === 0x0c) {
            col = altcol = 0
          } else if (c === BSLASH) {
            // the first backslash-continued line decides the indentation
            contLineCol = contLineCol || col
            this.continuation()
          } else break
        }
        this.backup(c)
        if (c === 0x23 || c === NL || c === CR) blankline = true
        if (!blankline && this.level === 0) {
          if (contLineCol) col = altcol = contLineCol
          const top = this.indent
          if (col === this.indstack[top]) {
            if (altcol !== this.altindstack[top]) throw this.indentError()
          } else if (col > this.indstack[top]) {
            if (top + 1 >= MAXINDENT) {
              this.cur = this.inp
              throw this.doneError(E_TOODEEP)
            }
            if (altcol <= this.altindstack[top]) throw this.indentError()
            this.pendin++
            this.indent++
            this.indstack[this.indent] = col
            this.altindstack[this.indent] = altcol
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]) {
              this.pendin--
              this.indent--
            }
            if (col !== this.indstack[this.indent]) {
              this.cur = this.inp
              throw this.doneError(E_DEDENT)
            }
            if (altcol !== this.altindstack[this.indent]) throw this.indentError()
          }
        }
      }

      this.startNull = false
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++
          return this.make('DEDENT', this.cur, this.cur)
        }
        this.pendin--
        return this.make('INDENT', this.buf, this.cur)
      }

      again: for (;;) {
        this.startNull = true
        do c = this.nextc()
        while (c === 0x20 || c === 0x09 || c === 0x0c)
        this.startNull = false
        const start = c === EOF ? this.cur : this.cur - 1

        // comments, and type comments (tokenizer.c: "# type: " with any run of blanks)
        if (c === 0x23) {
          while (c !== EOF && c !== NL && c !== CR) c = this.nextc()
          if (this.typeComments) {
            const tc = this.typeComment(start, c, blankline)
            if (tc) return tc
          }
          if (this.extra) {
            this.backup(c)
            this.commentNewline = blankline
            return this.make('COMMENT', start, this.cur)
          }
        }

        if (c === EOF) {
          if (this.level) throw this.doneError(E_EOF)
          return this.make('ENDMARKER', this.cur, this.cur)
        }

        // identifiers, and string prefixes
        if (isIdentStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true
            else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true
            else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true
            else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true
            else break
            c = this.nextc()
            if (c === Q2 || c === Q1) {
              if (sawF) return this.fstringStart(start, c)
              return this.stringLiteral(start, c)
            }
          }
          let nonascii = false
          while (isIdentChar(c)) {
            if (c >= 128) nonascii = true
            c = this.nextc()
          }
          this.backup(c)
          if (nonascii && !this.extra) this.verifyIdentifier(start)
          return this.make('NAME', start, this.cur)
        }

        if (c === CR) c = this.nextc()

        if (c === NL) {
          this.atbol = true
          if (blankline || this.level > 0) {
            if (this.extra) {
              this.commentNewline = false
              return this.make('NL', start, this.cur)
            }
            continue nextline
          }
          if (this.commentNewline && this.extra) {
            this.commentNewline = false
            return this.make('NL', start, this.cur)
          }
          return this.make('NEWLINE', start, this.cur - 1)
        }

        if (c === 0x2e) {
          c = this.nextc()
          if (isDigit(c)) return this.number(start, c, true)
          if (c === 0x2e) {
            c = this.nextc()
            if (c === 0x2e) return this.make('ELLIPSIS', start, this.cur)
            this.backup(c)
            this.backup(0x2e)
          } else this.backup(c)
          return this.make('DOT', start, this.cur)
        }

        if (isDigit(c)) return this.number(start, c, false)

        if (c === Q1 || c === Q2) return this.stringLiteral(start, c)

        if (c === BSLASH) {
          this.continuation()
          continue again
        }

        // f-string replacement fields: ':', '!', '}' at the field's own depth
        const m = this.mode
        if ((c === 0x3a || c === RBRACE || c === 0x21 || c === LBRACE) && this.modes.length > 1 && m.exprStartDepth >= 0) {
          const cursor = m.curlyDepth - (c !== LBRACE ? 1 : 0)
          if (cursor === 0) {
            // update_fstring_expr
            if (c === LBRACE) m.exprEnded = false
            else m.exprEnded = true
          }
          if (c === 0x3a && cursor === m.exprStartDepth) {
            m.fstring = true
            return this.make('COLON', start, this.cur)
          }
        }

        // two- and three-character operators
        {
          const c2 = this.nextc()
          const t2 = twoChars(c, c2)
          if (t2 !== 'OP') {
            const c3 = this.nextc()
            const t3 = threeChars(c, c2, c3)
            if (t3 !== 'OP') return this.make(t3, start, this.cur)
            this.backup(c3)
            return this.make(t2, start, this.cur)
          }
          this.backup(c2)
        }

        switch (c) {
          case 0x28: case 0x5b: case LBRACE:
            if (this.level >= MAXLEVEL) throw this.syntaxError('too many nested parentheses')
            this.parenstack[this.level] = c
            this.parenlinenostack[this.level] = this.lineno
            this.parencolstack[this.level] = this.cps(this.lineStart, start)
            this.level++
            if (this.modes.length > 1) m.curlyDepth++
            break
          case 0x29: case 0x5d: case RBRACE: {
            if (this.modes.length > 1 && !m.curlyDepth && c === RBRACE) {
              throw this.syntaxError("f-string: single '}' is not allowed")
            }
            if (!this.extra && !this.level) throw this.syntaxError(`unmatched '${String.fromCharCode(c)}'`)
            if (this.level > 0) {
              this.level--
              const opening = this.parenstack[this.level]
              if (!this.extra && !((opening === 0x28 && c === 0x29) || (opening === 0x5b && c === 0x5d) ||
                (opening === LBRACE && c === RBRACE))) {
                if (this.modes.length > 1 && opening === LBRACE && m.curlyDepth - 1 === m.exprStartDepth) {
                  throw this.syntaxError(`f-string: unmatched '${String.fromCharCode(c)}'`)
                }
                const o = String.fromCharCode(opening)
                const cl = String.fromCharCode(c)
                if (this.parenlinenostack[this.level] !== this.lineno) {
                  throw this.syntaxError(`closing parenthesis '${cl}' does not match opening parenthesis '${o}' on line ${this.parenlinenostack[this.level]}`)
                }
                throw this.syntaxError(`closing parenthesis '${cl}' does not match opening parenthesis '${o}'`)
              }
            }
            if (this.modes.length > 1) {
              m.curlyDepth--
              if (c === RBRACE && m.curlyDepth === m.exprStartDepth) {
                m.exprStartDepth--
                m.fstring = true
                m.debug = false
              }
            }
            break
          }
        }

        if (c < 0x20 || c === 0x7f) {
          throw this.syntaxError(`invalid non-printable character U+${hex4(c)}`)
        }
        if (c === 0x3d && m.exprStartDepth >= 0) m.debug = true
        return this.make(oneChar(c), start, this.cur)
      }
    }
  }

  private indentError(): PySyntaxError {
    this.cur = this.inp
    return this.doneError(E_TABSPACE)
  }

  /** tokenizer.c type comment recognition; null when the comment is an ordinary one */
  private typeComment(start: number, c: number, blankline: boolean): Token | null {
    const s = this.s
    const prefix = '# type: '
    let p = start
    let k = 0
    while (k < prefix.length && p < this.cur) {
      const pc = prefix.charCodeAt(k)
      if (pc === 0x20) {
        while (s.charCodeAt(p) === 0x20 || s.charCodeAt(p) === 0x09) p++
      } else if (pc === s.charCodeAt(p)) p++
      else break
      k++
    }
    if (k < prefix.length) return null
    this.backup(c) // don't eat the newline or EOF
    const ignoreEnd = p + 6
    const isIgnore = this.cur >= ignoreEnd && s.startsWith('ignore', p) &&
      !(this.cur > ignoreEnd && (s.charCodeAt(ignoreEnd) >= 128 || isAlnum(s.charCodeAt(ignoreEnd))))
    if (isIgnore) {
      // alone on its line, the ignore takes the newline too (3.12.1's tag then ends in '\n')
      if (blankline) {
        this.nextc()
        this.atbol = true
      }
      return this.make('TYPE_IGNORE', ignoreEnd, this.cur)
    }
    return this.make('TYPE_COMMENT', p, this.cur)
  }

  /** verify_identifier: the first character that cannot be in an identifier */
  private verifyIdentifier(start: number): void {
    const text = this.s.slice(start, this.cur)
    const bad = scanIdentifier(text)
    if (!bad) return
    // tok->cur moves just past the invalid character
    let i = 0
    for (let k = 0; k <= bad.index; k++) i += text.codePointAt(i)! > 0xffff ? 2 : 1
    this.cur = start + i
    const ch = bad.ch
    if (isPrintable(ch)) throw this.syntaxError(`invalid character '${String.fromCodePoint(ch)}' (U+${hex4(ch)})`)
    throw this.syntaxError(`invalid non-printable character U+${hex4(ch)}`)
  }

  // ---- numbers ----

  /** verify_end_of_number (the keyword-follows warning is not reported) */
  private verifyEnd(c: number, kind: string): void {
    if (this.extra) return
    const s = this.s
    let r = false
    const look = (rest: string): boolean => s.startsWith(rest, this.cur)
    if (c === 0x61) r = look('nd')
    else if (c === 0x65) r = look('lse')
    else if (c === 0x66) r = look('or')
    else if (c === 0x69) {
      const c2 = this.cur < this.inp ? s.charCodeAt(this.cur) : EOF
      r = c2 === 0x66 || c2 === 0x6e || c2 === 0x73
    } else if (c === 0x6f) r = look('r')
    else if (c === 0x6e) r = look('ot')
    if (r) {
      // a keyword follows: only a warning (reported at the number's last character)
      this.backup(c)
      this.warn(`invalid ${kind} literal`)
      this.nextc()
      return
    }
    if (c < 128 && c !== EOF && isIdentChar(c)) {
      this.backup(c)
      throw this.syntaxError(`invalid ${kind} literal`)
    }
  }

  /** tok_decimal_tail: digits with single underscores; returns the char after them */
  private decimalTail(): number {
    let c: number
    for (;;) {
      do c = this.nextc()
      while (isDigit(c))
      if (c !== 0x5f) break
      c = this.nextc()
      if (!isDigit(c)) {
        this.backup(c)
        throw this.syntaxError('invalid decimal literal')
      }
    }
    return c
  }

  /** the number branch of tok_get_normal_mode; c is the first digit (or the digit after '.') */
  private number(start: number, c: number, fromDot: boolean): Token {
    if (fromDot) return this.fraction(start, c)
    if (c === 0x30) {
      c = this.nextc()
      if (c === 0x78 || c === 0x58) {
        c = this.nextc()
        do {
          if (c === 0x5f) c = this.nextc()
          if (!isXDigit(c)) {
            this.backup(c)
            throw this.syntaxError('invalid hexadecimal literal')
          }
          do c = this.nextc()
          while (isXDigit(c))
        } while (c === 0x5f)
        this.verifyEnd(c, 'hexadecimal')
      } else if (c === 0x6f || c === 0x4f) {
        c = this.nextc()
        do {
          if (c === 0x5f) c = this.nextc()
          if (c < 0x30 || c >= 0x38) {
            if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`)
            this.backup(c)
            throw this.syntaxError('invalid octal literal')
          }
          do c = this.nextc()
          while (c >= 0x30 && c < 0x38)
        } while (c === 0x5f)
        if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`)
        this.verifyEnd(c, 'octal')
      } else if (c === 0x62 || c === 0x42) {
        c = this.nextc()
        do {
          if (c === 0x5f) c = this.nextc()
          if (c !== 0x30 && c !== 0x31) {
            if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`)
            this.backup(c)
            throw this.syntaxError('invalid binary literal')
          }
          do c = this.nextc()
          while (c === 0x30 || c === 0x31)
        } while (c === 0x5f)
        if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`)
        this.verifyEnd(c, 'binary')
      } else {
        let nonzero = false
        // maybe old-style octal; '0' alone (and 0_0, 00) is fine
        for (;;) {
          if (c === 0x5f) {
            c = this.nextc()
            if (!isDigit(c)) {
              this.backup(c)
              throw this.syntaxError('invalid decimal literal')
            }
          }
          if (c !== 0x30) break
          c = this.nextc()
        }
        const zerosEnd = this.cur
        if (isDigit(c)) {
          nonzero = true
          c = this.decimalTail()
        }
        if (c === 0x2e) return this.fraction(start, this.nextc())
        if (c === 0x65 || c === 0x45) return this.exponent(start, c)
        if (c === 0x6a || c === 0x4a) return this.imaginary(start)
        // Python-tokenize.c callers (extra tokens) accept old-style octal
        if (nonzero && !this.extra) {
          this.backup(c)
          throw this.syntaxError(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            utf8Len(this.s, this.lineStart, start) + 1, utf8Len(this.s, this.lineStart, zerosEnd))
        }
        this.verifyEnd(c, 'decimal')
      }
    } else {
      c = this.decimalTail()
      if (c === 0x2e) return this.fraction(start, this.nextc())
      if (c === 0x65 || c === 0x45) return this.exponent(start, c)
      if (c === 0x6a || c === 0x4a) return this.imaginary(start)
      this.verifyEnd(c, 'decimal')
    }
    this.backup(c)
    return this.make('NUMBER', start, this.cur)
  }

  /** after the '.': c is the character following it */
  private fraction(start: number, c: number): Token {
    if (isDigit(c)) c = this.decimalTail()
    if (c === 0x65 || c === 0x45) return this.exponent(start, c)
    if (c === 0x6a || c === 0x4a) return this.imaginary(start)
    this.verifyEnd(c, 'decimal')
    this.backup(c)
    return this.make('NUMBER', start, this.cur)
  }

  private exponent(start: number, e: number): Token {
    let c = this.nextc()
    if (c === 0x2b || c === 0x2d) {
      c = this.nextc()
      if (!isDigit(c)) {
        this.backup(c)
        throw this.syntaxError('invalid decimal literal')
      }
    } else if (!isDigit(c)) {
      this.backup(c)
      this.verifyEnd(e, 'decimal')
      this.backup(e)
      return this.make('NUMBER', start, this.cur)
    }
    c = this.decimalTail()
    if (c === 0x6a || c === 0x4a) return this.imaginary(start)
    this.verifyEnd(c, 'decimal')
    this.backup(c)
    return this.make('NUMBER', start, this.cur)
  }

  private imaginary(start: number): Token {
    const c = this.nextc()
    this.verifyEnd(c, 'imaginary')
    this.backup(c)
    return this.make('NUMBER', start, this.cur)
  }

  // ---- strings ----

  /** the `letter_quote` branch: c is the opening quote */
  private stringLiteral(start: number, quote: number): Token {
    let quoteSize = 1
    let endQuoteSize = 0
    this.firstLineno = this.lineno
    this.multiLineStart = this.lineStart
    let c = this.nextc()
    if (c === quote) {
      c = this.nextc()
      if (c === quote) quoteSize = 3
      else endQuoteSize = 1 // empty string
    }
    if (c !== quote) this.backup(c)
    const s = this.s
    while (endQuoteSize !== quoteSize) {
      // fast path: skip ordinary characters of this line
      if (this.cur < this.inp) {
        const ch = s.charCodeAt(this.cur)
        if (ch !== quote && ch !== BSLASH && ch !== NL) {
          this.cur++
          endQuoteSize = 0
          continue
        }
      }
      c = this.nextc()
      if (c === EOF || (quoteSize === 1 && c === NL)) {
        // report from the opening quote
        this.cur = start + 1
        this.lineStart = this.multiLineStart
        const detected = this.lineno
        this.lineno = this.firstLineno
        if (this.modes.length > 1) {
          const m = this.mode
          if (m.quote === quote && m.quoteSize === quoteSize) {
            throw this.syntaxError("f-string: expecting '}'")
          }
        }
        if (quoteSize === 3) throw this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`)
        throw this.syntaxError(`unterminated string literal (detected at line ${detected})`)
      }
      if (c === quote) endQuoteSize++
      else {
        endQuoteSize = 0
        if (c === BSLASH) {
          c = this.nextc()
          if (c === CR) c = this.nextc()
        }
      }
    }
    return this.make('STRING', start, this.cur)
  }

  /** the `f_string_quote` branch: push an f-string mode */
  private fstringStart(start: number, quote: number): Token {
    let quoteSize = 1
    this.firstLineno = this.lineno
    this.multiLineStart = this.lineStart
    const afterQuote = this.nextc()
    if (afterQuote === quote) {
      const aa = this.nextc()
      if (aa === quote) quoteSize = 3
      else {
        this.backup(aa)
        this.backup(afterQuote)
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote)
    if (this.modes.length >= MAXFSTRINGLEVEL) throw this.syntaxError('too many nested f-strings')
    const m = newMode()
    m.fstring = true
    m.quote = quote
    m.quoteSize = quoteSize
    m.start = start
    m.multiLineStart = this.lineStart
    m.startLineno = this.lineno
    const p0 = this.s.charCodeAt(start) | 0x20
    m.raw = p0 === 0x72 || (this.s.charCodeAt(start + 1) | 0x20) === 0x72
    const t = this.make('FSTRING_START', start, this.cur)
    this.modes.push(m)
    this.mode = m
    return t
  }

  /** tok_get_fstring_mode */
  private getFString(): Token {
    const m = this.mode
    const start = this.cur
    this.startNull = false
    this.firstLineno = this.lineno
    let unicodeEscape = false

    const sc = this.nextc()
    if (sc === LBRACE) {
      const peek = this.nextc()
      this.backup(peek)
      this.backup(sc)
      if (peek !== LBRACE) {
        m.exprStartDepth++
        if (m.exprStartDepth >= MAX_EXPR_NESTING) throw this.syntaxError('f-string: expressions nested too deeply')
        m.fstring = false
        return this.getNormal()
      }
    } else this.backup(sc)

    // the end of the f-string?
    let atEnd = true
    for (let i = 0; i < m.quoteSize; i++) {
      const q = this.nextc()
      if (q !== m.quote) {
        // (the quotes matched so far stay consumed, as in tokenizer.c)
        this.backup(q)
        atEnd = false
        break
      }
    }
    if (atEnd) {
      const t = this.make('FSTRING_END', start, this.cur)
      this.modes.pop()
      this.mode = this.modes[this.modes.length - 1]
      return t
    }

    const inFormatSpec = m.exprEnded && m.exprStartDepth >= 0
    this.multiLineStart = this.lineStart
    let endQuoteSize = 0
    while (endQuoteSize !== m.quoteSize) {
      const c = this.nextc()
      if (c === EOF || (m.quoteSize === 1 && c === NL)) {
        if (inFormatSpec && c === NL) {
          this.backup(c)
          m.fstring = false
          return this.make('FSTRING_MIDDLE', start, this.cur)
        }
        this.cur = m.start + 1
        this.lineStart = m.multiLineStart
        const detected = this.lineno
        this.lineno = m.startLineno
        if (m.quoteSize === 3) {
          throw this.syntaxError(`unterminated triple-quoted f-string literal (detected at line ${detected})`)
        }
        throw this.syntaxError(`unterminated f-string literal (detected at line ${detected})`)
      }
      if (c === m.quote) {
        endQuoteSize++
        continue
      }
      endQuoteSize = 0
      if (c === LBRACE) {
        const peek = this.nextc()
        if (peek !== LBRACE || inFormatSpec) {
          this.backup(peek)
          this.backup(c)
          m.exprStartDepth++
          if (m.exprStartDepth >= MAX_EXPR_NESTING) throw this.syntaxError('f-string: expressions nested too deeply')
          m.fstring = false
          return this.make('FSTRING_MIDDLE', start, this.cur)
        }
        return this.make('FSTRING_MIDDLE', start, this.cur - 1)
      } else if (c === RBRACE) {
        if (unicodeEscape) return this.make('FSTRING_MIDDLE', start, this.cur)
        const peek = this.nextc()
        if (peek === RBRACE && !inFormatSpec) return this.make('FSTRING_MIDDLE', start, this.cur - 1)
        this.backup(peek)
        this.backup(c)
        m.fstring = false
        return this.make('FSTRING_MIDDLE', start, this.cur)
      } else if (c === BSLASH) {
        let peek = this.nextc()
        if (peek === CR) peek = this.nextc()
        if (peek === LBRACE || peek === RBRACE) {
          // the brace is handled by the loop
          if (!m.raw) this.warn(`invalid escape sequence '\\${String.fromCharCode(peek)}'`)
          this.backup(peek)
          continue
        }
        if (!m.raw && peek === 0x4e) {
          peek = this.nextc()
          if (peek === LBRACE) unicodeEscape = true
          else this.backup(peek)
        }
      }
    }
    // give the quotes back: they make the FSTRING_END
    this.cur -= m.quoteSize
    return this.make('FSTRING_MIDDLE', start, this.cur)
  }
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** all tokens up to and including ENDMARKER */
export function tokenizeAll(source: string, opts: TokenizerOptions = {}): Token[] {
  const t = new Tokenizer(source, opts)
  const out: Token[] = []
  for (;;) {
    const tok = t.next()
    out.push(tok)
    if (tok.type === 'ENDMARKER') return out
  }
}
