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
class PyDeque extends PyObject {
  items: Py[] = []
  maxlen: number | null = null
  constructor(t: PyType = dequeType) {
    super(t)
  }
  push(v: Py): void {
    this.items.push(v)
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.shift()
  }
  pushLeft(v: Py): void {
    this.items.unshift(v)
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.pop()
  }
}
dequeType.alloc = (t) => new PyDeque(t)
const Dq = (s: Py): PyDeque => s as PyDeque
defineNew(dequeType, (cls) => new PyDeque(cls))
function dequeIndex(d: PyDeque, i: Py): number {
  if (!I.isInt(i) && typeOf(i).lookup('__index__') === undefined) throw typeError(`sequence index must be integer, not '${typeOf(i).name}'`)
  let k = Number(A.index(i))
  if (k < 0) k += d.items.length
  if (k < 0 || k >= d.items.length) throw indexError('deque index out of range')
  return k
}
function newDeque(t: PyType, items: Py[], maxlen: number | null): PyDeque {
  const d = new PyDeque(t)
  d.maxlen = maxlen
  for (const v of items) d.push(v)
  return d
}
function dequeCompare(op: number) {
  return (s: Py, a: Py[]): Py => (a[0] instanceof PyDeque ? A.richCompare(new PyList(Dq(s).items), new PyList(a[0].items), op) : NotImplemented)
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
    d.items = []
    if (iterable !== undefined) for (const v of A.toArray(iterable)) d.push(v)
    return None
  },
  append: (s, a) => (Dq(s).push(a[0]), None),
  appendleft: (s, a) => (Dq(s).pushLeft(a[0]), None),
  pop(s) {
    if (!Dq(s).items.length) throw indexError('pop from an empty deque')
    return Dq(s).items.pop()!
  },
  popleft(s) {
    if (!Dq(s).items.length) throw indexError('pop from an empty deque')
    return Dq(s).items.shift()!
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
    const it = Dq(s).items
    const n = it.length
    if (!n) return None
    let k = a.length ? Number(A.index(a[0])) : 1
    k = ((k % n) + n) % n
    Dq(s).items = it.slice(n - k).concat(it.slice(0, n - k))
    return None
  },
  clear: (s) => ((Dq(s).items = []), None),
  count: (s, a) => Dq(s).items.filter((x) => A.eq(x, a[0])).length,
  index(s, a) {
    const it = Dq(s).items
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
    if (d.maxlen !== null && d.items.length >= d.maxlen) throw indexError('deque already at its maximum size')
    let i = Number(A.index(a[0]))
    const n = d.items.length
    if (i < 0) i = Math.max(0, i + n)
    d.items.splice(Math.min(i, n), 0, a[1])
    return None
  },
  remove(s, a) {
    const i = Dq(s).items.findIndex((x) => A.eq(x, a[0]))
    if (i < 0) throw valueError(`${A.repr(a[0])} is not in deque`)
    Dq(s).items.splice(i, 1)
    return None
  },
  reverse: (s) => (Dq(s).items.reverse(), None),
  copy: (s) => newDeque(typeOf(s), Dq(s).items, Dq(s).maxlen),
  __copy__: (s) => newDeque(typeOf(s), Dq(s).items, Dq(s).maxlen),
  __reduce__: (s) => newTuple([typeOf(s), newTuple([new PyList(Dq(s).items.slice()), Dq(s).maxlen ?? None])]),
  __len__: (s) => Dq(s).items.length,
  __bool__: (s) => Dq(s).items.length > 0,
  __iter__: (s) => new PyArrayIter(Dq(s).items.slice(), null, dequeIterType),
  __reversed__: (s) => new PyArrayIter(Dq(s).items.slice().reverse(), null, dequeIterType),
  __contains__: (s, a) => Dq(s).items.some((x) => A.eq(x, a[0])),
  __getitem__: (s, a) => Dq(s).items[dequeIndex(Dq(s), a[0])],
  __setitem__(s, a) {
    Dq(s).items[dequeIndex(Dq(s), a[0])] = a[1]
    return None
  },
  __delitem__(s, a) {
    Dq(s).items.splice(dequeIndex(Dq(s), a[0]), 1)
    return None
  },
  __add__(s, a) {
    if (!(a[0] instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeOf(a[0]).name}") to deque`)
    return newDeque(typeOf(s), [...Dq(s).items, ...a[0].items], Dq(s).maxlen)
  },
  __iadd__(s, a) {
    for (const v of A.toArray(a[0])) Dq(s).push(v)
    return s
  },
  __mul__(s, a) {
    const n = Number(A.index(a[0]))
    const out: Py[] = []
    for (let i = 0; i < n; i++) out.push(...Dq(s).items)
    return newDeque(typeOf(s), out, Dq(s).maxlen)
  },
  __rmul__(s, a) {
    const n = Number(A.index(a[0]))
    const out: Py[] = []
    for (let i = 0; i < n; i++) out.push(...Dq(s).items)
    return newDeque(typeOf(s), out, Dq(s).maxlen)
  },
  __imul__(s, a) {
    const d = Dq(s)
    const n = Number(A.index(a[0]))
    const once = d.items.slice()
    d.items = []
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
      const body = `[${d.items.map(A.repr).join(', ')}]`
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
