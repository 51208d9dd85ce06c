// Python arithmetic on compile-time constants, for the AST optimizer (CPython 3.12
// Python/ast_opt.c fold_binop / fold_unaryop and the number protocols they call:
// Objects/longobject.c, floatobject.c, complexobject.c, unicodeobject.c, bytesobject.c,
// tupleobject.c). Every function returns `undefined` when CPython would raise (the
// optimizer then leaves the expression alone) or when ast_opt.c refuses to fold
// because the result could be too big (safe_multiply, safe_power, safe_lshift).

import { PyComplexConst, PyFrozensetConst, constStrCodePoints, isCodeConst, markCodePoint, type ConstValue } from '../objects/constant'
import { codePointLength } from './util'

export const MAX_INT_SIZE = 128
export const MAX_COLLECTION_SIZE = 256
export const MAX_STR_SIZE = 4096
export const MAX_TOTAL_ITEMS = 1024

type Num = bigint | number | PyComplexConst

function isInt(v: ConstValue): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean'
}

function toInt(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v
}

function asNum(v: ConstValue): Num | undefined {
  if (typeof v === 'boolean') return v ? 1n : 0n
  if (typeof v === 'bigint' || typeof v === 'number' || v instanceof PyComplexConst) return v
  return undefined
}

function intToFloat(v: bigint): number | undefined {
  const f = Number(v)
  return Number.isFinite(f) ? f : undefined
}

function toFloat(v: bigint | number): number | undefined {
  return typeof v === 'bigint' ? intToFloat(v) : v
}

function toComplex(v: Num): PyComplexConst | undefined {
  if (v instanceof PyComplexConst) return v
  const f = toFloat(v)
  return f === undefined ? undefined : new PyComplexConst(f, 0)
}

/** _PyLong_NumBits */
export function numBits(v: bigint): number {
  if (v < 0n) v = -v
  return v === 0n ? 0 : v.toString(2).length
}

function isTuple(v: ConstValue): v is readonly ConstValue[] {
  return Array.isArray(v)
}

function seqLen(v: ConstValue): number {
  if (typeof v === 'string') return codePointLength(v)
  if (v instanceof Uint8Array) return v.length
  if (isTuple(v)) return v.length
  if (v instanceof PyFrozensetConst) return v.items.length
  return 0
}

/** check_complexity: total items in nested tuples/frozensets, or -1 over the limit */
function checkComplexity(v: ConstValue, limit: number): number {
  if (isTuple(v)) {
    limit -= v.length
    for (const x of v) {
      if (limit < 0) break
      limit = checkComplexity(x, limit)
    }
    return limit
  }
  if (v instanceof PyFrozensetConst) {
    limit -= v.items.length
    for (const x of v.items) {
      if (limit < 0) break
      limit = checkComplexity(x, limit)
    }
  }
  return limit
}

function repeat(seq: ConstValue, n: bigint): ConstValue | undefined {
  const k = n < 0n ? 0 : Number(n)
  if (typeof seq === 'string') return seq.repeat(k)
  if (seq instanceof Uint8Array) {
    const out = new Uint8Array(seq.length * k)
    for (let i = 0; i < k; i++) out.set(seq, i * seq.length)
    return out
  }
  if (isTuple(seq)) {
    const out: ConstValue[] = []
    for (let i = 0; i < k; i++) out.push(...seq)
    return out
  }
  return undefined
}

