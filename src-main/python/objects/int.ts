// int (Objects/longobject.c): a JS number while it is a safe integer, a bigint beyond.
// Every result goes through norm() so each value has exactly one representation.

import { type Py, intType } from './typeobject'
import { valueError, zeroDivisionError, overflowError } from './exceptions'

export type PyInt = number | bigint

const MAXS = Number.MAX_SAFE_INTEGER

export function isInt(v: Py): v is PyInt | boolean {
  const t = typeof v
  return t === 'number' || t === 'bigint' || t === 'boolean'
}

/** bool -> int; ints unchanged */
export function asInt(v: PyInt | boolean): PyInt {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v
}

export function norm(b: bigint): PyInt {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b
}

export const big = (a: PyInt): bigint => (typeof a === 'bigint' ? a : BigInt(a))

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b
    if (r <= MAXS && r >= -MAXS) return r
  }
  return norm(big(a) + big(b))
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b
    if (r <= MAXS && r >= -MAXS) return r
  }
  return norm(big(a) - big(b))
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b
    if (r <= MAXS && r >= -MAXS) return r === 0 ? 0 : r
  }
  return norm(big(a) * big(b))
}

/** floor division, long_div */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw zeroDivisionError('integer division or modulo by zero')
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.floor(a / b) + 0
  }
  const x = big(a)
  const y = big(b)
  let q = x / y
  if (x % y !== 0n && (x < 0n) !== (y < 0n)) q -= 1n
  return norm(q)
}

export function intMod(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw zeroDivisionError('integer modulo by zero')
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b
    return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) + 0
  }
  const y = big(b)
  let r = big(a) % y
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y
  return norm(r)
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? 0 - a : norm(-a)
}

export function intAbs(a: PyInt): PyInt {
  return typeof a === 'number' ? Math.abs(a) : norm(a < 0n ? -a : a)
}

export function intPow(a: PyInt, b: PyInt): PyInt {
  const e = big(b)
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b
    if (Number.isSafeInteger(r) && Math.abs(r) < 2 ** 52) return r
  }
  const base = big(a)
  if (e > 100000000n && base !== 0n && base !== 1n && base !== -1n) throw newMemory()
  return norm(base ** e)
}

function newMemory(): never {
  throw overflowError('integer exponentiation result too large')
}

export function intCmp(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function intLshift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw valueError('negative shift count')
  if (typeof a === 'number' && typeof b === 'number' && b < 31 && Math.abs(a) < 2 ** 20) return a * 2 ** b
  if (b > 100000000) throw overflowError('too many digits in integer')
  return norm(big(a) << big(b))
}

export function intRshift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw valueError('negative shift count')
  if (typeof a === 'number' && typeof b === 'number') {
    if (b >= 53) return a < 0 ? -1 : 0
    return Math.floor(a / 2 ** b)
  }
  return norm(big(a) >> big(b))
}

function small32(a: PyInt): a is number {
  return typeof a === 'number' && a >= -0x80000000 && a <= 0x7fffffff
}

export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (small32(a) && small32(b)) return a & b
  return norm(big(a) & big(b))
}
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (small32(a) && small32(b)) return a | b
  return norm(big(a) | big(b))
}
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (small32(a) && small32(b)) return a ^ b
  return norm(big(a) ^ big(b))
}
export function intInvert(a: PyInt): PyInt {
  return typeof a === 'number' ? -a - 1 : norm(-a - 1n)
}

/** int / int, long_true_divide (correctly rounded) */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0 || b === 0n) throw zeroDivisionError('division by zero')
  if (typeof a === 'number' && typeof b === 'number') return a / b
  const x = big(a)
  const y = big(b)
  const fx = Number(x)
  const fy = Number(y)
  if (Number.isFinite(fx) && Number.isFinite(fy) && Math.abs(fx) <= 2 ** 53 && Math.abs(fy) <= 2 ** 53) return fx / fy
  // scale so the quotient has 64 significant bits, then round once
  const neg = (x < 0n) !== (y < 0n)
  const ax = x < 0n ? -x : x
  const ay = y < 0n ? -y : y
  const shift = ay.toString(2).length - ax.toString(2).length + 64
  const q = shift >= 0 ? (ax << BigInt(shift)) / ay : ax / (ay << BigInt(-shift))
  const r = Number(q) * 2 ** -shift
  if (!Number.isFinite(r)) throw overflowError('integer division result too large for a float')
  return neg ? -r : r
}

/** PyLong_AsDouble */
export function intToFloat(a: PyInt): number {
  const r = Number(a)
  if (!Number.isFinite(r)) throw overflowError('int too large to convert to float')
  return r
}

export const INT_MAX_STR_DIGITS = 4300
export let intMaxStrDigits = INT_MAX_STR_DIGITS
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n
}

/** str(int), with the 4300-digit limit of 3.12 */
export function intToStr(a: PyInt): string {
  if (typeof a === 'number') return String(a)
  const s = a.toString()
  const digits = a < 0n ? s.length - 1 : s.length
  if (intMaxStrDigits > 0 && digits > intMaxStrDigits) {
    throw valueError(
      `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    )
  }
  return s
}

export function bitLength(a: PyInt): number {
  const b = big(a)
  if (b === 0n) return 0
  return (b < 0n ? -b : b).toString(2).length
}

/** float -> int (int(3.7), math.floor...), PyLong_FromDouble */
export function floatToInt(x: number): PyInt {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer')
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer')
  const t = Math.trunc(x)
  if (Number.isSafeInteger(t)) return t + 0
  return norm(BigInt(t))
}

void intType
