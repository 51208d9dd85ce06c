// PRIVATE STOP-GAP decoders of co_exceptiontable and co_linetable (Objects/exception_handling_notes.txt,
// Objects/locations.md). To be replaced by bytecode/exceptionTable.ts and bytecode/linetable.ts
// when they land; keep this file's exports so the switch is one import each.

export interface HandlerEntry {
  start: number
  end: number
  target: number
  depth: number
  lasti: boolean
}

export function decodeExceptionTable(t: Uint8Array): HandlerEntry[] {
  const out: HandlerEntry[] = []
  let i = 0
  const varint = (): number => {
    let b = t[i++]
    let v = b & 63
    while (b & 64) {
      b = t[i++]
      v = (v << 6) | (b & 63)
    }
    return v
  }
  while (i < t.length) {
    const start = varint()
    const size = varint()
    const target = varint()
    const dl = varint()
    out.push({ start, end: start + size, target, depth: dl >> 1, lasti: (dl & 1) === 1 })
  }
  return out
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
  let i = 0
  let line = firstLine
  let unit = 0
  const varint = (): number => {
    let b = t[i++]
    let v = b & 63
    let shift = 0
    while (b & 64) {
      b = t[i++]
      shift += 6
      v |= (b & 63) << shift
    }
    return v
  }
  const svarint = (): number => {
    const u = varint()
    return u & 1 ? -(u >> 1) : u >> 1
  }
  while (i < t.length) {
    const first = t[i++]
    const code = (first >> 3) & 15
    const len = (first & 7) + 1
    let l = -1
    let el = -1
    let c = -1
    let ec = -1
    if (code === 15) {
      // no location
    } else if (code === 14) {
      line += svarint()
      l = line
      el = line + varint()
      c = varint() - 1
      ec = varint() - 1
    } else if (code === 13) {
      line += svarint()
      l = el = line
    } else if (code >= 10) {
      line += code - 10
      l = el = line
      c = t[i++]
      ec = t[i++]
    } else {
      const b2 = t[i++]
      l = el = line
      c = code * 8 + ((b2 >> 4) & 7)
      ec = c + (b2 & 15)
    }
    for (let k = 0; k < len && unit < nunits; k++, unit++) {
      p.line[unit] = l
      p.endLine[unit] = el
      p.col[unit] = c
      p.endCol[unit] = ec
    }
  }
  return p
}
