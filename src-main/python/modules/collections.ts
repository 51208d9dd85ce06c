// collections (Modules/_collectionsmodule.c, Lib/collections/__init__.py): deque,
// defaultdict, Counter, OrderedDict, namedtuple; plus heapq, bisect, string and copy.

import { type Py, PyObject, PyType, typeType, objectType, dictType, tupleType, None, NotImplemented, typeOf } from '../objects/typeobject'
import { PyDict } from '../objects/dict'
import { PyList, PyTuple, newTuple } from '../objects/tuple'
import { defineMethods, defineGetSets, builtinFn, PyMethodDescr, type KwNames } from '../objects/descr'
import { indexError, typeError, keyError, valueError } from '../objects/exceptions'
import { defineNew, hexId } from '../objects/objectmethods'
import { PyArrayIter, makeIterType } from '../objects/iter'
import { guardedRepr, sortList } from '../objects/seqmethods'
import { dictRepr } from '../objects/dictmethods'
import * as A from '../objects/abstract'
import { makeModule, defineModule } from './native'
import { PyClassMethod } from '../objects/function'
import { builtinFn as bf } from '../objects/descr'

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
defineMethods(dequeType, {
  __init__(s, a, kw) {
    const d = Dq(s)
    const nk = kw?.length ?? 0
    const pos = a.slice(0, a.length - nk)
    let ml: Py = pos[1] ?? None
    kw?.forEach((k, i) => {
      if (k === 'maxlen') ml = a[pos.length + i]
    })
    d.maxlen = ml === None ? null : Number(ml)
    d.items = []
    if (pos.length) for (const v of A.toArray(pos[0])) d.push(v)
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
    let k = a.length ? Number(a[0]) : 1
    k = ((k % n) + n) % n
    Dq(s).items = it.slice(n - k).concat(it.slice(0, n - k))
    return None
  },
  clear: (s) => ((Dq(s).items = []), None),
  count: (s, a) => Dq(s).items.filter((x) => A.eq(x, a[0])).length,
  remove(s, a) {
    const i = Dq(s).items.findIndex((x) => A.eq(x, a[0]))
    if (i < 0) throw valueError(`${A.repr(a[0])} is not in deque`)
    Dq(s).items.splice(i, 1)
    return None
  },
  reverse: (s) => (Dq(s).items.reverse(), None),
  copy: (s) => {
    const d = new PyDeque(typeOf(s))
    d.items = Dq(s).items.slice()
    d.maxlen = Dq(s).maxlen
    return d
  },
  __len__: (s) => Dq(s).items.length,
  __bool__: (s) => Dq(s).items.length > 0,
  __iter__: (s) => new PyArrayIter(Dq(s).items.slice(), null, dequeIterType),
  __reversed__: (s) => new PyArrayIter(Dq(s).items.slice().reverse(), null, dequeIterType),
  __contains__: (s, a) => Dq(s).items.some((x) => A.eq(x, a[0])),
  __getitem__(s, a) {
    const it = Dq(s).items
    let i = Number(A.index(a[0]))
    if (i < 0) i += it.length
    if (i < 0 || i >= it.length) throw indexError('deque index out of range')
    return it[i]
  },
  __setitem__(s, a) {
    const it = Dq(s).items
    let i = Number(A.index(a[0]))
    if (i < 0) i += it.length
    if (i < 0 || i >= it.length) throw indexError('deque index out of range')
    it[i] = a[1]
    return None
  },
  __eq__: (s, a) => (a[0] instanceof PyDeque ? A.eq(new PyList(Dq(s).items), new PyList(a[0].items)) : NotImplemented),
  __repr__(s) {
    const d = Dq(s)
    return guardedRepr(d, () => {
      const body = `[${d.items.map(A.repr).join(', ')}]`
      return d.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${d.maxlen})`
    }, '[...]')
  },
})
defineGetSets(dequeType, { maxlen: [(s) => Dq(s).maxlen ?? None] })

// ---------------------------------------------------------------- defaultdict, Counter, OrderedDict

const defaultdictType = heapType('defaultdict', dictType)
class PyDefaultDict extends PyDict {
  factory: Py = None
}
defaultdictType.alloc = (t) => new PyDefaultDict(t)
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
  __repr__: (s) => `defaultdict(${A.repr((s as PyDefaultDict).factory)}, ${dictRepr(s as PyDict)})`,
  __getitem__(s, a) {
    const v = (s as PyDict).get(a[0])
    if (v !== undefined) return v
    return A.callMethod(defaultdictType.attrs.get('__missing__')!, s, [a[0]])
  },
})
defineGetSets(defaultdictType, { default_factory: [(s) => (s as PyDefaultDict).factory, (s, v) => ((s as PyDefaultDict).factory = v ?? None)] })

const counterType = heapType('Counter', dictType)
counterType.alloc = (t) => new PyDict(t)
function counterUpdate(d: PyDict, src: Py | undefined, sign: number): void {
  if (src === undefined) return
  if (src instanceof PyDict) {
    for (const [k, v] of src.table.entries()) d.set(k, A.binaryOp(d.get(k) ?? 0, sign > 0 ? v : A.negative(v), 0))
    return
  }
  for (const k of A.toArray(src)) d.set(k, A.binaryOp(d.get(k) ?? 0, sign, 0))
}
function mostCommon(d: PyDict): Py[] {
  const items = [...d.table.entries()].map(([k, v]) => newTuple([k, v]))
  return sortList(items, bf('k', (a) => (a[0] as PyTuple).items[1]), true)
}
defineMethods(counterType, {
  __init__(s, a, kw) {
    counterUpdate(s as PyDict, a.length - (kw?.length ?? 0) > 0 ? a[0] : undefined, 1)
    kw?.forEach((k, i) => (s as PyDict).set(k, a[a.length - kw.length + i]))
    return None
  },
  __missing__: () => 0,
  __getitem__: (s, a) => (s as PyDict).get(a[0]) ?? 0,
  update: (s, a) => (counterUpdate(s as PyDict, a[0], 1), None),
  subtract: (s, a) => (counterUpdate(s as PyDict, a[0], -1), None),
  most_common(s, a) {
    const all = mostCommon(s as PyDict)
    return new PyList(a.length && a[0] !== None ? all.slice(0, Number(a[0])) : all)
  },
  elements(s) {
    const out: Py[] = []
    for (const [k, v] of (s as PyDict).table.entries()) for (let i = 0; i < Number(v); i++) out.push(k)
    return A.getIter(new PyList(out))
  },
  total: (s) => (s as PyDict).table.valueList().reduce((x: Py, y) => A.binaryOp(x, y, 0), 0),
  __repr__(s) {
    const d = s as PyDict
    if (d.table.size === 0) return `${typeOf(s).name}()`
    return `${typeOf(s).name}({${mostCommon(d).map((t) => `${A.repr((t as PyTuple).items[0])}: ${A.repr((t as PyTuple).items[1])}`).join(', ')}})`
  },
  __add__(s, a) {
    const r = new PyDict(counterType)
    counterUpdate(r, s, 1)
    counterUpdate(r, a[0], 1)
    for (const [k, v] of [...r.table.entries()]) if (!A.compareBool(v, 0, 4)) r.table.delete(k)
    return r
  },
  __sub__(s, a) {
    const r = new PyDict(counterType)
    counterUpdate(r, s, 1)
    counterUpdate(r, a[0], -1)
    for (const [k, v] of [...r.table.entries()]) if (!A.compareBool(v, 0, 4)) r.table.delete(k)
    return r
  },
})

const orderedDictType = heapType('OrderedDict', dictType)
orderedDictType.alloc = (t) => new PyDict(t)
defineMethods(orderedDictType, {
  __repr__(s) {
    const d = s as PyDict
    if (d.table.size === 0) return 'OrderedDict()'
    return `OrderedDict(${dictRepr(d)})`
  },
  move_to_end(s, a) {
    const d = s as PyDict
    const v = d.table.delete(a[0])
    if (v === undefined) throw keyError(a[0])
    const last = a.length < 2 || A.truthy(a[1])
    if (last) d.set(a[0], v)
    else {
      const rest = [...d.table.entries()]
      d.table.clear()
      d.set(a[0], v)
      for (const [k, x] of rest) d.set(k, x)
    }
    return None
  },
  popitem(s, a) {
    const d = s as PyDict
    const keys = d.table.keyList()
    if (!keys.length) throw keyError('dictionary is empty')
    const k = a.length && !A.truthy(a[0]) ? keys[0] : keys[keys.length - 1]
    return newTuple([k, d.table.delete(k)!])
  },
})

// ---------------------------------------------------------------- namedtuple

function namedtuple(args: Py[], kwnames: KwNames): Py {
  const nk = kwnames?.length ?? 0
  const name = args[0] as string
  let fields = args[1]
  const names: string[] = typeof fields === 'string' ? fields.replace(/,/g, ' ').split(/\s+/).filter((x) => x) : A.toArray(fields).map((x) => A.str(x))
  let defaults: Py[] = []
  kwnames?.forEach((k, i) => {
    if (k === 'defaults') defaults = A.toArray(args[args.length - nk + i])
  })
  fields = newTuple(names)
  const t = heapType(name, tupleType, '__main__')
  t.heap = true
  t.hasDict = false
  t.attrs.set('_fields', fields)
  t.attrs.set('__match_args__', fields)
  const getsets: Record<string, [(s: Py) => Py]> = {}
  names.forEach((f, i) => (getsets[f] = [(s) => (s as PyTuple).items[i]]))
  defineGetSets(t, getsets)
  defineNew(t, (cls, a, kw) => {
    const nkw = kw?.length ?? 0
    const vals: (Py | undefined)[] = a.slice(0, a.length - nkw)
    if (vals.length > names.length) throw typeError(`${name}.__new__() takes ${names.length + 1} positional arguments but ${vals.length + 1} were given`)
    kw?.forEach((k, i) => {
      const j = names.indexOf(k)
      if (j < 0) throw typeError(`${name}.__new__() got an unexpected keyword argument '${k}'`)
      vals[j] = a[a.length - nkw + i]
    })
    const missing: string[] = []
    names.forEach((n, i) => {
      if (vals[i] === undefined) {
        const d = i - (names.length - defaults.length)
        if (d >= 0) vals[i] = defaults[d]
        else missing.push(n)
      }
    })
    if (missing.length) {
      const q = missing.map((m) => `'${m}'`)
      const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`
      throw typeError(`${name}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`)
    }
    return new PyTuple(vals as Py[], cls)
  })
  t.attrs.set('__repr__', new PyMethodDescr('__repr__', (s) => `${typeOf(s).name}(${names.map((n, i) => `${n}=${A.repr((s as PyTuple).items[i])}`).join(', ')})`, t))
  t.attrs.set('_asdict', new PyMethodDescr('_asdict', (s) => {
    const d = new PyDict()
    names.forEach((n, i) => d.set(n, (s as PyTuple).items[i]))
    return d
  }, t))
  t.attrs.set('_replace', new PyMethodDescr('_replace', (s, a, kw) => {
    const items = (s as PyTuple).items.slice()
    kw?.forEach((k, i) => {
      items[names.indexOf(k)] = a[a.length - kw.length + i]
    })
    return new PyTuple(items, typeOf(s))
  }, t))
  t.attrs.set('_make', new PyClassMethod(bf('_make', (a) => new PyTuple(A.toArray(a[1]), a[0] as PyType))))
  return t
}

