// The builtins module (Python/bltinmodule.c): functions registered from a table, the
// built-in types and exceptions, and the iterator types map/filter/zip/enumerate/reversed.

import {
  type Py, PyObject, PyType, typeType, objectType, None, NotImplemented, Ellipsis, typeOf, intType, boolType, floatType,
  complexType, strType, bytesType, bytearrayType, listType, tupleType, dictType, setType, frozensetType, rangeType,
  sliceType, propertyType, staticmethodType, classmethodType, superType, memoryviewType,
} from '../objects/typeobject'
import { PyBuiltinFunction, builtinFn, type NativeFn, defineMethods } from '../objects/descr'
import { PyDict } from '../objects/dict'
import { PyList, PyTuple, newTuple } from '../objects/tuple'
import { PyFloat, newFloat } from '../objects/float'
import { PyFunction, PyCell, PyModule } from '../objects/function'
import {
  EXC, typeError, valueError, stopIteration, PyBaseException, StopIteration, nameError, newExc, EOFError, overflowError,
} from '../objects/exceptions'
import * as A from '../objects/abstract'
import * as I from '../objects/int'
import { parseArgs, noKw, arity } from './argparse'
import { objectId } from '../objects/objectmethods'
import { format } from '../objects/format'
import { dirOf } from '../objects/dir'
import { sortList, PyReverseIter } from '../objects/seqmethods'
import { PyJsIter, PyCallIter, makeIterType, PyIterBase } from '../objects/iter'
import { defineNew } from '../objects/objectmethods'
import { calculateMeta } from '../objects/typecall'
import { asciiRepr } from '../vm/ops'
import { evalFrame } from '../vm/eval'
import { Frame } from '../vm/frame'
import { ts } from '../vm/state'
import { writeOut, writeErr, readLine, flushOut } from '../vm/io'
import { frameLocals } from '../objects/miscmethods'
import { superNew } from '../objects/superobj'
import { importModule } from '../vm/imports'
import { PyBytes } from '../objects/misc'
import { setBuiltinsForStr } from '../objects/strmethods'
import { toFloat } from '../objects/numbers'

export const builtinsDict = new PyDict()
export const builtinsModule = new PyModule('builtins', builtinsDict)

function kwOf(args: Py[], kwnames: readonly string[] | null): [Py[], Map<string, Py>] {
  const nk = kwnames?.length ?? 0
  const m = new Map<string, Py>()
  kwnames?.forEach((k, i) => m.set(k, args[args.length - nk + i]))
  return [args.slice(0, args.length - nk), m]
}

function minmax(name: string, args: Py[], kwnames: readonly string[] | null, op: number): Py {
  const [pos, kw] = kwOf(args, kwnames)
  for (const k of kw.keys()) if (k !== 'key' && k !== 'default') throw typeError(`${name}() got an unexpected keyword argument '${k}'`)
  const key = kw.get('key') ?? None
  const dflt = kw.get('default')
  let items: Py[]
  if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`)
  if (pos.length === 1) items = A.toArray(pos[0])
  else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`)
    items = pos
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt
    throw valueError(`${name}() iterable argument is empty`)
  }
  let best = items[0]
  let bestKey = key === None ? best : A.call(key, [best])
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : A.call(key, [items[i]])
    if (A.compareBool(k, bestKey, op)) {
      best = items[i]
      bestKey = k
    }
  }
  return best
}

function print(args: Py[], kwnames: readonly string[] | null): Py {
  const [pos, kw] = kwOf(args, kwnames)
  let sep = ' '
  let end = '\n'
  let file: Py = None
  for (const [k, v] of kw) {
    if (k === 'sep') {
      if (v !== None && typeof v !== 'string') throw typeError(`sep must be None or a string, not ${typeOf(v).name}`)
      if (v !== None) sep = v as string
    } else if (k === 'end') {
      if (v !== None && typeof v !== 'string') throw typeError(`end must be None or a string, not ${typeOf(v).name}`)
      if (v !== None) end = v as string
    } else if (k === 'file') file = v
    else if (k === 'flush') continue
    else throw typeError(`'${k}' is an invalid keyword argument for print()`)
  }
  let s = ''
  for (let i = 0; i < pos.length; i++) {
    if (i) s += sep
    s += A.str(pos[i])
  }
  s += end
  if (file === None) file = sysStd('stdout')
  if (file instanceof PyStdStream) file.write(s)
  else A.call(A.getAttr(file, 'write'), [s])
  return None
}

