// itertools, _functools and operator (Modules/itertoolsmodule.c, Modules/_functoolsmodule.c,
// Modules/_operator.c), with their iterator types.

import { type Py, PyType, typeType, None, typeOf, objectType, PyObject } from '../objects/typeobject'
import { PyTuple, newTuple, PyList } from '../objects/tuple'
import { PyDict } from '../objects/dict'
import { PyJsIter, makeIterType } from '../objects/iter'
import { defineMethods, defineGetSets, defineClassMethods, builtinFn, type KwNames } from '../objects/descr'
import { typeError, valueError } from '../objects/exceptions'
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

function iterType(name: string, make: (args: Py[], kw: Map<string, Py>) => Iterator<Py>): PyType {
  const t = makeIterType(name)
  t.module = 'itertools'
  defineNew(t, (cls, args, kwnames) => {
    const [p, k] = kw(args, kwnames)
    return new PyJsIter(make(p, k), cls)
  })
  return t
}

function* iterate(o: Py): Generator<Py> {
  const it = A.getIter(o)
  for (let v = A.next(it); v !== undefined; v = A.next(it)) yield v
}

function* product(pools: Py[][], repeat: number): Generator<Py> {
  const all: Py[][] = []
  for (let r = 0; r < repeat; r++) all.push(...pools)
  if (all.some((p) => p.length === 0)) return
  const idx = all.map(() => 0)
  for (;;) {
    yield newTuple(idx.map((i, k) => all[k][i]))
    let k = all.length - 1
    while (k >= 0 && ++idx[k] === all[k].length) idx[k--] = 0
    if (k < 0) return
  }
}

function* permutations(pool: Py[], r: number): Generator<Py> {
  const n = pool.length
  if (r > n) return
  const indices = pool.map((_, i) => i)
  const cycles: number[] = []
  for (let i = n; i > n - r; i--) cycles.push(i)
  yield newTuple(indices.slice(0, r).map((i) => pool[i]))
  for (;;) {
    let i = r - 1
    for (; i >= 0; i--) {
      cycles[i]--
      if (cycles[i] === 0) {
        const x = indices.splice(i, 1)[0]
        indices.push(x)
        cycles[i] = n - i
      } else {
        const j = n - cycles[i]
        ;[indices[i], indices[j]] = [indices[j], indices[i]]
        yield newTuple(indices.slice(0, r).map((k) => pool[k]))
        break
      }
    }
    if (i < 0) return
  }
}

function* combinations(pool: Py[], r: number, repl: boolean): Generator<Py> {
  const n = pool.length
  if (!repl && r > n) return
  if (repl && n === 0 && r > 0) return
  const idx = repl ? new Array(r).fill(0) : Array.from({ length: r }, (_, i) => i)
  yield newTuple(idx.map((i) => pool[i]))
  for (;;) {
    let i = r - 1
    while (i >= 0 && idx[i] === (repl ? n - 1 : i + n - r)) i--
    if (i < 0) return
    idx[i]++
    for (let j = i + 1; j < r; j++) idx[j] = repl ? idx[i] : idx[j - 1] + 1
    yield newTuple(idx.map((k) => pool[k]))
  }
}

const count = iterType('count', (a, k) => {
  let cur: Py = a[0] ?? k.get('start') ?? 0
  const step: Py = a[1] ?? k.get('step') ?? 1
  return (function* () {
    for (;;) {
      yield cur
      cur = A.binaryOp(cur, step, 0)
    }
  })()
})

const groupbyType = iterType('groupby', (a, k) => {
  const key = a[1] ?? k.get('key') ?? None
  const items = [...iterate(a[0] ?? k.get('iterable')!)]
  return (function* () {
    let i = 0
    while (i < items.length) {
      const kv = key === None ? items[i] : A.call(key, [items[i]])
      const group: Py[] = []
      while (i < items.length) {
        const k2 = key === None ? items[i] : A.call(key, [items[i]])
        if (!A.eq(k2, kv)) break
        group.push(items[i++])
      }
      yield newTuple([kv, A.getIter(new PyList(group))])
    }
  })()
})

