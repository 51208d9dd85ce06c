// Writer of co_linetable, the 3.11+ location table (Objects/locations.md; Python/assemble.c
// write_location_info_entry and friends). Each entry covers 1..8 code units and starts
// with a byte 1cccclll: c = the entry kind, l = length - 1.

import type { Location } from './instrSequence'

/** _PyCodeLocationInfoKind */
const SHORT0 = 0
const ONE_LINE0 = 10
const NO_COLUMNS = 13
const LONG = 14
const NONE = 15

/** A growable byte buffer. */
export class ByteWriter {
  buf = new Uint8Array(64)
  len = 0

  push(byte: number): void {
    if (this.len === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2)
      bigger.set(this.buf)
      this.buf = bigger
    }
    this.buf[this.len++] = byte & 0xff
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.len)
  }
}

/** write_varint: 6-bit groups, least significant first, bit 6 = more follows */
function writeVarint(w: ByteWriter, val: number): void {
  while (val >= 64) {
    w.push(64 | (val & 63))
    val = Math.floor(val / 64)
  }
  w.push(val)
}

/** write_signed_varint: sign in the low bit */
function writeSignedVarint(w: ByteWriter, val: number): void {
  writeVarint(w, val < 0 ? (-val) * 2 + 1 : val * 2)
}

/** Builds the table for a run of instructions (assemble_location_info). */
export class LinetableWriter {
  private w = new ByteWriter()
  private lineno: number

  constructor(firstlineno: number) {
    this.lineno = firstlineno
  }

  private start(code: number, length: number): void {
    this.w.push(0x80 | (code << 3) | (length - 1))
  }

  /** write_location_info_entry: one entry of 1..8 code units */
  private entry(loc: Location, isize: number): void {
    if (loc.lineno < 0) {
      this.start(NONE, isize)
      return
    }
    const lineDelta = loc.lineno - this.lineno
    const column = loc.col_offset
    const endColumn = loc.end_col_offset
    if (column < 0 || endColumn < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.start(NO_COLUMNS, isize)
        writeSignedVarint(this.w, lineDelta)
        this.lineno = loc.lineno
        return
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.start(SHORT0 + (column >> 3), isize)
        this.w.push(((column & 7) << 4) | (endColumn - column))
        return
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.start(ONE_LINE0 + lineDelta, isize)
        this.w.push(column)
        this.w.push(endColumn)
        this.lineno = loc.lineno
        return
      }
    }
    this.start(LONG, isize)
    writeSignedVarint(this.w, lineDelta)
    writeVarint(this.w, loc.end_lineno - loc.lineno)
    writeVarint(this.w, loc.col_offset + 1)
    writeVarint(this.w, loc.end_col_offset + 1)
    this.lineno = loc.lineno
  }

  /** assemble_emit_location: `size` code units at `loc`, in entries of at most 8 */
  emit(loc: Location, size: number): void {
    while (size > 8) {
      this.entry(loc, 8)
      size -= 8
    }
    if (size > 0) this.entry(loc, size)
  }

  bytes(): Uint8Array {
    return this.w.bytes()
  }
}