function complexArith(op: 'add' | 'sub' | 'mul' | 'div', a: PyComplexConst, b: PyComplexConst): PyComplexConst | undefined {
  switch (op) {
    case 'add':
      return new PyComplexConst(a.real + b.real, a.imag + b.imag)
    case 'sub':
      return new PyComplexConst(a.real - b.real, a.imag - b.imag)
    case 'mul':
      return new PyComplexConst(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
    case 'div': {
      // _Py_c_quot
      const absBr = Math.abs(b.real)
      const absBi = Math.abs(b.imag)
      if (absBr >= absBi) {
        if (absBr === 0) return undefined
        const ratio = b.imag / b.real
        const denom = b.real + b.imag * ratio
        return new PyComplexConst((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
      } else if (absBi >= absBr) {
        const ratio = b.real / b.imag
        const denom = b.real * ratio + b.imag
        return new PyComplexConst((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
      }
      return new PyComplexConst(NaN, NaN)
    }
  }
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q
}

function modInt(a: bigint, b: bigint): bigint {
  const r = a % b
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r
}

/** float_divmod */
function floatDivmod(vx: number, wx: number): [number, number] | undefined {
  if (wx === 0) return undefined
  let mod = vx % wx
  let div = (vx - mod) / wx
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx
      div -= 1.0
    }
  } else mod = Math.sign(wx) < 0 || Object.is(wx, -0) ? -0 : 0
  let floordiv: number
  if (div) {
    floordiv = Math.floor(div)
    if (div - floordiv > 0.5) floordiv += 1.0
  } else {
    const q = vx / wx
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0
  }
  return [floordiv, mod]
}

/** int / int, correctly rounded (long_true_divide) */
function intTrueDivide(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined
  const neg = a < 0n !== b < 0n
  let x = a < 0n ? -a : a
  const y = b < 0n ? -b : b
  if (x < 1n << 53n && y < 1n << 53n) return Number(a) / Number(b)
  // scale so the integer quotient has at least 64 significant bits, keep a sticky bit
  const shift = Math.max(0, 66 - (numBits(x) - numBits(y)))
  x <<= BigInt(shift)
  let q = x / y
  if (x % y !== 0n) q |= 1n
  let r = Number(q) // correctly rounded: q has >= 65 bits and a sticky low bit
  // scale down by 2**shift in exact steps (each stays normal unless the result is tiny)
  for (let left = shift; left > 0; left -= Math.min(left, 1000)) r /= 2 ** Math.min(left, 1000)
  if (!Number.isFinite(r)) return undefined
  // subnormal results can double-round; CPython handles these, we refuse to fold
  if (r !== 0 && Math.abs(r) < 2.2250738585072014e-308) return undefined
  return neg ? -r : r
}

export type BinOpName = 'Add' | 'Sub' | 'Mult' | 'Div' | 'FloorDiv' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'MatMult'

export function foldBinOp(op: BinOpName, v: ConstValue, w: ConstValue): ConstValue | undefined {
  switch (op) {
    case 'Add': {
      if (typeof v === 'string' && typeof w === 'string') return v + w
      if (v instanceof Uint8Array && w instanceof Uint8Array) {
        const out = new Uint8Array(v.length + w.length)
        out.set(v)
        out.set(w, v.length)
        return out
      }
      if (isTuple(v) && isTuple(w)) return [...v, ...w]
      return arith('add', v, w)
    }
    case 'Sub':
      return arith('sub', v, w)
    case 'Mult':
      return safeMultiply(v, w)
    case 'Div':
      return arith('div', v, w)
    case 'FloorDiv':
      return arith('floordiv', v, w)
    case 'Mod':
      if (typeof v === 'string' || v instanceof Uint8Array) return undefined
      return arith('mod', v, w)
    case 'Pow':
      return safePower(v, w)
    case 'LShift': {
      if (!isInt(v) || !isInt(w)) return undefined
      const a = toInt(v)
      const b = toInt(w)
      if (b < 0n) return undefined
      if (a !== 0n && b !== 0n) {
        if (b > BigInt(MAX_INT_SIZE) || numBits(a) > MAX_INT_SIZE - Number(b)) return undefined
      }
      return a << b
    }
    case 'RShift': {
      if (!isInt(v) || !isInt(w)) return undefined
      const b = toInt(w)
      if (b < 0n) return undefined
      return toInt(v) >> b
    }
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd': {
      if (!isInt(v) || !isInt(w)) return undefined
      if (typeof v === 'boolean' && typeof w === 'boolean') {
        return op === 'BitOr' ? v || w : op === 'BitAnd' ? v && w : v !== w
      }
      const a = toInt(v)
      const b = toInt(w)
      return op === 'BitOr' ? a | b : op === 'BitAnd' ? a & b : a ^ b
    }
    case 'MatMult':
      return undefined
  }
}

function safeMultiply(v: ConstValue, w: ConstValue): ConstValue | undefined {
  if (isInt(v) && isInt(w)) {
    const a = toInt(v)
    const b = toInt(w)
    if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return undefined
    return a * b
  }
  if (isInt(v) && (isTuple(w) || w instanceof PyFrozensetConst)) {
    const size = seqLen(w)
    if (size) {
      const n = toInt(v)
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return undefined
    }
    return isTuple(w) ? repeat(w, toInt(v)) : undefined
  }
  if (isInt(v) && (typeof w === 'string' || w instanceof Uint8Array)) {
    const size = seqLen(w)
    if (size) {
      const n = toInt(v)
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined
    }
    return repeat(w, toInt(v))
  }
  if (isInt(w) && (isTuple(v) || v instanceof PyFrozensetConst || typeof v === 'string' || v instanceof Uint8Array)) return safeMultiply(w, v)
  return arith('mul', v, w)
}

function safePower(v: ConstValue, w: ConstValue): ConstValue | undefined {
  if (isInt(v) && isInt(w)) {
    const a = toInt(v)
    const b = toInt(w)
    if (a !== 0n && b > 0n) {
      if (numBits(a) > Math.floor(MAX_INT_SIZE / Number(b))) return undefined
    }
    if (b >= 0n) return a ** b
    const fa = intToFloat(a)
    const fb = intToFloat(b)
    if (fa === undefined || fb === undefined) return undefined
    return floatPow(fa, fb)
  }
  return arith('pow', v, w)
}

/** _Py_c_pow */
function cPow(a: PyComplexConst, b: PyComplexConst): PyComplexConst | undefined {
  if (b.real === 0 && b.imag === 0) return new PyComplexConst(1, 0)
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return undefined
    return new PyComplexConst(0, 0)
  }
  const vabs = Math.hypot(a.real, a.imag)
  let len = Math.pow(vabs, b.real)
  const at = Math.atan2(a.imag, a.real)
  let phase = at * b.real
  if (b.imag !== 0) {
    len /= Math.exp(at * b.imag)
    phase += b.imag * Math.log(vabs)
  }
  return new PyComplexConst(len * Math.cos(phase), len * Math.sin(phase))
}

/** c_powu / c_powi: integer exponents by repeated squaring */
function cPowi(x: PyComplexConst, n: number): PyComplexConst | undefined {
  const powu = (base: PyComplexConst, m: number): PyComplexConst => {
    let r = new PyComplexConst(1, 0)
    let p = base
    let mask = 1
    while (mask > 0 && m >= mask) {
      if (m & mask) r = complexArith('mul', r, p)!
      mask <<= 1
      p = complexArith('mul', p, p)!
    }
    return r
  }
  if (n > 0) return powu(x, n)
  return complexArith('div', new PyComplexConst(1, 0), powu(x, -n))
}

/** complex_pow */
function complexPow(a: PyComplexConst, b: PyComplexConst): PyComplexConst | undefined {
  let r: PyComplexConst | undefined
  if (b.imag === 0 && b.real === Math.trunc(b.real) && Math.abs(b.real) <= 100) r = cPowi(a, b.real)
  else r = cPow(a, b)
  if (!r || !Number.isFinite(r.real) || !Number.isFinite(r.imag)) return undefined
  return r
}

/** float_pow, for the cases that do not raise */
function floatPow(iv: number, iw: number): number | PyComplexConst | undefined {
  if (iw === 0) return 1.0
  if (Number.isNaN(iv)) return iv === 1 ? 1.0 : NaN
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : NaN
  if (iv === 0) {
    if (iw < 0) return undefined // ZeroDivisionError
    return Math.pow(iv, iw)
  }
  if (iv < 0 && Number.isFinite(iw) && Math.floor(iw) !== iw) return complexPow(new PyComplexConst(iv, 0), new PyComplexConst(iw, 0))
  const r = Math.pow(iv, iw)
  if (!Number.isFinite(r) && Number.isFinite(iv) && Number.isFinite(iw)) return undefined // OverflowError
  return r
}

function arith(op: 'add' | 'sub' | 'mul' | 'div' | 'floordiv' | 'mod' | 'pow', v: ConstValue, w: ConstValue): ConstValue | undefined {
  const a = asNum(v)
  const b = asNum(w)
  if (a === undefined || b === undefined) return undefined
  if (a instanceof PyComplexConst || b instanceof PyComplexConst) {
    const ca = toComplex(a)
    const cb = toComplex(b)
    if (!ca || !cb) return undefined
    if (op === 'add' || op === 'sub' || op === 'mul' || op === 'div') return complexArith(op, ca, cb)
    if (op === 'pow') return complexPow(ca, cb)
    return undefined
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case 'add':
        return a + b
      case 'sub':
        return a - b
      case 'mul':
        return a * b
      case 'div':
        return intTrueDivide(a, b)
      case 'floordiv':
        return b === 0n ? undefined : floorDivInt(a, b)
      case 'mod':
        return b === 0n ? undefined : modInt(a, b)
      case 'pow':
        return undefined
    }
  }
  const x = toFloat(a)
  const y = toFloat(b)
  if (x === undefined || y === undefined) return undefined
  switch (op) {
    case 'add':
      return x + y
    case 'sub':
      return x - y
    case 'mul':
      return x * y
    case 'div':
      return y === 0 ? undefined : x / y
    case 'floordiv':
      return floatDivmod(x, y)?.[0]
    case 'mod':
      return floatDivmod(x, y)?.[1]
    case 'pow':
      return floatPow(x, y)
  }
}

