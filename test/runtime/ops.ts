// Decoding of test/runtime/golden/runtime.json values and the dispatch of each op to the
// runtime-support library.
import { PySupportError } from '../../src-main/python/objects/support/errors'
import * as ic from '../../src-main/python/objects/support/intconv'
import * as ar from '../../src-main/python/objects/support/arith'
import * as fh from '../../src-main/python/objects/support/floathex'
import { floatStr } from '../../src-main/python/objects/support/floatfmt'
import { strRepr } from '../../src-main/python/objects/strrepr'

export type Enc = unknown
export type Op = (...args: unknown[]) => unknown

export function dec(v: Enc): unknown {
  if (v === null || typeof v !== 'object') return v
  if (Array.isArray(v)) return v.map(dec)
  const o = v as Record<string, unknown>
  if ('i' in o) return ic.norm(BigInt(o.i as string))
  if ('f' in o) return fh.floatFromHex(o.f as string)
  if ('b' in o) return Uint8Array.from((o.b as string).match(/../g) ?? [], (h) => parseInt(h, 16))
  if ('c' in o) return { re: fh.floatFromHex((o.c as string[])[0]), im: fh.floatFromHex((o.c as string[])[1]) }
  return v
}

/** Encode a result the way the generator does, so results compare as JSON. */
export function enc(v: unknown): Enc {
  if (typeof v === 'boolean' || typeof v === 'string' || v === null) return v
  if (typeof v === 'bigint') return { i: v.toString() }
  if (v instanceof Uint8Array) return { b: Array.from(v, (x) => x.toString(16).padStart(2, '0')).join('') }
  if (Array.isArray(v)) return v.map(enc)
  if (typeof v === 'object' && v && 'float' in v) return { f: fh.floatHex((v as { float: number }).float) }
  if (typeof v === 'number') return { i: String(v) }
  return v
}

export const F = (x: number) => ({ float: x })
const I = (x: unknown) => x as ic.PyIntValue
const N = (x: unknown) => x as number

export const OPS: Record<string, Op> = {
  str_int: (a) => ic.intToDecimal(I(a)),
  hex: (a) => ic.intToBase(I(a), 16),
  oct: (a) => ic.intToBase(I(a), 8),
  bin: (a) => ic.intToBase(I(a), 2),
  bit_length: (a) => ic.bitLength(I(a)),
  int_parse: (s, b) => ic.parseInt(s as string, N(b), strRepr),
  float_parse: (s) => F(ic.parseFloat(s as string, strRepr)),
  float_to_int: (f) => ic.floatToInt(N(f)),
  int_truediv: (a, b) => F(ar.intTrueDiv(I(a), I(b))),
  int_floordiv: (a, b) => ar.intFloorDiv(I(a), I(b)),
  int_mod: (a, b) => ar.intMod(I(a), I(b)),
  int_divmod: (a, b) => ar.intDivmod(I(a), I(b)),
  float_mod: (a, b) => F(ar.floatMod(N(a), N(b))),
  float_divmod: (a, b) => ar.floatDivmod(N(a), N(b)).map(F),
  float_floordiv: (a, b) => F(ar.floatFloorDiv(N(a), N(b))),
  pow3: (a, e, m) => ar.intPowMod(I(a), I(e), I(m)),
  round_int: (a, n) => ar.intRound(I(a), I(n)),
  round_float0: (f) => ar.floatRoundToInt(N(f)),
  round_float: (f, n) => F(ar.floatRound(N(f), I(n))),
  float_str: (f) => floatStr(N(f)),
  float_hex: (f) => fh.floatHex(N(f)),
  float_fromhex: (s) => F(fh.floatFromHex(s as string)),
  as_integer_ratio: (f) => fh.floatAsIntegerRatio(N(f)),
  is_integer: (f) => fh.floatIsInteger(N(f)),
  to_bytes: (i, n, order, signed) => ar.intToBytes(I(i), N(n), order === 'little', signed as boolean),
  from_bytes: (b, order, signed) => ar.intFromBytes(b as Uint8Array, order === 'little', signed as boolean),
}

export function run(op: Op, args: unknown[]): Enc {
  try {
    return enc(op(...args))
  } catch (e) {
    if (e instanceof PySupportError) return { err: e.pyType, msg: e.message }
    throw e
  }
}

import * as fm from '../../src-main/python/objects/support/formatter'
OPS.format_int = (x, s) => fm.formatInt(I(x), s as string)
OPS.format_float = (x, s) => fm.formatFloat(N(x), s as string)
OPS.format_str = (x, s) => fm.formatStr(x as string, s as string)

import * as pc from '../../src-main/python/objects/support/percent'
const isFloatBox = (v: unknown): v is number => typeof v === 'number' && !Number.isInteger(v)
// Test values: JS numbers decoded from {"i"} are ints, from {"f"} are floats; goldens for
// percent use only non-integral floats or the cases below, so tag floats by decoding path.
function pyRepr(v: unknown): string {
  if (typeof v === 'string') return strRepr(v)
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  if (Array.isArray(v)) return v.length === 1 ? `(${pyRepr(v[0])},)` : `(${v.map(pyRepr).join(', ')})`
  if (v && typeof v === 'object' && 'float' in v) return floatStr((v as { float: number }).float)
  return String(v)
}
const val = (v: unknown): unknown => (v && typeof v === 'object' && 'float' in v ? (v as { float: number }).float : v)
const pyTypeName = (v: unknown): string =>
  typeof v === 'string' ? 'str' : v && typeof v === 'object' && 'float' in v ? 'float' : Array.isArray(v) ? 'tuple' : 'int'
