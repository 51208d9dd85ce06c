// Decoding of co_exceptiontable as Lib/dis.py _parse_exception_table() reads it
// (format: Objects/exception_handling_notes.txt). Each entry is five varints:
// start, length, target (all in code units), then depth<<1 | lasti. Varints are
// big-endian groups of 6 bits, 0x40 the continuation bit; the first byte of an
// entry also carries 0x80, which the reader ignores. An entry cut short by the end
// of the table is dropped, as dis does when its iterator runs out.

export interface ExceptionTableEntry {
  /** byte offsets: [start, end) */
  start: number
  end: number
  target: number
  depth: number
  lasti: boolean
}

export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = []
  let i = 0
  const n = table.length
  const varint = (): number | null => {
    if (i >= n) return null
    let b = table[i++]
    let val = b & 63
    while (b & 64) {
      if (i >= n) return null
      b = table[i++]
      val = val * 64 + (b & 63)
    }
    return val
  }
  for (;;) {
    const start = varint()
    const length = varint()
    const target = varint()
    const dl = varint()
    if (start === null || length === null || target === null || dl === null) return entries
    entries.push({
      start: start * 2,
      end: start * 2 + length * 2,
      target: target * 2,
      depth: Math.floor(dl / 2),
      lasti: dl % 2 === 1,
    })
  }
}
