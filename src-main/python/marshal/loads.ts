// marshal.loads of CPython 3.12 (Python/marshal.c r_object and helpers). Reads any
// object CPython writes, references included, straight from a DataView over the
// input; damaged data raises MarshalError with CPython's exception type and message.

import { CodeObject } from '../objects/code'
import { ELLIPSIS, PyComplexConst, PyFrozensetConst, type ConstValue } from '../objects/constant'
import { setIterationOrder } from '../objects/frozensetOrder'
import { decodeSurrogatePass } from './utf8'
import { FLAG_REF, MAX_DEPTH, MarshalDict, MarshalError, MarshalList, MarshalSet, STOPITERATION, T, type MarshalValue } from './types'

const SIZE32_MAX = 0x7fffffff

/** an unfilled slot of the ref table (r_ref_reserve puts None there) */
const RESERVED = Symbol('reserved')

/** returned by r_object for TYPE_NULL: not an error by itself */
const NULL = Symbol('NULL')
type Obj = MarshalValue | typeof NULL

function eofObject(): MarshalError {
  return new MarshalError('EOFError', 'EOF read where object expected')
}
function tooShort(): MarshalError {
  return new MarshalError('EOFError', 'marshal data too short')
}
function bad(what: string): MarshalError {
  return new MarshalError('ValueError', `bad marshal data (${what})`)
}

class Reader {
  pos: number
  readonly view: DataView
  readonly end: number
  readonly refs: (MarshalValue | typeof RESERVED)[] = []
  depth = 0

  constructor(readonly buf: Uint8Array, start: number) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
    this.pos = start
    this.end = buf.length
  }

  byte(): number {
    return this.pos < this.end ? this.buf[this.pos++] : -1
  }

  need(n: number): number {
    if (this.end - this.pos < n) throw tooShort()
    const p = this.pos
    this.pos += n
    return p
  }

  long(): number {
    return this.view.getInt32(this.need(4), true)
  }

  short(): number {
    return this.view.getInt16(this.need(2), true)
  }

  double(): number {
    return this.view.getFloat64(this.need(8), true)
  }

  /** a view into the input, not a copy: loads() results share the caller's buffer */
  bytes(n: number): Uint8Array {
    const p = this.need(n)
    return this.buf.subarray(p, p + n)
  }

  /** latin-1 characters: TYPE_ASCII data is not checked to be ASCII by CPython */
  latin1(n: number): string {
    const p = this.need(n)
    const b = this.buf
    if (n < 64) {
      let s = ''
      for (let i = p; i < p + n; i++) s += String.fromCharCode(b[i])
      return s
    }
    let s = ''
    for (let i = p; i < p + n; i += 4096) {
      s += String.fromCharCode.apply(null, b.subarray(i, Math.min(i + 4096, p + n)) as unknown as number[])
    }
    return s
  }
}

/** r_PyLong: base-2**15 digits, least significant first, sign in the count */
function readLong(r: Reader): bigint {
  const n = r.long()
  if (n === 0) return 0n
  if (n < -SIZE32_MAX || n > SIZE32_MAX) throw bad('long size out of range')
  const count = Math.abs(n)
  // digits are read in groups of 2 (PyLong_MARSHAL_RATIO for 30-bit digits); the
  // checks are per 15-bit piece, the last one must be nonzero
  let v = 0n
  let shift = 0n
  for (let j = 0; j < count; j++) {
    const md = r.short()
    if (md < 0 || md > 32768) throw bad('digit out of range in long')
    if (md === 0 && j === count - 1) throw bad('unnormalized long data')
    v |= BigInt(md) << shift
    shift += 15n
  }
  return n < 0 ? -v : v
}

/** r_float_str: one length byte then the repr text (format versions 0 and 1) */
function readFloatStr(r: Reader): number {
  const n = r.byte()
  if (n < 0) throw eofObject()
  const text = r.latin1(n).trim()
  const lower = text.toLowerCase()
  const sign = lower.startsWith('-') ? -1 : 1
  const body = lower.replace(/^[+-]/, '')
  if (body === 'inf' || body === 'infinity') return sign * Infinity
  if (body === 'nan') return NaN
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(body)) {
    throw new MarshalError('ValueError', `could not convert string to float: '${text}'`)
  }
  return sign * Number(body)
}

