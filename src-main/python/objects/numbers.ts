// Methods of int, bool, float and complex (Objects/longobject.c, boolobject.c,
// floatobject.c, complexobject.c): the number slots as special methods, constructors
// with CPython's parsing rules and messages.

import { type Py, intType, boolType, floatType, complexType, NotImplemented, None, typeOf } from './typeobject'
import { defineMethods, defineGetSets, defineClassMethods, type NativeMethod } from './descr'
import { PyFloat, newFloat, floatMod, floatFloorDiv } from './float'
import { PyComplex } from './misc'
import * as I from './int'
import { intBinary, floatBinary, CMP_NAMES, setComplexPowHook } from './abstract'
import * as A from './abstract'
import { typeError, valueError, overflowError, zeroDivisionError } from './exceptions'
import { floatRepr, complexRepr } from './pystrtod'
import { formatAbs, format } from './format'
import { intHash, floatHash, complexHash } from './hashes'
import { defineNew } from './objectmethods'
import { PyTuple, newTuple } from './tuple'
import { PyBytes } from './misc'
import { PyIntSub, unboxMethods } from './boxed'

const NB = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor']

function asIntOrNull(v: Py): I.PyInt | null {
  const t = typeof v
  if (t === 'number' || t === 'bigint') return v as I.PyInt
  if (t === 'boolean') return v ? 1 : 0
  if (v instanceof PyIntSub) return v.value
  return null
}

function asFloatOrNull(v: Py): number | null {
  if (v instanceof PyFloat) return v.value
  const i = asIntOrNull(v)
  return i === null ? null : I.intToFloat(i)
}

// ---------------------------------------------------------------- int

const intMethods: Record<string, NativeMethod> = {}
NB.forEach((n, op) => {
  intMethods[`__${n}__`] = (self, args) => {
    const o = asIntOrNull(args[0])
    if (o === null) return NotImplemented
    if (op === 8 && args.length > 1 && args[1] !== None) return powMod(I.asInt(self as I.PyInt), o, args[1])
    return intBinary(I.asInt(self as I.PyInt), o, op)
  }
  intMethods[`__r${n}__`] = (self, args) => {
    const o = asIntOrNull(args[0])
    if (o === null) return NotImplemented
    return intBinary(o, I.asInt(self as I.PyInt), op)
  }
})
CMP_NAMES.forEach((n, op) => {
  intMethods[n] = (self, args) => {
    const o = asIntOrNull(args[0])
    if (o === null) return NotImplemented
    return A.richCompare(I.asInt(self as I.PyInt), o, op)
  }
})

function powMod(a: I.PyInt, b: I.PyInt, m: Py): Py {
  const mm = asIntOrNull(m)
  if (mm === null) return NotImplemented
  let mod = BigInt(mm)
  if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0')
  let base = BigInt(a)
  let e = BigInt(b)
  const neg = mod < 0n
  if (neg) mod = -mod
  if (e < 0n) {
    base = modInverse(base, mod)
    e = -e
  }
  let r = 1n % mod
  base = ((base % mod) + mod) % mod
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod
    base = (base * base) % mod
    e >>= 1n
  }
  if (neg && r !== 0n) r -= mod
  return I.norm(r)
}

function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = [((a % m) + m) % m, 1n]
  let [g1, x1] = [m, 0n]
  while (g1 !== 0n) {
    const q = g / g1
    ;[g, g1] = [g1, g - q * g1]
    ;[x, x1] = [x1, x - q * x1]
  }
  if (g !== 1n) throw valueError('base is not invertible for the given modulus')
  return x
}

const self2int = (s: Py): I.PyInt => I.asInt(s as I.PyInt)