// ---------------------------------------------------------------- std streams

export const textIOType = new PyType(typeType, 'TextIOWrapper', [objectType])
textIOType.mro = [textIOType, objectType]
textIOType.module = '_io'
export class PyStdStream extends PyObject {
  constructor(readonly name: string, readonly fd: number) {
    super(textIOType)
  }
  write(s: string): void {
    if (this.fd === 1) writeOut(s)
    else writeErr(s)
  }
}
defineMethods(textIOType, {
  write(s, a) {
    if (typeof a[0] !== 'string') throw typeError(`write() argument must be str, not ${typeOf(a[0]).name}`)
    ;(s as PyStdStream).write(a[0])
    return A.strLen(a[0])
  },
  flush(s) {
    if ((s as PyStdStream).fd === 1) flushOut()
    return None
  },
  readline() {
    return readLine() ?? ''
  },
  isatty: () => false,
  fileno: (s) => (s as PyStdStream).fd,
  __repr__: (s) => `<_io.TextIOWrapper name='<${(s as PyStdStream).name}>' mode='${(s as PyStdStream).fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`,
})

let sysDict: PyDict | null = null
export function setSysDict(d: PyDict): void {
  sysDict = d
}
function sysStd(name: string): Py {
  return sysDict?.getStr(name) ?? None
}

// ---------------------------------------------------------------- iterator types

function iterTypeWithNew(name: string, make: (args: Py[], kw: Map<string, Py>) => Iterator<Py>): PyType {
  const t = makeIterType(name)
  t.type = typeType
  defineNew(t, (cls, args, kwnames) => {
    const [pos, kw] = kwOf(args, kwnames)
    return new PyJsIter(make(pos, kw), cls)
  })
  return t
}

const mapType = iterTypeWithNew('map', (args) => {
  if (args.length < 2) throw typeError('map() must have at least two arguments.')
  const f = args[0]
  const its = args.slice(1).map(A.getIter)
  return (function* () {
    for (;;) {
      const vals: Py[] = []
      for (const it of its) {
        const v = A.next(it)
        if (v === undefined) return
        vals.push(v)
      }
      yield A.call(f, vals)
    }
  })()
})
const filterType = iterTypeWithNew('filter', (args) => {
  const [f, src] = args
  const it = A.getIter(src)
  return (function* () {
    for (let v = A.next(it); v !== undefined; v = A.next(it)) {
      if (f === None ? A.truthy(v) : A.truthy(A.call(f, [v]))) yield v
    }
  })()
})
const zipType = iterTypeWithNew('zip', (args, kw) => {
  const strict = kw.has('strict') && A.truthy(kw.get('strict')!)
  const its = args.map((a, i) => {
    try {
      return A.getIter(a)
    } catch (e) {
      if (e instanceof PyBaseException && e.type.name === 'TypeError') throw typeError(`zip argument #${i + 1} must support iteration`)
      throw e
    }
  })
  return (function* () {
    if (its.length === 0) return
    for (;;) {
      const vals: Py[] = []
      for (let i = 0; i < its.length; i++) {
        const v = A.next(its[i])
        if (v === undefined) {
          if (strict) {
            if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`)
            for (let j = 1; j < its.length; j++) if (A.next(its[j]) !== undefined) throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`)
          }
          return
        }
        vals.push(v)
      }
      yield newTuple(vals)
    }
  })()
})
const enumerateType = iterTypeWithNew('enumerate', (args, kw) => {
  const src = args[0] ?? kw.get('iterable')
  if (src === undefined) throw typeError("enumerate() missing required argument 'iterable'")
  const it = A.getIter(src)
  let i: I.PyInt = args.length > 1 ? A.index(args[1]) : kw.has('start') ? A.index(kw.get('start')!) : 0
  return (function* () {
    for (let v = A.next(it); v !== undefined; v = A.next(it)) {
      yield newTuple([i, v])
      i = I.intAdd(i, 1)
    }
  })()
})
const reversedType = makeIterType('reversed')
defineNew(reversedType, (_cls, args) => {
  arity('reversed', args, 1, 1)
  const seq = args[0]
  const r = A.callSpecial(seq, '__reversed__', [])
  if (r !== undefined) return r
  if (typeOf(seq).lookup('__getitem__') === undefined || typeOf(seq).lookup('__len__') === undefined)
    throw typeError(`'${typeOf(seq).name}' object is not reversible`)
  let i = A.len(seq) - 1
  const it = new PyReverseIter(() => (i >= 0 ? A.getItem(seq, i--) : undefined))
  it.type = reversedType
  return it
})

