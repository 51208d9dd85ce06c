// The timeline's model, pure and testable: the calls of a traced run as bars (start and
// end step, depth, code), the exceptions as marks (where raised, where caught), what of
// them a view window shows, and the steps the stepping keys move to. Built once per run
// from the event columns; queries are binary searches over per-depth arrays, so a run of
// a million calls draws and pans in the time of what is visible.

import type { TraceColumns } from '../../src-shared/timeline'
import type { TraceFileJson } from '../../src-shared/trace'

const CALL = 0
const LINE = 1
const RETURN = 2
const EXCEPTION = 3

export interface CallBar {
  start: number
  /** the step of its return event (or the last step when the run ended inside it) */
  end: number
  depth: number
  code: number
  /** an exception passed through the call (it ended by the exception) */
  raised: boolean
}

export interface ExceptionMark {
  step: number
  depth: number
  /** caught in this frame: the next event of the frame is a line, not its return */
  caught: boolean
}

export interface TimelineModel {
  steps: number
  maxDepth: number
  /** bars per depth, sorted by start */
  byDepth: CallBar[][]
  exceptions: ExceptionMark[]
  columns: TraceColumns
}

export function buildTimeline(c: TraceColumns): TimelineModel {
  const n = c.kinds.length
  const byDepth: CallBar[][] = []
  const open: CallBar[] = []
  const exceptions: ExceptionMark[] = []
  let maxDepth = 0
  for (let i = 0; i < n; i++) {
    const k = c.kinds[i]
    const d = c.depths[i]
    if (k === CALL) {
      const bar: CallBar = { start: i, end: n - 1, depth: d, code: c.codeIds[i], raised: false }
      ;(byDepth[d] ??= []).push(bar)
      open[d] = bar
      if (d > maxDepth) maxDepth = d
    } else if (k === RETURN) {
      const bar = open[d]
      if (bar) bar.end = i
    } else if (k === EXCEPTION) {
      // caught when the frame's next event is a line; a return next means it propagated
      let j = i + 1
      while (j < n && c.depths[j] > d) j++
      const caught = j < n && c.depths[j] === d && c.kinds[j] === LINE
      exceptions.push({ step: i, depth: d, caught })
      if (!caught && open[d]) open[d].raised = true
    }
  }
  for (let d = 0; d <= maxDepth; d++) byDepth[d] ??= []
  return { steps: n, maxDepth, byDepth, exceptions, columns: c }
}

/** the index of the first bar of one depth that ends at or after `step` (bars of one
 *  depth never overlap, so their ends are sorted like their starts) */
export function firstBarFrom(bars: readonly CallBar[], step: number): number {
  let lo = 0
  let hi = bars.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (bars[mid].end < step) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** how many bars of one depth meet [from, to] */
export function countBars(bars: readonly CallBar[], from: number, to: number): number {
  const lo = firstBarFrom(bars, from)
  let lo2 = lo
  let hi = bars.length
  while (lo2 < hi) {
    const mid = (lo2 + hi) >> 1
    if (bars[mid].start <= to) lo2 = mid + 1
    else hi = mid
  }
  return lo2 - lo
}

/** the bars of one depth that meet [from, to], in order */
export function visibleBars(bars: readonly CallBar[], from: number, to: number): CallBar[] {
  const out: CallBar[] = []
  for (let i = firstBarFrom(bars, from); i < bars.length && bars[i].start <= to; i++) out.push(bars[i])
  return out
}

/** the bar of `depth` that holds `step`, or null */
export function barAt(m: TimelineModel, depth: number, step: number): CallBar | null {
  const bars = m.byDepth[depth]
  if (!bars) return null
  const hit = visibleBars(bars, step, step)
  return hit[0] ?? null
}

export type StepMove = 'next' | 'prev' | 'nextLine' | 'prevLine' | 'over' | 'backOver' | 'out' | 'first' | 'last' | 'nextException'

/** the next line event at `line` of a code object of `filename` after `at` (a breakpoint), or `at` */
export function runToLine(m: TimelineModel, at: number, filename: string, line: number): number {
  const c = m.columns
  for (let i = at + 1; i < m.steps; i++) {
    if (c.kinds[i] === LINE && c.lines[i] === line && c.codes[c.codeIds[i]].filename === filename) return i
  }
  return at
}

/** the calls open at `step`, innermost first, from the events alone (a shared trace file
 *  has no program to replay): each with the line it was at */
export function stackAt(m: TimelineModel, step: number): { qualname: string; line: number }[] {
  const c = m.columns
  const out: { qualname: string; line: number }[] = []
  let want = c.depths[step] ?? 0
  for (let i = step; i >= 0 && want >= 0; i--) {
    if (c.depths[i] !== want) continue
    // the latest event of this depth at or before the step: its frame's line then
    out.push({ qualname: c.codes[c.codeIds[i]].qualname, line: c.lines[i] })
    // go to where this frame was called, then look at the caller
    let j = i
    while (j > 0 && !(c.kinds[j] === CALL && c.depths[j] === want)) j--
    i = j
    want--
  }
  return out
}

/** a shared trace file (`pyscope --trace-out`, src-shared/trace.ts) as timeline columns */
export function columnsFromTraceFile(f: TraceFileJson): TraceColumns {
  const kinds = ['call', 'line', 'return', 'exception', 'opcode']
  if (f.format !== 'pyscope-trace' || !Array.isArray(f.events) || !Array.isArray(f.codes)) throw new Error('This is not a Pyscope trace file (pyscope --trace-out).')
  return {
    level: f.level,
    codes: f.codes,
    kinds: f.events.map((e) => kinds.indexOf(e.kind)),
    codeIds: f.events.map((e) => e.code),
    lines: f.events.map((e) => e.lineno),
    depths: f.events.map((e) => e.depth),
    dropped: 0,
  }
}

/** the step a stepping key moves to from `at` (where it stays when there is none) */
export function moveStep(m: TimelineModel, at: number, move: StepMove): number {
  const c = m.columns
  const n = m.steps
  if (n === 0) return 0
  const d = c.depths[at] ?? 0
  const find = (from: number, dir: 1 | -1, ok: (i: number) => boolean): number => {
    for (let i = from; i >= 0 && i < n; i += dir) if (ok(i)) return i
    return at
  }
  switch (move) {
    case 'next':
      return Math.min(at + 1, n - 1)
    case 'prev':
      return Math.max(at - 1, 0)
    case 'nextLine':
      return find(at + 1, 1, (i) => c.kinds[i] === LINE)
    case 'prevLine':
      return find(at - 1, -1, (i) => c.kinds[i] === LINE)
    case 'over':
      // the next event in this frame or a caller: calls below are stepped over
      return find(at + 1, 1, (i) => c.depths[i] <= d && c.kinds[i] !== CALL)
    case 'backOver':
      return find(at - 1, -1, (i) => c.depths[i] <= d && c.kinds[i] !== RETURN)
    case 'out':
      return find(at + 1, 1, (i) => c.depths[i] < d)
    case 'first':
      return 0
    case 'last':
      return n - 1
    case 'nextException':
      return find(at + 1, 1, (i) => c.kinds[i] === EXCEPTION)
  }
}
