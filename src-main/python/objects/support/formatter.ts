// The format-spec mini-language (Python/formatter_unicode.c): parse_internal_render_format_spec,
// format_long_internal, format_float_internal, format_string_internal, calc_number_widths and
// _PyUnicode_InsertThousandsGrouping, over plain JS values.

import { PySupportError, valueError, overflowError } from './errors'
import { type PyIntValue, big, intToFloat } from './intconv'
import { doubleToString, type DoubleToStringFlags } from './floatfmt'

export interface FormatSpec {
  fill: string
  align: string // '<' '>' '=' '^'
  sign: string // '' '+' '-' ' '
  noNeg0: boolean
  alternate: boolean
  width: number // -1 when absent
  thousands: '' | ',' | '_' | '_4'
  precision: number // -1 when absent
  type: string // '' when absent
}

const ALIGN = '<>=^'

function cp(s: string, i: number): string {
  return String.fromCodePoint(s.codePointAt(i)!)
}

function readInt(chars: string[], pos: { i: number }): number {
  let n = 0
  let consumed = 0
  while (pos.i < chars.length && chars[pos.i] >= '0' && chars[pos.i] <= '9') {
    n = n * 10 + (chars[pos.i].charCodeAt(0) - 48)
    if (n > 2 ** 63) throw valueError('Too many decimal digits in format string')
    pos.i++
    consumed++
  }
  return consumed ? n : -1
}

function sepError(sep: string, type: string): PySupportError {
  const c = type.codePointAt(0) ?? 0
  const shown = c > 32 && c < 128 ? `'${type}'` : `'\\x${c.toString(16)}'`
  return valueError(`Cannot specify '${sep}' with ${shown}.`)
}