// ---------------------------------------------------------------- __build_class__

function buildClass(args: Py[], kwnames: readonly string[] | null): Py {
  const [pos, kw] = kwOf(args, kwnames)
  if (pos.length < 2) throw typeError('__build_class__: not enough arguments')
  const func = pos[0]
  const name = pos[1]
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function')
  if (typeof name !== 'string') throw typeError('__build_class__: name is not a string')
  const origBases = pos.slice(2)
  // PEP 560 __mro_entries__
  const bases: Py[] = []
  let changed = false
  for (const b of origBases) {
    if (!(b instanceof PyType)) {
      const me = A.getAttrOrNull(b, '__mro_entries__')
      if (me !== null) {
        bases.push(...A.toArray(A.call(me, [newTuple(origBases)])))
        changed = true
        continue
      }
    }
    bases.push(b)
  }
  let meta: Py | undefined = kw.get('metaclass')
  kw.delete('metaclass')
  if (meta === undefined) meta = bases.length ? typeOf(bases[0]) : typeType
  if (meta instanceof PyType) meta = calculateMeta(meta, bases)
  const basesT = newTuple(bases)
  const kwNames = [...kw.keys()]
  const kwVals = [...kw.values()]
  const prep = A.getAttrOrNull(meta, '__prepare__')
  const ns = prep === null ? new PyDict() : A.call(prep, [name, basesT, ...kwVals], kwNames.length ? kwNames : null)
  if (!(ns instanceof PyDict)) throw typeError(`${meta instanceof PyType ? meta.name : 'metaclass'}.__prepare__() must return a mapping, not ${typeOf(ns).name}`)
  const frame = new Frame(func.code, func.globals, func.builtins, ns, func)
  const cell = evalFrame(frame)
  if (changed) ns.setStr('__orig_bases__', newTuple(origBases))
  const cls = A.call(meta, [name, basesT, ns, ...kwVals], kwNames.length ? kwNames : null)
  if (cell instanceof PyCell && cls instanceof PyType) {
    if (cell.value !== cls) cell.value = cls
  }
  return cls
}

// ---------------------------------------------------------------- functions

function isinstanceImpl(o: Py, cls: Py): boolean {
  if (cls instanceof PyType) {
    if (typeOf(o).isSubtype(cls)) return true
    const ic = typeOf(cls) !== typeType ? typeOf(cls).lookup('__instancecheck__') : undefined
    if (ic !== undefined) return A.truthy(A.callMethod(ic, cls, [o]))
    // recursive_isinstance: an object may claim another class through __class__ (proxies,
    // mocks); only classes overriding attribute access can, so others skip the lookup
    const t = typeOf(o)
    if (t.heap && (t.lookup('__getattribute__') !== objectType.attrs.get('__getattribute__') || t.lookupOwner('__class__')?.heap)) {
      const c = A.getAttrOrNull(o, '__class__')
      if (c instanceof PyType && c !== t) return c.isSubtype(cls)
    }
    return false
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstanceImpl(o, c))
  const ic = typeOf(cls).lookup('__instancecheck__')
  if (ic !== undefined) return A.truthy(A.callMethod(ic, cls, [o]))
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union')
}

function issubclassImpl(c: Py, cls: Py): boolean {
  if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class')
  if (cls instanceof PyType) {
    const sc = typeOf(cls) !== typeType ? typeOf(cls).lookup('__subclasscheck__') : undefined
    if (sc !== undefined) return A.truthy(A.callMethod(sc, cls, [c]))
    return c.isSubtype(cls)
  }
  if (cls instanceof PyTuple) return cls.items.some((x) => issubclassImpl(c, x))
  // int | str, typing's aliases: objects answering __subclasscheck__ themselves
  const sc = typeOf(cls).lookup('__subclasscheck__')
  if (sc !== undefined) return A.truthy(A.callMethod(sc, cls, [c]))
  throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union')
}