function hashKey(v: MarshalValue): string {
  // set members that compare equal collapse (1, 1.0 and True are one member)
  if (typeof v === 'bigint') return 'n' + v.toString()
  if (typeof v === 'boolean') return 'n' + (v ? '1' : '0')
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return 'n' + BigInt(v).toString()
    return Number.isNaN(v) ? 'nan' + Math.random() : 'f' + v
  }
  if (typeof v === 'string') return 's' + v
  if (v instanceof MarshalList || v instanceof MarshalDict || v instanceof MarshalSet) {
    const t = v instanceof MarshalList ? 'list' : v instanceof MarshalDict ? 'dict' : 'set'
    throw new MarshalError('TypeError', `unhashable type: '${t}'`)
  }
  if (Array.isArray(v)) return 't(' + (v as MarshalValue[]).map(hashKey).join(',') + ')'
  if (v instanceof Uint8Array) return 'b' + Array.from(v).join(',')
  if (v instanceof PyComplexConst && v.imag === 0) return hashKey(v.real)
  return 'o' + Math.random()
}

function readObject(r: Reader): Obj {
  const code = r.byte()
  if (code < 0) throw eofObject()
  if (++r.depth > MAX_DEPTH) throw new MarshalError('ValueError', 'recursion limit exceeded')
  try {
    return readTyped(r, code & ~FLAG_REF, (code & FLAG_REF) !== 0)
  } finally {
    r.depth--
  }
}

function notNull(v: Obj, what: string): MarshalValue {
  if (v === NULL) throw new MarshalError('TypeError', `NULL object in marshal data for ${what}`)
  return v
}

function size(r: Reader, what: string): number {
  const n = r.long()
  if (n < 0 || n > SIZE32_MAX) throw bad(`${what} size out of range`)
  return n
}

function readTyped(r: Reader, type: number, flag: boolean): Obj {
  const keep = <V extends MarshalValue>(v: V): V => {
    if (flag) r.refs.push(v)
    return v
  }
  switch (type) {
    case T.NULL:
      return NULL
    case T.NONE:
      return null
    case T.STOPITER:
      return STOPITERATION
    case T.ELLIPSIS:
      return ELLIPSIS
    case T.FALSE:
      return false
    case T.TRUE:
      return true
    case T.INT:
      return keep(BigInt(r.long()))
    case T.INT64: {
      return keep(r.view.getBigInt64(r.need(8), true))
    }
    case T.LONG:
      return keep(readLong(r))
    case T.FLOAT:
      return keep(readFloatStr(r))
    case T.BINARY_FLOAT:
      return keep(r.double())
    case T.COMPLEX: {
      const re = readFloatStr(r)
      return keep(new PyComplexConst(re, readFloatStr(r)))
    }
    case T.BINARY_COMPLEX: {
      const re = r.double()
      return keep(new PyComplexConst(re, r.double()))
    }
    case T.STRING:
      return keep(r.bytes(size(r, 'bytes object')))
    case T.ASCII:
    case T.ASCII_INTERNED:
      return keep(r.latin1(size(r, 'string')))
    case T.SHORT_ASCII:
    case T.SHORT_ASCII_INTERNED: {
      const n = r.byte()
      if (n < 0) throw eofObject()
      return keep(r.latin1(n))
    }
    case T.UNICODE:
    case T.INTERNED: {
      const n = size(r, 'string')
      if (n === 0) return keep('')
      const p = r.need(n)
      return keep(decodeSurrogatePass(r.buf.subarray(p, p + n)))
    }
    case T.SMALL_TUPLE:
    case T.TUPLE: {
      let n: number
      if (type === T.SMALL_TUPLE) {
        n = r.byte()
        if (n < 0) throw eofObject()
      } else n = size(r, 'tuple')
      const items: MarshalValue[] = new Array(n)
      keep(items as ConstValue)
      for (let i = 0; i < n; i++) items[i] = notNull(readObject(r), 'tuple')
      return items as ConstValue
    }
    case T.LIST: {
      const n = size(r, 'list')
      const items: MarshalValue[] = new Array(n)
      const v = keep(new MarshalList(items))
      for (let i = 0; i < n; i++) items[i] = notNull(readObject(r), 'list')
      return v
    }
    case T.DICT: {
      const v = keep(new MarshalDict([]))
      for (;;) {
        const k = readObject(r)
        if (k === NULL) break
        const val = readObject(r)
        if (val === NULL) break
        hashKey(k)
        v.entries.push([k, val])
      }
      return v
    }
    case T.SET:
    case T.FROZENSET:
      return readSet(r, type, flag)
    case T.CODE:
      return readCode(r, flag)
    case T.REF: {
      const n = r.long()
      if (n < 0 || n >= r.refs.length) throw bad('invalid reference')
      const v = r.refs[n]
      if (v === RESERVED) throw bad('invalid reference')
      return v
    }
    default:
      throw bad('unknown type code')
  }
}

