// Methods of list and tuple (Objects/listobject.c, Objects/tupleobject.c): indexing and
// slicing, comparison, repr with recursion guard, and list.sort (stable, key/reverse).

import { type Py, listType, tupleType, NotImplemented, None, typeOf, PyType } from './typeobject'
import { defineMethods, type NativeMethod } from './descr'
import { PyList, PyTuple, newTuple, EMPTY_TUPLE } from './tuple'
import { PySlice } from './misc'
import { indexError, typeError, valueError, memoryErrorNew } from './exceptions'
import * as A from './abstract'
import { sliceIndices, sliceArray, seqIndex } from './slice'
import { tupleHash } from './hashes'
import { defineNew } from './objectmethods'
import { PyArrayIter, listRevIterType } from './iter'
import { setTupleHashDescr } from './abstract'

const reprStack = new Set<unknown>()
/** Py_ReprEnter / Py_ReprLeave around a container's repr */
export function guardedRepr(o: object, inner: () => string, recursive: string): string {
  if (reprStack.has(o)) return recursive
  reprStack.add(o)
  try {
    return inner()
  } finally {
    reprStack.delete(o)
  }
}

function items(s: Py): Py[] {
  return (s as PyList | PyTuple).items
}

/** list_richcompare / tuplerichcompare */
export function seqCompare(a: Py[], b: Py[], op: number): boolean {
  const n = Math.min(a.length, b.length)
  let i = 0
  for (; i < n; i++) {
    const x = a[i]
    const y = b[i]
    if (x !== y && !A.eq(x, y)) break
  }
  if (i >= n) {
    switch (op) {
      case 0: return a.length < b.length
      case 1: return a.length <= b.length
      case 2: return a.length === b.length
      case 3: return a.length !== b.length
      case 4: return a.length > b.length
      default: return a.length >= b.length
    }
  }
  if (op === 2) return false
  if (op === 3) return true
  return A.compareBool(a[i], b[i], op)
}

function repeatCount(n: Py, len: number): number {
  const t = typeOf(n)
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint' && t.lookup('__index__') === undefined) return -1
  const k = A.index(n)
  if (typeof k === 'bigint') {
    if (k <= 0n || len === 0) return 0
    throw memoryErrorNew()
  }
  if (k > 0 && len * k > 2 ** 32) throw memoryErrorNew()
  return Math.max(0, k)
}

function repeat(src: Py[], k: number): Py[] {
  if (src.length === 1) return new Array(k).fill(src[0])
  const out: Py[] = []
  for (let i = 0; i < k; i++) for (const x of src) out.push(x)
  return out
}

function commonSeq(t: PyType, name: string, make: (items: Py[]) => Py): Record<string, NativeMethod> {
  const isMine = (v: Py): v is PyList | PyTuple => (t === listType ? v instanceof PyList : v instanceof PyTuple)
  const m: Record<string, NativeMethod> = {
    __len__: (s) => items(s).length,
    __getitem__(s, args) {
      const k = args[0]
      const it = items(s)
      if (k instanceof PySlice) return make(sliceArray(it, k))
      const i = seqIndex(k, it.length, name)
      if (i < 0 || i >= it.length) throw indexError(`${name} index out of range`)
      return it[i]
    },
    __contains__: (s, args) => items(s).some((x) => x === args[0] || A.eq(x, args[0])),
    __iter__: (s) => A.getIter(s),
    __add__(s, args) {
      const o = args[0]
      if (!isMine(o)) return NotImplemented
      return make(items(s).concat(o.items))
    },
    __mul__(s, args) {
      const k = repeatCount(args[0], items(s).length)
      if (k < 0) return NotImplemented
      return make(repeat(items(s), k))
    },
    __rmul__(s, args) {
      const k = repeatCount(args[0], items(s).length)
      if (k < 0) return NotImplemented
      return make(repeat(items(s), k))
    },
    count: (s, args) => items(s).filter((x) => x === args[0] || A.eq(x, args[0])).length,
    index(s, args) {
      const it = items(s)
      let start = args.length > 1 ? Number(A.index(args[1])) : 0
      let stop = args.length > 2 ? Number(A.index(args[2])) : it.length
      if (start < 0) start = Math.max(0, start + it.length)
      if (stop < 0) stop += it.length
      for (let i = start; i < Math.min(stop, it.length); i++) if (it[i] === args[0] || A.eq(it[i], args[0])) return i
      throw valueError(t === listType ? `${A.repr(args[0])} is not in list` : 'tuple.index(x): x not in tuple')
    },
  }
  A.CMP_NAMES.forEach((n, op) => {
    m[n] = (s, args) => {
      const o = args[0]
      if (!isMine(o)) return NotImplemented
      return seqCompare(items(s), o.items, op)
    }
  })
  return m
}

