// Geometry of the bytecode view's gutters: which lane each jump arrow and each exception
// table range takes so that overlapping ones sit side by side. Pure functions over the
// instruction rows, computed once per code object.

import type { CodeObjectView, InstructionRow } from '../../../src-shared/bytecode'

export interface Arrow {
  from: number
  to: number
  lane: number
  backward: boolean
}

export interface ExcBar {
  first: number
  last: number
  handler: number
  lane: number
  /** as dis prints it: "4 to 20 -> 24 [1] lasti" */
  label: string
}

/** row index by byte offset */
export function rowIndex(rows: readonly InstructionRow[]): Map<number, number> {
  return new Map(rows.map((r, i) => [r.offset, i]))
}

/** first free lane for [lo, hi] among already placed spans (shorter spans go inside) */
function place<T extends { lo: number; hi: number; lane: number }>(spans: T[]): void {
  spans.sort((a, b) => a.hi - a.lo - (b.hi - b.lo))
  const placed: T[] = []
  for (const s of spans) {
    let lane = 0
    while (placed.some((p) => p.lane === lane && p.lo <= s.hi && s.lo <= p.hi)) lane++
    s.lane = lane
    placed.push(s)
  }
}

export function jumpArrows(rows: readonly InstructionRow[]): Arrow[] {
  const at = rowIndex(rows)
  const spans: (Arrow & { lo: number; hi: number })[] = []
  rows.forEach((r, i) => {
    if (r.jumpTarget === null) return
    const to = at.get(r.jumpTarget)
    if (to === undefined) return
    spans.push({ from: i, to, lane: 0, backward: to <= i, lo: Math.min(i, to), hi: Math.max(i, to) })
  })
  place(spans)
  return spans
}

export function exceptionBars(code: CodeObjectView): ExcBar[] {
  const rows = code.instructions
  const at = rowIndex(rows)
  const spans: (ExcBar & { lo: number; hi: number })[] = []
  for (const e of code.exceptionTable) {
    let first = -1
    let last = -1
    rows.forEach((r, i) => {
      if (r.offset >= e.start && r.offset < e.end) {
        if (first < 0) first = i
        last = i
      }
    })
    if (first < 0) continue
    const label = `${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`
    spans.push({ first, last, handler: at.get(e.target) ?? -1, lane: 0, label, lo: first, hi: last })
  }
  place(spans)
  return spans
}

/** every code object of the file, module first, in dis's order, with its nesting depth */
export function flattenCode(root: CodeObjectView): { code: CodeObjectView; depth: number }[] {
  const out: { code: CodeObjectView; depth: number }[] = []
  const walk = (c: CodeObjectView, depth: number): void => {
    out.push({ code: c, depth })
    for (const k of c.children) walk(k, depth + 1)
  }
  walk(root, 0)
  return out
}
