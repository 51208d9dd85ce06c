// _functools (Modules/_functoolsmodule.c): reduce, partial, cmp_to_key and the lru_cache
// wrapper, the native half of functools (the rest is resources/lib/functools.py).

import { type Py, PyType, typeType, None, typeOf, objectType, PyObject } from '../objects/typeobject'
import { PyTuple, newTuple } from '../objects/tuple'
import { PyDict } from '../objects/dict'
import { defineMethods, defineGetSets, defineClassMethods, builtinFn, type KwNames } from '../objects/descr'
import { typeError } from '../objects/exceptions'
import { defineNew, instanceDictDescr } from '../objects/objectmethods'
import * as A from '../objects/abstract'
import { makeModule, defineModule, bindArgs } from './native'
import { PyMethod } from '../objects/function'
import { guardedRepr } from '../objects/seqmethods'
import { PyGenericAlias } from './typing'

function kw(args: Py[], kwnames: KwNames): [Py[], Map<string, Py>] {
  const nk = kwnames?.length ?? 0
  const m = new Map<string, Py>()
  kwnames?.forEach((k, i) => m.set(k, args[args.length - nk + i]))
  return [args.slice(0, args.length - nk), m]
}

const partialType = new PyType(typeType, 'partial', [objectType])
partialType.mro = [partialType, objectType]
partialType.module = 'functools'
partialType.hasDict = true
class PyPartial extends PyObject {
  constructor(t: PyType, public fn: Py, public args: Py[], public kw: PyDict) {
    super(t)
  }
}
partialType.alloc = (t) => new PyPartial(t, None, [], new PyDict())
defineNew(partialType, (cls, args, kwnames) => {
  const [p, k] = kw(args, kwnames)
  if (p.length === 0) throw typeError("type 'partial' takes at least one argument")
  let fn = p[0]
  let pre = p.slice(1)
  const merged = new PyDict()
  // partial(partial(f, 1), 2) flattens to partial(f, 1, 2) when the inner one is plain
  if (fn instanceof PyPartial && fn.type === partialType && (fn.dict === null || (fn.dict as PyDict).table.size === 0)) {
    pre = [...fn.args, ...pre]
    for (const [key, v] of fn.kw.table.entries()) merged.set(key, v)
    fn = fn.fn
  }
  if (typeOf(fn).lookup('__call__') === undefined) throw typeError('the first argument must be callable')
  for (const [key, v] of k) merged.setStr(key, v)
  return new PyPartial(cls, fn, pre, merged)
})
defineMethods(partialType, {
  __call__(s, args, kwnames) {
    const p = s as PyPartial
    const [pos, k] = kw(args, kwnames)
    if (p.kw.table.size === 0 && k.size === 0) return A.call(p.fn, [...p.args, ...pos])
    const names: string[] = []
    const vals: Py[] = []
    const all = new Map<string, Py>()
    for (const [key, v] of p.kw.table.entries()) all.set(key as string, v)
    for (const [key, v] of k) all.set(key, v)
    for (const [key, v] of all) {
      names.push(key)
      vals.push(v)
    }
    return A.call(p.fn, [...p.args, ...pos, ...vals], names)
  },
  __repr__(s) {
    const p = s as PyPartial
    const name = p.type === partialType ? 'functools.partial' : p.type.qualname
    return guardedRepr(p, () => {
      const parts = [A.repr(p.fn), ...p.args.map(A.repr), ...[...p.kw.table.entries()].map(([k, v]) => `${A.str(k)}=${A.repr(v)}`)]
      return `${name}(${parts.join(', ')})`
    }, '...')
  },
})
defineGetSets(partialType, {
  func: [(s) => (s as PyPartial).fn],
  args: [(s) => newTuple((s as PyPartial).args)],
  keywords: [(s) => (s as PyPartial).kw],
  __dict__: [instanceDictDescr.get, instanceDictDescr.set!],
})
defineClassMethods(partialType, { __class_getitem__: (cls, a) => new PyGenericAlias(cls, a[0] instanceof PyTuple ? a[0].items : [a[0]]) })

