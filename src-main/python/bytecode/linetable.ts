// Decoding of co_linetable, the location table of CPython 3.11+ (Objects/locations.md,
// Objects/codeobject.c: advance(), advance_with_locations(), lineiter_next(),
// positionsiter_next()). Each entry starts with a byte 1CCCCLLL: C is the form, L+1 the
// number of code units it covers. Forms:
//   0-9   short:      same line, column = C*8 + (b1>>4), end column = column + (b1&15)
//   10-12 one line:   line += C-10, column and end column are one byte each
//   13    no columns: line += signed varint, columns unknown
//   14    long:       line += signed varint, end line = line + varint,
//                     column = varint-1, end column = varint-1
//   15    none:       no location at all (line None)
// Varints here are little-endian groups of 6 bits with 0x40 as the continuation bit.
// Values CPython reports as None are null here.

export interface LineRange {
  start: number
  end: number
  line: number | null
}

export interface Position {
  lineno: number | null
  end_lineno: number | null
  col_offset: number | null
  end_col_offset: number | null
}

const FORM_NO_COLUMNS = 13
const FORM_LONG = 14
const FORM_NONE = 15

/** One decoded table entry, in the order of the table. */
export interface LocationEntry {
  start: number
  end: number
  line: number | null
  endLine: number | null
  col: number | null
  endCol: number | null
}

function opt(v: number): number | null {
  return v === -1 ? null : v
}

/**
 * Every entry of the table as advance_with_locations() reads it. A truncated table
 * (an entry cut in the middle) ends the walk: reads past the end give 0 rather than
 * running off, and the walk stops at the first byte without the entry-start bit.
 */
export function decodeLocations(table: Uint8Array, firstLineno: number): LocationEntry[] {
  const out: LocationEntry[] = []
  let i = 0
  let line = firstLineno
  let addr = 0
  const n = table.length
  const byte = (): number => (i < n ? table[i++] : 0)
  const varint = (): number => {
    let b = byte()
    let val = b & 63
    let shift = 0
    while (b & 64) {
      b = byte()
      shift += 6
      val += (b & 63) * 2 ** shift
      if (shift > 60) break
    }
    return val
  }
  const svarint = (): number => {
    const u = varint()
    return u % 2 === 1 ? -Math.floor(u / 2) : Math.floor(u / 2)
  }
  while (i < n) {
    const first = table[i++]
    const form = (first >> 3) & 15
    const start = addr
    addr += ((first & 7) + 1) * 2
    let eLine: number, col: number, endCol: number, l: number
    switch (form) {
      case FORM_NONE:
        l = eLine = col = endCol = -1
        break
      case FORM_LONG:
        line += svarint()
        l = line
        eLine = line + varint()
        col = varint() - 1
        endCol = varint() - 1
        break
      case FORM_NO_COLUMNS:
        line += svarint()
        l = eLine = line
        col = endCol = -1
        break
      case 10:
      case 11:
      case 12: {
        line += form - 10
        l = eLine = line
        col = byte()
        endCol = byte()
        break
      }
      default: {
        const second = byte()
        l = eLine = line
        col = (form << 3) | (second >> 4)
        endCol = col + (second & 15)
      }
    }
    out.push({ start, end: addr, line: opt(l), endLine: opt(eLine), col: opt(col), endCol: opt(endCol) })
    // advance() skips to the next byte with the entry-start bit set
    while (i < n && (table[i] & 128) === 0) i++
  }
  return out
}

/** code.co_lines(): address ranges with their line, consecutive equal lines merged. */
export function coLines(table: Uint8Array, firstLineno: number): LineRange[] {
  const out: LineRange[] = []
  for (const e of decodeLocations(table, firstLineno)) {
    const last = out[out.length - 1]
    if (last && last.line === e.line) last.end = e.end
    else out.push({ start: e.start, end: e.end, line: e.line })
  }
  return out
}

/**
 * code.co_positions(): one Position per code unit (CACHE units included) for as long
 * as the table covers the code. Callers treat missing entries as all-None, as dis
 * does with next(co_positions, ()).
 */
export function coPositions(table: Uint8Array, firstLineno: number): Position[] {
  const out: Position[] = []
  for (const e of decodeLocations(table, firstLineno)) {
    const p: Position = { lineno: e.line, end_lineno: e.endLine, col_offset: e.col, end_col_offset: e.endCol }
    for (let a = e.start; a < e.end; a += 2) out.push(p)
  }
  return out
}

/** dis.findlinestarts(): (offset, line) where a new line starts. */
export function findLineStarts(table: Uint8Array, firstLineno: number): Map<number, number> {
  const starts = new Map<number, number>()
  let last: number | null = null
  for (const r of coLines(table, firstLineno)) {
    if (r.line !== null && r.line !== last) {
      last = r.line
      starts.set(r.start, r.line)
    }
  }
  return starts
}
