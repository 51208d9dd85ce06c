// View model of the tokens, AST and bytecode panels for one source text: what the main
// side's analysis (src-main/host/analysis.ts) computes and the renderer draws. Positions
// keep CPython's units (AST and co_positions columns are UTF-8 byte offsets; tokenize's
// are code points) so the views print what CPython prints; the renderer converts them
// to editor offsets with src-shared/positions.ts.

import type { CodeObjectView } from './bytecode'

export interface TokenRow {
  /** exact type name as `python -m tokenize -e` prints it (LPAR, NAME, NEWLINE, ...) */
  type: string
  string: string
  /** 1-based lines, 0-based code-point columns, as TokenInfo.start/end */
  line: number
  col: number
  endLine: number
  endCol: number
}

/** a position range as ast and co_positions give it: lines 1-based, columns in UTF-8 bytes */
export interface ByteRange {
  line: number
  col: number
  endLine: number
  endCol: number
}

/**
 * One row of the AST tree, in pre-order. A node row names its class; a list row is a
 * field holding a list; a literal row is a field holding a plain value (shown inline).
 */
export interface AstRow {
  depth: number
  /** index of the parent row, -1 for the root */
  parent: number
  /** the field this row is in its parent, with the list index: "body[0]", "value" */
  field: string | null
  kind: 'node' | 'list' | 'literal'
  /** class name for nodes, "[n]" for lists, the repr for literals */
  label: string
  /** literal fields of a node shown inline after its name: id='x', ctx=Load() */
  inline: string
  /** source range of a node with position attributes */
  range: ByteRange | null
  /** number of rows below this one that belong to it (its subtree) */
  size: number
}

export interface SyntaxErrorView {
  kind: string
  msg: string
  /** CPython's SyntaxError attributes: 1-based lines, 1-based character offsets */
  lineno: number | null
  offset: number | null
  endLineno: number | null
  endOffset: number | null
  /** the full text `python3.12 file.py` prints for it (with the caret lines) */
  text: string
}

export interface AnalysisTimings {
  /**
   * milliseconds of each half, on two threads at once (host/analysisPool.ts): tokenize and
   * parse for the tokens and the tree; compile for the code objects, its own parse included
   */
  tokenize: number
  parse: number
  compile: number
}

/** the bytecode half of an analysis, asked for on its own so the tokens and the tree can be
 *  shown as soon as they are ready */
export interface AnalysisCode {
  code: CodeObjectView | null
  /** the compiler's SyntaxError (or the parser's, the same as the front half's) */
  error: SyntaxErrorView | null
  compileMs: number
}

export interface Analysis {
  path: string
  /** null when the tokenizer failed or is not available (see tokensNote) */
  tokens: TokenRow[] | null
  tokensNote: string | null
  ast: AstRow[] | null
  /** ast.dump(tree, indent=4) */
  astDump: string | null
  code: CodeObjectView | null
  /** a SyntaxError (or the error that stopped the pipeline), shown in place of the views */
  error: SyntaxErrorView | null
  timings: AnalysisTimings
}
