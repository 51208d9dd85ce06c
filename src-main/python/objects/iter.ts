// Iterators over built-in containers (Objects/listobject.c listiterobject,
// Objects/rangeobject.c rangeiterobject, Objects/dictobject.c dictiterobject,
// Objects/iterobject.c seqiterobject/calliterobject).

import { PyObject, type Py, PyType, typeType, objectType, None } from './typeobject'
import { PyList, PyTuple } from './tuple'
import { PyDict, PySet } from './dict'
import { PyRange } from './misc'
import { defineMethods } from './descr'
import { runtimeError, PyBaseException, StopIteration, IndexError, stopIteration } from './exceptions'
import type { HashTable } from './hashtable'
import { newTuple } from './tuple'
import { call, callMethod, eq, getItem } from './abstract'

export abstract class PyIterBase extends PyObject {
  abstract nextValue(): Py | undefined
}

function iterType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType])
  t.mro = [t, objectType]
  defineMethods(t, {
    __next__(self) {
      const v = (self as PyIterBase).nextValue()
      if (v === undefined) throw stopIteration(None)
      return v
    },
    __iter__: (self) => self,
  })
  return t
}

export const listIterType = iterType('list_iterator')
export const tupleIterType = iterType('tuple_iterator')
export const rangeIterType = iterType('range_iterator')
export const strIterType = iterType('str_ascii_iterator')
export const dictKeyIterType = iterType('dict_keyiterator')
export const dictValueIterType = iterType('dict_valueiterator')
export const dictItemIterType = iterType('dict_itemiterator')
export const setIterType = iterType('set_iterator')
export const seqIterType = iterType('iterator')
export const callIterType = iterType('callable_iterator')
export const listRevIterType = iterType('list_reverseiterator')
export const genericIterType = iterType('iterator')

export class PyArrayIter extends PyIterBase {
  declare i: number
  declare readonly items: Py[] | null
  declare readonly list: PyList | null
  constructor(items: Py[] | null, list: PyList | null, type: PyType) {
    super(type)
    this.i = 0
    ;(this as { items: Py[] | null }).items = items
    ;(this as { list: PyList | null }).list = list
  }
  nextValue(): Py | undefined {
    const items = this.list !== null ? this.list.items : this.items!
    if (this.i < items.length) return items[this.i++]
    this.i = Infinity
    return undefined
  }
}

// listiter_len / tupleiter_len: operator.length_hint and list() presizing ask for it
for (const t of [listIterType, tupleIterType]) {
  defineMethods(t, {
    __length_hint__(self) {
      const it = self as PyArrayIter
      const items = it.list !== null ? it.list.items : it.items!
      return Math.max(0, items.length - it.i)
    },
  })
}

export class PyRangeIter extends PyIterBase {
  declare cur: number
  declare readonly stop: number
  declare readonly step: number
  constructor(cur: number, stop: number, step: number) {
    super(rangeIterType)
    this.cur = cur
    ;(this as { stop: number }).stop = stop
    ;(this as { step: number }).step = step
  }
  nextValue(): Py | undefined {
    const c = this.cur
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step
      return c
    }
    return undefined
  }
}

export class PyBigRangeIter extends PyIterBase {
  constructor(public cur: bigint, readonly stop: bigint, readonly step: bigint) {
    super(rangeIterType)
  }
  nextValue(): Py | undefined {
    const c = this.cur
    if (this.step > 0n ? c < this.stop : c > this.stop) {
      this.cur = c + this.step
      return Number.isSafeInteger(Number(c)) ? Number(c) : c
    }
    return undefined
  }
}

export class PyStrIter extends PyIterBase {
  i = 0
  constructor(readonly s: string) {
    super(strIterType)
  }
  nextValue(): Py | undefined {
    const s = this.s
    if (this.i >= s.length) return undefined
    const c = s.charCodeAt(this.i)
    if (c >= 0xd800 && c <= 0xdbff && this.i + 1 < s.length) {
      const r = s.slice(this.i, this.i + 2)
      this.i += 2
      return r
    }
    return s[this.i++]
  }
}

