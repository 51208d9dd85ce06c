// Methods of the smaller built-in types: range, slice, NoneType, NotImplementedType,
// ellipsis, bytes/bytearray (basic), cell, code, frame, module
// (Objects/rangeobject.c, sliceobject.c, object.c none_repr, bytesobject.c, cellobject.c,
// codeobject.c, frameobject.c, moduleobject.c).

import {
  type Py, rangeType, sliceType, noneType, notImplementedType, ellipsisType, bytesType, bytearrayType, cellType,
  codeType, frameType, moduleType, None, NotImplemented, Ellipsis, typeOf, tracebackType, PySingleton,
} from './typeobject'
import { defineMethods, defineGetSets, type NativeMethod, type KwNames } from './descr'
import { PyRange, PySlice, PyBytes, PyByteArray } from './misc'
import { PyCell, PyModule } from './function'
import { PyList, newTuple, PyTuple } from './tuple'
import { PyDict } from './dict'
import { indexError, typeError, valueError } from './exceptions'
import * as A from './abstract'
import * as I from './int'
import { sliceIndices, seqIndex } from './slice'
import { defineNew } from './objectmethods'
import { bytesRepr } from './strrepr'
import { PyCode } from './codeobj'
import { CodeObject, CO_FAST_LOCAL, type CodeObjectFields } from './code'
import type { Frame } from '../vm/frame'
import type { PyTraceback } from '../vm/traceback'
import { PyIterBase } from './iter'

// ---------------------------------------------------------------- range

const R = (s: Py): PyRange => s as PyRange

function rangeItem(r: PyRange, i: number): Py {
  return I.intAdd(r.start, I.intMul(i, r.step))
}

defineNew(rangeType, (_cls, args) => {
  const ix = (v: Py): I.PyInt => {
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && typeOf(v).lookup('__index__') === undefined)
      throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`)
    return A.index(v)
  }
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0')
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`)
  if (args.length === 1) return new PyRange(0, ix(args[0]), 1)
  const step = args.length === 3 ? ix(args[2]) : 1
  if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero')
  return new PyRange(ix(args[0]), ix(args[1]), step)
})
defineMethods(rangeType, {
  __len__: (s) => R(s).length,
  __iter__: (s) => A.getIter(s),
  __repr__(s) {
    const r = R(s)
    const st = r.step === 1 ? '' : `, ${r.step}`
    return `range(${r.start}, ${r.stop}${st})`
  },
  __getitem__(s, a) {
    const r = R(s)
    const k = a[0]
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, r.length)
      const ns = rangeItem(r, start)
      const nstep = I.intMul(r.step, step)
      return new PyRange(ns as I.PyInt, I.intAdd(ns as I.PyInt, I.intMul(n, nstep)), nstep)
    }
    const i = seqIndex(k, r.length, 'range')
    if (i < 0 || i >= r.length) throw indexError('range object index out of range')
    return rangeItem(r, i)
  },
  __contains__(s, a) {
    const r = R(s)
    const v = a[0]
    if (!I.isInt(v)) return A.toArray(s).some((x) => A.eq(x, v))
    const x = BigInt(I.asInt(v))
    const start = BigInt(r.start)
    const stop = BigInt(r.stop)
    const step = BigInt(r.step)
    if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false
    return (x - start) % step === 0n
  },
  __reversed__(s) {
    const r = R(s)
    const n = r.length
    return A.getIter(new PyRange(rangeItem(r, n - 1) as I.PyInt, I.intSub(r.start, r.step), I.intNeg(r.step)))
  },
  __eq__(s, a) {
    const o = a[0]
    if (!(o instanceof PyRange)) return NotImplemented
    const x = R(s)
    if (x.length !== o.length) return false
    if (x.length === 0) return true
    if (x.start !== o.start) return false
    return x.length === 1 || x.step === o.step
  },
  __hash__: (s) => A.hash(newTuple([R(s).length, R(s).start, R(s).step])),
  index(s, a) {
    if (!A.truthy(A.callMethod(rangeType.attrs.get('__contains__')!, s, [a[0]]))) throw valueError(`${A.repr(a[0])} is not in range`)
    return I.intFloorDiv(I.intSub(I.asInt(a[0] as I.PyInt), R(s).start), R(s).step)
  },
  count: (s, a) => (A.truthy(A.callMethod(rangeType.attrs.get('__contains__')!, s, [a[0]])) ? 1 : 0),
})
defineGetSets(rangeType, { start: [(s) => R(s).start], stop: [(s) => R(s).stop], step: [(s) => R(s).step] })