// ---------------------------------------------------------------- tuple

defineMethods(tupleType, commonSeq(tupleType, 'tuple', newTuple))
defineMethods(tupleType, {
  __repr__(s) {
    const it = items(s)
    if (it.length === 0) return '()'
    return guardedRepr(s as object, () => (it.length === 1 ? `(${A.repr(it[0])},)` : `(${it.map(A.repr).join(', ')})`), '(...)')
  },
  __hash__: (s) => tupleHash(items(s).map(A.hash)),
  __getnewargs__: (s) => newTuple([newTuple(items(s).slice())]),
})
setTupleHashDescr(tupleType.attrs.get('__hash__')!)
defineNew(tupleType, (cls, args) => {
  const its = args.length ? A.toArray(args[0]) : []
  if (cls === tupleType) return its.length ? newTuple(its) : EMPTY_TUPLE
  return new PyTuple(its, cls)
})

// ---------------------------------------------------------------- list

function lst(s: Py): PyList {
  return s as PyList
}

/**
 * list.sort (Objects/listobject.c): stable, only `<` on keys, asking "new < old" as timsort
 * does; reverse=True reverses, sorts and reverses back to stay stable.
 */
export function sortList(arr: Py[], key: Py, reverse: boolean): Py[] {
  const src = reverse ? arr.slice().reverse() : arr
  const keys = key === None ? src : src.map((x) => A.call(key, [x]))
  const idx = src.map((_, i) => i)
  const lt = (a: Py, b: Py): boolean => {
    if (typeof a === 'number' && typeof b === 'number') return a < b
    if (typeof a === 'string' && typeof b === 'string') return a < b
    return A.compareBool(a, b, 0)
  }
  mergeSort(idx, (i, j) => lt(keys[i], keys[j]))
  const out = idx.map((i) => src[i])
  return reverse ? out.reverse() : out
}

function mergeSort(a: number[], less: (x: number, y: number) => boolean): void {
  if (a.length < 2) return
  const tmp = a.slice()
  const rec = (lo: number, hi: number): void => {
    if (hi - lo < 2) return
    if (hi - lo <= 8) {
      for (let i = lo + 1; i < hi; i++) {
        const v = a[i]
        let j = i - 1
        while (j >= lo && less(v, a[j])) {
          a[j + 1] = a[j]
          j--
        }
        a[j + 1] = v
      }
      return
    }
    const mid = (lo + hi) >> 1
    rec(lo, mid)
    rec(mid, hi)
    if (!less(a[mid], a[mid - 1])) return
    for (let i = lo; i < hi; i++) tmp[i] = a[i]
    let i = lo
    let j = mid
    let k = lo
    while (i < mid && j < hi) a[k++] = less(tmp[j], tmp[i]) ? tmp[j++] : tmp[i++]
    while (i < mid) a[k++] = tmp[i++]
    while (j < hi) a[k++] = tmp[j++]
  }
  rec(0, a.length)
}

