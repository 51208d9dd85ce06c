// The text CPython prints for an uncaught SyntaxError (Python/pythonrun.c
// print_exception_file_and_line and print_error_text, 3.12): the File line, the source
// line without its indentation, a caret line, then "Kind: msg". The caret columns are
// counted in UTF-8 bytes of the line, as the C code does.

import type { SyntaxErrorInfo } from '../errors'

const enc = new TextEncoder()

function utf8Len(s: string): number {
  return enc.encode(s).length
}

/** 1-based character offset -> 1-based byte offset into `text` */
function charToByteOffset(text: string, offset: number): number {
  if (offset <= 0) return offset
  const chars = Array.from(text)
  if (offset - 1 > chars.length) return utf8Len(text) + (offset - 1 - chars.length) + 1
  return utf8Len(chars.slice(0, offset - 1).join('')) + 1
}

export function formatSyntaxError(e: SyntaxErrorInfo): string {
  let out = ''
  if (e.lineno !== null) out += `  File "${e.filename}", line ${e.lineno}\n`
  if (e.text !== null && e.lineno !== null) {
    const lineSize = utf8Len(e.text)
    let offset = e.offset === null ? 0 : charToByteOffset(e.text, e.offset)
    let endOffset = e.end_offset === null ? -1 : e.end_offset > 0 ? charToByteOffset(e.text, e.end_offset) : e.end_offset
    if (e.end_lineno !== null && e.end_lineno > e.lineno) endOffset = utf8Len(e.text.replace(/\n$/, '')) + 1
    if (endOffset > lineSize + 1) endOffset = lineSize + 1
    out += errorText(e.text, offset, endOffset)
    void offset
    offset = 0
  }
  out += `${e.kind}: ${e.msg}\n`
  return out
}

/** print_error_text over the UTF-8 bytes of the line */
function errorText(textStr: string, offset1: number, endOffset: number): string {
  const reps = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1
  let text = enc.encode(textStr)
  let offset = offset1 - 1
  let k = 0
  while (k < text.length && (text[k] === 0x20 || text[k] === 0x09 || text[k] === 0x0c)) {
    k++
    offset--
  }
  text = text.subarray(k)
  let len = text.length
  if (len > 0 && text[len - 1] === 0x0a) len--
  if (offset > len) offset = len
  for (;;) {
    const nl = text.indexOf(0x0a)
    if (nl < 0 || nl >= offset) break
    text = text.subarray(nl + 1)
    len -= nl + 1
    offset -= nl + 1
  }
  const dec = new TextDecoder()
  let out = '    ' + dec.decode(text)
  if (text[len] !== 0x0a) out += '\n'
  if (offset < 0) return out
  out += '    ' + ' '.repeat(offset) + '^'.repeat(reps) + '\n'
  return out
}