// ---------------------------------------------------------------- slice

const Sl = (s: Py): PySlice => s as PySlice
defineNew(sliceType, (_cls, a) => {
  if (a.length === 1) return new PySlice(None, a[0], None)
  return new PySlice(a[0], a[1], a.length > 2 ? a[2] : None)
})
defineMethods(sliceType, {
  __repr__: (s) => `slice(${A.repr(Sl(s).start)}, ${A.repr(Sl(s).stop)}, ${A.repr(Sl(s).step)})`,
  indices(s, a) {
    const [start, stop, step] = sliceIndices(Sl(s), Number(A.index(a[0])))
    return newTuple([start, stop, step])
  },
  __eq__: (s, a) => a[0] instanceof PySlice && A.eq(newTuple([Sl(s).start, Sl(s).stop, Sl(s).step]), newTuple([a[0].start, a[0].stop, a[0].step])),
})
sliceType.attrs.set('__hash__', None)
defineGetSets(sliceType, { start: [(s) => Sl(s).start], stop: [(s) => Sl(s).stop], step: [(s) => Sl(s).step] })

// ---------------------------------------------------------------- singletons

for (const [t, v] of [[noneType, None], [notImplementedType, NotImplemented], [ellipsisType, Ellipsis]] as const) {
  defineMethods(t, {
    __repr__: (s) => (s as PySingleton).repr,
    __reduce__: (s) => (s as PySingleton).repr,
  })
  defineNew(t, () => v)
}
defineMethods(noneType, { __bool__: () => false })
defineMethods(notImplementedType, { __bool__: () => true })

// ---------------------------------------------------------------- bytes / bytearray

const bytesOf = (s: Py): Uint8Array => (s instanceof PyBytes ? s.data : Uint8Array.from((s as PyByteArray).data))

function toBytes(v: Py): Uint8Array {
  if (v instanceof PyBytes) return v.data
  if (v instanceof PyByteArray) return Uint8Array.from(v.data)
  if (typeof v === 'string') throw typeError('string argument without an encoding')
  if (I.isInt(v)) {
    const n = Number(I.asInt(v))
    if (n < 0) throw valueError('negative count')
    return new Uint8Array(n)
  }
  return Uint8Array.from(A.toArray(v).map((x) => {
    const n = Number(A.index(x))
    if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)')
    return n
  }))
}

function bytesNew(args: Py[]): Uint8Array {
  if (args.length === 0) return new Uint8Array(0)
  if (typeof args[0] === 'string') {
    if (args.length < 2) throw typeError('string argument without an encoding')
    return new TextEncoder().encode(args[0])
  }
  return toBytes(args[0])
}

