// format(value, spec) and the format-spec mini-language for int, float and str
// (Python/formatter_unicode.c, Python/pystrtod.c PyOS_double_to_string with exact
// round-half-even decimal conversion done on BigInt).

import { type Py, typeOf, floatType, intType, strType, boolType } from './typeobject'
import { PyFloat } from './float'
import { valueError, typeError, newExc, EXC } from './exceptions'
import * as S from './support/formatter'
import { PySupportError } from './support/errors'
import { floatRepr } from './pystrtod'
import * as A from './abstract'
import { isInt, asInt, intToStr, type PyInt } from './int'

export interface Spec {
  fill: string
  align: string
  sign: string
  z: boolean
  alt: boolean
  zero: boolean
  width: number
  grouping: string
  precision: number
  type: string
}

export function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec)
  if (!m) throw valueError('Invalid format specifier')
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    z: !!m[4],
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : -1,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  }
}

function pad(body: string, prefix: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign
  const len = [...body].length + prefix.length
  if (s.width <= len) return prefix + body
  const n = s.width - len
  const fill = s.fill
  switch (align) {
    case '<': return prefix + body + fill.repeat(n)
    case '>': return fill.repeat(n) + prefix + body
    case '^': {
      const l = Math.floor(n / 2)
      return fill.repeat(l) + prefix + body + fill.repeat(n - l)
    }
    default: return prefix + fill.repeat(n) + body
  }
}

function group(digits: string, sep: string, every: number): string {
  if (!sep) return digits
  let out = ''
  let i = digits.length
  while (i > every) {
    out = sep + digits.slice(i - every, i) + out
    i -= every
  }
  return digits.slice(0, i) + out
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : ''
}

export function formatInt(v: PyInt, s: Spec): string {
  if ('eEfFgG%'.includes(s.type) && s.type !== '') return formatFloat(Number(v), s)
  if (s.precision >= 0) throw valueError('Precision not allowed in integer format specifier')
  const neg = v < 0
  const a = neg ? -BigInt(v) : BigInt(v)
  let digits: string
  let prefix = ''
  switch (s.type) {
    case '': case 'd': case 'n': digits = s.type === '' || s.type === 'd' ? (typeof v === 'bigint' ? intToStr(a) : a.toString()) : a.toString(); break
    case 'b': digits = a.toString(2); prefix = s.alt ? '0b' : ''; break
    case 'o': digits = a.toString(8); prefix = s.alt ? '0o' : ''; break
    case 'x': digits = a.toString(16); prefix = s.alt ? '0x' : ''; break
    case 'X': digits = a.toString(16).toUpperCase(); prefix = s.alt ? '0X' : ''; break
    case 'c': {
      if (s.sign !== '-') throw valueError("Sign not allowed with integer format specifier 'c'")
      return pad(String.fromCodePoint(Number(v)), '', s, '<')
    }
    default:
      throw valueError(`Unknown format code '${s.type}' for object of type 'int'`)
  }
  if (s.grouping) {
    const every = s.type !== '' && 'bxXo'.includes(s.type) ? 4 : 3
    if (s.zero && s.width > 0 && s.align === '=') {
      const total = s.width - prefix.length - signOf(neg, s).length
      while (digits.length < total && group(digits, s.grouping, every).length < total) digits = '0' + digits
    }
    digits = group(digits, s.grouping, every)
  }
  return pad(digits, signOf(neg, s) + prefix, s, '>')
}

/** exact decimal of |x| rounded half-even to `frac` digits after the point: [intDigits, fracDigits] */
function toFixedExact(x: number, frac: number): string {
  const [mant, exp] = decompose(x)
  let n: bigint
  if (exp >= 0) n = (mant << BigInt(exp)) * 10n ** BigInt(frac)
  else {
    const num = mant * 10n ** BigInt(frac)
    const den = 1n << BigInt(-exp)
    n = num / den
    const r = num % den
    if (2n * r > den || (2n * r === den && n % 2n === 1n)) n += 1n
  }
  let s = n.toString().padStart(frac + 1, '0')
  if (frac > 0) s = s.slice(0, s.length - frac) + '.' + s.slice(s.length - frac)
  return s
}

function decompose(x: number): [bigint, number] {
  x = Math.abs(x)
  if (x === 0) return [0n, 0]
  const buf = new DataView(new ArrayBuffer(8))
  buf.setFloat64(0, x)
  const hi = buf.getUint32(0)
  const lo = buf.getUint32(4)
  const e = (hi >>> 20) & 0x7ff
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  if (e === 0) return [m, -1074]
  m |= 1n << 52n
  return [m, e - 1075]
}

/** |x| with `digits` significant digits, half-even: [digit string, decimal exponent of first digit] */
function toSig(x: number, digits: number): [string, number] {
  if (x === 0) return ['0'.repeat(digits), 0]
  const [mant, exp] = decompose(x)
  let k = Math.floor(Math.log10(Math.abs(x)))
  for (;;) {
    const shift = digits - 1 - k
    let num = mant
    let den = 1n
    if (exp >= 0) num <<= BigInt(exp)
    else den <<= BigInt(-exp)
    if (shift >= 0) num *= 10n ** BigInt(shift)
    else den *= 10n ** BigInt(-shift)
    let n = num / den
    const r = num % den
    if (2n * r > den || (2n * r === den && n % 2n === 1n)) n += 1n
    const s = n.toString()
    if (s.length > digits) {
      if (n === 10n ** BigInt(digits) && 2n * r >= 0n) {
        // rounding carried into a new digit
        if (num / den >= 10n ** BigInt(digits)) {
          k++
          continue
        }
        return ['1' + '0'.repeat(digits - 1), k + 1]
      }
      k++
      continue
    }
    if (s.length < digits) {
      k--
      continue
    }
    return [s, k]
  }
}

