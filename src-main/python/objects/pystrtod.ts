// Float <-> text as CPython does it (Python/pystrtod.c, PyOS_double_to_string).
// repr() of a float is the shortest string that round-trips ('r' mode), written in
// fixed notation when the decimal point falls within -4 < decpt <= 16, else in
// exponent notation with a sign and at least two exponent digits.

/** Shortest round-trip digits and decimal-point position: value = 0.DIGITS * 10**decpt. */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  // toExponential() with no argument yields the shortest digits that round-trip.
  const e = Math.abs(x).toExponential()
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)
  if (!m) throw new Error(`unexpected exponential form ${e}`)
  const digits = (m[1] + (m[2] ?? '')).replace(/0+$/, '') || '0'
  return { digits, decpt: Number(m[3]) + 1 }
}

function special(x: number): string | null {
  if (Number.isNaN(x)) return 'nan'
  if (x === Infinity) return 'inf'
  if (x === -Infinity) return '-inf'
  return null
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0)
}

/**
 * repr(float). `addDot0` mirrors Py_DTSF_ADD_DOT_0: float repr adds ".0" to integral
 * values in fixed notation; complex repr does not.
 */
export function floatRepr(x: number, addDot0 = true): string {
  const s = special(x)
  if (s !== null) return s
  const sign = isNegative(x) ? '-' : ''
  if (x === 0) return sign + (addDot0 ? '0.0' : '0')
  const { digits, decpt } = shortestDigits(x)
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    const es = exp < 0 ? '-' : '+'
    const ea = Math.abs(exp)
    return `${sign}${mant}e${es}${ea < 10 ? '0' : ''}${ea}`
  }
  let body: string
  if (decpt <= 0) body = '0.' + '0'.repeat(-decpt) + digits
  else if (decpt >= digits.length) body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '')
  else body = digits.slice(0, decpt) + '.' + digits.slice(decpt)
  return sign + body
}

/** repr(complex) as Objects/complexobject.c complex_repr. */
export function complexRepr(real: number, imag: number): string {
  const im = floatRepr(imag, false)
  if (real === 0 && !isNegative(real)) return `${im}j`
  const re = floatRepr(real, false)
  const imSigned = im.startsWith('-') ? im : '+' + im
  return `(${re}${imSigned}j)`
}