const bytesMethods: Record<string, NativeMethod> = {
  __len__: (s) => bytesOf(s).length,
  __repr__: (s) => (s instanceof PyBytes ? bytesRepr(s.data) : `bytearray(${bytesRepr(bytesOf(s))})`),
  __iter__: (s) => A.getIter(new PyList(Array.from(bytesOf(s)))),
  __getitem__(s, a) {
    const b = bytesOf(s)
    if (a[0] instanceof PySlice) {
      const [start, , step, n] = sliceIndices(a[0], b.length)
      const out = new Uint8Array(n)
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j]
      return s instanceof PyBytes ? new PyBytes(out) : new PyByteArray(Array.from(out))
    }
    const i = seqIndex(a[0], b.length, s instanceof PyBytes ? 'byte' : 'bytearray')
    if (i < 0 || i >= b.length) throw indexError(s instanceof PyBytes ? 'index out of range' : 'bytearray index out of range')
    return b[i]
  },
  __contains__(s, a) {
    const b = bytesOf(s)
    if (I.isInt(a[0])) return b.includes(Number(I.asInt(a[0])))
    const sub = toBytes(a[0])
    return Buffer.from(b).includes(Buffer.from(sub))
  },
  __add__(s, a) {
    if (!(a[0] instanceof PyBytes || a[0] instanceof PyByteArray)) return NotImplemented
    const x = bytesOf(s)
    const y = bytesOf(a[0])
    const out = new Uint8Array(x.length + y.length)
    out.set(x)
    out.set(y, x.length)
    return s instanceof PyBytes ? new PyBytes(out) : new PyByteArray(Array.from(out))
  },
  __mul__(s, a) {
    const n = Math.max(0, Number(A.index(a[0])))
    const x = bytesOf(s)
    const out = new Uint8Array(x.length * n)
    for (let i = 0; i < n; i++) out.set(x, i * x.length)
    return s instanceof PyBytes ? new PyBytes(out) : new PyByteArray(Array.from(out))
  },
  __eq__: (s, a) => (a[0] instanceof PyBytes || a[0] instanceof PyByteArray ? Buffer.compare(bytesOf(s), bytesOf(a[0])) === 0 : NotImplemented),
  __ne__: (s, a) => (a[0] instanceof PyBytes || a[0] instanceof PyByteArray ? Buffer.compare(bytesOf(s), bytesOf(a[0])) !== 0 : NotImplemented),
  __lt__: (s, a) => (a[0] instanceof PyBytes ? Buffer.compare(bytesOf(s), bytesOf(a[0])) < 0 : NotImplemented),
  __gt__: (s, a) => (a[0] instanceof PyBytes ? Buffer.compare(bytesOf(s), bytesOf(a[0])) > 0 : NotImplemented),
  __le__: (s, a) => (a[0] instanceof PyBytes ? Buffer.compare(bytesOf(s), bytesOf(a[0])) <= 0 : NotImplemented),
  __ge__: (s, a) => (a[0] instanceof PyBytes ? Buffer.compare(bytesOf(s), bytesOf(a[0])) >= 0 : NotImplemented),
  __hash__: (s) => A.hash(Buffer.from(bytesOf(s)).toString('latin1')),
  decode(s, a) {
    const enc = a.length ? String(a[0]).toLowerCase() : 'utf-8'
    if (enc === 'ascii' || enc === 'latin-1' || enc === 'latin1') return Buffer.from(bytesOf(s)).toString('latin1')
    return new TextDecoder().decode(bytesOf(s))
  },
  hex: (s) => Buffer.from(bytesOf(s)).toString('hex'),
  count: (s, a) => bytesOf(s).filter((x) => x === Number(a[0])).length,
  find: (s, a) => Buffer.from(bytesOf(s)).indexOf(I.isInt(a[0]) ? Number(a[0]) : Buffer.from(toBytes(a[0]))),
  // bytes.startswith/endswith: a prefix, or a tuple of them (any one matching)
  startswith: (s, a) => affixes(a[0], 'startswith').some((x) => Buffer.from(bytesOf(s)).subarray(0, x.length).equals(Buffer.from(x))),
  endswith: (s, a) => {
    const b = bytesOf(s)
    return affixes(a[0], 'endswith').some((x) => x.length <= b.length && Buffer.from(b.subarray(b.length - x.length)).equals(Buffer.from(x)))
  },
  // bytes case mapping is ASCII only (Objects/bytes_methods.c): other bytes stay as they are
  upper: (s) => new PyBytes(bytesOf(s).map((b) => (b >= 0x61 && b <= 0x7a ? b - 32 : b))),
  lower: (s) => new PyBytes(bytesOf(s).map((b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b))),
  join(s, a) {
    const parts = A.toArray(a[0]).map(toBytes)
    const sep = bytesOf(s)
    const out: number[] = []
    parts.forEach((p, i) => {
      if (i) out.push(...sep)
      out.push(...p)
    })
    return new PyBytes(Uint8Array.from(out))
  },
  split(s, a) {
    const str = Buffer.from(bytesOf(s)).toString('latin1')
    const parts = a.length && a[0] !== None ? str.split(Buffer.from(toBytes(a[0])).toString('latin1')) : str.split(/\s+/).filter((x) => x)
    return new PyList(parts.map((p) => new PyBytes(Uint8Array.from(Buffer.from(p, 'latin1')))))
  },
  strip: (s) => new PyBytes(Uint8Array.from(Buffer.from(Buffer.from(bytesOf(s)).toString('latin1').trim(), 'latin1'))),
}
/** the argument of bytes.startswith/endswith: bytes-like, or a tuple of them */
function affixes(v: Py, name: string): Uint8Array[] {
  const bytesLike = (x: Py): x is PyBytes | PyByteArray => x instanceof PyBytes || x instanceof PyByteArray
  if (v instanceof PyTuple) {
    return v.items.map((x) => {
      if (bytesLike(x)) return toBytes(x)
      throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`)
    })
  }
  if (bytesLike(v)) return [toBytes(v)]
  throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(v).name}`)
}

defineMethods(bytesType, bytesMethods)
defineMethods(bytearrayType, bytesMethods)
defineMethods(bytearrayType, {
  append(s, a) {
    ;(s as PyByteArray).data.push(Number(A.index(a[0])))
    return None
  },
  extend(s, a) {
    ;(s as PyByteArray).data.push(...toBytes(a[0]))
    return None
  },
  __setitem__(s, a) {
    const d = (s as PyByteArray).data
    const i = seqIndex(a[0], d.length, 'bytearray')
    if (i < 0 || i >= d.length) throw indexError('bytearray index out of range')
    d[i] = Number(A.index(a[1]))
    return None
  },
})
bytearrayType.attrs.set('__hash__', None)
defineNew(bytesType, (_cls, a) => new PyBytes(bytesNew(a)))
defineNew(bytearrayType, (_cls, a) => new PyByteArray(Array.from(bytesNew(a))))

// ---------------------------------------------------------------- cell, code, frame, traceback, module

defineMethods(cellType, {
  __repr__: (s) => {
    const v = (s as PyCell).value
    return v === undefined ? `<cell at 0x7f0000000000: empty>` : `<cell at 0x7f0000000000: ${typeOf(v).name} object at 0x7f0000000000>`
  },
})
defineGetSets(cellType, {
  cell_contents: [(s) => {
    const v = (s as PyCell).value
    if (v === undefined) throw valueError('Cell is empty')
    return v
  }, (s, v) => {
    ;(s as PyCell).value = v ?? undefined
  }],
})

const C = (s: Py): PyCode => s as PyCode

/**
 * code.replace(**changes) (code_replace_impl) for the fields a program can change without new
 * bytecode: counts, flags, names, positions' first line and the local variable names
 * (dataclasses and namedtuple build their __init__/__new__ signatures this way).
 */
function codeReplace(code: PyCode, args: Py[], kw: KwNames): PyCode {
  if (args.length - (kw?.length ?? 0) > 0) throw typeError('replace() takes no positional arguments')
  const co = code.co
  const fields: Partial<CodeObjectFields> = {}
  let varnames = null as string[] | null
  kw?.forEach((k, i) => {
    const v = args[args.length - kw.length + i]
    const int = (): number => Number(A.index(v))
    const str = (): string => {
      if (typeof v !== 'string') throw typeError(`replace() argument '${k}' must be str, not ${typeOf(v).name}`)
      return v
    }
    switch (k) {
      case 'co_argcount': fields.co_argcount = int(); break
      case 'co_posonlyargcount': fields.co_posonlyargcount = int(); break
      case 'co_kwonlyargcount': fields.co_kwonlyargcount = int(); break
      case 'co_stacksize': fields.co_stacksize = int(); break
      case 'co_flags': fields.co_flags = int(); break
      case 'co_firstlineno': fields.co_firstlineno = int(); break
      case 'co_nlocals': break
      case 'co_name': fields.co_name = str(); break
      case 'co_qualname': fields.co_qualname = str(); break
      case 'co_filename': fields.co_filename = str(); break
      case 'co_varnames':
        if (!(v instanceof PyTuple) || v.items.some((x) => typeof x !== 'string')) throw typeError("replace() argument 'co_varnames' must be tuple of str")
        varnames = v.items as string[]
        break
      default:
        throw typeError(`replace() argument '${k}' is not supported by Pyscope (the code's bytecode cannot be replaced)`)
    }
  })
  if (varnames !== null) {
    // the new locals first, then the cells and free variables as they were
    const names: string[] = [...varnames]
    const kinds: number[] = varnames.map(() => CO_FAST_LOCAL)
    co.co_localsplusnames.forEach((n, i) => {
      const kind = co.co_localspluskinds[i]
      if (kind & CO_FAST_LOCAL) return
      names.push(n)
      kinds.push(kind)
    })
    fields.co_localsplusnames = names
    fields.co_localspluskinds = Uint8Array.from(kinds)
  }
  return new PyCode(new CodeObject({ ...co, ...fields }))
}

defineMethods(codeType, {
  replace: (s, a, kw) => codeReplace(C(s), a, kw),
  __repr__: (s) => `<code object ${C(s).name} at 0x7f0000000000, file "${C(s).filename}", line ${C(s).co.co_firstlineno}>`,
  co_lines(s) {
    const pos = C(s).pos
    const out: Py[] = []
    let start = 0
    const n = pos.line.length
    for (let i = 1; i <= n; i++) {
      if (i === n || pos.line[i] !== pos.line[start]) {
        out.push(newTuple([start * 2, i * 2, pos.line[start] < 0 ? None : pos.line[start]]))
        start = i
      }
    }
    return A.getIter(new PyList(out))
  },
  co_positions(s) {
    const pos = C(s).pos
    const out: Py[] = []
    const o = (v: number): Py => (v < 0 ? None : v)
    for (let i = 0; i < pos.line.length; i++) out.push(newTuple([o(pos.line[i]), o(pos.endLine[i]), o(pos.col[i]), o(pos.endCol[i])]))
    return A.getIter(new PyList(out))
  },
})
defineGetSets(codeType, {
  co_name: [(s) => C(s).name],
  co_qualname: [(s) => C(s).qualname],
  co_filename: [(s) => C(s).filename],
  co_firstlineno: [(s) => C(s).co.co_firstlineno],
  co_argcount: [(s) => C(s).argcount],
  co_posonlyargcount: [(s) => C(s).posonly],
  co_kwonlyargcount: [(s) => C(s).kwonly],
  co_nlocals: [(s) => C(s).co.co_nlocals],
  co_stacksize: [(s) => C(s).co.co_stacksize],
  co_flags: [(s) => C(s).flags],
  co_code: [(s) => new PyBytes(C(s).co.co_code)],
  co_consts: [(s) => newTuple(C(s).consts.slice())],
  co_names: [(s) => newTuple(C(s).names.slice())],
  co_varnames: [(s) => newTuple(C(s).co.co_varnames)],
  co_cellvars: [(s) => newTuple(C(s).co.co_cellvars)],
  co_freevars: [(s) => newTuple(C(s).co.co_freevars)],
  co_linetable: [(s) => new PyBytes(C(s).co.co_linetable)],
  co_exceptiontable: [(s) => new PyBytes(C(s).co.co_exceptiontable)],
})

const F = (s: Py): Frame => s as unknown as Frame
defineGetSets(frameType, {
  f_code: [(s) => F(s).code],
  f_globals: [(s) => F(s).globals],
  f_builtins: [(s) => F(s).builtins],
  f_back: [(s) => F(s).back ?? None],
  f_lineno: [(s) => F(s).lineno],
  f_lasti: [(s) => F(s).lasti * 2],
  f_locals: [(s) => frameLocals(F(s))],
})
defineMethods(frameType, {
  __repr__: (s) => `<frame at 0x7f0000000000, file '${F(s).code.filename}', line ${F(s).lineno}, code ${F(s).code.name}>`,
})

export function frameLocals(f: Frame): PyDict {
  if (f.locals !== null) return f.locals
  const d = new PyDict()
  const code = f.code
  code.localNames.forEach((n, i) => {
    let v = f.fast[i]
    if (v instanceof PyCell && (code.isCellKind(i) || code.isFreeKind(i))) v = v.value
    if (v !== undefined) d.setStr(n, v)
  })
  return d
}

const T = (s: Py): PyTraceback => s as unknown as PyTraceback
defineGetSets(tracebackType, {
  tb_next: [(s) => T(s).next ?? None],
  tb_frame: [(s) => T(s).frame],
  tb_lineno: [(s) => T(s).lineno],
  tb_lasti: [(s) => T(s).lasti * 2],
})

const M = (s: Py): PyModule => s as PyModule
defineMethods(moduleType, {
  __repr__(s) {
    const m = M(s)
    const file = m.dict.getStr('__file__')
    if (file !== undefined && file !== None) return `<module '${m.name}' from '${A.str(file)}'>`
    return m.plain ? `<module '${m.name}'>` : `<module '${m.name}' (built-in)>`
  },
  __dir__: (s) => new PyList(M(s).dict.table.keyList()),
})
defineGetSets(moduleType, { __dict__: [(s) => M(s).dict] })
// module(name, doc=None) (types.ModuleType): module_init's namespace
defineNew(moduleType, (_cls, args, kw) => {
  const nk = kw?.length ?? 0
  const pos = args.slice(0, args.length - nk)
  let name = pos[0]
  let doc: Py = pos[1] ?? None
  kw?.forEach((k, i) => {
    if (k === 'name') name = args[pos.length + i]
    else if (k === 'doc') doc = args[pos.length + i]
    else throw typeError(`module() got an unexpected keyword argument '${k}'`)
  })
  if (name === undefined) throw typeError("module() missing required argument 'name' (pos 1)")
  if (typeof name !== 'string') throw typeError(`module.__init__() argument 'name' must be str, not ${typeOf(name).name}`)
  const d = new PyDict()
  d.setStr('__name__', name)
  d.setStr('__doc__', doc)
  d.setStr('__package__', None)
  d.setStr('__loader__', None)
  d.setStr('__spec__', None)
  const m = new PyModule(name, d)
  m.plain = true
  return m
})

void PyTuple
void PyIterBase