Object.assign(intMethods, {
  __neg__: (s: Py) => I.intNeg(self2int(s)),
  __pos__: (s: Py) => self2int(s),
  __abs__: (s: Py) => I.intAbs(self2int(s)),
  __invert__: (s: Py) => I.intInvert(self2int(s)),
  __bool__: (s: Py) => self2int(s) !== 0 && self2int(s) !== 0n,
  __int__: (s: Py) => self2int(s),
  __index__: (s: Py) => self2int(s),
  __float__: (s: Py) => newFloat(I.intToFloat(self2int(s))),
  __hash__: (s: Py) => intHash(self2int(s)),
  __repr__: (s: Py) => I.intToStr(self2int(s)),
  __trunc__: (s: Py) => self2int(s),
  __floor__: (s: Py) => self2int(s),
  __ceil__: (s: Py) => self2int(s),
  __getnewargs__: (s: Py) => newTuple([self2int(s)]),
  conjugate: (s: Py) => self2int(s),
  bit_length: (s: Py) => I.bitLength(self2int(s)),
  bit_count(s: Py) {
    let b = BigInt(self2int(s))
    if (b < 0n) b = -b
    return [...b.toString(2)].filter((c) => c === '1').length
  },
  is_integer: () => true,
  as_integer_ratio: (s: Py) => newTuple([self2int(s), 1]),
  __format__: (s: Py, args: Py[]) => {
    const spec = args[0] as string
    if (spec === '') return typeof s === 'boolean' ? (s ? 'True' : 'False') : I.intToStr(self2int(s))
    return format(self2int(s), spec)
  },
  __round__(s: Py, args: Py[]) {
    const v = self2int(s)
    if (args.length === 0 || args[0] === None) return v
    const nd = A.index(args[0])
    if (nd >= 0) return v
    const p = 10n ** BigInt(-nd)
    const b = BigInt(v)
    let q = b / p
    let r = b % p
    if (r < 0n) {
      r += p
      q -= 1n
    }
    if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n
    return I.norm(q * p)
  },
  __divmod__(s: Py, args: Py[]) {
    const o = asIntOrNull(args[0])
    if (o === null) return NotImplemented
    return newTuple([I.intFloorDiv(self2int(s), o), I.intMod(self2int(s), o)])
  },
  __rdivmod__(s: Py, args: Py[]) {
    const o = asIntOrNull(args[0])
    if (o === null) return NotImplemented
    return newTuple([I.intFloorDiv(o, self2int(s)), I.intMod(o, self2int(s))])
  },
  to_bytes(s: Py, args: Py[], kw: readonly string[] | null) {
    const v = BigInt(self2int(s))
    const nk = kw?.length ?? 0
    const pos = args.slice(0, args.length - nk)
    let length: number = pos.length > 0 ? Number(pos[0]) : 1
    let order = pos.length > 1 ? (pos[1] as string) : 'big'
    let signed = false
    kw?.forEach((k, i) => {
      const val = args[pos.length + i]
      if (k === 'length') length = Number(val)
      else if (k === 'byteorder') order = val as string
      else if (k === 'signed') signed = A.truthy(val)
    })
    if (v < 0n && !signed) throw overflowError("can't convert negative int to unsigned")
    let x = v < 0n ? (1n << BigInt(8 * length)) + v : v
    const out = new Uint8Array(length)
    for (let i = length - 1; i >= 0; i--) {
      out[i] = Number(x & 255n)
      x >>= 8n
    }
    if (x !== 0n || (signed && v >= 0n && length > 0 && out[0] & 0x80)) throw overflowError('int too big to convert')
    if (order === 'little') out.reverse()
    return new PyBytes(out)
  },
})
defineMethods(intType, intMethods)
defineGetSets(intType, {
  real: [(s) => self2int(s)],
  imag: [() => 0],
  numerator: [(s) => self2int(s)],
  denominator: [() => 1],
})
defineClassMethods(intType, {
  from_bytes(cls, args, kw) {
    const nk = kw?.length ?? 0
    const pos = args.slice(0, args.length - nk)
    let data = pos[0]
    let order = pos.length > 1 ? (pos[1] as string) : 'big'
    let signed = false
    kw?.forEach((k, i) => {
      const val = args[pos.length + i]
      if (k === 'bytes') data = val
      else if (k === 'byteorder') order = val as string
      else if (k === 'signed') signed = A.truthy(val)
    })
    const bytes = data instanceof PyBytes ? Array.from(data.data) : A.toArray(data).map((x) => Number(x))
    if (order === 'little') bytes.reverse()
    let v = 0n
    for (const b of bytes) v = (v << 8n) | BigInt(b)
    if (signed && bytes.length && bytes[0] & 0x80) v -= 1n << BigInt(8 * bytes.length)
    void cls
    return I.norm(v)
  },
})

