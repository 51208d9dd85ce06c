// Text measures the tokenizer shares: UTF-8 lengths of code-unit ranges, newline
// translation (tokenizer.c translate_newlines) and byte-to-character offsets.

const NL = 0x0a

export function utf8Len(s: string, a: number, b: number): number {
  let n = 0
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** tokenizer.c translate_newlines: CRLF and CR become LF, and a final LF is added */
export function translateNewlines(src: string, execInput = true): string {
  let s = src.indexOf('\r') >= 0 ? src.replace(/\r\n?/g, '\n') : src
  if (execInput && s.length > 0 && s.charCodeAt(s.length - 1) !== NL) s += '\n'
  return s
}

/**
 * _PyPegen_byte_offset_to_character_offset: the length of the first `bytes` UTF-8 bytes
 * of `text` decoded with errors='replace' (a cut character counts once; the offset is
 * clipped to one past the end, the terminating NUL).
 */
export function charsInUtf8Prefix(text: string, bytes: number): number {
  let b = 0
  let n = 0
  for (let i = 0; i < text.length; i++) {
    if (b >= bytes) return n
    const c = text.charCodeAt(i)
    if (c < 0x80) b += 1
    else if (c < 0x800) b += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      b += 4
      i++
    } else b += 3
    n++
  }
  return b < bytes ? n + 1 : n
}
