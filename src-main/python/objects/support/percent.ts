// printf-style formatting, str % args (Objects/unicodeobject.c PyUnicode_Format:
// unicode_format_arg_parse, unicode_format_arg_format, unicode_format_arg_output,
// _PyUnicode_FormatLong, formatfloat, formatchar). Object conversions are callbacks.

import { valueError, typeError, overflowError } from './errors'
import { type PyIntValue } from './intconv'
import { doubleToString } from './floatfmt'

/** How the VM sees the right operand of %. */
export interface PercentArgs {
  /** The items when the operand is a tuple, else undefined. */
  tuple?: unknown[]
  /** The operand itself (used when it is not a tuple). */
  single?: unknown
  /** True when the operand is a mapping that is neither a tuple nor a str. */
  isMapping?: boolean
}

export interface PercentCallbacks {
  str(v: unknown): string
  repr(v: unknown): string
  ascii(v: unknown): string
  /** mapping[key] (raises KeyError itself). */
  getItem(mapping: unknown, key: string): unknown
  /**
   * The int for %d %i %u (any real number, truncated) or %o %x %X (an integer, via
   * __index__). Return undefined when the value is not acceptable; the message is built here.
   */
  toInt(v: unknown, conv: string): PyIntValue | undefined
  /** The float for %e %f %g, or undefined if the value is not a real number. */
  toFloat(v: unknown): number | undefined
  /** For %c: a code point from an int, a one-character str, or undefined. */
  toChar(v: unknown): PyIntValue | string | undefined
  /** For '*': an int or undefined. */
  toStarInt(v: unknown): number | undefined
  /** type(v).__name__ for messages. */
  typeName(v: unknown): string
}

const F_LJUST = 1
const F_SIGN = 2
const F_BLANK = 4
const F_ALT = 8
const F_ZERO = 16

