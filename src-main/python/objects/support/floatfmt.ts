// PyOS_double_to_string (Python/pystrtod.c format_float_short): a double written in
// 'e', 'f', 'g' or 'r' style from correctly rounded digits.

import { dtoa } from './dtoa'

export interface DoubleToStringFlags {
  sign?: boolean // Py_DTSF_SIGN: '+' before non-negative values
  addDot0?: boolean // Py_DTSF_ADD_DOT_0
  alt?: boolean // Py_DTSF_ALT
  noNegZero?: boolean // Py_DTSF_NO_NEG_0
}

/** Mirrors PyOS_double_to_string(val, code, precision, flags). code in e E f F g G r. */
export function doubleToString(x: number, code: string, precision: number, flags: DoubleToStringFlags = {}): string {
  let upper = false
  let fc = code
  if (fc === 'E' || fc === 'F' || fc === 'G') {
    upper = true
    fc = fc.toLowerCase()
  }
  let mode: 0 | 2 | 3
  let prec = precision
  switch (fc) {
    case 'e':
      mode = 2
      prec += 1
      break
    case 'f':
      mode = 3
      break
    case 'g':
      mode = 2
      if (prec === 0) prec = 1
      break
    case 'r':
      mode = 0
      prec = 0
      break
    default:
      throw new Error(`doubleToString: bad code ${code}`)
  }
  let negative = x < 0 || Object.is(x, -0)
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) negative = false
    const body = Number.isNaN(x) ? 'nan' : 'inf'
    const s = (negative ? '-' : flags.sign ? '+' : '') + body
    return upper ? s.toUpperCase() : s
  }
  const d = dtoa(Math.abs(x), mode, prec)
  const digits = d.digits
  let decpt = d.decpt
  const dlen = digits.length
  if (flags.noNegZero && negative && (dlen === 0 || digits === '0')) negative = false
  let vEnd = dlen
  let useExp = false
  switch (fc) {
    case 'e':
      useExp = true
      vEnd = prec
      break
    case 'f':
      vEnd = decpt + prec
      break
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? prec - 1 : prec)) useExp = true
      if (flags.alt) vEnd = prec
      break
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true
      break
  }
  let exp = 0
  if (useExp) {
    exp = decpt - 1
    decpt = 1
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0
  if (!useExp && flags.addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1
  else vEnd = vEnd > decpt ? vEnd : decpt
  let out = negative ? '-' : flags.sign ? '+' : ''
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt)
  else out += '0'.repeat(-vStart)
  if (decpt > 0 && decpt <= dlen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt)
  else out += digits
  if (dlen < decpt) out += '0'.repeat(decpt - dlen) + '.' + '0'.repeat(vEnd - decpt)
  else out += '0'.repeat(vEnd - dlen)
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1)
  if (useExp) {
    const ea = Math.abs(exp)
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ea < 10 ? '0' : '') + ea
  }
  return out
}

/** str(float) == repr(float) in Python 3 (float_repr). */
export function floatStr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true })
}
