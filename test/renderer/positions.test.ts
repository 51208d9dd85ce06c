// Column conversions between CPython's units (UTF-8 bytes, code points) and the editor's
// UTF-16 offsets, on a line with a two-byte letter and an astral character.

import { describe, expect, it } from 'vitest'
import { byteColToUtf16, cpColToUtf16, utf16ToByteCol } from '../../src-shared/positions'

const LINE = 'é = "😀" + x'

describe('positions', () => {
  it('maps UTF-8 byte columns (ast, co_positions) to UTF-16', () => {
    expect(byteColToUtf16(LINE, 0)).toBe(0)
    expect(byteColToUtf16(LINE, 2)).toBe(1) // after é (2 bytes)
    expect(byteColToUtf16(LINE, 6)).toBe(5) // after the opening quote
    expect(byteColToUtf16(LINE, 10)).toBe(7) // after 😀 (4 bytes, 2 UTF-16 units)
    expect(byteColToUtf16(LINE, 999)).toBe(LINE.length)
  })

  it('maps code-point columns (tokenize) to UTF-16', () => {
    expect(cpColToUtf16(LINE, 6)).toBe(7)
    expect(cpColToUtf16(LINE, 11)).toBe(12)
  })

  it('maps UTF-16 back to bytes', () => {
    expect(utf16ToByteCol(LINE, 7)).toBe(10)
  })
})
