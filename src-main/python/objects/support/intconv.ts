// Integer <-> text and integer arithmetic corners as CPython 3.12 does them
// (Objects/longobject.c: long_to_decimal_string, long_format_binary, PyLong_FromString,
// long_divrem, long_pow, long_true_divide, int_to_bytes, int_from_bytes, int_bit_length).
// Ints are JS numbers when safe, bigints otherwise; results are normalised the same way.

import { PySupportError, valueError, overflowError } from './errors'

export type PyIntValue = number | bigint

export const MAX_STR_DIGITS = 4300

/** Return a number when the value is a safe integer, else the bigint. */
export function norm(v: bigint): PyIntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v
}
export function big(v: PyIntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v)
}

function isSmall(v: PyIntValue): v is number {
  return typeof v === 'number'
}

/** str(int) / repr(int) with the sys.int_max_str_digits limit (long_to_decimal_string). */
export function intToDecimal(v: PyIntValue, maxDigits = MAX_STR_DIGITS): string {
  if (isSmall(v)) return String(v)
  const s = v.toString()
  const n = s.length - (v < 0n ? 1 : 0)
  if (maxDigits > 0 && n > maxDigits) {
    throw valueError(
      `Exceeds the limit (${maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    )
  }
  return s
}

/** bin()/oct()/hex() and format's '#' forms: prefix after the sign (long_format_binary). */
export function intToBase(v: PyIntValue, base: 2 | 8 | 10 | 16, prefix = true): string {
  if (base === 10) return intToDecimal(v)
  const neg = isSmall(v) ? v < 0 : v < 0n
  const abs = isSmall(v) ? Math.abs(v) : neg ? -v : v
  const body = abs.toString(base)
  const p = prefix ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : ''
  return (neg ? '-' : '') + p + body
}

// Python/pyctype + unicodectype: whitespace that int()/float() strip.
const PY_SPACE = /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u
export function isPySpace(ch: string): boolean {
  return PY_SPACE.test(ch)
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become ASCII digits,
 * Unicode spaces become ' '; any other non-ASCII character becomes '?' (never valid).
 */
export function transformDecimalAndSpace(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c < 128) out += ch
    else if (isPySpace(ch)) out += ' '
    else if (/^\p{Nd}$/u.test(ch)) out += String(decimalValue(c))
    else out += '?'
  }
  return out
}

// Decimal digits come in runs of ten starting at a code point whose value is 0; the
// zero of the run is found by walking back while the previous char is still Nd.
function decimalValue(c: number): number {
  let z = c
  while (z > 0 && (c - z) < 9 && /^\p{Nd}$/u.test(String.fromCodePoint(z - 1))) z--
  return (c - z) % 10
}

function truncatedRepr(s: string, repr: (s: string) => string): string {
  const r = repr(s)
  return [...r].slice(0, 200).join('')
}

function simpleRepr(s: string): string {
  // A minimal str repr fallback; callers pass strRepr for exactness.
  const q = s.includes("'") && !s.includes('"') ? '"' : "'"
  return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), '\\' + q) + q
}

const DIGIT_VALUE: Int8Array = (() => {
  const t = new Int8Array(128).fill(37)
  for (let i = 0; i < 10; i++) t[48 + i] = i
  for (let i = 0; i < 26; i++) {
    t[65 + i] = 10 + i
    t[97 + i] = 10 + i
  }
  return t
})()

/**
 * int(s, base) for a str argument (PyLong_FromUnicodeObject + PyLong_FromString).
 * `repr` renders the original text in the error message (pass strRepr).
 */
export function parseInt(text: string, base = 10, repr: (s: string) => string = simpleRepr, maxDigits = MAX_STR_DIGITS): PyIntValue {
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0')
  const s = transformDecimalAndSpace(text)
  const fail = (): PySupportError =>
    valueError(`invalid literal for int() with base ${base}: ${truncatedRepr(text, repr)}`)
  let i = 0
  const n = s.length
  while (i < n && isPySpace(s[i])) i++
  let neg = false
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-'
    i++
  }
  let b = base
  let underscoreOk = false
  if (b === 0) {
    if (s[i] !== '0') b = 10
    else {
      const c = s[i + 1]
      if (c === 'x' || c === 'X') b = 16
      else if (c === 'o' || c === 'O') b = 8
      else if (c === 'b' || c === 'B') b = 2
      else {
        // Base 0 accepts "0", "00", "0_0" but no other leading zero.
        let j = i
        let prevUnderscore = false
        while (j < n && (s[j] === '0' || s[j] === '_')) {
          if (s[j] === '_') {
            if (prevUnderscore) throw fail()
            prevUnderscore = true
          } else prevUnderscore = false
          j++
        }
        if (prevUnderscore) throw fail()
        while (j < n && isPySpace(s[j])) j++
        if (j !== n) throw fail()
        return 0
      }
      i += 2
      underscoreOk = true
    }
  } else if (s[i] === '0') {
    const c = s[i + 1]
    if (
      (b === 16 && (c === 'x' || c === 'X')) ||
      (b === 8 && (c === 'o' || c === 'O')) ||
      (b === 2 && (c === 'b' || c === 'B'))
    ) {
      i += 2
      underscoreOk = true
    }
  }
  // Digits with single underscores between them (a leading one only after a prefix).
  let digits = ''
  let prevUnderscore = false
  let first = true
  for (; i < n; i++) {
    const ch = s[i]
    if (ch === '_') {
      if (prevUnderscore || (first && !underscoreOk)) throw fail()
      prevUnderscore = true
      continue
    }
    const c = ch.charCodeAt(0)
    const d = c < 128 ? DIGIT_VALUE[c] : 37
    if (d >= b) break
    digits += ch
    prevUnderscore = false
    first = false
  }
  if (prevUnderscore || digits === '') throw fail()
  while (i < n && isPySpace(s[i])) i++
  if (i !== n) throw fail()
  if ((b & (b - 1)) !== 0 && maxDigits > 0 && digits.length > maxDigits) {
    throw valueError(
      `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    )
  }
  let v: bigint
  if (b === 10) {
    if (digits.length < 16) {
      const x = Number(digits)
      return neg ? (x === 0 ? 0 : -x) : x
    }
    v = BigInt(digits)
  } else if (b === 16 || b === 8 || b === 2) {
    v = BigInt((b === 16 ? '0x' : b === 8 ? '0o' : '0b') + digits)
  } else {
    v = 0n
    const bb = BigInt(b)
    for (const ch of digits) v = v * bb + BigInt(DIGIT_VALUE[ch.charCodeAt(0)])
  }
  return norm(neg ? -v : v)
}