function intFmt(v: Py, radix: number, prefix: string): string {
  const n = A.index(v)
  const neg = n < 0
  const a = neg ? -BigInt(n) : BigInt(n)
  return (neg ? '-' : '') + prefix + a.toString(radix)
}

function sumImpl(args: Py[], kwnames: readonly string[] | null): Py {
  const [it, startA] = parseArgs('sum', args, kwnames, ['iterable', 'start?'], 1)
  let acc: Py = startA ?? 0
  if (typeof acc === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]")
  if (acc instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]")
  const iter = A.getIter(it!)
  // float accumulation uses Neumaier compensation in 3.12
  for (let v = A.next(iter); v !== undefined; v = A.next(iter)) {
    if (acc instanceof PyFloat && v instanceof PyFloat) {
      let s = acc.value
      let c = 0
      let x: Py | undefined = v
      while (x instanceof PyFloat || (typeof x === 'number')) {
        const xv = x instanceof PyFloat ? x.value : x
        const t = s + xv
        if (Math.abs(s) >= Math.abs(xv)) c += s - t + xv
        else c += xv - t + s
        s = t
        x = A.next(iter)
        if (x === undefined) break
      }
      acc = newFloat(s + c)
      if (x === undefined) break
      acc = A.binaryOp(acc, x, 0)
      continue
    }
    acc = A.binaryOp(acc, v, 0)
  }
  return acc
}

function roundImpl(args: Py[], kwnames: readonly string[] | null): Py {
  const [x, nd] = parseArgs('round', args, kwnames, ['number', 'ndigits?'])
  const m = typeOf(x!).lookup('__round__')
  if (m === undefined) throw typeError(`type ${typeOf(x!).name} doesn't define __round__ method`)
  return A.callMethod(m, x!, nd === undefined ? [] : [nd])
}

function inputImpl(args: Py[]): Py {
  if (args.length) writeOut(A.str(args[0]))
  const line = readLine()
  if (line === null) throw newExc(EOFError, 'EOF when reading a line')
  return line.replace(/\r?\n$/, '')
}

function iterImpl(args: Py[]): Py {
  arity('iter', args, 1, 2)
  if (args.length === 2) {
    if (typeOf(args[0]).lookup('__call__') === undefined && !(args[0] instanceof PyFunction) && !(args[0] instanceof PyBuiltinFunction))
      throw typeError('iter(v, w): v must be callable')
    return new PyCallIter(args[0], args[1])
  }
  return A.getIter(args[0])
}

function nextImpl(args: Py[]): Py {
  arity('next', args, 1, 2)
  const it = args[0]
  if (!(it instanceof PyIterBase) && typeOf(it).lookup('__next__') === undefined)
    throw typeError(`'${typeOf(it).name}' object is not an iterator`)
  if (args.length === 1 && !(it instanceof PyIterBase)) {
    return A.callMethod(typeOf(it).lookup('__next__')!, it, [])
  }
  const v = A.next(it)
  if (v === undefined) {
    if (args.length > 1) return args[1]
    throw stopIteration(None)
  }
  return v
}

function globalsOf(): PyDict {
  return ts.frame!.globals
}

