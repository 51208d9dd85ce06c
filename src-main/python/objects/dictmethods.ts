// Methods of dict, its views, set and frozenset (Objects/dictobject.c, Objects/setobject.c).

import { type Py, PyObject, PyType, dictType, setType, frozensetType, None, NotImplemented, typeOf, typeType, objectType } from './typeobject'
import { defineMethods, defineClassMethods, type NativeMethod } from './descr'
import { PyDict, PySet, isFrozen } from './dict'
import { PyList, newTuple, PyTuple } from './tuple'
import { keyError, typeError, valueError } from './exceptions'
import * as A from './abstract'
import { guardedRepr } from './seqmethods'
import { PyTableIter, PySetIter, dictKeyIterType, dictValueIterType, dictItemIterType } from './iter'
import { defineNew } from './objectmethods'
import { frozensetHash } from './hashes'
import { dictUpdate } from '../vm/ops'

const D = (s: Py): PyDict => s as PyDict

function mk(name: string): PyType {
  const t = new PyType(typeType, name, [objectType])
  t.mro = [t, objectType]
  return t
}
export const dictKeysType = mk('dict_keys')
export const dictValuesType = mk('dict_values')
export const dictItemsType = mk('dict_items')

export class PyDictView extends PyObject {
  constructor(readonly dict: PyDict, readonly kind: 0 | 1 | 2) {
    super(kind === 0 ? dictKeysType : kind === 1 ? dictValuesType : dictItemsType)
  }
}

function missing(d: PyDict, k: Py): Py {
  if (d.type !== dictType) {
    const m = d.type.lookup('__missing__')
    if (m !== undefined) return A.callMethod(m, d, [k])
  }
  throw keyError(k)
}

