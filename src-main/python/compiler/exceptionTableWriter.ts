// Writer of co_exceptiontable (Objects/exception_handling_notes.txt; Python/assemble.c
// assemble_emit_exception_table_entry). Each entry is four varints — start, size,
// target (in code units) and depth<<1|lasti — written as 6-bit big-endian groups with
// bit 6 meaning "more follows"; bit 7 marks the first byte of an entry.

import { ByteWriter } from './linetableWriter'

/** assemble_emit_exception_table_item */
function writeItem(w: ByteWriter, value: number, msb: number): void {
  if (value >= 1 << 24) {
    w.push((value >> 24) | 64 | msb)
    msb = 0
  }
  if (value >= 1 << 18) {
    w.push(((value >> 18) & 0x3f) | 64 | msb)
    msb = 0
  }
  if (value >= 1 << 12) {
    w.push(((value >> 12) & 0x3f) | 64 | msb)
    msb = 0
  }
  if (value >= 1 << 6) {
    w.push(((value >> 6) & 0x3f) | 64 | msb)
    msb = 0
  }
  w.push((value & 0x3f) | msb)
}

export class ExceptionTableWriter {
  private w = new ByteWriter()

  /**
   * One entry: instructions [start, end) are covered by the handler at `target`,
   * entered with `startdepth` items on its stack (lasti included when `lasti`).
   */
  entry(start: number, end: number, target: number, startdepth: number, lasti: boolean): void {
    let depth = startdepth - 1
    if (lasti) depth -= 1
    if (depth < 0 || end <= start) throw new Error('bad exception table entry')
    writeItem(this.w, start, 0x80)
    writeItem(this.w, end - start, 0)
    writeItem(this.w, target, 0)
    writeItem(this.w, (depth << 1) | (lasti ? 1 : 0), 0)
  }

  bytes(): Uint8Array {
    return this.w.bytes()
  }
}
