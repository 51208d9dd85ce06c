// The tokens, AST and bytecode of one source text, as the teaching views show them: a
// pure function of the text (and its file name, which code objects record). A syntax
// error is data here, so the views can say what CPython says instead of going blank.

import type { Analysis, AstRow, SyntaxErrorView, TokenRow } from '../../src-shared/analysis'
import type { CodeInstructions, CodeObjectView } from '../../src-shared/bytecode'
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
 * The views draw neither the inline CACHE entries, dis's argval (argrepr is what dis
 * prints), the line table (each row has its positions) nor code_info's text; dropping them
 * makes a 3,000-line file's analysis megabytes lighter to send on every keystroke.
 */
function slim(c: CodeObjectView): CodeObjectView {
  for (const ins of c.instructions) {
    ins.caches = []
    ins.argval = null
  }
  return { ...c, info: '', lineTable: [], children: c.children.map(slim) }
}

/** The tokens and syntax tree of `source` (or its SyntaxError). */
export function analyzeFront(path: string, source: string, filename = path): Analysis {
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
  try {
    result.ast = astRows(parse(source, { filename, mode: 'exec' }))
  } catch (e) {
    result.error = syntaxErrorView(e)
  }
  result.timings.parse = performance.now() - t1
  return result
}

/** The code objects of `source`, or the SyntaxError of its parser or compiler. */
export function analyzeCode(source: string, filename: string): Pick<Analysis, 'code' | 'error'> & { ms: number } {
  const t0 = performance.now()
  try {
    return { code: slim(buildCodeView(compile(parse(source, { filename, mode: 'exec' }), filename, { consumeTree: true }))), error: null, ms: performance.now() - t0 }
  } catch (e) {
    // the compiler's own SyntaxErrors ('return' outside function, ...) come after parsing
    return { code: null, error: syntaxErrorView(e), ms: performance.now() - t0 }
  }
}

/**
 * The code objects of the last text analysed per file, kept where they were compiled so
 * an analysis can leave out every nested code object's instructions (most of its size)
 * and the bytecode view asks for one code object's when it shows it.
 */
export class CodeViews {
  private last = new Map<string, { text: string; code: CodeObjectView | null }>()

  private full(text: string, filename: string): CodeObjectView | null {
    const hit = this.last.get(filename)
    if (hit && hit.text === text) return hit.code
    const r = analyzeCode(text, filename)
    this.remember(text, filename, r.code)
    return r.code
  }

  private remember(text: string, filename: string, code: CodeObjectView | null): void {
    this.last.delete(filename)
    this.last.set(filename, { text, code })
    // a class opens a few files at a time; keep the latest eight
    if (this.last.size > 8) this.last.delete(this.last.keys().next().value!)
  }

  /** analyzeCode with the nested code objects' instructions left out */
  analyze(text: string, filename: string): ReturnType<typeof analyzeCode> {
    const r = analyzeCode(text, filename)
    this.remember(text, filename, r.code)
    return { ...r, code: r.code ? thin(r.code, true) : null }
  }

  /** the instructions of the code object whose `path` (through co_consts) is `path` */
  instructions(text: string, filename: string, path: number[]): CodeInstructions | null {
    const key = path.join(',')
    const find = (c: CodeObjectView): CodeObjectView | null => {
      if (c.path.join(',') === key) return c
      for (const k of c.children) {
        const f = find(k)
        if (f) return f
      }
      return null
    }
    const root = this.full(text, filename)
    const c = root ? find(root) : null
    return c ? { instructions: c.instructions, exceptionTable: c.exceptionTable } : null
  }
}

function thin(c: CodeObjectView, root: boolean): CodeObjectView {
  const children = c.children.map((k) => thin(k, false))
  return root ? { ...c, children } : { ...c, instructions: [], instructionsOmitted: true, children }
}

/** Both halves in one: what analysisPool.ts does on two threads at once. */
export function analyzeSource(path: string, source: string, filename = path): Analysis {
  const front = analyzeFront(path, source, filename)
  if (front.error) return front
  return mergeAnalysis(front, analyzeCode(source, filename))
}

/** the front end's result completed with the code objects (a parse error already ends it) */
export function mergeAnalysis(front: Analysis, code: Pick<Analysis, 'code' | 'error'> & { ms: number }): Analysis {
  if (front.error) return front
  return { ...front, code: code.code, error: code.error, timings: { ...front.timings, compile: code.ms } }
}

/** ast.dump(ast.parse(source), indent=indent): the AST view's text, asked for when shown */
export function astDumpOf(source: string, filename: string, indent: number | null): string {
  return dump(parse(source, { filename, mode: 'exec' }), { indent: indent ?? undefined })
}

export type { AstRow }