/** parse_internal_render_format_spec. `typeName` names the object in errors. */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const chars = spec.length === 0 ? [] : Array.from(spec)
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false,
    width: -1, thousands: '', precision: -1, type: defaultType,
  }
  const end = chars.length
  const pos = { i: 0 }
  let fillSpecified = false
  let alignSpecified = false
  if (end >= 2 && ALIGN.includes(chars[1])) {
    f.align = chars[1]
    f.fill = chars[0]
    fillSpecified = alignSpecified = true
    pos.i = 2
  } else if (end >= 1 && ALIGN.includes(chars[0])) {
    f.align = chars[0]
    alignSpecified = true
    pos.i = 1
  }
  if (pos.i < end && (chars[pos.i] === '+' || chars[pos.i] === '-' || chars[pos.i] === ' ')) f.sign = chars[pos.i++]
  if (pos.i < end && chars[pos.i] === 'z') {
    f.noNeg0 = true
    pos.i++
  }
  if (pos.i < end && chars[pos.i] === '#') {
    f.alternate = true
    pos.i++
  }
  if (!fillSpecified && pos.i < end && chars[pos.i] === '0') {
    f.fill = '0'
    if (!alignSpecified && defaultAlign === '>') f.align = '='
    pos.i++
  }
  f.width = readInt(chars, pos)
  if (pos.i < end && chars[pos.i] === ',') {
    f.thousands = ','
    pos.i++
  }
  if (pos.i < end && chars[pos.i] === '_') {
    if (f.thousands) throw valueError("Cannot specify both ',' and '_'.")
    f.thousands = '_'
    pos.i++
  }
  if (pos.i < end && chars[pos.i] === ',' && f.thousands === '_') throw valueError("Cannot specify both ',' and '_'.")
  if (pos.i < end && chars[pos.i] === '.') {
    pos.i++
    f.precision = readInt(chars, pos)
    if (f.precision < 0) throw valueError('Format specifier missing precision')
  }
  if (end - pos.i > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`)
  if (end - pos.i === 1) f.type = chars[pos.i]
  if (f.thousands) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands === '_') {
          f.thousands = '_4'
          break
        }
        throw sepError(f.thousands, f.type)
      default:
        throw sepError(f.thousands === '_4' ? '_' : f.thousands, f.type)
    }
  }
  return f
}

function unknownCode(type: string, typeName: string): PySupportError {
  const c = type.codePointAt(0) ?? 0
  const shown = c > 32 && c < 128 ? type : `\\x${c.toString(16)}`
  return valueError(`Unknown format code '${shown}' for object of type '${typeName}'`)
}

/** _PyUnicode_InsertThousandsGrouping with C-locale or PEP 378/515 grouping. */
export function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  let remaining = digits.length
  let pos = remaining
  let minW = minWidth
  let out = ''
  let useSep = false
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minW, 1))
      const zeros = Math.max(0, l - remaining)
      const n = Math.max(0, Math.min(remaining, l))
      out = '0'.repeat(zeros) + digits.slice(pos - n, pos) + (useSep ? sep : '') + out
      pos -= n
      useSep = true
      remaining -= n
      minW -= l
      if (remaining <= 0 && minW <= 0) return out
      minW -= sep.length
    }
  }
  const l = Math.max(remaining, minW, 1)
  return '0'.repeat(Math.max(0, l - remaining)) + digits.slice(0, pos) + out
}

function cpLen(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

/**
 * calc_number_widths + fill_number: lay out sign, prefix, grouped digits and the
 * remainder (decimal point, fraction, exponent, '%') in the requested width.
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, remainder: string): string {
  let sign = ''
  if (f.sign === '+') sign = negative ? '-' : '+'
  else if (f.sign === ' ') sign = negative ? '-' : ' '
  else if (negative) sign = '-'
  const nonDigit = sign.length + prefix.length + cpLen(remainder)
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0
  let grouped: string
  if (digits.length === 0) grouped = ''
  else if (f.thousands === ',') grouped = groupDigits(digits, minWidth, 3, ',')
  else if (f.thousands === '_') grouped = groupDigits(digits, minWidth, 3, '_')
  else if (f.thousands === '_4') grouped = groupDigits(digits, minWidth, 4, '_')
  else grouped = groupDigits(digits, minWidth, 0, '')
  const pad = f.width - (nonDigit + grouped.length)
  let left = ''
  let mid = ''
  let right = ''
  if (pad > 0) {
    switch (f.align) {
      case '<':
        right = f.fill.repeat(pad)
        break
      case '^':
        left = f.fill.repeat(pad >> 1)
        right = f.fill.repeat(pad - (pad >> 1))
        break
      case '=':
        mid = f.fill.repeat(pad)
        break
      default:
        left = f.fill.repeat(pad)
    }
  }
  return left + sign + prefix + mid + grouped + remainder + right
}

/** format(int, spec) (_PyLong_FormatAdvancedWriter). */
export function formatInt(v: PyIntValue, spec: string, typeName = 'int'): string {
  if (spec === '') return String(v)
  const f = parseFormatSpec(spec, typeName, 'd', '>')
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloat(v), f)
    default:
      throw unknownCode(f.type, typeName)
  }
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier')
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier')
  const negative = typeof v === 'bigint' ? v < 0n : v < 0
  if (f.type === 'c') {
    if (f.sign) throw valueError("Sign not allowed with integer format specifier 'c'")
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'")
    const x = big(v)
    if (x < -(2n ** 63n) || x >= 2n ** 63n) throw overflowError('Python int too large to convert to C long')
    if (x < 0n || x > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)')
    return layoutNumber(f, false, '', '', String.fromCodePoint(Number(x)))
  }
  const abs = typeof v === 'bigint' ? (negative ? -v : v) : Math.abs(v)
  let digits: string
  let prefix = ''
  switch (f.type) {
    case 'b':
      digits = abs.toString(2)
      prefix = '0b'
      break
    case 'o':
      digits = abs.toString(8)
      prefix = '0o'
      break
    case 'x':
      digits = abs.toString(16)
      prefix = '0x'
      break
    case 'X':
      digits = abs.toString(16).toUpperCase()
      prefix = '0X'
      break
    default:
      digits = abs.toString()
  }
  if (!f.alternate) prefix = ''
  return layoutNumber(f, negative, prefix, digits, '')
}

/** format_float_internal on a parsed spec. */
function formatFloatSpec(x: number, f: FormatSpec): string {
  const flags: DoubleToStringFlags = { alt: f.alternate, noNegZero: f.noNeg0 }
  let type = f.type
  let defaultPrecision = 6
  if (type === '') {
    flags.addDot0 = true
    type = 'r'
    defaultPrecision = 0
  }
  if (type === 'n') type = 'g'
  let val = x
  let pct = false
  if (type === '%') {
    type = 'f'
    val *= 100
    pct = true
  }
  let precision = f.precision
  if (precision < 0) precision = defaultPrecision
  else if (type === 'r') type = 'g'
  let s = doubleToString(val, type, precision, flags)
  if (pct) s += '%'
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && !f.thousands) return s
  let negative = false
  if (s[0] === '-') {
    negative = true
    s = s.slice(1)
  }
  let i = 0
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++
  return layoutNumber(f, negative, '', s.slice(0, i), s.slice(i))
}

/** format(float, spec) (_PyFloat_FormatAdvancedWriter). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return doubleToString(x, 'r', 0, { addDot0: true })
  const f = parseFormatSpec(spec, typeName, '', '>')
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, f)
    default:
      throw unknownCode(f.type, typeName)
  }
}

/** format(str, spec) (format_string_internal). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s
  const f = parseFormatSpec(spec, typeName, 's', '<')
  if (f.type !== 's') throw unknownCode(f.type, typeName)
  if (f.sign) throw valueError('Sign not allowed in string format specifier')
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier')
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier')
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier")
  let body = s
  let len = cpLen(s)
  if (f.precision >= 0 && len > f.precision) {
    body = len === s.length ? s.slice(0, f.precision) : Array.from(s).slice(0, f.precision).join('')
    len = f.precision
  }
  const pad = f.width - len
  if (pad <= 0) return body
  if (f.align === '>') return f.fill.repeat(pad) + body
  if (f.align === '^') return f.fill.repeat(pad >> 1) + body + f.fill.repeat(pad - (pad >> 1))
  return body + f.fill.repeat(pad)
}

export { cp as codePointAtIndex }

/** format(complex, spec) (format_complex_internal). `strOfComplex` is complex.__str__. */
export function formatComplex(re: number, im: number, spec: string, strOfComplex: () => string, typeName = 'complex'): string {
  if (spec === '') return strOfComplex()
  const f = parseFormatSpec(spec, typeName, '', '>')
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break
    default:
      throw unknownCode(f.type, typeName)
  }
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier')
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier")
  const flags: DoubleToStringFlags = { alt: f.alternate, noNegZero: f.noNeg0 }
  let type: string = f.type
  let defaultPrecision = 6
  let skipRe = false
  let parens = false
  if (type === '') {
    type = 'r'
    defaultPrecision = 0
    if (re === 0 && !Object.is(re, -0)) skipRe = true
    else parens = true
  }
  if (type === 'n') type = 'g'
  let precision = f.precision
  if (precision < 0) precision = defaultPrecision
  else if (type === 'r') type = 'g'
  const part = (x: number, sign: string): string => {
    let s = doubleToString(x, type, precision, flags)
    let neg = false
    if (s[0] === '-') {
      neg = true
      s = s.slice(1)
    }
    let i = 0
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++
    const tmp: FormatSpec = { ...f, fill: ' ', align: '<', width: -1, sign }
    return layoutNumber(tmp, neg, '', s.slice(0, i), s.slice(i))
  }
  let body = (skipRe ? '' : part(re, f.sign)) + part(im, skipRe ? f.sign : '+') + 'j'
  if (parens) body = '(' + body + ')'
  const n = cpLen(body)
  const total = f.width > n ? f.width : n
  const lpad = f.align === '>' ? total - n : f.align === '^' ? (total - n) >> 1 : 0
  const rpad = total - n - lpad
  return f.fill.repeat(lpad) + body + f.fill.repeat(rpad)
}