defineModule('collections', () => makeModule('collections', { namedtuple }, {
  deque: dequeType, defaultdict: defaultdictType, Counter: counterType, OrderedDict: orderedDictType,
}))

// ---------------------------------------------------------------- heapq, bisect

function lt(a: Py, b: Py): boolean {
  return A.compareBool(a, b, 0)
}
function siftdown(h: Py[], start: number, pos: number): void {
  const item = h[pos]
  while (pos > start) {
    const parent = (pos - 1) >> 1
    if (lt(item, h[parent])) {
      h[pos] = h[parent]
      pos = parent
    } else break
  }
  h[pos] = item
}
function siftup(h: Py[], pos: number): void {
  const end = h.length
  const start = pos
  const item = h[pos]
  let child = 2 * pos + 1
  while (child < end) {
    const right = child + 1
    if (right < end && !lt(h[child], h[right])) child = right
    h[pos] = h[child]
    pos = child
    child = 2 * pos + 1
  }
  h[pos] = item
  siftdown(h, start, pos)
}
const L = (v: Py): Py[] => {
  if (!(v instanceof PyList)) throw typeError('heap argument must be a list')
  return v.items
}
defineModule('heapq', () => makeModule('heapq', {
  heappush: (a) => {
    const h = L(a[0])
    h.push(a[1])
    siftdown(h, 0, h.length - 1)
    return None
  },
  heappop: (a) => {
    const h = L(a[0])
    if (!h.length) throw indexError('index out of range')
    const last = h.pop()!
    if (h.length) {
      const r = h[0]
      h[0] = last
      siftup(h, 0)
      return r
    }
    return last
  },
  heapify: (a) => {
    const h = L(a[0])
    for (let i = (h.length >> 1) - 1; i >= 0; i--) siftup(h, i)
    return None
  },
  heappushpop: (a) => {
    const h = L(a[0])
    let item = a[1]
    if (h.length && lt(h[0], item)) {
      ;[item, h[0]] = [h[0], item]
      siftup(h, 0)
    }
    return item
  },
  heapreplace: (a) => {
    const h = L(a[0])
    if (!h.length) throw indexError('index out of range')
    const r = h[0]
    h[0] = a[1]
    siftup(h, 0)
    return r
  },
  nlargest: (a, kw) => new PyList(sortList(A.toArray(a[1]), kw?.includes('key') ? a[a.length - 1] : None, true).slice(0, Number(a[0]))),
  nsmallest: (a, kw) => new PyList(sortList(A.toArray(a[1]), kw?.includes('key') ? a[a.length - 1] : None, false).slice(0, Number(a[0]))),
}))

