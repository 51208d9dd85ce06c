// The timeline's model: bars from call/return events, exceptions raised and caught,
// window queries, and the stepping keys' moves.

import { describe, expect, it } from 'vitest'
import { barAt, buildTimeline, columnsFromTraceFile, countBars, moveStep, runToLine, stackAt, visibleBars } from '../../src-renderer/lib/timelineModel'
import type { TraceColumns } from '../../src-shared/timeline'

// module calls f (which calls g twice); g raises the second time, f catches it
//  0 call <module> d0 | 1 line d0 | 2 call f d1 | 3 line d1 | 4 call g d2 | 5 line d2 | 6 return g d2
//  7 line f d1 | 8 call g d2 | 9 line d2 | 10 exception g d2 | 11 return g d2 | 12 exception f d1
// 13 line f d1 | 14 return f d1 | 15 line d0 | 16 return <module> d0
const E: [number, number, number, number][] = [
  [0, 0, 0, 0], [1, 0, 0, 1], [0, 1, 1, 1], [1, 1, 1, 2], [0, 2, 2, 5], [1, 2, 2, 6], [2, 2, 2, 6],
  [1, 1, 1, 3], [0, 2, 2, 5], [1, 2, 2, 6], [3, 2, 2, 6], [2, 2, 2, 6], [3, 1, 1, 3],
  [1, 1, 1, 4], [2, 1, 1, 4], [1, 0, 0, 2], [2, 0, 0, 2],
]
const COLUMNS: TraceColumns = {
  level: 'frames',
  codes: [{ qualname: '<module>', filename: 'm.py', firstlineno: 1 }, { qualname: 'f', filename: 'm.py', firstlineno: 3 }, { qualname: 'g', filename: 'm.py', firstlineno: 5 }],
  kinds: E.map((e) => e[0]),
  depths: E.map((e) => e[1]),
  codeIds: E.map((e) => e[2]),
  lines: E.map((e) => e[3]),
  dropped: 0,
}

describe('timeline model', () => {
  const m = buildTimeline(COLUMNS)

  it('makes one bar per call, by depth', () => {
    expect(m.maxDepth).toBe(2)
    expect(m.byDepth.map((b) => b.map((x) => [x.start, x.end, x.code, x.raised]))).toEqual([
      [[0, 16, 0, false]],
      [[2, 14, 1, false]],
      [[4, 6, 2, false], [8, 11, 2, true]],
    ])
  })

  it('marks exceptions where raised and where caught', () => {
    expect(m.exceptions).toEqual([{ step: 10, depth: 2, caught: false }, { step: 12, depth: 1, caught: true }])
  })

  it('finds the bars a window shows, and the bar at a step', () => {
    expect(visibleBars(m.byDepth[2], 7, 9).map((b) => b.start)).toEqual([8])
    expect(visibleBars(m.byDepth[2], 0, 100).length).toBe(2)
    expect(visibleBars(m.byDepth[2], 12, 13)).toEqual([])
    expect(barAt(m, 2, 5)?.start).toBe(4)
    expect(barAt(m, 2, 7)).toBeNull()
    expect([countBars(m.byDepth[2], 0, 100), countBars(m.byDepth[2], 7, 9), countBars(m.byDepth[2], 12, 13)]).toEqual([2, 1, 0])
  })

  it('moves by event, line, over and out of calls, to exceptions', () => {
    expect(moveStep(m, 3, 'next')).toBe(4)
    expect(moveStep(m, 3, 'nextLine')).toBe(5)
    expect(moveStep(m, 3, 'over')).toBe(7) // past g's call, to f's next line
    expect(moveStep(m, 7, 'backOver')).toBe(3)
    expect(moveStep(m, 5, 'out')).toBe(7)
    expect(moveStep(m, 0, 'nextException')).toBe(10)
    expect(moveStep(m, 16, 'next')).toBe(16)
    expect(moveStep(m, 9, 'last')).toBe(16)
  })
})

describe('timeline queries without a program', () => {
  const m = buildTimeline(COLUMNS)
  it('runs to a line (a breakpoint) and rebuilds the call stack from the events', () => {
    expect(runToLine(m, 0, 'm.py', 6)).toBe(5)
    expect(runToLine(m, 5, 'm.py', 6)).toBe(9)
    expect(runToLine(m, 9, 'm.py', 6)).toBe(9)
    expect(stackAt(m, 9)).toEqual([{ qualname: 'g', line: 6 }, { qualname: 'f', line: 3 }, { qualname: '<module>', line: 1 }])
    expect(stackAt(m, 15)).toEqual([{ qualname: '<module>', line: 2 }])
  })

  it('reads a shared trace file', () => {
    const file = {
      format: 'pyscope-trace' as const, version: 1 as const, level: 'frames' as const, argv: ['m.py'], codes: COLUMNS.codes,
      events: E.map(([k, d, c, l]) => ({ kind: (['call', 'line', 'return', 'exception'] as const)[k], qualname: COLUMNS.codes[c].qualname, lineno: l, depth: d, code: c, offset: 0 })),
    }
    expect(columnsFromTraceFile(file)).toEqual(COLUMNS)
    expect(() => columnsFromTraceFile({ ...file, format: 'x' as never })).toThrow(/not a Pyscope trace/)
  })
})