function updateFrom(d: PyDict, args: Py[], kw: readonly string[] | null): void {
  const nk = kw?.length ?? 0
  const pos = args.length - nk
  if (pos > 1) throw typeError(`update expected at most 1 argument, got ${pos}`)
  if (pos === 1) {
    const src = args[0]
    if (src instanceof PyDict || A.getAttrOrNull(src, 'keys') !== null) dictUpdate(d, src)
    else {
      let i = 0
      for (const item of A.toArray(src)) {
        const pair = A.toArray(item)
        if (pair.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`)
        d.table.set(pair[0], pair[1])
        i++
      }
    }
  }
  kw?.forEach((k, i) => d.table.set(k, args[pos + i]))
}

export function dictRepr(d: PyDict): string {
  if (d.table.size === 0) return '{}'
  return guardedRepr(d, () => {
    const parts: string[] = []
    for (const [k, v] of d.table.entries()) parts.push(`${A.repr(k)}: ${A.repr(v)}`)
    return `{${parts.join(', ')}}`
  }, '{...}')
}

const dictMethods: Record<string, NativeMethod> = {
  __len__: (s) => D(s).table.size,
  __getitem__(s, a) {
    const v = D(s).table.get(a[0])
    return v === undefined ? missing(D(s), a[0]) : v
  },
  __setitem__(s, a) {
    D(s).table.set(a[0], a[1])
    return None
  },
  __delitem__(s, a) {
    if (D(s).table.delete(a[0]) === undefined) throw keyError(a[0])
    return None
  },
  __contains__: (s, a) => D(s).table.find(a[0]) >= 0,
  __iter__: (s) => new PyTableIter(D(s).table, 0, dictKeyIterType, 'dictionary'),
  __repr__: (s) => dictRepr(D(s)),
  __eq__(s, a) {
    const o = a[0]
    if (!(o instanceof PyDict)) return NotImplemented
    return dictEq(D(s), o)
  },
  __ne__(s, a) {
    const o = a[0]
    if (!(o instanceof PyDict)) return NotImplemented
    return !dictEq(D(s), o)
  },
  __or__(s, a) {
    if (!(a[0] instanceof PyDict)) return NotImplemented
    const d = new PyDict(dictType, D(s).table.copy())
    dictUpdate(d, a[0])
    return d
  },
  __ior__(s, a) {
    updateFrom(D(s), [a[0]], null)
    return s
  },
  __init__(s, a, kw) {
    updateFrom(D(s), a, kw)
    return None
  },
  __reversed__: (s) => A.getIter(new PyList(D(s).table.keyList().reverse())),
  keys: (s) => new PyDictView(D(s), 0),
  values: (s) => new PyDictView(D(s), 1),
  items: (s) => new PyDictView(D(s), 2),
  get(s, a) {
    const v = D(s).table.get(a[0])
    return v === undefined ? (a.length > 1 ? a[1] : None) : v
  },
  setdefault(s, a) {
    const v = D(s).table.get(a[0])
    if (v !== undefined) return v
    const d = a.length > 1 ? a[1] : None
    D(s).table.set(a[0], d)
    return d
  },
  pop(s, a) {
    const v = D(s).table.delete(a[0])
    if (v !== undefined) return v
    if (a.length > 1) return a[1]
    throw keyError(a[0])
  },
  popitem(s) {
    const t = D(s).table
    const i = t.lastIndex()
    if (i < 0) throw keyError('popitem(): dictionary is empty')
    const k = t.keys[i] as Py
    const v = t.deleteAt(i)
    return newTuple([k, v])
  },
  update(s, a, kw) {
    updateFrom(D(s), a, kw)
    return None
  },
  clear(s) {
    D(s).table.clear()
    return None
  },
  copy: (s) => new PyDict(dictType, D(s).table.copy()),
}
dictMethods.__hash__ = undefined as unknown as NativeMethod
delete dictMethods.__hash__
defineMethods(dictType, dictMethods)
dictType.attrs.set('__hash__', None)
defineClassMethods(dictType, {
  fromkeys(cls, a) {
    const d = A.call(cls, []) as PyDict
    const v = a.length > 1 ? a[1] : None
    for (const k of A.toArray(a[0])) A.setItem(d, k, v)
    return d
  },
})
defineNew(dictType, (cls) => new PyDict(cls))

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false
  for (const [k, v] of a.table.entries()) {
    const w = b.table.get(k)
    if (w === undefined || !(w === v || A.eq(v, w))) return false
  }
  return true
}

// ---------------------------------------------------------------- views

const V = (s: Py): PyDictView => s as PyDictView
function viewItems(v: PyDictView): Py[] {
  const t = v.dict.table
  return v.kind === 0 ? t.keyList() : v.kind === 1 ? t.valueList() : [...t.entries()].map(([k, x]) => newTuple([k, x]))
}
for (const [t, kind] of [[dictKeysType, 0], [dictValuesType, 1], [dictItemsType, 2]] as const) {
  const name = t.name
  // keys and items views compare as sets, so they are unhashable (dictviews_hash is NULL)
  if (kind !== 1) t.attrs.set('__hash__', None)
  defineMethods(t, {
    __len__: (s) => V(s).dict.table.size,
    __iter__: (s) => new PyTableIter(V(s).dict.table, kind, kind === 0 ? dictKeyIterType : kind === 1 ? dictValueIterType : dictItemIterType, 'dictionary'),
    __repr__: (s) => guardedRepr(V(s), () => `${name}([${viewItems(V(s)).map(A.repr).join(', ')}])`, '...'),
    __contains__(s, a) {
      if (kind === 0) return V(s).dict.table.find(a[0]) >= 0
      if (kind === 2) {
        if (!(a[0] instanceof PyTuple) || a[0].items.length !== 2) return false
        const v = V(s).dict.table.get(a[0].items[0])
        return v !== undefined && A.eq(v, a[0].items[1])
      }
      return viewItems(V(s)).some((x) => A.eq(x, a[0]))
    },
    __reversed__: (s) => A.getIter(new PyList(viewItems(V(s)).reverse())),
  })
  if (kind !== 1) {
    const setOp = (f: (a: PySet, b: Py[]) => PySet) => (s: Py, a: Py[]) => {
      const base = new PySet()
      for (const x of viewItems(V(s))) base.add(x)
      return f(base, A.toArray(a[0]))
    }
    defineMethods(t, {
      __and__: setOp((x, o) => {
        const r = new PySet()
        for (const e of o) if (x.has(e)) r.add(e)
        return r
      }),
      __or__: setOp((x, o) => {
        for (const e of o) x.add(e)
        return x
      }),
      __sub__: setOp((x, o) => {
        for (const e of o) x.discard(e)
        return x
      }),
      __xor__: setOp((x, o) => {
        for (const e of o) if (x.has(e)) x.discard(e)
        else x.add(e)
        return x
      }),
      __eq__(s, a) {
        const o = a[0]
        const mine = viewItems(V(s))
        const other = o instanceof PyDictView || o instanceof PySet ? (o instanceof PySet ? o.keys() : viewItems(o)) : null
        if (other === null) return NotImplemented
        if (mine.length !== other.length) return false
        const ss = new PySet()
        for (const x of other) ss.add(x)
        return mine.every((x) => ss.has(x))
      },
      isdisjoint: (s, a) => !A.toArray(a[0]).some((x) => viewItems(V(s)).some((y) => A.eq(x, y))),
    })
  }
}

// ---------------------------------------------------------------- set / frozenset

const St = (s: Py): PySet => s as PySet

function newLike(s: PySet, copy = false): PySet {
  return new PySet(isFrozen(s) ? frozensetType : setType, copy ? s : undefined)
}

function otherSet(o: Py): PySet | null {
  return o instanceof PySet ? o : null
}

function iterSet(o: Py): PySet {
  if (o instanceof PySet) return o
  const s = new PySet()
  for (const x of A.toArray(o)) s.add(x)
  return s
}

export function setRepr(s: PySet): string {
  const name = s.type.name
  if (s.table.size === 0) return `${name}()`
  return guardedRepr(s, () => {
    const body = `{${s.keys().map(A.repr).join(', ')}}`
    return s.type === setType ? body : `${name}(${body})`
  }, `${name}(...)`)
}

function union(a: PySet, others: Py[]): PySet {
  const r = newLike(a, true)
  for (const o of others) for (const x of A.toArray(o)) r.add(x)
  return r
}
function intersection(a: PySet, others: Py[]): PySet {
  let r = newLike(a, true)
  for (const o of others) {
    const os = iterSet(o)
    const n = newLike(a)
    for (const x of r.keys()) if (os.has(x)) n.add(x)
    r = n
  }
  return r
}
function difference(a: PySet, others: Py[]): PySet {
  const r = newLike(a, true)
  for (const o of others) for (const x of A.toArray(o)) r.discard(x)
  return r
}
function symdiff(a: PySet, o: Py): PySet {
  const r = newLike(a, true)
  for (const x of iterSet(o).keys()) if (r.has(x)) r.discard(x)
  else r.add(x)
  return r
}
function subset(a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false
  return a.keys().every((x) => b.has(x))
}

const binop = (f: (a: PySet, b: PySet) => Py) => (s: Py, a: Py[]) => {
  const o = otherSet(a[0])
  return o === null ? NotImplemented : f(St(s), o)
}

const setCommon: Record<string, NativeMethod> = {
  __len__: (s) => St(s).table.size,
  __contains__(s, a) {
    const k = a[0]
    if (k instanceof PySet && !isFrozen(k)) return St(s).has(new PySet(frozensetType, k))
    return St(s).has(k)
  },
  __iter__: (s) => new PySetIter(St(s)),
  __repr__: (s) => setRepr(St(s)),
  __or__: binop((a, b) => union(a, [b])),
  __and__: binop((a, b) => intersection(a, [b])),
  __sub__: binop((a, b) => difference(a, [b])),
  __xor__: binop((a, b) => symdiff(a, b)),
  __ror__: binop((a, b) => union(b, [a])),
  __rand__: binop((a, b) => intersection(b, [a])),
  __rsub__: binop((a, b) => difference(b, [a])),
  __rxor__: binop((a, b) => symdiff(b, a)),
  __eq__: binop((a, b) => a.table.size === b.table.size && subset(a, b)),
  __ne__: binop((a, b) => !(a.table.size === b.table.size && subset(a, b))),
  __le__: binop((a, b) => subset(a, b)),
  __lt__: binop((a, b) => a.table.size < b.table.size && subset(a, b)),
  __ge__: binop((a, b) => subset(b, a)),
  __gt__: binop((a, b) => a.table.size > b.table.size && subset(b, a)),
  union: (s, a) => union(St(s), a),
  intersection: (s, a) => intersection(St(s), a),
  difference: (s, a) => difference(St(s), a),
  symmetric_difference: (s, a) => symdiff(St(s), a[0]),
  issubset: (s, a) => subset(St(s), iterSet(a[0])),
  issuperset: (s, a) => subset(iterSet(a[0]), St(s)),
  isdisjoint: (s, a) => !A.toArray(a[0]).some((x) => St(s).has(x)),
  copy: (s) => (isFrozen(St(s)) && St(s).type === frozensetType ? s : newLike(St(s), true)),
}
defineMethods(setType, setCommon)
defineMethods(frozensetType, setCommon)
defineMethods(frozensetType, {
  __hash__(s) {
    return frozensetHash([...St(s).keys()].map(A.hash))
  },
})
setType.attrs.set('__hash__', None)
defineMethods(setType, {
  __init__(s, a) {
    St(s).clear()
    if (a.length) for (const x of A.toArray(a[0])) St(s).add(x)
    return None
  },
  add(s, a) {
    St(s).add(a[0])
    return None
  },
  remove(s, a) {
    if (!St(s).discard(a[0])) throw keyError(a[0])
    return None
  },
  discard(s, a) {
    St(s).discard(a[0])
    return None
  },
  pop(s) {
    const k = St(s).keys()[0]
    if (k === undefined) throw keyError('pop from an empty set')
    St(s).discard(k)
    return k
  },
  clear(s) {
    St(s).clear()
    return None
  },
  update(s, a) {
    for (const o of a) for (const x of A.toArray(o)) St(s).add(x)
    return None
  },
  intersection_update(s, a) {
    St(s).replaceWith(intersection(St(s), a))
    return None
  },
  difference_update(s, a) {
    for (const o of a) for (const x of A.toArray(o)) St(s).discard(x)
    return None
  },
  symmetric_difference_update(s, a) {
    St(s).replaceWith(symdiff(St(s), a[0]))
    return None
  },
  __ior__(s, a) {
    const o = otherSet(a[0])
    if (o === null) return NotImplemented
    for (const x of o.keys()) St(s).add(x)
    return s
  },
  __iand__(s, a) {
    const o = otherSet(a[0])
    if (o === null) return NotImplemented
    St(s).replaceWith(intersection(St(s), [o]))
    return s
  },
  __isub__(s, a) {
    const o = otherSet(a[0])
    if (o === null) return NotImplemented
    for (const x of o.keys()) St(s).discard(x)
    return s
  },
  __ixor__(s, a) {
    const o = otherSet(a[0])
    if (o === null) return NotImplemented
    St(s).replaceWith(symdiff(St(s), o))
    return s
  },
})
defineNew(setType, (cls) => new PySet(cls))
defineNew(frozensetType, (cls, a) => {
  const s = new PySet(cls)
  if (a.length) for (const x of A.toArray(a[0])) s.add(x)
  return s
})

void typeOf
