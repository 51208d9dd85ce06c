// The analysis of the open file (tokens, AST, bytecode) and the source range the views
// share: a view sets `highlight` to show its item in the editor; the editor reports its
// selection and each view finds its own items there. Analysis runs in the main side,
// debounced while the student types, and positions are converted here from CPython's
// units (bytes, code points) to the editor's UTF-16 offsets.

import type { PyscopeBridge } from '../../src-shared/api'
import type { Analysis, ByteRange, TokenRow } from '../../src-shared/analysis'
import type { CodeInstructions, SourcePositions } from '../../src-shared/bytecode'
import { byteColToUtf16, cpColToUtf16 } from '../../src-shared/positions'

export interface DocRange {
  from: number
  to: number
}

const DEBOUNCE_MS = 250

export class Inspector {
  analysis = $state.raw<Analysis | null>(null)
  /** the range a view asks the editor to highlight */
  highlight = $state.raw<DocRange | null>(null)
  /** the editor's selection (the cursor when empty) */
  selection = $state.raw<DocRange>({ from: 0, to: 0 })
  /** wall time of the last analysis as the renderer saw it (call + transfer), ms */
  lastMs = $state(0)

  /** the text `analysis` was computed from */
  private analyzedText = ''
  private lines: string[] = []
  private starts: number[] = []
  private timer: ReturnType<typeof setTimeout> | null = null
  private seq = 0

  constructor(private readonly api: PyscopeBridge) {}

  /** the file's text changed (opened: at once; typed: after a pause) */
  update(path: string | null, text: string, immediate: boolean): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (path === null || !path.endsWith('.py')) {
      this.seq++
      this.analysis = null
      return
    }
    if (immediate) void this.run(path, text)
    else this.timer = setTimeout(() => void this.run(path, text), DEBOUNCE_MS)
  }

  /** the bytecode half is still being compiled (the tokens and the tree are shown) */
  codePending = $state(false)

  private async run(path: string, text: string): Promise<void> {
    const mine = ++this.seq
    const t0 = performance.now()
    try {
      // the two halves come from two threads: the tokens and the tree are shown as soon as
      // they arrive, the bytecode when it does
      const frontP = this.api.analyzeFront(path, text)
      const codeP = this.api.analyzeCode(path, text)
      // awaited below unless the text does not parse; a failure must not go unhandled
      codeP.catch(() => undefined)
      const a = await frontP
      if (mine !== this.seq) return // a newer text is on its way
      this.lines = text.split('\n')
      this.starts = []
      let at = 0
      for (const l of this.lines) {
        this.starts.push(at)
        at += l.length + 1
      }
      this.highlight = null
      this.analyzedText = text
      this.analysis = a
      this.codePending = a.error === null
      this.lastMs = performance.now() - t0
      if (a.error !== null) return
      const c = await codeP
      if (mine !== this.seq) return
      this.analysis = { ...a, code: c.code, error: c.error, timings: { ...a.timings, compile: c.compileMs } }
      this.codePending = false
    } catch (e) {
      if (mine !== this.seq) return
      this.codePending = false
      const msg = e instanceof Error ? e.message : String(e)
      this.analysis = {
        path, tokens: null, tokensNote: msg, ast: null, astDump: null, code: null,
        error: { kind: 'Error', msg, lineno: null, offset: null, endLineno: null, endOffset: null, text: msg },
        timings: { tokenize: 0, parse: 0, compile: 0 },
      }
    }
  }

  /** the instructions of one code object of the analysed text (analyze sends the module's only) */
  async codeInstructions(codePath: number[]): Promise<CodeInstructions | null> {
    const a = this.analysis
    if (!a || !a.code) return null
    return this.api.codeInstructions(a.path, this.analyzedText, codePath)
  }

  /** ast.dump(tree, indent=indent) of the analysed text, asked for only when the text form is shown */
  async astDump(indent: number | null): Promise<string | null> {
    const a = this.analysis
    if (!a || a.error) return null
    return this.api.astDump(a.path, this.analyzedText, indent)
  }

  private lineOffset(line: number, col: (text: string) => number): number {
    const i = Math.min(Math.max(line - 1, 0), Math.max(this.lines.length - 1, 0))
    return (this.starts[i] ?? 0) + col(this.lines[i] ?? '')
  }

  /** an AST or co_positions range (UTF-8 byte columns) in editor offsets */
  byteRange(r: ByteRange): DocRange {
    return {
      from: this.lineOffset(r.line, (t) => byteColToUtf16(t, r.col)),
      to: this.lineOffset(r.endLine, (t) => byteColToUtf16(t, r.endCol)),
    }
  }

  /** a whole source line (1-based) of the analysed text */
  lineRange(line: number): DocRange {
    return { from: this.lineOffset(line, () => 0), to: this.lineOffset(line, (t) => t.length) }
  }

  positionsRange(p: SourcePositions): DocRange | null {
    if (p.lineno === null) return null
    return this.byteRange({ line: p.lineno, col: p.col_offset ?? 0, endLine: p.end_lineno ?? p.lineno, endCol: p.end_col_offset ?? p.col_offset ?? 0 })
  }

  tokenRange(t: TokenRow): DocRange {
    return { from: this.lineOffset(t.line, (s) => cpColToUtf16(s, t.col)), to: this.lineOffset(t.endLine, (s) => cpColToUtf16(s, t.endCol)) }
  }

  /** where the syntax error is, for the editor's underline: at least one character */
  errorRange(): DocRange | null {
    const e = this.analysis?.error
    if (!e || e.lineno === null || e.lineno < 1) return null
    const from = this.lineOffset(e.lineno, (s) => cpColToUtf16(s, Math.max((e.offset ?? 1) - 1, 0)))
    let to = from
    if (e.endLineno !== null && e.endOffset !== null && e.endOffset > 0) {
      to = this.lineOffset(e.endLineno, (s) => cpColToUtf16(s, e.endOffset! - 1))
    }
    if (to <= from) {
      const lineEnd = this.lineOffset(e.lineno, (s) => s.length)
      to = Math.max(from + 1, Math.min(lineEnd, from + 1))
    }
    return { from, to }
  }

  /** the line (1-based) of an editor offset */
  lineOf(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}