/** int(x) and int(str, base) (PyLong_FromUnicodeObject rules) */
export function parseIntLiteral(s: string, base: number): I.PyInt | null {
  let t = s.trim()
  let neg = false
  if (t.startsWith('-') || t.startsWith('+')) {
    neg = t[0] === '-'
    t = t.slice(1)
  }
  let b = base
  const pre = t.slice(0, 2).toLowerCase()
  if ((b === 0 || b === 16) && pre === '0x') {
    b = 16
    t = t.slice(2)
    if (t.startsWith('_')) t = t.slice(1)
  } else if ((b === 0 || b === 8) && pre === '0o') {
    b = 8
    t = t.slice(2)
    if (t.startsWith('_')) t = t.slice(1)
  } else if ((b === 0 || b === 2) && pre === '0b') {
    b = 2
    t = t.slice(2)
    if (t.startsWith('_')) t = t.slice(1)
  } else if (b === 0) {
    if (/^0+(_?0)*$/.test(t)) return 0
    if (t.startsWith('0')) return null
    b = 10
  }
  if (t === '' || t.startsWith('_') || t.endsWith('_') || t.includes('__')) return null
  t = t.replace(/_/g, '')
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b)
  let v = 0n
  const B = BigInt(b)
  if (b === 10) {
    if (!/^[0-9]+$/.test(t)) {
      // non-ASCII decimal digits
      let conv = ''
      for (const ch of t) {
        const d = unicodeDigit(ch)
        if (d < 0) return null
        conv += d
      }
      t = conv
    }
    if (t.length > I.intMaxStrDigits && I.intMaxStrDigits > 0)
      throw valueError(`Exceeds the limit (${I.intMaxStrDigits} digits) for integer string conversion: value has ${t.length} digits; use sys.set_int_max_str_digits() to increase the limit`)
    v = BigInt(t)
  } else {
    for (const ch of t.toLowerCase()) {
      const d = digits.indexOf(ch)
      if (d < 0) return null
      v = v * B + BigInt(d)
    }
  }
  return I.norm(neg ? -v : v)
}

function unicodeDigit(ch: string): number {
  if (!/\p{Nd}/u.test(ch)) return -1
  const c = ch.codePointAt(0)!
  // Nd blocks are runs of ten starting at a code point ending in 0 (mostly); use the zero of the run
  for (let z = c; z > c - 10; z--) if (!/\p{Nd}/u.test(String.fromCodePoint(z - 1)) || (c - z + 1) % 10 === 0) return (c - z) % 10
  return -1
}

export function toInt(v: Py): I.PyInt {
  const i = asIntOrNull(v)
  if (i !== null) return i
  if (v instanceof PyFloat) return I.floatToInt(v.value)
  if (typeof v === 'string') {
    const r = parseIntLiteral(v, 10)
    if (r === null) throw valueError(`invalid literal for int() with base 10: ${A.repr(v)}`)
    return r
  }
  if (v instanceof PyBytes) {
    const s = new TextDecoder().decode(v.data)
    const r = parseIntLiteral(s, 10)
    if (r === null) throw valueError(`invalid literal for int() with base 10: ${A.repr(v)}`)
    return r
  }
  for (const m of ['__int__', '__index__', '__trunc__']) {
    const r = A.callSpecial(v, m, [])
    if (r !== undefined) {
      const ri = asIntOrNull(r)
      if (ri === null) throw typeError(`${m} returned non-int (type ${typeOf(r).name})`)
      return ri
    }
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).name}'`)
}

