// Adapters from the shared decoders (bytecode/exceptionTable.ts, bytecode/linetable.ts) to
// the per-code-unit arrays the VM looks up on every exception and traceback line.

import { parseExceptionTable } from '../bytecode/exceptionTable'
import { coPositions } from '../bytecode/linetable'

export interface HandlerEntry {
  /** code units: [start, end) */
  start: number
  end: number
  target: number
  depth: number
  lasti: boolean
}

export function decodeExceptionTable(t: Uint8Array): HandlerEntry[] {
  return parseExceptionTable(t).map((e) => ({ start: e.start >> 1, end: e.end >> 1, target: e.target >> 1, depth: e.depth, lasti: e.lasti }))
}

/** per code unit: line, end line, column, end column (-1 when absent) */
export interface Positions {
  line: Int32Array
  endLine: Int32Array
  col: Int32Array
  endCol: Int32Array
}

export function decodePositions(t: Uint8Array, firstLine: number, nunits: number): Positions {
  const p: Positions = {
    line: new Int32Array(nunits).fill(-1),
    endLine: new Int32Array(nunits).fill(-1),
    col: new Int32Array(nunits).fill(-1),
    endCol: new Int32Array(nunits).fill(-1),
  }
  const all = coPositions(t, firstLine)
  for (let i = 0; i < nunits && i < all.length; i++) {
    const q = all[i]
    p.line[i] = q.lineno ?? -1
    p.endLine[i] = q.end_lineno ?? -1
    p.col[i] = q.col_offset ?? -1
    p.endCol[i] = q.end_col_offset ?? -1
  }
  return p
}