defineModule('itertools', () => {
  const m = makeModule('itertools', {})
  const types: Record<string, PyType> = {
    count,
    groupby: groupbyType,
    cycle: iterType('cycle', (a) => (function* () {
      const saved: Py[] = []
      for (const v of iterate(a[0])) {
        saved.push(v)
        yield v
      }
      if (!saved.length) return
      for (;;) yield* saved
    })()),
    repeat: iterType('repeat', (a, k) => (function* () {
      const times = a[1] ?? k.get('times')
      if (times === undefined) for (;;) yield a[0]
      for (let i = 0; i < Number(times); i++) yield a[0]
    })()),
    chain: iterType('chain', (a) => (function* () {
      for (const x of a) yield* iterate(x)
    })()),
    islice: iterType('islice', (a) => {
      let start = 0
      let stop: number | null
      let step = 1
      if (a.length === 2) stop = a[1] === None ? null : Number(a[1])
      else {
        start = a[1] === None ? 0 : Number(a[1])
        stop = a[2] === None ? null : Number(a[2])
        step = a.length > 3 && a[3] !== None ? Number(a[3]) : 1
      }
      if (stop !== null && stop < 0) throw valueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
      return (function* () {
        let i = 0
        let next = start
        const it = A.getIter(a[0])
        for (;;) {
          if (stop !== null && next >= stop) return
          let v: Py | undefined
          while (i <= next) {
            v = A.next(it)
            if (v === undefined) return
            i++
          }
          yield v!
          next += step
        }
      })()
    }),
    accumulate: iterType('accumulate', (a, k) => (function* () {
      const fn = a[1] ?? k.get('func') ?? None
      let acc: Py | undefined = k.get('initial')
      if (acc !== undefined && acc !== None) yield acc
      else acc = undefined
      for (const v of iterate(a[0])) {
        acc = acc === undefined ? v : fn === None ? A.binaryOp(acc, v, 0) : A.call(fn, [acc, v])
        yield acc
      }
    })()),
    permutations: iterType('permutations', (a, k) => {
      const pool = [...iterate(a[0])]
      const r = a[1] ?? k.get('r') ?? None
      return permutations(pool, r === None ? pool.length : Number(r))
    }),
    combinations: iterType('combinations', (a, k) => combinations([...iterate(a[0])], Number(a[1] ?? k.get('r')), false)),
    combinations_with_replacement: iterType('combinations_with_replacement', (a, k) => combinations([...iterate(a[0])], Number(a[1] ?? k.get('r')), true)),
    product: iterType('product', (a, k) => product(a.map((x) => [...iterate(x)]), Number(k.get('repeat') ?? 1))),
    zip_longest: iterType('zip_longest', (a, k) => (function* () {
      const fill = k.get('fillvalue') ?? None
      const its = a.map(A.getIter)
      const done = its.map(() => false)
      for (;;) {
        const vals = its.map((it, i) => {
          if (done[i]) return fill
          const v = A.next(it)
          if (v === undefined) {
            done[i] = true
            return fill
          }
          return v
        })
        if (done.every((d) => d)) return
        yield newTuple(vals)
      }
    })()),
    starmap: iterType('starmap', (a) => (function* () {
      for (const v of iterate(a[1])) yield A.call(a[0], A.toArray(v))
    })()),
    takewhile: iterType('takewhile', (a) => (function* () {
      for (const v of iterate(a[1])) {
        if (!A.truthy(A.call(a[0], [v]))) return
        yield v
      }
    })()),
    dropwhile: iterType('dropwhile', (a) => (function* () {
      let dropping = true
      for (const v of iterate(a[1])) {
        if (dropping && A.truthy(A.call(a[0], [v]))) continue
        dropping = false
        yield v
      }
    })()),
    filterfalse: iterType('filterfalse', (a) => (function* () {
      for (const v of iterate(a[1])) if (!(a[0] === None ? A.truthy(v) : A.truthy(A.call(a[0], [v])))) yield v
    })()),
    pairwise: iterType('pairwise', (a) => (function* () {
      let prev: Py | undefined
      for (const v of iterate(a[0])) {
        if (prev !== undefined) yield newTuple([prev, v])
        prev = v
      }
    })()),
    compress: iterType('compress', (a) => (function* () {
      const sel = A.getIter(a[1])
      for (const v of iterate(a[0])) {
        const s = A.next(sel)
        if (s === undefined) return
        if (A.truthy(s)) yield v
      }
    })()),
  }
  for (const [n, t] of Object.entries(types)) {
    t.name = n
    t.qualname = n
    m.dict.setStr(n, t)
  }
  m.dict.setStr('tee', builtinFn('tee', (a) => {
    const items = [...iterate(a[0])]
    const n = a.length > 1 ? Number(a[1]) : 2
    return newTuple(Array.from({ length: n }, () => A.getIter(new PyList(items.slice()))))
  }, 'itertools'))
  return m
})

// ---------------------------------------------------------------- _functools

// The C half of functools (Modules/_functoolsmodule.c): reduce, partial, cmp_to_key and
// the lru_cache wrapper. The rest of functools is Python (resources/lib/functools.py).

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

// ---------------------------------------------------------------- operator

const getterType = new PyType(typeType, 'itemgetter', [objectType])
getterType.mro = [getterType, objectType]
class PyGetter extends PyObject {
  constructor(readonly keys: Py[], readonly attr: boolean) {
    super(getterType)
  }
}
defineMethods(getterType, {
  __call__(s, a) {
    const g = s as PyGetter
    const get = (k: Py): Py => (g.attr ? (k as string).split('.').reduce((o: Py, n) => A.getAttr(o, n), a[0]) : A.getItem(a[0], k))
    return g.keys.length === 1 ? get(g.keys[0]) : newTuple(g.keys.map(get))
  },
})

const BIN: [string, number][] = [['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6],
  ['or_', 7], ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12]]
defineModule('operator', () => {
  const funcs: Record<string, (a: Py[]) => Py> = {
    itemgetter: (a) => new PyGetter(a, false),
    attrgetter: (a) => new PyGetter(a, true),
    neg: (a) => A.negative(a[0]),
    pos: (a) => A.positive(a[0]),
    not_: (a) => !A.truthy(a[0]),
    truth: (a) => A.truthy(a[0]),
    getitem: (a) => A.getItem(a[0], a[1]),
    contains: (a) => A.contains(a[0], a[1]),
    index: (a) => A.index(a[0]),
    is_: (a) => a[0] === a[1],
    is_not: (a) => a[0] !== a[1],
    methodcaller: (a) => builtinFn('methodcaller', (b) => A.call(A.getAttr(b[0], a[0] as string), a.slice(1)), 'operator'),
  }
  for (const [n, op] of BIN) funcs[n] = (a) => A.binaryOp(a[0], a[1], op)
  A.CMP_NAMES.forEach((n, op) => (funcs[n.slice(2, -2)] = (a) => A.richCompare(a[0], a[1], op)))
  return makeModule('operator', funcs)
})

void PyTuple
void typeOf