defineMethods(listType, commonSeq(listType, 'list', (it) => new PyList(it)))
defineMethods(listType, {
  __repr__(s) {
    const it = items(s)
    if (it.length === 0) return '[]'
    return guardedRepr(s as object, () => `[${it.map(A.repr).join(', ')}]`, '[...]')
  },
  __setitem__(s, args) {
    const [k, v] = args
    const it = lst(s).items
    if (k instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(k, it.length)
      const vals = v === s ? it.slice() : A.toArray(v)
      if (step === 1) {
        it.splice(start, Math.max(0, stop - start), ...vals)
        return None
      }
      if (vals.length !== n) throw valueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`)
      for (let i = 0, j = start; i < n; i++, j += step) it[j] = vals[i]
      return None
    }
    const i = seqIndex(k, it.length, 'list')
    if (i < 0 || i >= it.length) throw indexError('list assignment index out of range')
    it[i] = v
    return None
  },
  __delitem__(s, args) {
    const k = args[0]
    const l = lst(s)
    if (k instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(k, l.items.length)
      if (step === 1) l.items.splice(start, Math.max(0, stop - start))
      else {
        const del = new Set<number>()
        for (let i = 0, j = start; i < n; i++, j += step) del.add(j)
        l.items = l.items.filter((_, i) => !del.has(i))
      }
      return None
    }
    const i = seqIndex(k, l.items.length, 'list')
    if (i < 0 || i >= l.items.length) throw indexError('list assignment index out of range')
    l.items.splice(i, 1)
    return None
  },
  __iadd__(s, args) {
    const v = args[0]
    const add = v === s ? lst(s).items.slice() : A.toArray(v)
    for (const x of add) lst(s).items.push(x)
    return s
  },
  __imul__(s, args) {
    const k = repeatCount(args[0], lst(s).items.length)
    if (k < 0) return NotImplemented
    lst(s).items = repeat(lst(s).items, k)
    return s
  },
  __reversed__: (s) => {
    const it = lst(s).items
    let i = it.length - 1
    return new PyReverseIter(() => (i >= 0 && i < it.length ? it[i--] : undefined))
  },
  __init__(s, args) {
    lst(s).items = args.length ? A.toArray(args[0]) : []
    return None
  },
  __hash__: None as unknown as NativeMethod,
  append(s, args) {
    if (args.length !== 1) throw typeError(`list.append() takes exactly one argument (${args.length} given)`)
    lst(s).items.push(args[0])
    return None
  },
  extend(s, args) {
    const v = args[0]
    const add = v === s ? lst(s).items.slice() : A.toArray(v)
    for (const x of add) lst(s).items.push(x)
    return None
  },
  insert(s, args) {
    const it = lst(s).items
    let i = Number(A.index(args[0]))
    if (i < 0) i = Math.max(0, i + it.length)
    it.splice(Math.min(i, it.length), 0, args[1])
    return None
  },
  pop(s, args) {
    const it = lst(s).items
    if (it.length === 0) throw indexError('pop from empty list')
    let i = args.length ? Number(A.index(args[0])) : it.length - 1
    if (i < 0) i += it.length
    if (i < 0 || i >= it.length) throw indexError('pop index out of range')
    return it.splice(i, 1)[0]
  },
  remove(s, args) {
    const it = lst(s).items
    for (let i = 0; i < it.length; i++) {
      if (it[i] === args[0] || A.eq(it[i], args[0])) {
        it.splice(i, 1)
        return None
      }
    }
    throw valueError('list.remove(x): x not in list')
  },
  clear(s) {
    lst(s).items = []
    return None
  },
  copy: (s) => new PyList(lst(s).items.slice()),
  reverse(s) {
    lst(s).items.reverse()
    return None
  },
  sort(s, args, kw) {
    if (args.length - (kw?.length ?? 0) > 0) throw typeError('sort() takes no positional arguments')
    let key: Py = None
    let reverse = false
    kw?.forEach((k, i) => {
      const v = args[i]
      if (k === 'key') key = v
      else if (k === 'reverse') reverse = A.truthy(v)
      else throw typeError(`'${k}' is an invalid keyword argument for sort()`)
    })
    const l = lst(s)
    const saved = l.items
    l.items = []
    try {
      l.items = sortList(saved, key, reverse)
    } catch (e) {
      l.items = saved
      throw e
    }
    return None
  },
})
listType.attrs.set('__hash__', None)
defineNew(listType, (cls) => new PyList([], cls))

import { PyIterBase } from './iter'
export class PyReverseIter extends PyIterBase {
  constructor(readonly step: () => Py | undefined) {
    super(listRevIterType)
  }
  nextValue(): Py | undefined {
    return this.step()
  }
}
void PyArrayIter
