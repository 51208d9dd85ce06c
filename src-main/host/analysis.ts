// The tokens, AST and bytecode of one source text, as the teaching views show them: a
// pure function of the text (and its file name, which code objects record). A syntax
// error is data here, so the views can say what CPython says instead of going blank.

import type { Analysis, AstRow, SyntaxErrorView, TokenRow } from '../../src-shared/analysis'
import type { CodeObjectView } from '../../src-shared/bytecode'
import { parse } from '../python/parser/index'
import { dump } from '../python/ast/dump'
import { compile } from '../python/compiler/compile'
import { buildCodeView } from '../python/bytecode/view'
import { PyCompileError, PySyntaxError } from '../python/errors'
import { formatSyntaxError } from '../python/ast/formatSyntaxError'
// the tokenizer module also links itself into the parser when imported
import { tokenizeAll } from '../python/tokenizer/index'
import { astRows } from './astRows'

function syntaxErrorView(e: unknown): SyntaxErrorView {
  if (e instanceof PySyntaxError) {
    return {
      kind: e.kind,
      msg: e.msg,
      lineno: e.lineno,
      offset: e.offset,
      endLineno: e.end_lineno,
      endOffset: e.end_offset,
      text: formatSyntaxError(e),
    }
  }
  const kind = e instanceof PyCompileError ? e.pyType : 'InternalError'
  const msg = e instanceof Error ? e.message : String(e)
  return { kind, msg, lineno: null, offset: null, endLineno: null, endOffset: null, text: `${kind}: ${msg}\n` }
}

function tokenRows(source: string): { tokens: TokenRow[] | null; note: string | null } {
  const rows: TokenRow[] = []
  try {
    for (const t of tokenizeAll(source, { extraTokens: true })) {
      rows.push({ type: t.type, string: t.string, line: t.lineno, col: t.col, endLine: t.endLineno, endCol: t.endCol })
    }
    return { tokens: rows, note: null }
  } catch (e) {
    // tokenize stops at the error: keep what it produced before, as the module does
    const msg = e instanceof PySyntaxError ? `${e.kind}: ${e.msg} (line ${e.lineno})` : e instanceof Error ? e.message : String(e)
    return { tokens: rows, note: `tokenize stopped: ${msg}` }
  }
}

/**
 * The views draw neither the inline CACHE entries nor code_info's text; dropping them
 * makes a 3,000-line file's analysis about a megabyte lighter to send on every keystroke.
 */
function slim(c: CodeObjectView): CodeObjectView {
  for (const ins of c.instructions) ins.caches = []
  return { ...c, info: '', children: c.children.map(slim) }
}

/** The analysis of `source` saved as `path` (the file name goes into co_filename). */
export function analyzeSource(path: string, source: string, filename = path): Analysis {
  const t0 = performance.now()
  const { tokens, note } = tokenRows(source)
  const t1 = performance.now()
  const result: Analysis = {
    path,
    tokens,
    tokensNote: note,
    ast: null,
    astDump: null,
    code: null,
    error: null,
    timings: { tokenize: t1 - t0, parse: 0, compile: 0 },
  }
  let tree
  try {
    tree = parse(source, { filename, mode: 'exec' })
  } catch (e) {
    result.error = syntaxErrorView(e)
    result.timings.parse = performance.now() - t1
    return result
  }
  result.ast = astRows(tree)
  result.astDump = dump(tree, { indent: 4 })
  const t2 = performance.now()
  result.timings.parse = t2 - t1
  try {
    result.code = slim(buildCodeView(compile(tree, filename)))
  } catch (e) {
    // the compiler's own SyntaxErrors ('return' outside function, ...) come after parsing
    result.error = syntaxErrorView(e)
  }
  result.timings.compile = performance.now() - t2
  return result
}

export type { AstRow }
