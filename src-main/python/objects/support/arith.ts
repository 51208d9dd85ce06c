// Division, modulo, power and rounding with CPython's semantics
// (Objects/longobject.c l_divmod, long_true_divide, long_pow; Objects/floatobject.c
// float_rem, float_divmod, float_floor_div, double_round).

import { valueError, overflowError, zeroDivision, typeError } from './errors'
import { type PyIntValue, norm, big, intToFloat } from './intconv'
import { dtoa } from './dtoa'

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q
}
function modBig(a: bigint, b: bigint): bigint {
  const r = a % b
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r
}

/** int // int (long_div). */
export function intFloorDiv(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivision('integer division or modulo by zero')
    const q = Math.floor(a / b)
    if (Number.isSafeInteger(q) && Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
      // a/b may round up to an integer; check against the remainder.
      const r = a - q * b
      if (r !== 0 && (r < 0) !== (b < 0)) return q - 1 || 0
      if ((r < 0 ? -r : r) >= (b < 0 ? -b : b)) return norm(floorDivBig(BigInt(a), BigInt(b)))
      return q === 0 ? 0 : q
    }
  }
  const bb = big(b)
  if (bb === 0n) throw zeroDivision('integer division or modulo by zero')
  return norm(floorDivBig(big(a), bb))
}

/** int % int (long_mod). */
export function intMod(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivision('integer modulo by zero')
    const r = a % b
    const m = r !== 0 && (r < 0) !== (b < 0) ? r + b : r
    return m === 0 ? 0 : m
  }
  const bb = big(b)
  if (bb === 0n) throw zeroDivision('integer modulo by zero')
  return norm(modBig(big(a), bb))
}

/** divmod(int, int). */
export function intDivmod(a: PyIntValue, b: PyIntValue): [PyIntValue, PyIntValue] {
  const bb = big(b)
  if (bb === 0n) throw zeroDivision('integer division or modulo by zero')
  const aa = big(a)
  return [norm(floorDivBig(aa, bb)), norm(modBig(aa, bb))]
}

/** int / int, correctly rounded (long_true_divide). */
export function intTrueDiv(a: PyIntValue, b: PyIntValue): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivision('division by zero')
    if (Math.abs(a) <= 2 ** 53 && Math.abs(b) <= 2 ** 53) return a / b
  }
  let n = big(a)
  let d = big(b)
  if (d === 0n) throw zeroDivision('division by zero')
  const neg = (n < 0n) !== (d < 0n)
  if (n < 0n) n = -n
  if (d < 0n) d = -d
  if (n === 0n) return neg ? -0 : 0
  // Quotient scaled so its lsb has weight 2**lsb, with >= 55 bits (or on a grid finer
  // than the subnormal one), then rounded once; the remainder is kept as a sticky bit.
  const k = n.toString(2).length - d.toString(2).length
  if (k > 1025) throw overflowError('integer division result too large for a float')
  const lsb = Math.max(k - 55, -1076)
  let q: bigint, r: bigint
  if (lsb <= 0) {
    const nn = n << BigInt(-lsb)
    q = nn / d
    r = nn % d
  } else {
    const dd = d << BigInt(lsb)
    q = n / dd
    r = n % dd
  }
  if (r !== 0n) q |= 1n
  let res: number
  if (lsb === -1076) {
    // Subnormal range: round q to a multiple of 4 (the 2**-1074 grid) by hand.
    const low = q & 3n
    let m = q >> 2n
    if (low > 2n || (low === 2n && (m & 1n) === 1n)) m += 1n
    res = ldexp(Number(m), -1074)
  } else {
    res = ldexp(Number(q), lsb)
  }
  if (!Number.isFinite(res)) throw overflowError('integer division result too large for a float')
  return neg ? -res : res
}

/** x * 2**e without intermediate overflow or underflow of the power. */
export function ldexp(x: number, e: number): number {
  let r = x
  let k = e
  while (k > 1000) {
    r *= 2 ** 1000
    k -= 1000
  }
  while (k < -1000) {
    r *= 2 ** -1000
    k += 1000
  }
  return r * 2 ** k
}

/** float % float (float_rem). */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw zeroDivision('float modulo')
  let mod = vx % wx
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0
  }
  return mod
}

/** divmod(float, float) (float_divmod); float // float is its first item. */
export function floatDivmod(vx: number, wx: number, what = 'float divmod()'): [number, number] {
  if (wx === 0) throw zeroDivision(what)
  let mod = vx % wx
  let div = (vx - mod) / wx
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx
      div -= 1.0
    }
  } else {
    mod = copysignZero(wx)
  }
  let floordiv: number
  if (div !== 0) {
    floordiv = Math.floor(div)
    if (div - floordiv > 0.5) floordiv += 1.0
  } else {
    floordiv = copysignZero(vx / wx)
  }
  return [floordiv, mod]
}

export function floatFloorDiv(vx: number, wx: number): number {
  return floatDivmod(vx, wx, 'float floor division by zero')[0]
}

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivision('float division by zero')
  return a / b
}