function readSet(r: Reader, type: number, flag: boolean): MarshalValue {
  const n = size(r, 'set')
  const items: MarshalValue[] = []
  const seen = new Set<string>()
  let idx = -1
  let v: MarshalSet | PyFrozensetConst
  if (type === T.SET) {
    v = new MarshalSet(items)
    if (flag) r.refs.push(v)
  } else {
    v = new PyFrozensetConst(items as ConstValue[])
    if (flag) {
      idx = r.refs.length
      r.refs.push(n === 0 ? v : RESERVED)
    }
  }
  for (let i = 0; i < n; i++) {
    const item = notNull(readObject(r), 'set')
    const key = hashKey(item)
    if (!seen.has(key)) {
      seen.add(key)
      items.push(item)
    }
  }
  // the set CPython builds iterates in its hash-table order (dis and repr show that)
  const ordered = setIterationOrder(items as ConstValue[])
  items.splice(0, items.length, ...ordered)
  if (idx >= 0) r.refs[idx] = v
  return v
}

function expect<V>(ok: boolean, v: unknown): V {
  if (!ok) throw new MarshalError('SystemError', 'bad argument to internal function')
  return v as V
}

const isStr = (v: unknown): v is string => typeof v === 'string'

/** TYPE_CODE in the 3.12 field order; _PyCode_Validate's checks on the result */
function readCode(r: Reader, flag: boolean): CodeObject {
  let idx = -1
  if (flag) {
    idx = r.refs.length
    r.refs.push(RESERVED)
  }
  const argcount = r.long()
  const posonly = r.long()
  const kwonly = r.long()
  const stacksize = r.long()
  const flags = r.long()
  const code = readObject(r)
  const consts = readObject(r)
  const names = readObject(r)
  const lpnames = readObject(r)
  const lpkinds = readObject(r)
  const filename = readObject(r)
  const name = readObject(r)
  const qualname = readObject(r)
  const firstlineno = r.long()
  const linetable = readObject(r)
  const exctable = readObject(r)
  const isTupleOf = (v: Obj, test: (x: MarshalValue) => boolean): boolean => Array.isArray(v) && v.every(test)
  const co = new CodeObject({
    co_argcount: argcount,
    co_posonlyargcount: posonly,
    co_kwonlyargcount: kwonly,
    co_stacksize: stacksize,
    co_flags: flags,
    co_code: expect(code instanceof Uint8Array, code),
    co_consts: expect(Array.isArray(consts), consts),
    co_names: expect(isTupleOf(names, isStr), names),
    co_localsplusnames: expect(isTupleOf(lpnames, isStr), lpnames),
    co_localspluskinds: expect(lpkinds instanceof Uint8Array, lpkinds),
    co_filename: expect(isStr(filename), filename),
    co_name: expect(isStr(name), name),
    co_qualname: expect(isStr(qualname), qualname),
    co_firstlineno: firstlineno,
    co_linetable: expect(linetable instanceof Uint8Array, linetable),
    co_exceptiontable: expect(exctable instanceof Uint8Array, exctable),
  })
  if (argcount < posonly || posonly < 0 || kwonly < 0 || stacksize < 0 || flags < 0 || co.co_localsplusnames.length !== co.co_localspluskinds.length) {
    throw new MarshalError('SystemError', 'bad argument to internal function')
  }
  if (co.co_code.length % 2 !== 0) {
    throw new MarshalError('ValueError', 'code: co_code is malformed')
  }
  if (argcount + kwonly + ((flags & 0x4) !== 0 ? 1 : 0) + ((flags & 0x8) !== 0 ? 1 : 0) > co.co_nlocals) {
    throw new MarshalError('ValueError', 'code: co_varnames is too small')
  }
  if (idx >= 0) r.refs[idx] = co
  return co
}

/**
 * marshal.loads(data): the first object in data (trailing bytes are ignored, as
 * CPython does). `offset` lets a .pyc body be read without copying it. bytes values
 * (co_code, co_linetable, ...) are views into `data`, which must not change after.
 */
export function loads(data: Uint8Array, offset = 0): MarshalValue {
  const r = new Reader(data, offset)
  let v: Obj
  try {
    v = readObject(r)
  } catch (e) {
    if (e instanceof MarshalError) throw e
    if (e instanceof RangeError) throw new MarshalError('ValueError', 'recursion limit exceeded')
    throw e
  }
  if (v === NULL) throw new MarshalError('TypeError', 'NULL object in marshal data for object')
  return v
}

/** loads() that must yield a code object (a .pyc body) */
export function loadsCode(data: Uint8Array, offset = 0): CodeObject {
  const v = loads(data, offset)
  if (!(v instanceof CodeObject)) throw new MarshalError('TypeError', 'marshal data is not a code object')
  return v
}