export const percentCallbacks: pc.PercentCallbacks = {
  str: (v) => (typeof v === 'string' ? v : pyRepr(v)),
  repr: pyRepr,
  ascii: (v) => pyRepr(v).replace(/[^\x00-\x7f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')),
  getItem: (m, k) => (m as Record<string, unknown>)[k],
  toInt: (v, conv) => {
    if (typeof v === 'boolean') return v ? 1 : 0
    if (typeof v === 'number' || typeof v === 'bigint') return v
    if (v && typeof v === 'object' && 'float' in v) return conv === 'o' || conv === 'x' || conv === 'X' ? undefined : ic.floatToInt((v as { float: number }).float)
    return undefined
  },
  toFloat: (v) => (typeof v === 'string' || Array.isArray(v) ? undefined : Number(val(v))),
  toChar: (v) => (typeof v === 'string' ? (Array.from(v).length === 1 ? v : undefined) : (v as number)),
  toStarInt: (v) => (typeof v === 'number' ? v : undefined),
  typeName: pyTypeName,
}
void isFloatBox
/** Decode percent args keeping floats boxed so int/float stay distinct. */
export function decBoxed(v: Enc): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'f' in (v as object)) return { float: fh.floatFromHex((v as { f: string }).f) }
  if (Array.isArray(v)) return v.map(decBoxed)
  if (v && typeof v === 'object' && !('i' in (v as object))) return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, decBoxed(x as Enc)]))
  return dec(v)
}
OPS.percent = (f, a) => {
  const args: pc.PercentArgs = Array.isArray(a) ? { tuple: a } : { single: a, isMapping: !!a && typeof a === 'object' && !('float' in (a as object)) }
  return pc.percentFormat(f as string, args, percentCallbacks)
}

import * as ph from '../../src-main/python/objects/support/pyhash'
ph.setHashSeed(0)
function hashAny(v: unknown): ic.PyIntValue {
  if (typeof v === 'boolean') return ph.hashBool(v)
  if (typeof v === 'string') return ph.hashStr(v)
  if (v && typeof v === 'object' && 'float' in v) return ph.hashFloat((v as { float: number }).float)
  if (Array.isArray(v)) return ph.hashTuple(v.map(hashAny))
  return ph.hashInt(v as ic.PyIntValue)
}
OPS.hash_int = (x) => ph.hashInt(I(x))
OPS.hash_float = (x) => ph.hashFloat(N(x))
OPS.hash_complex = (c) => ph.hashComplex((c as { re: number }).re, (c as { im: number }).im)
OPS.hash_str = (s) => ph.hashStr(s as string)
OPS.hash_bytes = (b) => ph.hashBytes(b as Uint8Array)
OPS.hash_tuple = (t) => hashAny(t)

import * as fp from '../../src-main/python/objects/support/formatparse'
OPS.formatter_parser = (f) => fp.formatterParser(f as string)
OPS.field_name_split = (f) => fp.fieldNameSplit(f as string)
OPS.str_format = (f) => {
  const args: unknown[] = [12345, 'é', 3]
  return fp.renderFormat<unknown>(f as string, {
    getArg: (k) => {
      if (typeof k === 'number' && k >= args.length) throw new PySupportError('IndexError', `Replacement index ${k} out of range for positional args tuple`)
      return args[k as number]
    },
    getAttr: () => undefined,
    getItem: () => undefined,
    convert: (o, c) => (c === 's' ? (typeof o === 'string' ? o : String(o)) : c === 'r' ? pyRepr(o) : percentCallbacks.ascii(o)),
    format: (o, spec) => (typeof o === 'string' ? fm.formatStr(o, spec) : fm.formatInt(o as number, spec)),
  })
}

import * as us from '../../src-main/python/objects/support/ustr'
import * as uc from '../../src-main/python/objects/support/unicodecase'
const STR_METHODS: Record<string, (...a: never[]) => unknown> = {
  ...uc,
  split: us.split, rsplit: us.rsplit, splitlines: us.splitlines,
  strip: (s: string, c?: string | null) => us.strip(s, c ?? null), lstrip: (s: string, c?: string | null) => us.strip(s, c ?? null, 'left'),
  rstrip: (s: string, c?: string | null) => us.strip(s, c ?? null, 'right'),
  find: us.find, rfind: us.rfind, index: us.index, rindex: us.rindex, count: us.count, replace: us.replace,
  partition: us.partition, rpartition: us.rpartition, expandtabs: us.expandtabs, center: us.center,
  ljust: us.ljust, rjust: us.rjust, zfill: us.zfill,
  startswith: (s: string, p: string, a?: number, b?: number) => us.tailmatch(s, p, a ?? null, b ?? null, false),
  endswith: (s: string, p: string, a?: number, b?: number) => us.tailmatch(s, p, a ?? null, b ?? null, true),
}
OPS.str_method = (m, s, ...a) => (STR_METHODS[m as string] as (...x: unknown[]) => unknown)(s, ...a)
OPS.str_slice = (s, a, b, c) => us.codePointSlice(s as string, a as number | null, b as number | null, c as number | null)
OPS.chr = (i) => us.chr(I(i))
OPS.ord = (s) => us.ord(s as string)
import { complexRepr } from '../../src-main/python/objects/pystrtod'
OPS.format_complex = (c, s) => {
  const { re, im } = c as { re: number; im: number }
  return fm.formatComplex(re, im, s as string, () => complexRepr(re, im))
}