/** _PyUnicode_FormatLong: digits with precision and the alternate prefix. */
export function formatLongPercent(v: PyIntValue, alt: boolean, prec: number, type: string): string {
  const neg = typeof v === 'bigint' ? v < 0n : v < 0
  const abs = typeof v === 'bigint' ? (neg ? -v : v) : Math.abs(v)
  let digits: string
  switch (type) {
    case 'o':
      digits = abs.toString(8)
      break
    case 'x':
      digits = abs.toString(16)
      break
    case 'X':
      digits = abs.toString(16).toUpperCase()
      break
    default:
      digits = abs.toString()
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits
  const prefix = alt && type !== 'd' && type !== 'i' && type !== 'u' ? '0' + type.replace('o', 'o') : ''
  return (neg ? '-' : '') + prefix + digits
}

/** str % args. */
export function percentFormat(fmt: string, args: PercentArgs, cb: PercentCallbacks): string {
  const tuple = args.tuple
  const arglen = tuple ? tuple.length : -1
  let argidx = tuple ? 0 : -2
  const dict = args.isMapping && !tuple ? args.single : undefined
  const nextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++
      return tuple ? tuple[i] : args.single
    }
    throw typeError('not enough arguments for format string')
  }
  let out = ''
  const n = fmt.length
  let i = 0
  while (i < n) {
    const pct = fmt.indexOf('%', i)
    if (pct < 0) {
      out += fmt.slice(i)
      break
    }
    out += fmt.slice(i, pct)
    i = pct + 1
    let value: unknown
    let haveValue = false
    if (fmt[i] === '(') {
      if (dict === undefined) throw typeError('format requires a mapping')
      let depth = 1
      const start = ++i
      while (depth > 0 && i < n) {
        if (fmt[i] === ')') depth--
        else if (fmt[i] === '(') depth++
        i++
      }
      if (depth > 0) throw valueError('incomplete format key')
      value = cb.getItem(dict, fmt.slice(start, i - 1))
      haveValue = true
      argidx = -2
    }
    let flags = 0
    for (; i < n; i++) {
      const c = fmt[i]
      if (c === '-') flags |= F_LJUST
      else if (c === '+') flags |= F_SIGN
      else if (c === ' ') flags |= F_BLANK
      else if (c === '#') flags |= F_ALT
      else if (c === '0') flags |= F_ZERO
      else break
    }
    let width = -1
    if (fmt[i] === '*') {
      const w = cb.toStarInt(nextArg())
      if (w === undefined) throw typeError('* wants int')
      width = w
      if (width < 0) {
        flags |= F_LJUST
        width = -width
      }
      i++
    } else {
      const m = /^\d+/.exec(fmt.slice(i, i + 40))
      if (m) {
        width = Number(m[0])
        i += m[0].length
      }
    }
    let prec = -1
    if (fmt[i] === '.') {
      i++
      if (fmt[i] === '*') {
        const p = cb.toStarInt(nextArg())
        if (p === undefined) throw typeError('* wants int')
        prec = p < 0 ? 0 : p
        i++
      } else {
        const m = /^\d+/.exec(fmt.slice(i, i + 40))
        prec = m ? Number(m[0]) : 0
        if (m) i += m[0].length
      }
    }
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++
    if (i >= n) throw valueError('incomplete format')
    const ch = String.fromCodePoint(fmt.codePointAt(i)!)
    i += ch.length
    if (ch === '%') {
      out += '%'
      continue
    }
    const arg = haveValue ? value : nextArg()
    let body: string
    let numeric = false
    switch (ch) {
      case 's':
        body = cb.str(arg)
        break
      case 'r':
        body = cb.repr(arg)
        break
      case 'a':
        body = cb.ascii(arg)
        break
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        const v = cb.toInt(arg, ch)
        if (v === undefined) {
          const what = ch === 'o' || ch === 'x' || ch === 'X' ? 'an integer' : 'a real number'
          throw typeError(`%${ch} format: ${what} is required, not ${cb.typeName(arg)}`)
        }
        body = formatLongPercent(v, (flags & F_ALT) !== 0, prec, ch === 'i' || ch === 'u' ? 'd' : ch)
        numeric = true
        break
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const x = cb.toFloat(arg)
        if (x === undefined) throw typeError(`must be real number, not ${cb.typeName(arg)}`)
        body = doubleToString(x, ch, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 })
        numeric = true
        break
      }
      case 'c': {
        const c = cb.toChar(arg)
        if (c === undefined) throw typeError('%c requires int or char')
        if (typeof c === 'string') body = c
        else {
          if (c < 0 || c > 0x10ffff) throw overflowError('%c arg not in range(0x110000)')
          body = String.fromCodePoint(Number(c))
        }
        break
      }
      default: {
        const code = ch.codePointAt(0)!
        const shown = code >= 32 && code < 127 ? ch : '?'
        throw valueError(`unsupported format character '${shown}' (0x${code.toString(16)}) at index ${[...fmt.slice(0, i)].length - 1}`)
      }
    }
    out += outputArg(body, ch, numeric, flags, width, prec)
  }
  if (argidx < arglen && dict === undefined) throw typeError('not all arguments converted during string formatting')
  return out
}

/** unicode_format_arg_output: sign, prefix, fill and padding. */
function outputArg(body: string, ch: string, numeric: boolean, flags: number, width0: number, prec: number): string {
  let s = body
  let chars = Array.from(s)
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && chars.length > prec) {
    chars = chars.slice(0, prec)
    s = chars.join('')
  }
  const fill = numeric && (flags & F_ZERO) !== 0 ? '0' : ' '
  let len = chars.length
  let width = width0
  let sign = ''
  let p = 0
  if (numeric) {
    if (s[0] === '-' || s[0] === '+') {
      sign = s[0]
      len--
      p = 1
    } else if (flags & F_SIGN) sign = '+'
    else if (flags & F_BLANK) sign = ' '
  }
  if (width < len) width = len
  let out = ''
  if (sign) {
    if (fill !== ' ') out += sign
    if (width > len) width--
  }
  let prefix = ''
  if (numeric && flags & F_ALT && (ch === 'x' || ch === 'X' || ch === 'o')) {
    prefix = s.slice(p, p + 2)
    if (fill !== ' ') out += prefix
    width -= 2
    if (width < 0) width = 0
    len -= 2
    p += 2
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len)
    width = len
  }
  if (fill === ' ') out += sign + prefix
  out += s.slice(p)
  if (width > len) out += ' '.repeat(width - len)
  return out
}