const FUNCS: [string, NativeFn][] = [
  ['abs', (a, k) => {
    noKw('abs', k)
    arity('abs', a, 1, 1)
    const v = a[0]
    if (typeof v === 'number') return Math.abs(v)
    const r = A.callSpecial(v, '__abs__', [])
    if (r === undefined) throw typeError(`bad operand type for abs(): '${typeOf(v).name}'`)
    return r
  }],
  ['all', (a) => {
    arity('all', a, 1, 1)
    const it = A.getIter(a[0])
    for (let v = A.next(it); v !== undefined; v = A.next(it)) if (!A.truthy(v)) return false
    return true
  }],
  ['any', (a) => {
    arity('any', a, 1, 1)
    const it = A.getIter(a[0])
    for (let v = A.next(it); v !== undefined; v = A.next(it)) if (A.truthy(v)) return true
    return false
  }],
  ['ascii', (a) => asciiRepr(A.repr(a[0]))],
  ['bin', (a) => intFmt(a[0], 2, '0b')],
  ['oct', (a) => intFmt(a[0], 8, '0o')],
  ['hex', (a) => intFmt(a[0], 16, '0x')],
  ['callable', (a) => {
    arity('callable', a, 1, 1)
    const v = a[0]
    return v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyType || typeOf(v).lookup('__call__') !== undefined
  }],
  ['chr', (a) => {
    arity('chr', a, 1, 1)
    if (a[0] instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer")
    const n = A.index(a[0])
    if (n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)')
    return String.fromCodePoint(Number(n))
  }],
  ['ord', (a) => {
    arity('ord', a, 1, 1)
    const v = a[0]
    if (typeof v === 'string') {
      const n = A.strLen(v)
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`)
      return v.codePointAt(0)!
    }
    if (v instanceof PyBytes) {
      if (v.data.length !== 1) throw typeError(`ord() expected a character, but string of length ${v.data.length} found`)
      return v.data[0]
    }
    throw typeError(`ord() expected string of length 1, but ${typeOf(v).name} found`)
  }],
  ['delattr', (a) => {
    A.delAttr(a[0], a[1] as string)
    return None
  }],
  ['getattr', (a) => {
    if (a.length < 2) throw typeError(`getattr expected at least 2 arguments, got ${a.length}`)
    if (typeof a[1] !== 'string') throw typeError(`attribute name must be string, not '${typeOf(a[1]).name}'`)
    if (a.length > 2) {
      const v = A.getAttrOrNull(a[0], a[1])
      return v === null ? a[2] : v
    }
    return A.getAttr(a[0], a[1])
  }],
  ['setattr', (a) => {
    arity('setattr', a, 3, 3)
    if (typeof a[1] !== 'string') throw typeError(`attribute name must be string, not '${typeOf(a[1]).name}'`)
    A.setAttr(a[0], a[1], a[2])
    return None
  }],
  ['hasattr', (a) => {
    arity('hasattr', a, 2, 2)
    if (typeof a[1] !== 'string') throw typeError(`attribute name must be string, not '${typeOf(a[1]).name}'`)
    return A.hasAttr(a[0], a[1])
  }],
  ['dir', (a) => {
    if (a.length === 0) {
      const f = ts.frame!
      return new PyList(frameLocals(f).table.keyList().map((k) => k).sort() as Py[])
    }
    return new PyList(dirOf(a[0]))
  }],
  ['divmod', (a) => {
    arity('divmod', a, 2, 2)
    const [x, y] = a
    if (I.isInt(x) && I.isInt(y)) {
      const p = I.asInt(x)
      const q = I.asInt(y)
      return newTuple([I.intFloorDiv(p, q), I.intMod(p, q)])
    }
    const r = A.callSpecial(x, '__divmod__', [y])
    if (r !== undefined && r !== NotImplemented) return r
    const r2 = A.callSpecial(y, '__rdivmod__', [x])
    if (r2 !== undefined && r2 !== NotImplemented) return r2
    throw typeError(`unsupported operand type(s) for divmod(): '${typeOf(x).name}' and '${typeOf(y).name}'`)
  }],
  ['format', (a) => format(a[0], a.length > 1 ? (a[1] as string) : '')],
  ['globals', () => globalsOf()],
  ['locals', () => frameLocals(ts.frame!)],
  ['vars', (a) => {
    if (a.length === 0) return frameLocals(ts.frame!)
    const d = A.getAttrOrNull(a[0], '__dict__')
    if (d === null) throw typeError('vars() argument must have __dict__ attribute')
    return d
  }],
  ['hash', (a) => {
    arity('hash', a, 1, 1)
    return A.hash(a[0])
  }],
  ['id', (a) => {
    const v = a[0]
    if (typeof v !== 'object') return objectId(boxPrimitive(v))
    return objectId(v)
  }],
  ['input', (a) => inputImpl(a)],
  ['isinstance', (a) => {
    arity('isinstance', a, 2, 2)
    return isinstanceImpl(a[0], a[1])
  }],
  ['issubclass', (a) => {
    arity('issubclass', a, 2, 2)
    return issubclassImpl(a[0], a[1])
  }],
  ['iter', (a) => iterImpl(a)],
  ['next', (a) => nextImpl(a)],
  ['len', (a, k) => {
    noKw('len', k)
    if (a.length !== 1) throw typeError(`len() takes exactly one argument (${a.length} given)`)
    return A.len(a[0])
  }],
  ['max', (a, k) => minmax('max', a, k, 4)],
  ['min', (a, k) => minmax('min', a, k, 0)],
  ['pow', (a, k) => {
    const [b, e, m] = parseArgs('pow', a, k, ['base', 'exp', 'mod?'])
    if (m !== undefined && m !== None) {
      const r = A.callSpecial(b!, '__pow__', [e!, m])
      if (r === undefined || r === NotImplemented) throw typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(b!).name}', '${typeOf(e!).name}', '${typeOf(m).name}'`)
      return r
    }
    return A.binaryOp(b!, e!, 8)
  }],
  ['print', print],
  ['repr', (a) => {
    arity('repr', a, 1, 1)
    return A.repr(a[0])
  }],
  ['round', roundImpl],
  ['sorted', (a, k) => {
    const [pos, kw] = kwOf(a, k)
    if (pos.length !== 1) throw typeError(`sorted expected 1 argument, got ${pos.length}`)
    for (const key of kw.keys()) if (key !== 'key' && key !== 'reverse') throw typeError(`sort() got an unexpected keyword argument '${key}'`)
    return new PyList(sortList(A.toArray(pos[0]), kw.get('key') ?? None, A.truthy(kw.get('reverse') ?? false)))
  }],
  ['sum', sumImpl],
  ['__build_class__', buildClass],
  ['__import__', (a, k) => {
    const [name, g, , fromlist, level] = parseArgs('__import__', a, k, ['name', 'globals?', 'locals?', 'fromlist?', 'level?'])
    return importModule(name as string, (g instanceof PyDict ? g : globalsOf()), fromlist ?? None, level === undefined ? 0 : Number(level))
  }],
  ['exec', () => {
    throw newExc(EXC.NotImplementedError, 'exec() is not available yet')
  }],
  ['eval', () => {
    throw newExc(EXC.NotImplementedError, 'eval() is not available yet')
  }],
  ['aiter', (a) => A.callSpecial(a[0], '__aiter__', [])!],
  ['anext', (a) => A.callSpecial(a[0], '__anext__', [])!],
  ['open', (a, k) => openFile(a, k)],
]

