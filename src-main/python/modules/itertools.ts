// itertools, functools and operator (Modules/itertoolsmodule.c, Lib/functools.py,
// Modules/_operator.c): the commonly used members, with their iterator types.

import { type Py, PyType, typeType, None, typeOf, objectType, PyObject } from '../objects/typeobject'
import { PyTuple, newTuple, PyList } from '../objects/tuple'
import { PyDict } from '../objects/dict'
import { PyJsIter, makeIterType } from '../objects/iter'
import { defineMethods, builtinFn, PyBuiltinFunction, type KwNames } from '../objects/descr'
import { typeError, valueError } from '../objects/exceptions'
import { defineNew } from '../objects/objectmethods'
import * as A from '../objects/abstract'
import * as I from '../objects/int'
import { makeModule, defineModule } from './native'
import { PyFunction } from '../objects/function'

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

// ---------------------------------------------------------------- functools

const partialType = new PyType(typeType, 'partial', [objectType])
partialType.mro = [partialType, objectType]
partialType.module = 'functools'
class PyPartial extends PyObject {
  constructor(readonly fn: Py, readonly args: Py[], readonly kw: Map<string, Py>) {
    super(partialType)
  }
}
defineNew(partialType, (_cls, args, kwnames) => {
  const [p, k] = kw(args, kwnames)
  return new PyPartial(p[0], p.slice(1), k)
})
defineMethods(partialType, {
  __call__(s, args, kwnames) {
    const p = s as PyPartial
    const [pos, k] = kw(args, kwnames)
    const merged = new Map([...p.kw, ...k])
    return A.call(p.fn, [...p.args, ...pos, ...merged.values()], merged.size ? [...merged.keys()] : null)
  },
  __repr__(s) {
    const p = s as PyPartial
    const parts = [A.repr(p.fn), ...p.args.map(A.repr), ...[...p.kw].map(([k, v]) => `${k}=${A.repr(v)}`)]
    return `functools.partial(${parts.join(', ')})`
  },
})

const cacheType = new PyType(typeType, '_lru_cache_wrapper', [objectType])
cacheType.mro = [cacheType, objectType]
cacheType.module = 'functools'
cacheType.hasDict = true
class PyCached extends PyObject {
  cache = new PyDict()
  hits = 0
  misses = 0
  constructor(readonly fn: Py, readonly maxsize: number | null) {
    super(cacheType)
  }
}
defineMethods(cacheType, {
  __call__(s, args, kwnames) {
    const c = s as PyCached
    const key = newTuple(kwnames ? [...args, ...kwnames] : args)
    const hit = c.cache.get(key)
    if (hit !== undefined) {
      c.hits++
      return hit
    }
    c.misses++
    const r = A.call(c.fn, args, kwnames)
    c.cache.set(key, r)
    if (c.maxsize !== null && c.cache.table.size > c.maxsize) {
      const first = c.cache.table.keyList()[0]
      c.cache.table.delete(first)
    }
    return r
  },
  __get__: (s, a) => (a[0] === None ? s : new PyBuiltinFunction('cached', (args, k) => A.call(s, [a[0], ...args], k), a[0])),
  cache_info(s) {
    const c = s as PyCached
    return `CacheInfo(hits=${c.hits}, misses=${c.misses}, maxsize=${c.maxsize ?? 'None'}, currsize=${c.cache.table.size})`
  },
  cache_clear(s) {
    ;(s as PyCached).cache.table.clear()
    return None
  },
})

function wrapsCopy(wrapper: Py, wrapped: Py): Py {
  for (const attr of ['__module__', '__name__', '__qualname__', '__doc__']) {
    const v = A.getAttrOrNull(wrapped, attr)
    if (v !== null) {
      try {
        A.setAttr(wrapper, attr, v)
      } catch {
        /* read-only on natives */
      }
    }
  }
  const d = A.getAttrOrNull(wrapped, '__dict__')
  const wd = A.getAttrOrNull(wrapper, '__dict__')
  if (d instanceof PyDict && wd instanceof PyDict) for (const [k, v] of d.table.entries()) wd.set(k, v)
  if (wrapper instanceof PyFunction && wd instanceof PyDict) wd.setStr('__wrapped__', wrapped)
  return wrapper
}

const cmpKeyType = new PyType(typeType, 'KeyWrapper', [objectType])
cmpKeyType.mro = [cmpKeyType, objectType]
class PyCmpKey extends PyObject {
  constructor(readonly cmp: Py, readonly obj: Py) {
    super(cmpKeyType)
  }
}
A.CMP_NAMES.forEach((n, op) => {
  defineMethods(cmpKeyType, {
    [n]: (s, a) => {
      const r = A.call((s as PyCmpKey).cmp, [(s as PyCmpKey).obj, (a[0] as PyCmpKey).obj])
      return A.richCompare(r, 0, op)
    },
  })
})

defineModule('functools', () => makeModule('functools', {
  reduce: (a) => {
    const it = A.getIter(a[1])
    let acc: Py | undefined = a.length > 2 ? a[2] : A.next(it)
    if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value')
    for (let v = A.next(it); v !== undefined; v = A.next(it)) acc = A.call(a[0], [acc, v])
    return acc
  },
  lru_cache: (a, kwnames) => {
    const [p, k] = kw(a, kwnames)
    const first = p[0]
    if (first !== undefined && first !== None && !I.isInt(first)) return wrapsCopy(new PyCached(first, 128), first)
    const max = first ?? k.get('maxsize') ?? 128
    return builtinFn('decorating_function', (b) => wrapsCopy(new PyCached(b[0], max === None ? null : Number(max)), b[0]), 'functools')
  },
  cache: (a) => wrapsCopy(new PyCached(a[0], null), a[0]),
  wraps: (a) => builtinFn('update_wrapper', (b) => wrapsCopy(b[0], a[0]), 'functools'),
  update_wrapper: (a) => wrapsCopy(a[0], a[1]),
  cmp_to_key: (a) => builtinFn('K', (b) => new PyCmpKey(a[0], b[0]), 'functools'),
  total_ordering: (a) => a[0],
}, { partial: partialType }))

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
