// Correctly rounded decimal digits of a double, the part of Python/dtoa.c _Py_dg_dtoa that
// CPython's formatting uses: mode 0 (shortest round-trip), mode 2 (ndigits significant
// digits) and mode 3 (ndigits after the decimal point). Ties round half to even on the
// exact binary value. A double is m * 2**e exactly, so its full decimal expansion is
// computed with BigInt and rounded as a digit string.

import { shortestDigits } from '../pystrtod'

/** value = 0.DIGITS * 10**decpt; digits carry no trailing zeros ('' means zero). */
export interface Digits {
  digits: string
  decpt: number
}

const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)

/** |x| = mant * 2**exp exactly (x finite, non-zero). Mirrors frexp on the bit pattern. */
export function decompose(x: number): { mant: bigint; exp: number } {
  f64[0] = x
  const hi = u32[1]
  const lo = u32[0]
  const bexp = (hi >>> 20) & 0x7ff
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  if (bexp === 0) return { mant, exp: -1074 }
  mant |= 1n << 52n
  return { mant, exp: bexp - 1075 }
}

const pow5Cache: bigint[] = [1n]
function pow5(k: number): bigint {
  while (pow5Cache.length <= k) pow5Cache.push(pow5Cache[pow5Cache.length - 1] * 5n)
  return pow5Cache[k]
}

/** The exact decimal expansion of |x| (finite, non-zero). */
export function exactDigits(x: number): Digits {
  const { mant, exp } = decompose(x)
  let s: string
  let decpt: number
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString()
    decpt = s.length
  } else {
    s = (mant * pow5(-exp)).toString()
    decpt = s.length + exp
  }
  const t = s.replace(/0+$/, '')
  return { digits: t, decpt }
}

/** Round the digit string to its first n digits, half to even (exact input). */
export function roundDigits(d: Digits, n: number): Digits {
  const s = d.digits
  if (n >= s.length) return d
  if (n < 0) return { digits: '', decpt: d.decpt }
  const next = s.charCodeAt(n) - 48
  let up: boolean
  if (next > 5) up = true
  else if (next < 5) up = false
  else if (n + 1 < s.length) up = true // digits stripped of trailing zeros: something follows
  else up = n > 0 && ((s.charCodeAt(n - 1) - 48) & 1) === 1
  let head = s.slice(0, n)
  let decpt = d.decpt
  if (up) {
    let i = head.length - 1
    while (i >= 0 && head[i] === '9') i--
    if (i < 0) {
      head = '1'
      decpt += 1
    } else {
      head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1)
    }
  }
  head = head.replace(/0+$/, '')
  return { digits: head, decpt: head === '' ? d.decpt : decpt }
}

/**
 * _Py_dg_dtoa(x, mode, ndigits) for finite x; the sign is the caller's. Zero gives
 * digits '0' and decpt 1 as dtoa does; a mode-3 result that rounds to nothing gives
 * digits '' and decpt -ndigits.
 */
export function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 }
  if (mode === 0) return shortestDigits(x)
  if (mode === 3 && ndigits >= 0 && ndigits <= 100 && x < 1e21) {
    const fast = fixedFast(x, ndigits)
    if (fast) return fast
  }
  const ex = exactDigits(x)
  if (mode === 2) return roundDigits(ex, Math.max(1, ndigits))
  const n = ex.decpt + ndigits
  const r = roundDigits(ex, n)
  if (r.digits === '') return { digits: '', decpt: -ndigits }
  return r
}

/**
 * Fast path for mode 3: Number#toFixed is exact but breaks ties upwards, so it is used
 * only when no tie is possible. x = m / 2**b with m odd has exactly b decimal places,
 * so a tie at the last kept place needs b == ndigits + 1.
 */
function fixedFast(x: number, ndigits: number): Digits | null {
  let b = 0
  let y = x
  while (y !== Math.floor(y)) {
    y *= 2
    b++
  }
  if (b === ndigits + 1) return null
  const t = x.toFixed(ndigits)
  const dot = t.indexOf('.')
  const intPart = dot < 0 ? t : t.slice(0, dot)
  const all = intPart + (dot < 0 ? '' : t.slice(dot + 1))
  let lead = 0
  while (lead < all.length && all[lead] === '0') lead++
  if (lead === all.length) return { digits: '', decpt: -ndigits }
  const digits = all.slice(lead).replace(/0+$/, '')
  return { digits, decpt: intPart.length - lead }
}
