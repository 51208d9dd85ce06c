// Column conversions between CPython's units and the editor's. ast and co_positions
// count UTF-8 bytes, tokenize counts code points, CodeMirror counts UTF-16 units.

/** UTF-16 index in `line` of the UTF-8 byte offset `byteCol` (clamped to the line) */
export function byteColToUtf16(line: string, byteCol: number): number {
  let bytes = 0
  let i = 0
  while (i < line.length && bytes < byteCol) {
    const c = line.codePointAt(i)!
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    i += c > 0xffff ? 2 : 1
  }
  return i
}

/** UTF-16 index in `line` of the code-point column `cpCol` */
export function cpColToUtf16(line: string, cpCol: number): number {
  let i = 0
  for (let n = 0; n < cpCol && i < line.length; n++) i += line.codePointAt(i)! > 0xffff ? 2 : 1
  return i
}

/** UTF-8 byte offset of UTF-16 index `u16` in `line` */
export function utf16ToByteCol(line: string, u16: number): number {
  let bytes = 0
  for (let i = 0; i < u16 && i < line.length; ) {
    const c = line.codePointAt(i)!
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    i += c > 0xffff ? 2 : 1
  }
  return bytes
}