/** PyObject_IsTrue for constants */
export function constTruth(v: ConstValue): boolean {
  if (v === null) return false
  if (typeof v === 'boolean') return v
  if (typeof v === 'bigint') return v !== 0n
  if (typeof v === 'number') return v !== 0
  if (typeof v === 'string') return v.length > 0
  if (typeof v === 'symbol') return true
  if (v instanceof PyComplexConst) return v.real !== 0 || v.imag !== 0
  if (v instanceof Uint8Array) return v.length > 0
  if (v instanceof PyFrozensetConst) return v.items.length > 0
  if (isTuple(v)) return v.length > 0
  if (isCodeConst(v)) return true
  return true
}

export function foldUnaryOp(op: 'Invert' | 'Not' | 'UAdd' | 'USub', v: ConstValue): ConstValue | undefined {
  switch (op) {
    case 'Not':
      return !constTruth(v)
    case 'Invert':
      return isInt(v) ? ~toInt(v) : undefined
    case 'UAdd':
      if (isInt(v)) return toInt(v)
      if (typeof v === 'number' || v instanceof PyComplexConst) return v
      return undefined
    case 'USub':
      if (isInt(v)) return -toInt(v)
      if (typeof v === 'number') return -v
      if (v instanceof PyComplexConst) return new PyComplexConst(-v.real, -v.imag)
      return undefined
  }
}

/** PyObject_GetItem(constant, constant) for str, bytes and tuple with an int index */
export function foldSubscript(v: ConstValue, idx: ConstValue): ConstValue | undefined {
  if (!isInt(idx)) return undefined
  let i = toInt(idx)
  if (typeof v === 'string') {
    // code points as the str has them (marked surrogates included), each as constant text
    const cps = constStrCodePoints(v)
    if (i < 0n) i += BigInt(cps.length)
    if (i < 0n || i >= BigInt(cps.length)) return undefined
    return markCodePoint(cps[Number(i)])
  }
  if (v instanceof Uint8Array) {
    if (i < 0n) i += BigInt(v.length)
    if (i < 0n || i >= BigInt(v.length)) return undefined
    return BigInt(v[Number(i)])
  }
  if (isTuple(v)) {
    if (i < 0n) i += BigInt(v.length)
    if (i < 0n || i >= BigInt(v.length)) return undefined
    return v[Number(i)]
  }
  return undefined
}