defineNew(intType, (cls, args, kw) => {
  let x: Py | undefined = args[0]
  let base: Py | undefined = args[1]
  if (kw) {
    kw.forEach((k, i) => {
      const v = args[args.length - kw.length + i]
      if (k === 'base') base = v
      else if (k === 'x') x = v
      else throw typeError(`'${k}' is an invalid keyword argument for int()`)
    })
    if (args.length - kw.length < 2 && !kw.includes('base')) base = undefined
    if (args.length - kw.length < 1 && !kw.includes('x')) x = undefined
  }
  let r: I.PyInt
  if (x === undefined) {
    if (base !== undefined) throw typeError('int() missing string argument')
    r = 0
  } else if (base !== undefined) {
    const b = Number(A.index(base))
    if (b !== 0 && (b < 2 || b > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0')
    if (typeof x !== 'string' && !(x instanceof PyBytes)) throw typeError("int() can't convert non-string with explicit base")
    const s = typeof x === 'string' ? x : new TextDecoder().decode((x as PyBytes).data)
    const p = parseIntLiteral(s, b)
    if (p === null) throw valueError(`invalid literal for int() with base ${b}: ${A.repr(x)}`)
    r = p
  } else r = toInt(x)
  if (cls === intType) return r
  if (cls.solid === intType) return new PyIntSub(cls, r)
  return A.call(cls, [r])
})

// ---------------------------------------------------------------- bool

defineMethods(boolType, {
  __repr__: (s) => (s ? 'True' : 'False'),
  __and__: (s, a) => (typeof a[0] === 'boolean' ? (s as boolean) && a[0] : intBinary(self2int(s), asIntOrNull(a[0]) ?? NaN, 1)),
  __or__: (s, a) => (typeof a[0] === 'boolean' ? (s as boolean) || a[0] : intBinary(self2int(s), asIntOrNull(a[0]) ?? NaN, 7)),
  __xor__: (s, a) => (typeof a[0] === 'boolean' ? s !== a[0] : intBinary(self2int(s), asIntOrNull(a[0]) ?? NaN, 12)),
})
boolType.attrs.set('__rand__', boolType.attrs.get('__and__')!)
boolType.attrs.set('__ror__', boolType.attrs.get('__or__')!)
boolType.attrs.set('__rxor__', boolType.attrs.get('__xor__')!)
boolType.flags |= 4
defineNew(boolType, (_cls, args) => (args.length ? A.truthy(args[0]) : false))

// ---------------------------------------------------------------- float

const fv = (s: Py): number => (s as PyFloat).value
const floatMethods: Record<string, NativeMethod> = {}
NB.forEach((n, op) => {
  floatMethods[`__${n}__`] = (self, args) => {
    const o = asFloatOrNull(args[0])
    if (o === null) return NotImplemented
    return floatBinary(fv(self), o, op)
  }
  floatMethods[`__r${n}__`] = (self, args) => {
    const o = asFloatOrNull(args[0])
    if (o === null) return NotImplemented
    return floatBinary(o, fv(self), op)
  }
})
CMP_NAMES.forEach((n, op) => {
  floatMethods[n] = (self, args) => {
    const a = fv(self)
    const o = args[0]
    if (o instanceof PyFloat) return A.richCompare(a, o.value, op)
    const i = asIntOrNull(o)
    if (i === null) return NotImplemented
    if (Number.isNaN(a)) return op === 3
    return A.richCompare(a, i, op)
  }
})

export function floatRound(x: number, nd: number): number {
  if (!Number.isFinite(x)) return x
  if (nd > 300) return x
  if (nd < -308) return 0 * Math.sign(x)
  if (nd >= 0) {
    const s = formatAbs(x, 'f', nd, false)
    const r = parseFloat(s)
    return x < 0 ? -r : r
  }
  const p = 10 ** -nd
  const q = x / p
  let r = Math.round(q)
  if (Math.abs(q % 1) === 0.5 && r % 2 !== 0) r -= 1
  return r * p
}

Object.assign(floatMethods, {
  __neg__: (s: Py) => newFloat(-fv(s)),
  __pos__: (s: Py) => s,
  __abs__: (s: Py) => newFloat(Math.abs(fv(s))),
  __bool__: (s: Py) => fv(s) !== 0,
  __int__: (s: Py) => I.floatToInt(fv(s)),
  __trunc__: (s: Py) => I.floatToInt(fv(s)),
  __floor__: (s: Py) => I.floatToInt(Math.floor(fv(s))),
  __ceil__: (s: Py) => I.floatToInt(Math.ceil(fv(s))),
  __float__: (s: Py) => (s as PyFloat).type === floatType ? s : newFloat(fv(s)),
  __hash__: (s: Py) => floatHash(fv(s)),
  __repr__: (s: Py) => floatRepr(fv(s)),
  is_integer: (s: Py) => Number.isInteger(fv(s)),
  conjugate: (s: Py) => s,
  hex: (s: Py) => floatHex(fv(s)),
  __getnewargs__: (s: Py) => newTuple([s]),
  __format__: (s: Py, args: Py[]) => {
    const spec = args[0] as string
    if (spec === '') return floatRepr(fv(s))
    return format(newFloat(fv(s)), spec)
  },
  __round__(s: Py, args: Py[]) {
    const x = fv(s)
    if (args.length === 0 || args[0] === None) {
      if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer')
      if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer')
      let r = Math.round(x)
      if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) r -= 1
      return I.floatToInt(r)
    }
    return newFloat(floatRound(x, Number(A.index(args[0]))))
  },
  __divmod__(s: Py, args: Py[]) {
    const o = asFloatOrNull(args[0])
    if (o === null) return NotImplemented
    if (o === 0) throw zeroDivisionError('float divmod()')
    return newTuple([newFloat(floatFloorDiv(fv(s), o)), newFloat(floatMod(fv(s), o))])
  },
  __rdivmod__(s: Py, args: Py[]) {
    const o = asFloatOrNull(args[0])
    if (o === null) return NotImplemented
    if (fv(s) === 0) throw zeroDivisionError('float divmod()')
    return newTuple([newFloat(floatFloorDiv(o, fv(s))), newFloat(floatMod(o, fv(s)))])
  },
  as_integer_ratio(s: Py) {
    const x = fv(s)
    if (!Number.isFinite(x)) throw (Number.isNaN(x) ? valueError('cannot convert NaN to integer ratio') : overflowError('cannot convert Infinity to integer ratio'))
    let num = x
    let den = 1n
    while (!Number.isInteger(num)) {
      num *= 2
      den *= 2n
    }
    return newTuple([I.norm(BigInt(num)), I.norm(den)])
  },
})
defineMethods(floatType, floatMethods)
defineGetSets(floatType, { real: [(s) => s], imag: [() => newFloat(0)] })

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  const sign = x < 0 || Object.is(x, -0) ? '-' : ''
  x = Math.abs(x)
  if (x === 0) return sign + '0x0.0p+0'
  const dv = new DataView(new ArrayBuffer(8))
  dv.setFloat64(0, x)
  const hi = dv.getUint32(0)
  const lo = dv.getUint32(4)
  let e = (hi >>> 20) & 0x7ff
  const m = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0')
  const lead = e === 0 ? '0' : '1'
  e = e === 0 ? -1022 : e - 1023
  return `${sign}0x${lead}.${m}p${e < 0 ? '-' : '+'}${Math.abs(e)}`
}

