// UTF-8 with the "surrogatepass" error handler, as marshal writes and reads non-ASCII
// str (Objects/unicodeobject.c): lone surrogates travel as their 3-byte encoding.

import { MarshalError } from './types'
import { markCodePoint, markText } from '../objects/constant'

// ignoreBOM: a leading U+FEFF is data here, not a byte order mark
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** a str constant (see SURROGATE_MARK in objects/constant.ts) as UTF-8 with surrogatepass */
export function encodeSurrogatePass(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3)
  let j = 0
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c === 0xfdd0 && i + 1 < s.length) c = s.charCodeAt(++i)
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
        i++
      }
    }
    if (c < 0x80) out[j++] = c
    else if (c < 0x800) {
      out[j++] = 0xc0 | (c >> 6)
      out[j++] = 0x80 | (c & 63)
    } else if (c < 0x10000) {
      out[j++] = 0xe0 | (c >> 12)
      out[j++] = 0x80 | ((c >> 6) & 63)
      out[j++] = 0x80 | (c & 63)
    } else {
      out[j++] = 0xf0 | (c >> 18)
      out[j++] = 0x80 | ((c >> 12) & 63)
      out[j++] = 0x80 | ((c >> 6) & 63)
      out[j++] = 0x80 | (c & 63)
    }
  }
  return out.subarray(0, j)
}

function decodeError(pos: number, reason: string): MarshalError {
  return new MarshalError('UnicodeDecodeError', `'utf-8' codec can't decode byte at position ${pos}: ${reason}`)
}

/** decode with surrogatepass into str constant text (surrogates marked, see
 *  SURROGATE_MARK); anything else malformed raises UnicodeDecodeError */
export function decodeSurrogatePass(b: Uint8Array): string {
  try {
    return markText(strict.decode(b))
  } catch {
    // fall through to the slow path, which accepts encoded surrogates
  }
  let out = ''
  let i = 0
  const n = b.length
  while (i < n) {
    const c = b[i]
    if (c < 0x80) {
      out += String.fromCharCode(c)
      i++
      continue
    }
    let need: number, cp: number, min: number
    if (c >= 0xc2 && c <= 0xdf) [need, cp, min] = [1, c & 0x1f, 0x80]
    else if (c >= 0xe0 && c <= 0xef) [need, cp, min] = [2, c & 0x0f, 0x800]
    else if (c >= 0xf0 && c <= 0xf4) [need, cp, min] = [3, c & 0x07, 0x10000]
    else throw decodeError(i, 'invalid start byte')
    if (i + need >= n) throw decodeError(i, 'unexpected end of data')
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k]
      if ((cc & 0xc0) !== 0x80) throw decodeError(i, 'invalid continuation byte')
      cp = (cp << 6) | (cc & 63)
    }
    if (cp < min || cp > 0x10ffff) throw decodeError(i, 'invalid continuation byte')
    out += markCodePoint(cp)
    i += need + 1
  }
  return out
}