function expStr(e: number): string {
  return (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0')
}

/** PyOS_double_to_string for the 'e', 'f', 'g' and '%' codes (no sign) */
export function formatAbs(x: number, type: string, prec: number, alt: boolean): string {
  const upper = type === 'E' || type === 'F' || type === 'G'
  const t = type.toLowerCase()
  if (!Number.isFinite(x)) {
    const s = Number.isNaN(x) ? 'nan' : 'inf'
    return upper ? s.toUpperCase() : s
  }
  x = Math.abs(x)
  let out: string
  if (t === 'f') {
    out = toFixedExact(x, prec)
    if (alt && prec === 0) out += '.'
  } else if (t === 'e') {
    const [d, k] = toSig(x, prec + 1)
    out = d[0] + (prec > 0 || alt ? '.' : '') + d.slice(1) + 'e' + expStr(x === 0 ? 0 : k)
  } else {
    // 'g'
    const p = prec === 0 ? 1 : prec
    const [d, k0] = toSig(x, p)
    const k = x === 0 ? 0 : k0
    if (k >= -4 && k < p) {
      out = toFixedExact(x, p - 1 - k)
      if (!alt && out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '')
      else if (alt && !out.includes('.')) out += '.'
    } else {
      let m = d[0] + '.' + d.slice(1)
      if (!alt) m = m.replace(/0+$/, '').replace(/\.$/, '')
      out = m + 'e' + expStr(k)
    }
  }
  return upper ? out.toUpperCase() : out
}

export function formatFloat(x: number, s: Spec): string {
  let type = s.type
  let prec = s.precision
  if (!'eEfFgGn%'.includes(type) || (type === '' && false)) throw valueError(`Unknown format code '${type}' for object of type 'float'`)
  const neg = x < 0 || Object.is(x, -0)
  let body: string
  if (type === '' && prec < 0) {
    body = floatRepr(Math.abs(x))
  } else if (type === '') {
    body = formatAbs(x, 'g', prec, s.alt)
    if (Number.isFinite(x) && !/[.e]/.test(body)) body += '.0'
  } else if (type === '%') {
    body = formatAbs(x * 100, 'f', prec < 0 ? 6 : prec, s.alt) + '%'
  } else {
    if (type === 'n') type = 'g'
    body = formatAbs(x, type, prec < 0 ? 6 : prec, s.alt)
  }
  let isNeg = neg && !Number.isNaN(x)
  if (s.z && isNeg && /^[0.]*$/.test(body.replace(/e.*$/, '').replace('%', ''))) isNeg = false
  if (s.grouping) {
    const m = /^(\d+)(.*)$/.exec(body)
    if (m) {
      let intPart = m[1]
      if (s.zero && s.width > 0 && s.align === '=') {
        const total = s.width - m[2].length - signOf(isNeg, s).length
        while (intPart.length < total && group(intPart, s.grouping, 3).length < total) intPart = '0' + intPart
      }
      body = group(intPart, s.grouping, 3) + m[2]
    }
  }
  return pad(body, signOf(isNeg, s), s, '>')
}

export function formatStr(v: string, s: Spec): string {
  if (s.type !== '' && s.type !== 's') throw valueError(`Unknown format code '${s.type}' for object of type 'str'`)
  if (s.sign !== '-') throw valueError('Sign not allowed in string format specifier')
  if (s.align === '=') throw valueError("'=' alignment not allowed in string format specifier")
  if (s.alt) throw valueError('Alternate form (#) not allowed in string format specifier')
  const body = s.precision >= 0 ? [...v].slice(0, s.precision).join('') : v
  return pad(body, '', s, '<')
}

/** run a runtime-support function, turning its PySupportError into the Python exception */
export function supported<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof PySupportError) throw newExc(EXC[e.pyType], e.message)
    throw e
  }
}

/** format(value, spec): value.__format__(spec); int, float and str use objects/support/formatter.ts */
export function format(v: Py, spec: string): string {
  const t = typeOf(v)
  if (typeof v === 'string') return spec === '' ? v : supported(() => S.formatStr(v, spec))
  if ((t === intType || t === boolType) && isInt(v)) {
    if (spec === '') return A.str(v)
    return supported(() => S.formatInt(asInt(v), spec))
  }
  if (v instanceof PyFloat && t === floatType) {
    if (spec === '') return A.str(v)
    return supported(() => S.formatFloat(v.value, spec))
  }
  const m = t.lookup('__format__')
  if (m === undefined) throw typeError(`unsupported format string passed to ${t.name}.__format__`)
  const r = A.callMethod(m, v, [spec])
  if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeOf(r).name}`)
  return r
}

void strType