function bisect(a: Py[], x: Py, lo: number, hi: number, right: boolean, key: Py): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const v = key === None ? a[mid] : A.call(key, [a[mid]])
    if (right ? lt(x, v) : lt(v, x)) {
      if (right) hi = mid
      else lo = mid + 1
    } else if (right) lo = mid + 1
    else hi = mid
  }
  return lo
}
function bisectArgs(a: Py[], kw: KwNames): [Py[], number, number, Py] {
  const nk = kw?.length ?? 0
  const pos = a.slice(0, a.length - nk)
  const items = (pos[0] as PyList).items
  let lo = pos.length > 2 ? Number(pos[2]) : 0
  let hi = pos.length > 3 ? Number(pos[3]) : items.length
  let key: Py = None
  kw?.forEach((k, i) => {
    const v = a[pos.length + i]
    if (k === 'lo') lo = Number(v)
    else if (k === 'hi') hi = Number(v)
    else if (k === 'key') key = v
  })
  return [items, lo, hi, key]
}
defineModule('bisect', () => {
  const mk = (right: boolean, insert: boolean) => (a: Py[], kw: KwNames): Py => {
    const [items, lo, hi, key] = bisectArgs(a, kw)
    const x = a[1]
    const i = bisect(items, key === None ? x : A.call(key, [x]), lo, hi, right, key)
    if (insert) {
      items.splice(i, 0, x)
      return None
    }
    return i
  }
  return makeModule('bisect', {
    bisect_left: mk(false, false), bisect_right: mk(true, false), bisect: mk(true, false),
    insort_left: mk(false, true), insort_right: mk(true, true), insort: mk(true, true),
  })
})