/** float(str) (PyOS_string_to_double with Python's literal rules) */
export function parseFloatStr(s: string): number | null {
  let t = s.trim().toLowerCase()
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity
  if (/^[+-]?nan$/.test(t)) return NaN
  if (!/^[+-]?(\d(_?\d)*\.?(\d(_?\d)*)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/.test(t)) return null
  t = t.replace(/_/g, '')
  return parseFloat(t)
}

export function toFloat(v: Py): number {
  if (v instanceof PyFloat) return v.value
  const i = asIntOrNull(v)
  if (i !== null) return I.intToFloat(i)
  if (typeof v === 'string') {
    const r = parseFloatStr(v)
    if (r === null) throw valueError(`could not convert string to float: ${A.repr(v)}`)
    return r
  }
  const f = A.callSpecial(v, '__float__', [])
  if (f !== undefined) {
    if (!(f instanceof PyFloat)) throw typeError(`${typeOf(v).name}.__float__ returned non-float (type ${typeOf(f).name})`)
    return f.value
  }
  const ix = A.callSpecial(v, '__index__', [])
  if (ix !== undefined) return I.intToFloat(A.index(ix))
  throw typeError(`float() argument must be a string or a real number, not '${typeOf(v).name}'`)
}

defineNew(floatType, (cls, args) => {
  const x = args.length ? toFloat(args[0]) : 0
  return cls === floatType ? newFloat(x) : new PyFloat(x, cls)
})
defineClassMethods(floatType, {
  fromhex(_cls, args) {
    const s = (args[0] as string).trim()
    const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(s)
    if (!m) throw valueError('invalid hexadecimal floating-point string')
    const intp = m[2] || '0'
    const frac = m[3] ?? ''
    let v = parseInt(intp, 16) + (frac ? parseInt(frac, 16) / 16 ** frac.length : 0)
    v *= 2 ** Number(m[4] ?? 0)
    return newFloat(m[1] === '-' ? -v : v)
  },
})

// ---------------------------------------------------------------- complex (basic)

function asComplex(v: Py): [number, number] | null {
  if (v instanceof PyComplex) return [v.real, v.imag]
  const f = asFloatOrNull(v)
  return f === null ? null : [f, 0]
}

function cx(re: number, im: number): PyComplex {
  return new PyComplex(re, im)
}

const complexOps: Record<string, (a: [number, number], b: [number, number]) => Py> = {
  add: (a, b) => cx(a[0] + b[0], a[1] + b[1]),
  sub: (a, b) => cx(a[0] - b[0], a[1] - b[1]),
  mul: (a, b) => cx(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]),
  truediv: (a, b) => {
    const d = b[0] * b[0] + b[1] * b[1]
    if (d === 0) throw zeroDivisionError('complex division by zero')
    return cx((a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d)
  },
  pow: (a, b) => {
    if (b[1] === 0 && Number.isInteger(b[0]) && Math.abs(b[0]) < 100) {
      let r: [number, number] = [1, 0]
      const n = Math.abs(b[0])
      for (let i = 0; i < n; i++) r = [r[0] * a[0] - r[1] * a[1], r[0] * a[1] + r[1] * a[0]]
      if (b[0] < 0) return complexOps.truediv([1, 0], r)
      return cx(r[0], r[1])
    }
    if (a[0] === 0 && a[1] === 0) return cx(0, 0)
    const mod = Math.hypot(a[0], a[1])
    const arg = Math.atan2(a[1], a[0])
    const lr = Math.log(mod)
    const nm = Math.exp(b[0] * lr - b[1] * arg)
    const na = b[1] * lr + b[0] * arg
    return cx(nm * Math.cos(na), nm * Math.sin(na))
  },
}
const complexMethods: Record<string, NativeMethod> = {}
for (const [n, f] of Object.entries(complexOps)) {
  complexMethods[`__${n}__`] = (s, a) => {
    const o = asComplex(a[0])
    return o === null ? NotImplemented : f(asComplex(s)!, o)
  }
  complexMethods[`__r${n}__`] = (s, a) => {
    const o = asComplex(a[0])
    return o === null ? NotImplemented : f(o, asComplex(s)!)
  }
}
Object.assign(complexMethods, {
  __repr__: (s: Py) => complexRepr((s as PyComplex).real, (s as PyComplex).imag),
  __eq__: (s: Py, a: Py[]) => {
    const o = asComplex(a[0])
    return o === null ? NotImplemented : o[0] === (s as PyComplex).real && o[1] === (s as PyComplex).imag
  },
  __ne__: (s: Py, a: Py[]) => {
    const o = asComplex(a[0])
    return o === null ? NotImplemented : !(o[0] === (s as PyComplex).real && o[1] === (s as PyComplex).imag)
  },
  __abs__: (s: Py) => newFloat(Math.hypot((s as PyComplex).real, (s as PyComplex).imag)),
  __neg__: (s: Py) => cx(-(s as PyComplex).real, -(s as PyComplex).imag),
  __pos__: (s: Py) => s,
  __bool__: (s: Py) => (s as PyComplex).real !== 0 || (s as PyComplex).imag !== 0,
  __hash__: (s: Py) => complexHash((s as PyComplex).real, (s as PyComplex).imag),
  conjugate: (s: Py) => cx((s as PyComplex).real, -(s as PyComplex).imag),
})
defineMethods(complexType, complexMethods)
defineGetSets(complexType, {
  real: [(s) => newFloat((s as PyComplex).real)],
  imag: [(s) => newFloat((s as PyComplex).imag)],
})
defineNew(complexType, (_cls, args) => {
  const re = args.length > 0 ? asComplex(args[0]) : [0, 0]
  const im = args.length > 1 ? asComplex(args[1]) : [0, 0]
  if (re === null || im === null) throw typeError(`complex() first argument must be a string or a number, not '${typeOf(args[0]).name}'`)
  return cx(re[0] - im[1], re[1] + im[0])
})
setComplexPowHook((a, b) => complexOps.pow([a, 0], [b, 0]))

void PyTuple

// int subclasses' instances reach int's methods with their value (objects/boxed.ts)
unboxMethods(intType, false)
