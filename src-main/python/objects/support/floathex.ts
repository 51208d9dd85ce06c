// float.hex, float.fromhex, float.as_integer_ratio, float.is_integer
// (Objects/floatobject.c float_hex, float_fromhex, float_as_integer_ratio_impl).

import { valueError, overflowError } from './errors'
import { decompose } from './dtoa'
import { type PyIntValue, norm, isPySpace } from './intconv'
import { floatStr } from './floatfmt'

/** float.hex(x): 13 hex digits after the point, never stripped. */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return floatStr(x)
  const sign = x < 0 || Object.is(x, -0) ? '-' : ''
  if (x === 0) return `${sign}0x0.0p+0`
  const { mant, exp } = decompose(x)
  const frac = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0')
  if (mant < 1n << 52n) return `${sign}0x0.${frac}p-1022`
  const e = exp + 52
  return `${sign}0x1.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`
}

/** float.fromhex(s), correctly rounded half to even. */
export function floatFromHex(text: string): number {
  const bad = () => valueError('invalid hexadecimal floating-point string')
  let a = 0
  let z = text.length
  while (a < z && isPySpace(text[a])) a++
  while (z > a && isPySpace(text[z - 1])) z--
  const s = text.slice(a, z)
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s)
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity
    return special[1] === '-' ? -v : v
  }
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(s)
  if (!m) throw bad()
  const intPart = m[2]
  const fracPart = m[3] ?? ''
  if (intPart === '' && fracPart === '') throw bad()
  const neg = m[1] === '-'
  const digits = (intPart + fracPart).replace(/^0+/, '')
  if (digits === '') return neg ? -0 : 0
  let E = -4 * fracPart.length
  const expText = m[4]
  if (expText !== undefined) {
    const ev = BigInt(expText)
    if (ev > 100000000n) throw overflowError('hexadecimal value too large to represent as a float')
    if (ev < -100000000n) return neg ? -0 : 0
    E += Number(ev)
  }
  let M = BigInt('0x' + digits)
  const L = M.toString(2).length
  if (L + E > 1024) throw overflowError('hexadecimal value too large to represent as a float')
  const lsb = Math.max(L + E - 53, -1074)
  if (lsb > E) {
    const drop = BigInt(lsb - E)
    const low = M & ((1n << drop) - 1n)
    const half = 1n << (drop - 1n)
    M >>= drop
    if (low > half || (low === half && (M & 1n) === 1n)) M += 1n
    E = lsb
  }
  // M * 2**E, M < 2**54 now: exact scaling unless it overflows.
  let r = Number(M)
  let k = E
  while (k > 1000) {
    r *= 2 ** 1000
    k -= 1000
  }
  while (k < -1000) {
    r *= 2 ** -1000
    k += 1000
  }
  r *= 2 ** k
  if (!Number.isFinite(r)) throw overflowError('hexadecimal value too large to represent as a float')
  return neg ? -r : r
}

/** float.as_integer_ratio(): the exact value as a reduced fraction. */
export function floatAsIntegerRatio(x: number): [PyIntValue, PyIntValue] {
  if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio')
  if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio')
  if (x === 0) return [0, 1]
  if (Number.isSafeInteger(x)) return [x, 1]
  let { mant, exp } = decompose(x)
  while ((mant & 1n) === 0n && exp < 0) {
    mant >>= 1n
    exp++
  }
  if (x < 0) mant = -mant
  if (exp >= 0) return [norm(mant << BigInt(exp)), 1]
  return [norm(mant), norm(1n << BigInt(-exp))]
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.trunc(x) === x
}
