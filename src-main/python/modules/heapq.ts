// _heapq (Modules/_heapqmodule.c) and bisect (Modules/_bisectmodule.c): the heap
// primitives on a list and binary search on any sequence, with CPython's argument errors.
// heapq's merge/nlargest/nsmallest are Python (resources/lib/heapq.py).

import { type Py, None, typeOf, listType } from '../objects/typeobject'
import { PyList } from '../objects/tuple'
import type { KwNames, NativeFn } from '../objects/descr'
import { indexError, typeError, valueError } from '../objects/exceptions'
import * as A from '../objects/abstract'
import { makeModule, defineModule } from './native'

function lt(a: Py, b: Py): boolean {
  return A.compareBool(a, b, 0)
}

/** the list a heap function works on (heappush() argument 1 must be list, not tuple) */
function heapList(fn: string, v: Py): Py[] {
  if (!(v instanceof PyList)) throw typeError(`${fn}() argument 1 must be list, not ${typeOf(v).name}`)
  return v.items
}

function arity(fn: string, a: Py[], kw: KwNames, n: number): void {
  if (kw !== null && kw.length) throw typeError(`${fn}() takes no keyword arguments`)
  if (a.length !== n) throw typeError(`${fn} expected ${n} argument${n === 1 ? '' : 's'}, got ${a.length}`)
}

// _siftdown / _siftup of heapq.py, parameterised by the ordering (max-heaps for merge(reverse=True))
function siftdown(h: Py[], start: number, pos: number, less: (a: Py, b: Py) => boolean): void {
  const item = h[pos]
  while (pos > start) {
    const parent = (pos - 1) >> 1
    if (less(item, h[parent])) {
      h[pos] = h[parent]
      pos = parent
    } else break
  }
  h[pos] = item
}
function siftup(h: Py[], pos: number, less: (a: Py, b: Py) => boolean): void {
  const end = h.length
  const start = pos
  const item = h[pos]
  let child = 2 * pos + 1
  while (child < end) {
    const right = child + 1
    if (right < end && !less(h[child], h[right])) child = right
    h[pos] = h[child]
    pos = child
    child = 2 * pos + 1
  }
  h[pos] = item
  siftdown(h, start, pos, less)
}
const gt = (a: Py, b: Py): boolean => lt(b, a)

function heapFns(suffix: string, less: (a: Py, b: Py) => boolean): Record<string, NativeFn> {
  return {
    [`heappop${suffix}`]: (a, kw) => {
      arity(`heappop${suffix}`, a, kw, 1)
      const h = heapList(`heappop${suffix}`, a[0])
      if (!h.length) throw indexError('index out of range')
      const last = h.pop()!
      if (!h.length) return last
      const r = h[0]
      h[0] = last
      siftup(h, 0, less)
      return r
    },
    [`heapify${suffix}`]: (a, kw) => {
      arity(`heapify${suffix}`, a, kw, 1)
      const h = heapList(`heapify${suffix}`, a[0])
      for (let i = (h.length >> 1) - 1; i >= 0; i--) siftup(h, i, less)
      return None
    },
    [`heapreplace${suffix}`]: (a, kw) => {
      arity(`heapreplace${suffix}`, a, kw, 2)
      const h = heapList(`heapreplace${suffix}`, a[0])
      if (!h.length) throw indexError('index out of range')
      const r = h[0]
      h[0] = a[1]
      siftup(h, 0, less)
      return r
    },
  }
}

defineModule('_heapq', () => makeModule('_heapq', {
  heappush: (a, kw) => {
    arity('heappush', a, kw, 2)
    const h = heapList('heappush', a[0])
    h.push(a[1])
    siftdown(h, 0, h.length - 1, lt)
    return None
  },
  heappushpop: (a, kw) => {
    arity('heappushpop', a, kw, 2)
    const h = heapList('heappushpop', a[0])
    let item = a[1]
    if (h.length && lt(h[0], item)) {
      ;[item, h[0]] = [h[0], item]
      siftup(h, 0, lt)
    }
    return item
  },
  ...heapFns('', lt),
  ...heapFns('_max', gt),
}))

// ---------------------------------------------------------------- bisect

/** bisect_left/right over any sequence (items read with __getitem__), key applied to items */
function search(seq: Py, x: Py, lo: number, hi: number, right: boolean, key: Py): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    const item = A.getItem(seq, mid)
    const v = key === None ? item : A.call(key, [item])
    if (right ? lt(x, v) : lt(v, x)) {
      if (right) hi = mid
      else lo = mid + 1
    } else if (right) lo = mid + 1
    else hi = mid
  }
  return lo
}

function bisectArgs(fn: string, a: Py[], kw: KwNames): [Py, Py, number, number, Py] {
  const params = ['a', 'x', 'lo', 'hi', 'key']
  const nk = kw?.length ?? 0
  const npos = a.length - nk
  if (npos > 4) throw typeError(`${fn}() takes at most 4 positional arguments (${npos} given)`)
  const v: (Py | undefined)[] = params.map((_, i) => (i < npos ? a[i] : undefined))
  kw?.forEach((k, i) => {
    const at = params.indexOf(k)
    if (at < 0) throw typeError(`${fn}() got an unexpected keyword argument '${k}'`)
    v[at] = a[npos + i]
  })
  if (v[0] === undefined) throw typeError(`${fn}() missing required argument 'a' (pos 1)`)
  if (v[1] === undefined) throw typeError(`${fn}() missing required argument 'x' (pos 2)`)
  const lo = v[2] === undefined ? 0 : Number(A.index(v[2]))
  if (lo < 0) throw valueError('lo must be non-negative')
  const hi = v[3] === undefined || v[3] === None ? Number(A.len(v[0])) : Number(A.index(v[3]))
  return [v[0], v[1], lo, hi, v[4] ?? None]
}

defineModule('bisect', () => {
  const find = (fn: string, right: boolean): NativeFn => (a, kw) => {
    const [seq, x, lo, hi, key] = bisectArgs(fn, a, kw)
    return search(seq, x, lo, hi, right, key)
  }
  const insort = (fn: string, right: boolean): NativeFn => (a, kw) => {
    const [seq, x, lo, hi, key] = bisectArgs(fn, a, kw)
    const i = search(seq, key === None ? x : A.call(key, [x]), lo, hi, right, key)
    if (seq instanceof PyList && seq.type === listType) seq.items.splice(i, 0, x)
    else A.call(A.getAttr(seq, 'insert'), [i, x])
    return None
  }
  return makeModule('bisect', {
    bisect_left: find('bisect_left', false),
    bisect_right: find('bisect_right', true),
    bisect: find('bisect_right', true),
    insort_left: insort('insort_left', false),
    insort_right: insort('insort_right', true),
    insort: insort('insort_right', true),
  })
})