// _lru_cache_wrapper(user_function, maxsize, typed, CacheInfo): lru_cache_new
const cacheType = new PyType(typeType, '_lru_cache_wrapper', [objectType])
cacheType.mro = [cacheType, objectType]
cacheType.module = 'functools'
cacheType.hasDict = true
const KWD_MARK = new PyObject(objectType)
class PyCached extends PyObject {
  cache = new PyDict()
  hits = 0
  misses = 0
  constructor(readonly fn: Py, readonly maxsize: number | null, readonly typed: boolean, readonly info: Py) {
    super(cacheType)
  }
  /** _make_key: the positional values, then a marker and the keyword pairs, then the types when typed */
  key(args: Py[], kwnames: KwNames): Py {
    const nk = kwnames?.length ?? 0
    const parts = args.slice(0, args.length - nk)
    if (nk) {
      parts.push(KWD_MARK)
      kwnames!.forEach((k, i) => parts.push(k, args[args.length - nk + i]))
    }
    if (this.typed) {
      for (const v of args.slice(0, args.length - nk)) parts.push(typeOf(v))
      for (let i = 0; i < nk; i++) parts.push(typeOf(args[args.length - nk + i]))
    }
    return newTuple(parts)
  }
}
defineNew(cacheType, (_cls, a) => {
  const [fn, maxsize, typed, info] = a
  if (typeOf(fn).lookup('__call__') === undefined) throw typeError('the first argument must be callable')
  let max: number | null = null
  if (maxsize !== None) max = Math.max(0, Number(A.index(maxsize)))
  return new PyCached(fn, max, A.truthy(typed), info)
})
defineMethods(cacheType, {
  __call__(s, args, kwnames) {
    const c = s as PyCached
    if (c.maxsize === 0) {
      c.misses++
      return A.call(c.fn, args, kwnames)
    }
    const key = c.key(args, kwnames)
    const hit = c.cache.get(key)
    if (hit !== undefined) {
      c.hits++
      if (c.maxsize !== null) {
        // most recently used moves to the end
        c.cache.table.delete(key)
        c.cache.set(key, hit)
      }
      return hit
    }
    c.misses++
    const r = A.call(c.fn, args, kwnames)
    if (c.cache.get(key) !== undefined) return r
    if (c.maxsize !== null && c.cache.table.size >= c.maxsize) {
      const first = c.cache.table.keyList()[0]
      c.cache.table.delete(first)
    }
    c.cache.set(key, r)
    return r
  },
  __get__: (s, a) => (a[0] === None ? s : new PyMethod(s, a[0])),
  cache_info(s) {
    const c = s as PyCached
    return A.call(c.info, [c.hits, c.misses, c.maxsize ?? None, c.cache.table.size])
  },
  cache_clear(s) {
    const c = s as PyCached
    c.cache.table.clear()
    c.hits = c.misses = 0
    return None
  },
  __copy__: (s) => s,
  __deepcopy__: (s) => s,
})

defineGetSets(cacheType, { __dict__: [instanceDictDescr.get, instanceDictDescr.set!] })

const cmpKeyType = new PyType(typeType, 'functools.KeyWrapper', [objectType])
cmpKeyType.mro = [cmpKeyType, objectType]
class PyCmpKey extends PyObject {
  constructor(readonly cmp: Py, readonly obj: Py) {
    super(cmpKeyType)
  }
}
A.CMP_NAMES.forEach((n, op) => {
  defineMethods(cmpKeyType, {
    [n]: (s, a) => {
      if (!(a[0] instanceof PyCmpKey)) throw typeError('other argument must be K instance')
      const r = A.call((s as PyCmpKey).cmp, [(s as PyCmpKey).obj, a[0].obj])
      return A.richCompare(r, 0, op)
    },
  })
})
cmpKeyType.attrs.set('__hash__', None)
defineGetSets(cmpKeyType, { obj: [(s) => (s as PyCmpKey).obj] })

defineModule('_functools', () => makeModule('_functools', {
  reduce: (a) => {
    if (a.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${a.length}`)
    if (a.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${a.length}`)
    const it = A.getIter(a[1])
    let acc: Py | undefined = a.length > 2 ? a[2] : A.next(it)
    if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value')
    for (let v = A.next(it); v !== undefined; v = A.next(it)) acc = A.call(a[0], [acc, v])
    return acc
  },
  cmp_to_key: (a, kwnames) => {
    const [mycmp] = bindArgs('cmp_to_key', ['mycmp'], a, kwnames)
    if (mycmp === undefined) throw typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    return builtinFn('K', (b) => new PyCmpKey(mycmp, b[0]), 'functools')
  },
}, { partial: partialType, _lru_cache_wrapper: cacheType }))