function modPowBig(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n
  b %= m
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m
    e >>= 1n
    if (e) b = (b * b) % m
  }
  return r
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [modBig(a, m), m]
  let [s0, s1] = [1n, 0n]
  while (r1 !== 0n) {
    const q = r0 / r1
    ;[r0, r1] = [r1, r0 - q * r1]
    ;[s0, s1] = [s1, s0 - q * s1]
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus')
  return modBig(s0, m)
}

/** pow(a, e, m) for ints (long_pow with a modulus). */
export function intPowMod(a: PyIntValue, e: PyIntValue, m: PyIntValue): PyIntValue {
  let mm = big(m)
  if (mm === 0n) throw valueError('pow() 3rd argument cannot be 0')
  const negMod = mm < 0n
  if (negMod) mm = -mm
  let base = big(a)
  let ex = big(e)
  if (ex < 0n) {
    base = modInverse(base, mm)
    ex = -ex
  }
  if (mm === 1n) return 0
  let r = modPowBig(modBig(base, mm), ex, mm)
  if (negMod && r !== 0n) r -= mm
  return norm(r)
}

/** int ** int (long_pow without modulus): a float for negative exponents. */
export function intPow(a: PyIntValue, e: PyIntValue): PyIntValue | number {
  const ee = big(e)
  if (ee < 0n) {
    const af = intToFloat(a)
    if (af === 0) throw zeroDivision('0.0 cannot be raised to a negative power')
    return floatPowSimple(af, Number(ee))
  }
  if (typeof a === 'number' && typeof e === 'number') {
    const r = a ** e
    if (Number.isSafeInteger(r)) return r
  }
  return norm(big(a) ** ee)
}

function floatPowSimple(a: number, b: number): number {
  return Math.pow(a, b)
}

/** round(int, ndigits) (long_round): exact, half to even. */
export function intRound(v: PyIntValue, ndigits: PyIntValue): PyIntValue {
  const nd = big(ndigits)
  if (nd >= 0n) return v
  const x = big(v)
  if (-nd > 5000n && x.toString().length < Number(-nd > 100000n ? 100000n : -nd)) return 0
  const pow = 10n ** -nd
  const q = floorDivBig(x, pow)
  const r = x - q * pow
  const twice = 2n * r
  let qq = q
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) qq += 1n
  return norm(qq * pow)
}

/** round(float) with no ndigits (float___round___impl → round half even to int). */
export function floatRoundToInt(x: number): PyIntValue {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer')
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer')
  let r = Math.round(x)
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2.0 * Math.round(x / 2.0)
  if (Number.isSafeInteger(r)) return r === 0 ? 0 : r
  return norm(BigInt(r))
}

/** round(float, ndigits) (double_round: correctly rounded through dtoa mode 3). */
export function floatRound(x: number, ndigits: PyIntValue): number {
  if (!Number.isFinite(x) || x === 0) return x
  const nd = typeof ndigits === 'bigint' ? (ndigits > 400n ? 400 : ndigits < -400n ? -400 : Number(ndigits)) : ndigits
  // NDIGITS_MAX / NDIGITS_MIN as computed in float___round___impl for IEEE doubles.
  if (nd > 323) return x
  if (nd < -308) return x < 0 || Object.is(x, -0) ? -0 : 0
  const neg = x < 0
  const d = dtoa(Math.abs(x), 3, nd)
  let r: number
  if (d.digits === '') r = 0
  else r = Number(`0.${d.digits}e${d.decpt}`)
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent')
  return neg ? -r : r
}

/** int.to_bytes(length, byteorder, signed=...) (int_to_bytes_impl). */
export function intToBytes(v: PyIntValue, length: number, little: boolean, signed: boolean): Uint8Array {
  if (length < 0) throw valueError('length argument must be non-negative')
  let x = big(v)
  if (x < 0n && !signed) throw overflowError("can't convert negative int to unsigned")
  const bits = BigInt(length * 8)
  if (signed) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n)
    if (x >= lim || x < -lim) {
      if (!(length === 0 && x === 0n)) throw overflowError('int too big to convert')
    }
    if (x < 0n) x += 1n << bits
  } else if (x >> bits !== 0n) throw overflowError('int too big to convert')
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(x & 0xffn)
    x >>= 8n
  }
  return out
}

/** int.from_bytes(bytes, byteorder, signed=...) (int_from_bytes_impl). */
export function intFromBytes(b: Uint8Array, little: boolean, signed: boolean): PyIntValue {
  let x = 0n
  const n = b.length
  for (let i = 0; i < n; i++) x = (x << 8n) | BigInt(b[little ? n - 1 - i : i])
  if (signed && n > 0 && (b[little ? n - 1 : 0] & 0x80) !== 0) x -= 1n << BigInt(n * 8)
  return norm(x)
}

export function requireIntIndex(kind: string): never {
  throw typeError(`'${kind}' object cannot be interpreted as an integer`)
}

/** copysign(0.0, x), honouring the sign bit of NaN as C does. */
function copysignZero(x: number): number {
  if (Number.isNaN(x)) {
    const f = new Float64Array([x])
    return new Uint8Array(f.buffer)[7] & 0x80 ? -0 : 0
  }
  return x < 0 || Object.is(x, -0) ? -0 : 0
}