import { openFile } from './fileio'

const boxed = new Map<unknown, PyObject>()
function boxPrimitive(v: Py): PyObject {
  let b = boxed.get(v)
  if (!b) {
    b = new PyObject(objectType)
    boxed.set(v, b)
  }
  return b
}

for (const [name, fn] of FUNCS) builtinsDict.setStr(name, builtinFn(name, fn))

const TYPES: [string, PyType][] = [
  ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType],
  ['complex', complexType], ['str', strType], ['bytes', bytesType], ['bytearray', bytearrayType], ['list', listType],
  ['tuple', tupleType], ['dict', dictType], ['set', setType], ['frozenset', frozensetType], ['range', rangeType],
  ['slice', sliceType], ['property', propertyType], ['staticmethod', staticmethodType], ['classmethod', classmethodType],
  ['super', superType], ['map', mapType], ['filter', filterType], ['zip', zipType], ['enumerate', enumerateType],
  ['reversed', reversedType], ['memoryview', memoryviewType],
]
for (const [n, t] of TYPES) builtinsDict.setStr(n, t)
defineNew(superType, (_cls, args) => superNew(args))
for (const [n, t] of Object.entries(EXC)) builtinsDict.setStr(n, t)
builtinsDict.setStr('None', None)
builtinsDict.setStr('Ellipsis', Ellipsis)
builtinsDict.setStr('NotImplemented', NotImplemented)
builtinsDict.setStr('True', true)
builtinsDict.setStr('False', false)
builtinsDict.setStr('__debug__', true)
builtinsDict.setStr('__name__', 'builtins')
builtinsDict.setStr('__doc__', "Built-in functions, types, exceptions, and other objects.")
setBuiltinsForStr(builtinsModule)

void toFloat
void overflowError
void StopIteration
void nameError
void PyTuple