export class PyTableIter extends PyIterBase {
  i = 0
  readonly version: number
  readonly size: number
  constructor(readonly table: HashTable, readonly kind: 0 | 1 | 2, type: PyType, readonly what: string) {
    super(type)
    this.version = table.version
    this.size = table.size
  }
  nextValue(): Py | undefined {
    const t = this.table
    if (t.version !== this.version) {
      if (t.size !== this.size) throw runtimeError(`${this.what} changed size during iteration`)
      throw runtimeError(`${this.what} keys changed during iteration`)
    }
    const keys = t.keys
    while (this.i < keys.length) {
      const i = this.i++
      const k = keys[i]
      if (k === undefined) continue
      if (this.kind === 0) return k
      if (this.kind === 1) return t.values[i]
      return newTuple([k, t.values[i]])
    }
    return undefined
  }
}

/** a set's elements in CPython's slot order; mutation during iteration is an error */
export class PySetIter extends PyIterBase {
  i = 0
  readonly items: Py[]
  readonly size: number
  readonly version: number
  constructor(readonly set: PySet) {
    super(setIterType)
    this.items = set.keys()
    this.size = set.table.size
    this.version = set.table.version
  }
  nextValue(): Py | undefined {
    const t = this.set.table
    if (t.size !== this.size) throw runtimeError('Set changed size during iteration')
    if (t.version !== this.version) throw runtimeError('Set changed size during iteration')
    return this.i < this.items.length ? this.items[this.i++] : undefined
  }
}

/** an awaitable's iterator that can finish with a value (the value of the await expression) */
export class AwaitIter extends PyIterBase {
  returnValue: Py = None
  constructor(readonly step: (self: AwaitIter) => Py | undefined) {
    super(awaitIterType)
  }
  nextValue(): Py | undefined {
    return this.step(this)
  }
}
export const awaitIterType = iterType('_asyncio.FutureIter')
defineMethods(awaitIterType, { __await__: (s) => s })

/** iteration through __getitem__ with 0, 1, 2... until IndexError */
export class PySeqIter extends PyIterBase {
  i = 0
  done = false
  constructor(readonly seq: Py) {
    super(seqIterType)
  }
  nextValue(): Py | undefined {
    if (this.done) return undefined
    try {
      return getItem(this.seq, this.i++)
    } catch (e) {
      if (e instanceof PyBaseException && (e.type.isSubtype(IndexError) || e.type.isSubtype(StopIteration))) {
        this.done = true
        return undefined
      }
      throw e
    }
  }
}

/** iter(callable, sentinel) */
export class PyCallIter extends PyIterBase {
  done = false
  constructor(readonly fn: Py, readonly sentinel: Py) {
    super(callIterType)
  }
  nextValue(): Py | undefined {
    if (this.done) return undefined
    let v: Py
    try {
      v = call(this.fn, [])
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) {
        this.done = true
        return undefined
      }
      throw e
    }
    if (eq(v, this.sentinel)) {
      this.done = true
      return undefined
    }
    return v
  }
}

/** an iterator over a JS generator (map, filter, zip, enumerate... build on it) */
export class PyJsIter extends PyIterBase {
  constructor(readonly gen: Iterator<Py>, type: PyType = genericIterType) {
    super(type)
  }
  nextValue(): Py | undefined {
    const r = this.gen.next()
    return r.done ? undefined : r.value
  }
}

export function makeIterType(name: string): PyType {
  return iterType(name)
}

/** the native iterator of a built-in container, or null */
export function nativeIter(o: Py, seqProtocol = false): PyIterBase | null {
  if (seqProtocol) return new PySeqIter(o)
  if (typeof o === 'string') return new PyStrIter(o)
  if (typeof o !== 'object') return null
  if (o.type.heap && o.type.lookupOwner('__iter__')?.heap) return null
  if (o instanceof PyList) return new PyArrayIter(null, o, listIterType)
  if (o instanceof PyTuple) return new PyArrayIter(o.items, null, tupleIterType)
  if (o instanceof PyRange) {
    const { start, stop, step } = o
    if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number')
      return new PyRangeIter(start, stop, step)
    return new PyBigRangeIter(BigInt(start), BigInt(stop), BigInt(step))
  }
  if (o instanceof PyDict) return new PyTableIter(o.table, 0, dictKeyIterType, 'dictionary')
  if (o instanceof PySet) return new PySetIter(o)
  if (o instanceof PyIterBase) return o
  return null
}

void callMethod
