// _collections (Modules/_collectionsmodule.c): deque and defaultdict, which the Python
// collections package re-exports; plus string's constants.

import { type Py, PyObject, PyType, typeType, objectType, dictType, None, NotImplemented, typeOf } from '../objects/typeobject'
import { PyDict } from '../objects/dict'
import { PyList, PyTuple, newTuple } from '../objects/tuple'
import * as I from '../objects/int'
import { PyGenericAlias } from './typing'
import { defineMethods, defineGetSets, defineClassMethods, builtinFn } from '../objects/descr'
import { indexError, typeError, keyError, valueError } from '../objects/exceptions'
import { defineNew, hexId } from '../objects/objectmethods'
import { PyArrayIter, makeIterType } from '../objects/iter'
import { guardedRepr } from '../objects/seqmethods'
import { dictRepr } from '../objects/dictmethods'
import * as A from '../objects/abstract'
import { makeModule, defineModule, bindArgs } from './native'

function heapType(name: string, base: PyType, module = 'collections'): PyType {
  const t = new PyType(typeType, name, [base])
  t.mro = [t, ...base.mro]
  t.module = module
  t.solid = base.solid
  return t
}

// ---------------------------------------------------------------- deque

const dequeType = heapType('deque', objectType)
dequeType.solid = dequeType
const dequeIterType = makeIterType('_collections._deque_iterator')
/**
 * deque's items in a ring buffer (a power-of-two array, head index and size), so appends
 * and pops at both ends are O(1) as with CPython's block list; rare middle operations
 * (insert, remove, rotate, del) rebuild it from an array.
 */
