// `pyscope -m tokenize [-e] [FILE]`: Lib/tokenize.py main() of CPython 3.12 — detect the
// encoding, tokenize everything first (tokens = list(tokenize(f.readline))), then print
// "%-20s%-15s%-15r" per token; errors go to stderr as main()'s error() formats them, exit 1.

import type { PyHost } from '../host'
import { PySyntaxError } from '../errors'
import { strRepr } from '../objects/strrepr'
import type { Token } from '../tokenizer/token'
import { tokenizeAll } from '../tokenizer/tokenizer'
import { decodeWith, DecodeFailure, detectEncodingTokenize } from '../tokenizer/decode'
import { TOKEN_TYPES, type TokenTypeName } from '../spec/tokens.gen'

const USAGE = 'usage: python -m tokenize [-h] [-e] [filename.py]\n'
const HELP = `${USAGE}
positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
`

// Lib/token.py EXACT_TOKEN_TYPES: the operator strings TokenInfo.exact_type knows
const EXACT: Record<string, TokenTypeName> = {
  '!': 'EXCLAMATION', '!=': 'NOTEQUAL', '%': 'PERCENT', '%=': 'PERCENTEQUAL', '&': 'AMPER',
  '&=': 'AMPEREQUAL', '(': 'LPAR', ')': 'RPAR', '*': 'STAR', '**': 'DOUBLESTAR',
  '**=': 'DOUBLESTAREQUAL', '*=': 'STAREQUAL', '+': 'PLUS', '+=': 'PLUSEQUAL', ',': 'COMMA',
  '-': 'MINUS', '-=': 'MINEQUAL', '->': 'RARROW', '.': 'DOT', '...': 'ELLIPSIS', '/': 'SLASH',
  '//': 'DOUBLESLASH', '//=': 'DOUBLESLASHEQUAL', '/=': 'SLASHEQUAL', ':': 'COLON',
  ':=': 'COLONEQUAL', ';': 'SEMI', '<': 'LESS', '<<': 'LEFTSHIFT', '<<=': 'LEFTSHIFTEQUAL',
  '<=': 'LESSEQUAL', '=': 'EQUAL', '==': 'EQEQUAL', '>': 'GREATER', '>=': 'GREATEREQUAL',
  '>>': 'RIGHTSHIFT', '>>=': 'RIGHTSHIFTEQUAL', '@': 'AT', '@=': 'ATEQUAL', '[': 'LSQB',
  ']': 'RSQB', '^': 'CIRCUMFLEX', '^=': 'CIRCUMFLEXEQUAL', '{': 'LBRACE', '|': 'VBAR',
  '|=': 'VBAREQUAL', '}': 'RBRACE', '~': 'TILDE',
}

/** Python-tokenize.c: operator types become the generic OP in the tokenize module */
function genericType(t: TokenTypeName): TokenTypeName {
  const n = TOKEN_TYPES[t]
  if (n > TOKEN_TYPES.DEDENT && n < TOKEN_TYPES.OP) return 'OP'
  if (t === 'ASYNC' || t === 'AWAIT') return 'NAME'
  return t
}

function pad(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length)
}

/** Python's len(): code points */
function cpLen(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) n--
  }
  return n
}

function padCp(s: string, w: number): string {
  const l = cpLen(s)
  return l >= w ? s : s + ' '.repeat(w - l)
}

export function formatToken(t: Token, exact: boolean): string {
  let type = genericType(t.type)
  if (exact && type === 'OP') type = EXACT[t.string] ?? 'OP'
  const range = `${t.lineno},${t.col}-${t.endLineno},${t.endCol}:`
  return `${pad(range, 20)}${pad(type, 15)}${padCp(strRepr(t.string), 15)}`
}

export function main(argv: string[], host: PyHost): number {
  let exact = false
  let filename: string | null = null
  for (const a of argv) {
    if (a === '-h' || a === '--help') {
      host.writeStdout(HELP)
      return 0
    } else if (a === '-e' || a === '--exact') exact = true
    else if (a.startsWith('-') && a !== '-') {
      host.writeStderr(`${USAGE}python -m tokenize: error: unrecognized arguments: ${a}\n`)
      return 2
    } else if (filename === null) filename = a
    else {
      host.writeStderr(`${USAGE}python -m tokenize: error: unrecognized arguments: ${a}\n`)
      return 2
    }
  }
  const shown = filename ?? '<stdin>'
  const error = (msg: string, loc?: [unknown, unknown]): number => {
    host.writeStderr(loc ? `${shown}:${pyInt(loc[0])}:${pyInt(loc[1])}: error: ${msg}\n` : `${shown}: error: ${msg}\n`)
    return 1
  }
  let out: string[]
  try {
    let tokens: Token[]
    if (filename !== null) {
      let bytes: Uint8Array
      try {
        bytes = host.readFile(filename)
      } catch (e) {
        host.writeStderr(`error: [Errno 2] No such file or directory: ${strRepr(filename)}\n`)
        return 1
      }
      const enc = detectEncodingTokenize(bytes, filename)
      let text: string
      try {
        text = decodeWith(enc.body, enc.kind, true)
      } catch (e) {
        if (e instanceof DecodeFailure) {
          host.writeStderr(`unexpected error: ${e.message}\n`)
          return 1
        }
        throw e
      }
      tokens = [{ type: 'ENCODING', string: enc.name, lineno: 0, col: 0, endLineno: 0, endCol: 0, line: '' }]
      for (const t of tokenizeAll(text, { filename, extraTokens: true })) tokens.push(t)
    } else {
      let text = ''
      for (let l = host.readLine(); l !== null; l = host.readLine()) text += l
      tokens = tokenizeAll(text, { filename: '<stdin>', extraTokens: true })
    }
    out = tokens.map((t) => formatToken(t, exact))
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e
    if (e.kind === 'IndentationError' || e.kind === 'TabError') return error(e.msg, [e.lineno, e.offset])
    if (e.lineno === null && e.offset === null) return error(e.msg)
    // _generate_tokens_from_c_tokenizer: TokenError(_transform_msg(msg), (lineno, offset))
    const msg = e.msg.includes('unterminated triple-quoted string literal') ? 'EOF in multi-line string' : e.msg
    return error(msg, [e.lineno, e.offset])
  }
  host.writeStdout(out.join('\n') + (out.length ? '\n' : ''))
  return 0
}

function pyInt(v: unknown): string {
  return v === null || v === undefined ? 'None' : String(v)
}
