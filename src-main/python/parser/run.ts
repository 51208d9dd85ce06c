// Running the parser over one source: the start rules of Grammar/python.gram (file,
// eval, interactive, func_type) and Parser/pegen.c _PyPegen_run_parser's two passes —
// a fast pass without the invalid_* rules, then, on failure, a second pass with them to
// find a targeted message, else "invalid syntax" at the furthest token of the first pass
// (_PyPegen_set_syntax_error), with tokenizer errors later in the file taking precedence.

import type * as A from '../spec/astNodes.gen'
import { PySyntaxError } from '../errors'
import { Parser, type TokenSource } from './core'
import { restOfSourceError } from '../tokenizer/tokenizer'
import { expression, expressions } from './expressions'
import { statement, statements } from './statements'
import * as inv from './invalid'

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type'

function fileRule(p: Parser): A.mod | null {
  const body = statements(p) ?? []
  if (!p.eat('ENDMARKER')) return null
  const type_ignores: A.TypeIgnore[] = p.typeIgnores.map((t) => ({ _type: 'TypeIgnore', lineno: t.lineno, tag: t.tag }))
  return { _type: 'Module', body, type_ignores }
}

function evalRule(p: Parser): A.mod | null {
  const body = expressions(p)
  if (!body) return null
  while (p.eat('NEWLINE'));
  if (!p.eat('ENDMARKER')) return null
  return { _type: 'Expression', body }
}

// interactive: statement_newline
function interactiveRule(p: Parser): A.mod | null {
  const t = p.tok()
  if (t.type === 'NEWLINE') {
    p.pos++
    return { _type: 'Interactive', body: [{ _type: 'Pass', ...p.span(t) }] }
  }
  if (t.type === 'ENDMARKER') return null
  const mark = p.pos
  const s = statement(p)
  if (!s) return null
  // compound_stmt NEWLINE (the string tokenizer may already have ended the input)
  if (p.toks[mark].type !== 'NEWLINE' && s.length === 1 && isCompound(s[0])) p.eat('NEWLINE')
  return { _type: 'Interactive', body: s }
}

function isCompound(s: A.stmt): boolean {
  switch (s._type) {
    case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': case 'If': case 'For': case 'AsyncFor':
    case 'While': case 'With': case 'AsyncWith': case 'Try': case 'TryStar': case 'Match':
      return true
    default:
      return false
  }
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
function funcTypeRule(p: Parser): A.mod | null {
  if (!p.eat('LPAR')) return null
  const argtypes: A.expr[] = []
  while (!p.at('RPAR')) {
    p.eat('STAR') || p.eat('DOUBLESTAR')
    const e = expression(p)
    if (!e) return null
    argtypes.push(e)
    if (!p.eat('COMMA')) break
  }
  if (!p.eat('RPAR') || !p.eat('RARROW')) return null
  const returns = expression(p)
  if (!returns) return null
  while (p.eat('NEWLINE'));
  if (!p.eat('ENDMARKER')) return null
  return { _type: 'FunctionType', argtypes, returns }
}

const RULES: Record<ParseMode, (p: Parser) => A.mod | null> = {
  exec: fileRule,
  eval: evalRule,
  single: interactiveRule,
  func_type: funcTypeRule,
}


/** Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors */
function checkRestOfSource(p: Parser, err: PySyntaxError): PySyntaxError {
  if (p.tokError) return p.tokError
  const errLine = p.toks.length ? p.toks[p.toks.length - 1].lineno : 0
  try {
    for (;;) {
      const t = p.source.next()
      if (t.type === 'ENDMARKER') break
    }
  } catch (e) {
    // pegen's full-source check: which later tokenizer errors replace the parser's
    if (e instanceof PySyntaxError) return restOfSourceError(e, errLine) ?? err
    throw e
  }
  return err
}

export function runParser(p: Parser, mode: ParseMode): A.mod {
  const rule = RULES[mode]
  let res: A.mod | null
  try {
    res = rule(p)
  } catch (e) {
    if (e instanceof PySyntaxError) throw checkRestOfSource(p, e)
    throw e
  }
  if (res) {
    if (mode === 'single') checkSingle(p)
    return res
  }
  const lastTok = p.toks[p.toks.length - 1]
  p.pos = 0
  p.callInvalid = true
  p.memo.clear()
  try {
    rule(p)
  } catch (e) {
    if (e instanceof PySyntaxError) throw checkRestOfSource(p, e)
    throw e
  }
  // _PyPegen_set_syntax_error
  if (lastTok.type === 'INDENT' || lastTok.type === 'DEDENT') {
    // INDENT/DEDENT carry no column in CPython: the offset is where the tokenizer stands
    const t = lastTok
    const col = t.type === 'INDENT' || t.type === 'DEDENT' ? t.endCol : t.col + 1
    throw p.makeError('IndentationError', lastTok.type === 'INDENT' ? 'unexpected indent' : 'unexpected unindent',
      t.lineno, col, t.endLineno, -1)
  }
  const err = p.makeError('SyntaxError', 'invalid syntax', lastTok.lineno, lastTok.col + 1, lastTok.endLineno, lastTok.endCol + 1)
  throw checkRestOfSource(p, err)
}

/** Parser/pegen.c bad_single_statement: anything but blank lines/comments after the statement */
function checkSingle(p: Parser): void {
  let k = p.pos
  for (;;) {
    const t = k < p.toks.length ? p.toks[k] : (p.tok(), p.toks[k])
    if (!t) return
    if (t.type === 'ENDMARKER') return
    if (t.type === 'NEWLINE' || t.type === 'DEDENT') {
      k++
      p.pos = k
      continue
    }
    p.errorAtLast('multiple statements found while compiling a single statement')
  }
}

export function makeParser(source: TokenSource, filename: string, featureVersion: number, text: string): Parser {
  let lines: string[] | null = null
  return new Parser(source, filename, featureVersion, () => (lines ??= splitLines(text)))
}

function splitLines(s: string): string[] {
  const out: string[] = []
  if (!s.includes('\r')) {
    // the usual case: \n endings only, each line keeps its own
    let i = 0
    while (i < s.length) {
      const j = s.indexOf('\n', i)
      const end = j < 0 ? s.length : j + 1
      out.push(s.slice(i, end))
      i = end
    }
    return out
  }
  let i = 0
  while (i < s.length) {
    let j = i
    while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++
    if (j < s.length) {
      if (s[j] === '\r' && s[j + 1] === '\n') j++
      j++
    }
    out.push(s.slice(i, j).replace(/\r\n?$/, '\n'))
    i = j
  }
  return out
}

export { inv }