/** float(s) for a str argument (PyFloat_FromString, _Py_string_to_number_with_underscores). */
export function parseFloat(text: string, repr: (s: string) => string = simpleRepr): number {
  const s = transformDecimalAndSpace(text)
  const fail = (): PySupportError => valueError(`could not convert string to float: ${repr(text)}`)
  let a = 0
  let z = s.length
  while (a < z && isPySpace(s[a])) a++
  while (z > a && isPySpace(s[z - 1])) z--
  let t = s.slice(a, z)
  let sign = 1
  let body = t
  if (body[0] === '+' || body[0] === '-') {
    sign = body[0] === '-' ? -1 : 1
    body = body.slice(1)
  }
  const low = body.toLowerCase()
  if (low === 'inf' || low === 'infinity') return sign * Infinity
  if (low === 'nan') return NaN
  if (t.includes('_')) {
    // Underscores are allowed only between two digits.
    if (!/^[+-]?(?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?$/.test(t)) throw fail()
    if (/(^|[^\d])_|_($|[^\d])/.test(t)) throw fail()
    t = t.replace(/_/g, '')
  }
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) throw fail()
  return Number(t)
}

/** int(float) (PyLong_FromDouble). */
export function floatToInt(x: number): PyIntValue {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer')
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer')
  const t = Math.trunc(x)
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t
  return norm(BigInt(t))
}

/** float(int) (PyLong_AsDouble): round half to even; too large raises. */
export function intToFloat(v: PyIntValue): number {
  if (isSmall(v)) return v
  const f = Number(v) // ECMAScript rounds BigInt -> Number to nearest, ties to even
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float')
  return f
}

export function bitLength(v: PyIntValue): number {
  if (isSmall(v)) {
    const a = Math.abs(v)
    if (a < 0x80000000) return 32 - Math.clz32(a)
    return a.toString(2).length
  }
  const a = v < 0n ? -v : v
  return a === 0n ? 0 : a.toString(2).length
}

export function bitCount(v: PyIntValue): number {
  let a = big(v)
  if (a < 0n) a = -a
  let c = 0
  for (const ch of a.toString(2)) if (ch === '1') c++
  return c
}
