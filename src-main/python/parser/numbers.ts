// NUMBER tokens to constants, as Parser/action_helpers.c parsenumber does: ints (with
// underscores, 0x/0o/0b) become bigints, anything with '.', or an exponent becomes a
// float (correctly rounded, as Python's float() and JS Number() both are), a trailing
// j/J makes an imaginary complex.

import { PyComplexConst, type ConstValue } from '../objects/constant'
import type { Parser, PTok } from './core'

const MAX_STR_DIGITS = 4300

export function parseNumber(p: Parser, t: PTok): ConstValue {
  const raw = t.string
  const s = raw.includes('_') ? raw.replace(/_/g, '') : raw
  const last = s.charCodeAt(s.length - 1)
  if (last === 0x6a || last === 0x4a) return new PyComplexConst(0, Number(s.slice(0, -1)))
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0
  if (s.charCodeAt(0) === 0x30 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) return BigInt(s)
  if (/[.eE]/.test(s)) return Number(s)
  if (s.length > MAX_STR_DIGITS) {
    const digits = s.replace(/^0+(?=\d)/, '').length
    if (digits > MAX_STR_DIGITS) {
      throw p.makeError(
        'SyntaxError',
        `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; ` +
          'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals ' +
          'to avoid decimal conversion limits.',
        t.lineno, 0, t.lineno, 0,
      )
    }
  }
  return BigInt(s)
}
