// The JSON form of code objects written by scripts/code_json.py from CPython 3.12,
// and the same form produced from our own CodeObjects, so tests can compare them
// field by field with readable diffs.

import { CodeObject } from '../../src-main/python/objects/code'
import { ELLIPSIS, PyComplexConst, PyFrozensetConst, isCodeConst, type ConstValue } from '../../src-main/python/objects/constant'

export type ConstJson =
  | { t: 'None' }
  | { t: 'Ellipsis' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'complex'; re: string; im: string }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: string }
  | { t: 'tuple'; v: ConstJson[] }
  | { t: 'frozenset'; v: ConstJson[] }
  | CodeJson

export interface CodeJson {
  t: 'code'
  co_argcount: number
  co_posonlyargcount: number
  co_kwonlyargcount: number
  co_stacksize: number
  co_flags: number
  co_names: string[]
  co_filename: string
  co_name: string
  co_qualname: string
  co_firstlineno: number
  co_localsplusnames: string[]
  co_localspluskinds: number[]
  co_code: string
  co_linetable: string
  co_exceptiontable: string
  co_consts: ConstJson[]
}

/** float.fromhex() */
export function floatFromHex(s: string): number {
  if (s === 'inf') return Infinity
  if (s === '-inf') return -Infinity
  if (s === 'nan' || s === '-nan') return NaN
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(s)
  if (!m) throw new Error(`bad float hex ${s}`)
  const frac = m[3] ? parseInt(m[3], 16) / 16 ** m[3].length : 0
  const v = (Number(m[2]) + frac) * 2 ** Number(m[4])
  return m[1] ? -v : v
}

/** float.hex() */
export function floatToHex(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  const sign = x < 0 || Object.is(x, -0) ? '-' : ''
  const a = Math.abs(x)
  if (a === 0) return `${sign}0x0.0p+0`
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, a)
  const hi = view.getUint32(0)
  const lo = view.getUint32(4)
  let exp = (hi >>> 20) & 0x7ff
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  const lead = exp === 0 ? 0 : 1
  exp = exp === 0 ? -1022 : exp - 1023
  let digits = mant.toString(16).padStart(13, '0').replace(/0+$/, '')
  if (digits === '') digits = '0'
  return `${sign}0x${lead}.${digits}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`
}

function hexToBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16)
  return out
}

function bytesToHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
}

export function constFromJson(j: ConstJson): ConstValue {
  switch (j.t) {
    case 'None':
      return null
    case 'Ellipsis':
      return ELLIPSIS
    case 'bool':
      return j.v
    case 'int':
      return BigInt(j.v)
    case 'float':
      return floatFromHex(j.v)
    case 'complex':
      return new PyComplexConst(floatFromHex(j.re), floatFromHex(j.im))
    case 'str':
      return j.v
    case 'bytes':
      return hexToBytes(j.v)
    case 'tuple':
      return j.v.map(constFromJson)
    case 'frozenset':
      return new PyFrozensetConst(j.v.map(constFromJson))
    case 'code':
      return codeFromJson(j)
  }
}

export function codeFromJson(j: CodeJson): CodeObject {
  return new CodeObject({
    co_argcount: j.co_argcount,
    co_posonlyargcount: j.co_posonlyargcount,
    co_kwonlyargcount: j.co_kwonlyargcount,
    co_stacksize: j.co_stacksize,
    co_flags: j.co_flags,
    co_code: hexToBytes(j.co_code),
    co_consts: j.co_consts.map(constFromJson),
    co_names: j.co_names,
    co_localsplusnames: j.co_localsplusnames,
    co_localspluskinds: Uint8Array.from(j.co_localspluskinds),
    co_filename: j.co_filename,
    co_name: j.co_name,
    co_qualname: j.co_qualname,
    co_firstlineno: j.co_firstlineno,
    co_linetable: hexToBytes(j.co_linetable),
    co_exceptiontable: hexToBytes(j.co_exceptiontable),
  })
}

export function constToJson(v: ConstValue): ConstJson {
  if (v === null) return { t: 'None' }
  if (v === ELLIPSIS) return { t: 'Ellipsis' }
  switch (typeof v) {
    case 'boolean':
      return { t: 'bool', v }
    case 'bigint':
      return { t: 'int', v: v.toString() }
    case 'number':
      return { t: 'float', v: floatToHex(v) }
    case 'string':
      return { t: 'str', v }
    default:
      break
  }
  if (v instanceof Uint8Array) return { t: 'bytes', v: bytesToHex(v) }
  if (v instanceof PyComplexConst) return { t: 'complex', re: floatToHex(v.real), im: floatToHex(v.imag) }
  if (v instanceof PyFrozensetConst) return { t: 'frozenset', v: v.items.map(constToJson) }
  if (Array.isArray(v)) return { t: 'tuple', v: (v as readonly ConstValue[]).map(constToJson) }
  if (isCodeConst(v as ConstValue)) return codeToJson(v as CodeObject)
  throw new Error('unexpected constant')
}

export function codeToJson(c: CodeObject): CodeJson {
  return {
    t: 'code',
    co_argcount: c.co_argcount,
    co_posonlyargcount: c.co_posonlyargcount,
    co_kwonlyargcount: c.co_kwonlyargcount,
    co_stacksize: c.co_stacksize,
    co_flags: c.co_flags,
    co_names: [...c.co_names],
    co_filename: c.co_filename,
    co_name: c.co_name,
    co_qualname: c.co_qualname,
    co_firstlineno: c.co_firstlineno,
    co_localsplusnames: [...c.co_localsplusnames],
    co_localspluskinds: Array.from(c.co_localspluskinds),
    co_code: bytesToHex(c.co_code),
    co_linetable: bytesToHex(c.co_linetable),
    co_exceptiontable: bytesToHex(c.co_exceptiontable),
    co_consts: c.co_consts.map(constToJson),
  }
}