class PyDeque extends PyObject {
  buf: (Py | undefined)[] = new Array<Py | undefined>(8)
  head = 0
  size = 0
  maxlen: number | null = null
  constructor(t: PyType = dequeType) {
    super(t)
  }
  at(i: number): Py {
    return this.buf[(this.head + i) & (this.buf.length - 1)] as Py
  }
  setAt(i: number, v: Py): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v
  }
  private grow(): void {
    this.setAll(this.toArray(), this.buf.length * 2)
  }
  push(v: Py): void {
    if (this.size === this.buf.length) this.grow()
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v
    this.size++
    if (this.maxlen !== null && this.size > this.maxlen) this.popLeft()
  }
  pushLeft(v: Py): void {
    if (this.size === this.buf.length) this.grow()
    this.head = (this.head - 1) & (this.buf.length - 1)
    this.buf[this.head] = v
    this.size++
    if (this.maxlen !== null && this.size > this.maxlen) this.popRight()
  }
  popRight(): Py {
    this.size--
    const i = (this.head + this.size) & (this.buf.length - 1)
    const v = this.buf[i] as Py
    this.buf[i] = undefined
    return v
  }
  popLeft(): Py {
    const v = this.buf[this.head] as Py
    this.buf[this.head] = undefined
    this.head = (this.head + 1) & (this.buf.length - 1)
    this.size--
    return v
  }
  toArray(): Py[] {
    const out = new Array<Py>(this.size)
    for (let i = 0; i < this.size; i++) out[i] = this.at(i)
    return out
  }
  /** replace the contents (no maxlen trimming: callers pass at most maxlen items) */
  setAll(items: Py[], capacity = 8): void {
    let cap = Math.max(8, capacity)
    while (cap < items.length) cap *= 2
    this.buf = new Array<Py | undefined>(cap)
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i]
    this.head = 0
    this.size = items.length
  }
}
dequeType.alloc = (t) => new PyDeque(t)
const Dq = (s: Py): PyDeque => s as PyDeque
defineNew(dequeType, (cls) => new PyDeque(cls))
function dequeIndex(d: PyDeque, i: Py): number {
  if (!I.isInt(i) && typeOf(i).lookup('__index__') === undefined) throw typeError(`sequence index must be integer, not '${typeOf(i).name}'`)
  let k = Number(A.index(i))
  if (k < 0) k += d.size
  if (k < 0 || k >= d.size) throw indexError('deque index out of range')
  return k
}
function newDeque(t: PyType, items: Py[], maxlen: number | null): PyDeque {
  const d = new PyDeque(t)
  d.maxlen = maxlen
  for (const v of items) d.push(v)
  return d
}
function dequeCompare(op: number) {
  return (s: Py, a: Py[]): Py => (a[0] instanceof PyDeque ? A.richCompare(new PyList(Dq(s).toArray()), new PyList(a[0].toArray()), op) : NotImplemented)
}
defineMethods(dequeType, {
  __init__(s, a, kw) {
    const [iterable, ml] = bindArgs('deque', ['iterable', 'maxlen'], a, kw)
    const d = Dq(s)
    if (ml === undefined || ml === None) d.maxlen = null
    else {
      if (!I.isInt(ml)) throw typeError('an integer is required')
      if (Number(ml) < 0) throw valueError('maxlen must be non-negative')
      d.maxlen = Number(ml)
    }
    d.setAll([])
    if (iterable !== undefined) for (const v of A.toArray(iterable)) d.push(v)
    return None
  },
  append: (s, a) => (Dq(s).push(a[0]), None),
  appendleft: (s, a) => (Dq(s).pushLeft(a[0]), None),
  pop(s) {
    if (!Dq(s).size) throw indexError('pop from an empty deque')
    return Dq(s).popRight()
  },
  popleft(s) {
    if (!Dq(s).size) throw indexError('pop from an empty deque')
    return Dq(s).popLeft()
  },
  extend(s, a) {
    for (const v of A.toArray(a[0])) Dq(s).push(v)
    return None
  },
  extendleft(s, a) {
    for (const v of A.toArray(a[0])) Dq(s).pushLeft(v)
    return None
  },
  rotate(s, a) {
    const it = Dq(s).toArray()
    const n = it.length
    if (!n) return None
    let k = a.length ? Number(A.index(a[0])) : 1
    k = ((k % n) + n) % n
    Dq(s).setAll(it.slice(n - k).concat(it.slice(0, n - k)))
    return None
  },
  clear: (s) => (Dq(s).setAll([]), None),
  count: (s, a) => Dq(s).toArray().filter((x) => A.eq(x, a[0])).length,
  index(s, a) {
    const it = Dq(s).toArray()
    const n = it.length
    let start = a.length > 1 ? Number(A.index(a[1])) : 0
    let stop = a.length > 2 ? Number(A.index(a[2])) : n
    if (start < 0) start = Math.max(0, start + n)
    if (stop < 0) stop = Math.max(0, stop + n)
    for (let i = start; i < Math.min(stop, n); i++) if (A.eq(it[i], a[0])) return i
    throw valueError(`${A.repr(a[0])} is not in deque`)
  },
  insert(s, a) {
    const d = Dq(s)
    if (d.maxlen !== null && d.size >= d.maxlen) throw indexError('deque already at its maximum size')
    let i = Number(A.index(a[0]))
    const items = d.toArray()
    const n = items.length
    if (i < 0) i = Math.max(0, i + n)
    items.splice(Math.min(i, n), 0, a[1])
    d.setAll(items)
    return None
  },
  remove(s, a) {
    const items = Dq(s).toArray()
    const i = items.findIndex((x) => A.eq(x, a[0]))
    if (i < 0) throw valueError(`${A.repr(a[0])} is not in deque`)
    items.splice(i, 1)
    Dq(s).setAll(items)
    return None
  },
  reverse: (s) => (Dq(s).setAll(Dq(s).toArray().reverse()), None),
  copy: (s) => newDeque(typeOf(s), Dq(s).toArray(), Dq(s).maxlen),
  __copy__: (s) => newDeque(typeOf(s), Dq(s).toArray(), Dq(s).maxlen),
  __reduce__: (s) => newTuple([typeOf(s), newTuple([new PyList(Dq(s).toArray()), Dq(s).maxlen ?? None])]),
  __len__: (s) => Dq(s).size,
  __bool__: (s) => Dq(s).size > 0,
  __iter__: (s) => new PyArrayIter(Dq(s).toArray(), null, dequeIterType),
  __reversed__: (s) => new PyArrayIter(Dq(s).toArray().reverse(), null, dequeIterType),
  __contains__: (s, a) => Dq(s).toArray().some((x) => A.eq(x, a[0])),
  __getitem__: (s, a) => Dq(s).at(dequeIndex(Dq(s), a[0])),
  __setitem__(s, a) {
    Dq(s).setAt(dequeIndex(Dq(s), a[0]), a[1])
    return None
  },
  __delitem__(s, a) {
    const items = Dq(s).toArray()
    items.splice(dequeIndex(Dq(s), a[0]), 1)
    Dq(s).setAll(items)
    return None
  },
  __add__(s, a) {
    if (!(a[0] instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeOf(a[0]).name}") to deque`)
    return newDeque(typeOf(s), [...Dq(s).toArray(), ...a[0].toArray()], Dq(s).maxlen)
  },
  __iadd__(s, a) {
    for (const v of A.toArray(a[0])) Dq(s).push(v)
    return s
  },
  __mul__(s, a) {
    const n = Number(A.index(a[0]))
    const out: Py[] = []
    const once = Dq(s).toArray()
    for (let i = 0; i < n; i++) out.push(...once)
    return newDeque(typeOf(s), out, Dq(s).maxlen)
  },
  __rmul__(s, a) {
    const n = Number(A.index(a[0]))
    const out: Py[] = []
    const once = Dq(s).toArray()
    for (let i = 0; i < n; i++) out.push(...once)
    return newDeque(typeOf(s), out, Dq(s).maxlen)
  },
  __imul__(s, a) {
    const d = Dq(s)
    const n = Number(A.index(a[0]))
    const once = d.toArray()
    d.setAll([])
    for (let i = 0; i < n; i++) for (const v of once) d.push(v)
    return s
  },
  __eq__: dequeCompare(2),
  __ne__: dequeCompare(3),
  __lt__: dequeCompare(0),
  __le__: dequeCompare(1),
  __gt__: dequeCompare(4),
  __ge__: dequeCompare(5),
  __repr__(s) {
    const d = Dq(s)
    const name = typeOf(s).name
    return guardedRepr(d, () => {
      const body = `[${d.toArray().map(A.repr).join(', ')}]`
      return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`
    }, '[...]')
  },
})
dequeType.attrs.set('__hash__', None)
defineClassMethods(dequeType, { __class_getitem__: (cls, a) => new PyGenericAlias(cls, a[0] instanceof PyTuple ? a[0].items : [a[0]]) })
defineGetSets(dequeType, { maxlen: [(s) => Dq(s).maxlen ?? None] })

// ---------------------------------------------------------------- defaultdict, Counter, OrderedDict

const defaultdictType = heapType('defaultdict', dictType)
class PyDefaultDict extends PyDict {
  factory: Py = None
}
defaultdictType.alloc = (t) => new PyDefaultDict(t)
function defaultdictCopy(d: PyDefaultDict): PyDefaultDict {
  const r = new PyDefaultDict(typeOf(d))
  r.factory = d.factory
  for (const [k, v] of d.table.entries()) r.set(k, v)
  return r
}
defineNew(defaultdictType, (cls) => new PyDefaultDict(cls))
defineMethods(defaultdictType, {
  __init__(s, a, kw) {
    const d = s as PyDefaultDict
    d.factory = a.length - (kw?.length ?? 0) > 0 ? a[0] : None
    if (d.factory !== None && !A.hasAttr(d.factory, '__call__')) throw typeError('first argument must be callable or None')
    A.callMethod(dictType.attrs.get('update')!, s, a.slice(1), kw)
    return None
  },
  __missing__(s, a) {
    const d = s as PyDefaultDict
    if (d.factory === None) throw keyError(a[0])
    const v = A.call(d.factory, [])
    d.set(a[0], v)
    return v
  },
  __repr__: (s) => `${typeOf(s).name}(${A.repr((s as PyDefaultDict).factory)}, ${dictRepr(s as PyDict)})`,
  // defdict_copy: same class, same factory, a shallow copy of the items
  copy: (s) => defaultdictCopy(s as PyDefaultDict),
  __copy__: (s) => defaultdictCopy(s as PyDefaultDict),
  __reduce__: (s) => newTuple([typeOf(s), newTuple([(s as PyDefaultDict).factory]), None, None, A.getIter(new PyList([...(s as PyDict).table.entries()].map(([k, v]) => newTuple([k, v]))))]),
  __getitem__(s, a) {
    const v = (s as PyDict).get(a[0])
    if (v !== undefined) return v
    return A.callMethod(defaultdictType.attrs.get('__missing__')!, s, [a[0]])
  },
})
defineClassMethods(defaultdictType, { __class_getitem__: (cls, a) => new PyGenericAlias(cls, a[0] instanceof PyTuple ? a[0].items : [a[0]]) })
defineGetSets(defaultdictType, { default_factory: [(s) => (s as PyDefaultDict).factory, (s, v) => ((s as PyDefaultDict).factory = v ?? None)] })

// _collections holds the native types only (as CPython's Modules/_collectionsmodule.c);
// namedtuple, Counter, OrderedDict and ChainMap are Python in resources/lib/collections.
defineModule('_collections', () => makeModule('_collections', {}, { deque: dequeType, defaultdict: defaultdictType }))

// heapq and bisect live in heapq.ts

defineModule('string', () => makeModule('string', {}, {
  ascii_lowercase: 'abcdefghijklmnopqrstuvwxyz', ascii_uppercase: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ascii_letters: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', digits: '0123456789',
  hexdigits: '0123456789abcdefABCDEF', octdigits: '01234567', punctuation: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  whitespace: ' \t\n\r\x0b\x0c', printable: '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c',
}))

// copy is Python in resources/lib/copy.py (__copy__, __deepcopy__, __reduce_ex__, memo)

void hexId
void builtinFn