defineModule('string', () => makeModule('string', {}, {
  ascii_lowercase: 'abcdefghijklmnopqrstuvwxyz', ascii_uppercase: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ascii_letters: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', digits: '0123456789',
  hexdigits: '0123456789abcdefABCDEF', octdigits: '01234567', punctuation: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  whitespace: ' \t\n\r\x0b\x0c', printable: '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c',
}))

function deepcopy(v: Py, memo: Map<Py, Py>): Py {
  if (typeof v !== 'object' || v === None) return v
  const m = memo.get(v)
  if (m !== undefined) return m
  if (v instanceof PyList) {
    const r = new PyList([], v.type)
    memo.set(v, r)
    r.items = v.items.map((x) => deepcopy(x, memo))
    return r
  }
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => deepcopy(x, memo)), v.type)
  if (v instanceof PyDict) {
    const r = new PyDict(v.type)
    memo.set(v, r)
    for (const [k, x] of v.table.entries()) r.set(deepcopy(k, memo), deepcopy(x, memo))
    return r
  }
  if (v.type.heap && !(v instanceof PyType)) {
    const dc = v.type.lookup('__deepcopy__')
    if (dc !== undefined) return A.callMethod(dc, v, [new PyDict()])
    const r = new PyObject(v.type)
    r.type = v.type
    memo.set(v, r)
    if (v.dict) {
      const d = new PyDict()
      for (const [k, x] of (v.dict as PyDict).table.entries()) d.set(k, deepcopy(x, memo))
      r.dict = d
    }
    return r
  }
  return v
}
function shallow(v: Py): Py {
  if (typeof v !== "object") return v
  if (v instanceof PyList) return new PyList(v.items.slice(), v.type)
  if (v instanceof PyDict) return A.callMethod(dictType.attrs.get('copy')!, v, [])
  if (typeof v === 'object' && v.type.heap && !(v instanceof PyType)) {
    const c = v.type.lookup('__copy__')
    if (c !== undefined) return A.callMethod(c, v, [])
    const r = new PyObject(v.type)
    if (v.dict) r.dict = A.callMethod(dictType.attrs.get('copy')!, v.dict, []) as PyDict
    return r
  }
  return A.call(A.getAttr(typeOf(v), '__call__'), [v])
}
defineModule('copy', () => makeModule('copy', {
  copy: (a) => shallow(a[0]),
  deepcopy: (a) => deepcopy(a[0], new Map()),
}))

void hexId
void builtinFn
