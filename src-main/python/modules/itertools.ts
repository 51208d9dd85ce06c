// itertools (Modules/itertoolsmodule.c): every iterator type, lazy as CPython's (groupby's
// groups and tee's copies share one pass over the input), with their reprs (count(3),
// repeat('x', 2)) and argument errors.

import { type Py, PyType, typeType, None, typeOf, objectType } from '../objects/typeobject'
import { newTuple } from '../objects/tuple'
import { PyFloat } from '../objects/float'
import { PyIterBase } from '../objects/iter'
import { defineMethods, defineClassMethods, type KwNames } from '../objects/descr'
import { typeError, valueError, stopIteration } from '../objects/exceptions'
import { defineNew } from '../objects/objectmethods'
import * as A from '../objects/abstract'
import * as I from '../objects/int'
import { makeModule, defineModule } from './native'
import { PyGenericAlias } from './typing'

/** an itertools type: its instances are JS iterator objects with a nextValue() */
function itType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType])
  t.mro = [t, objectType]
  t.module = 'itertools'
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

/** positional and keyword arguments by name, with the errors of Argument Clinic */
function parse(fn: string, params: string[], required: number, a: Py[], kw: KwNames, kwAllowed = true): (Py | undefined)[] {
  const nk = kw?.length ?? 0
  const npos = a.length - nk
  if (nk && !kwAllowed) throw typeError(`${fn}() takes no keyword arguments`)
  if (npos > params.length) {
    throw typeError(params.length === 1 ? `${fn}() takes exactly one argument (${npos} given)` : `${fn}() takes at most ${params.length} arguments (${npos} given)`)
  }
  const out: (Py | undefined)[] = params.map((_, i) => (i < npos ? a[i] : undefined))
  kw?.forEach((k, i) => {
    const at = params.indexOf(k)
    if (at < 0) throw typeError(`${fn}() got an unexpected keyword argument '${k}'`)
    if (at < npos) throw typeError(`argument for ${fn}() given by name ('${k}') and position (${at + 1})`)
    out[at] = a[npos + i]
  })
  for (let i = 0; i < required; i++)
    if (out[i] === undefined) throw typeError(`${fn}() missing required argument '${params[i]}' (pos ${i + 1})`)
  return out
}

function noKw(fn: string, kw: KwNames): void {
  if (kw !== null && kw.length) throw typeError(`${fn}() takes no keyword arguments`)
}

function exactArgs(fn: string, a: Py[], n: number): void {
  if (a.length !== n) throw typeError(`${fn} expected ${n} arguments, got ${a.length}`)
}

function toArray(o: Py): Py[] {
  return A.toArray(o)
}

/** a non-negative int argument (r, n, repeat) */
function count0(v: Py, msg: string): number {
  const n = Number(A.index(v))
  if (n < 0) throw valueError(msg)
  return n
}

/** PyNumber_Check: what count() accepts as start and step */
function isNumber(v: Py): boolean {
  if (I.isInt(v) || v instanceof PyFloat) return true
  const t = typeOf(v)
  return t.name === 'complex' || ['__index__', '__int__', '__float__'].some((n) => t.lookup(n) !== undefined)
}

// ---------------------------------------------------------------- count, cycle, repeat

const countType = itType('count')
class Count extends PyIterBase {
  constructor(public cur: Py, readonly step: Py) {
    super(countType)
  }
  nextValue(): Py {
    const v = this.cur
    this.cur = A.binaryOp(v, this.step, 0)
    return v
  }
}
defineNew(countType, (_c, a, kw) => {
  const [start, step] = parse('count', ['start', 'step'], 0, a, kw)
  const s0 = start ?? 0
  const st = step ?? 1
  if (!isNumber(s0) || !isNumber(st)) throw typeError('a number is required')
  return new Count(s0, st)
})
defineMethods(countType, {
  __repr__(s) {
    const c = s as Count
    const stepIsOne = c.step === 1 || c.step === true
    return stepIsOne ? `count(${A.repr(c.cur)})` : `count(${A.repr(c.cur)}, ${A.repr(c.step)})`
  },
})

const cycleType = itType('cycle')
class Cycle extends PyIterBase {
  saved: Py[] = []
  i = 0
  first = true
  constructor(readonly it: Py) {
    super(cycleType)
  }
  nextValue(): Py | undefined {
    if (this.first) {
      const v = A.next(this.it)
      if (v !== undefined) {
        this.saved.push(v)
        return v
      }
      this.first = false
    }
    if (!this.saved.length) return undefined
    const v = this.saved[this.i]
    this.i = (this.i + 1) % this.saved.length
    return v
  }
}
defineNew(cycleType, (_c, a, kw) => {
  noKw('cycle', kw)
  exactArgs('cycle', a, 1)
  return new Cycle(A.getIter(a[0]))
})

const repeatType = itType('repeat')
class Repeat extends PyIterBase {
  constructor(readonly obj: Py, public left: number | null) {
    super(repeatType)
  }
  nextValue(): Py | undefined {
    if (this.left === null) return this.obj
    if (this.left <= 0) return undefined
    this.left--
    return this.obj
  }
}
defineNew(repeatType, (_c, a, kw) => {
  const [obj, times] = parse('repeat', ['object', 'times'], 1, a, kw)
  return new Repeat(obj!, times === undefined ? null : Math.max(0, Number(A.index(times))))
})
defineMethods(repeatType, {
  __repr__(s) {
    const r = s as Repeat
    return r.left === null ? `repeat(${A.repr(r.obj)})` : `repeat(${A.repr(r.obj)}, ${r.left})`
  },
  __length_hint__(s) {
    const r = s as Repeat
    if (r.left === null) throw typeError("len() of unsized object")
    return r.left
  },
})

// ---------------------------------------------------------------- terminating iterators

const accumulateType = itType('accumulate')
class Accumulate extends PyIterBase {
  total: Py | undefined
  constructor(readonly it: Py, readonly fn: Py, initial: Py) {
    super(accumulateType)
    this.pendingInitial = initial === None ? undefined : initial
  }
  pendingInitial: Py | undefined
  nextValue(): Py | undefined {
    if (this.pendingInitial !== undefined) {
      this.total = this.pendingInitial
      this.pendingInitial = undefined
      return this.total
    }
    const v = A.next(this.it)
    if (v === undefined) return undefined
    if (this.total === undefined) this.total = v
    else this.total = this.fn === None ? A.binaryOp(this.total, v, 0) : A.call(this.fn, [this.total, v])
    return this.total
  }
}
defineNew(accumulateType, (_c, a, kw) => {
  const [iterable, func, initial] = parse('accumulate', ['iterable', 'func', 'initial'], 1, a, kw)
  return new Accumulate(A.getIter(iterable!), func ?? None, initial ?? None)
})

const batchedType = itType('batched')
class Batched extends PyIterBase {
  constructor(readonly it: Py | null, readonly n: number) {
    super(batchedType)
  }
  done = false
  nextValue(): Py | undefined {
    if (this.done) return undefined
    const out: Py[] = []
    while (out.length < this.n) {
      const v = A.next(this.it!)
      if (v === undefined) {
        this.done = true
        break
      }
      out.push(v)
    }
    return out.length ? newTuple(out) : undefined
  }
}
defineNew(batchedType, (_c, a, kw) => {
  const [iterable, n] = parse('batched', ['iterable', 'n'], 2, a, kw)
  const size = Number(A.index(n!))
  if (size < 1) throw valueError('n must be at least one')
  return new Batched(A.getIter(iterable!), size)
})

const chainType = itType('chain')
class Chain extends PyIterBase {
  cur: Py | null = null
  constructor(readonly sources: Py) {
    super(chainType)
  }
  nextValue(): Py | undefined {
    for (;;) {
      if (this.cur === null) {
        const src = A.next(this.sources)
        if (src === undefined) return undefined
        this.cur = A.getIter(src)
      }
      const v = A.next(this.cur)
      if (v !== undefined) return v
      this.cur = null
    }
  }
}
defineNew(chainType, (_c, a, kw) => {
  noKw('chain', kw)
  return new Chain(A.getIter(newTuple(a)))
})
defineClassMethods(chainType, {
  from_iterable: (_c, a) => new Chain(A.getIter(a[0])),
  __class_getitem__: (cls, a) => new PyGenericAlias(cls, [a[0]]),
})

const compressType = itType('compress')
class Compress extends PyIterBase {
  constructor(readonly data: Py, readonly sel: Py) {
    super(compressType)
  }
  nextValue(): Py | undefined {
    for (;;) {
      const v = A.next(this.data)
      if (v === undefined) return undefined
      const s = A.next(this.sel)
      if (s === undefined) return undefined
      if (A.truthy(s)) return v
    }
  }
}
defineNew(compressType, (_c, a, kw) => {
  const [data, selectors] = parse('compress', ['data', 'selectors'], 2, a, kw)
  return new Compress(A.getIter(data!), A.getIter(selectors!))
})

function predicateType(name: string, make: (pred: Py, it: Py) => PyIterBase): PyType {
  const t = itType(name)
  defineNew(t, (_c, a, kw) => {
    noKw(name, kw)
    exactArgs(name, a, 2)
    return make(a[0], A.getIter(a[1]))
  })
  return t
}

const dropwhileType: PyType = predicateType('dropwhile', (p, it) => new DropWhile(p, it))
class DropWhile extends PyIterBase {
  dropping = true
  constructor(readonly pred: Py, readonly it: Py) {
    super(dropwhileType)
  }
  nextValue(): Py | undefined {
    for (;;) {
      const v = A.next(this.it)
      if (v === undefined) return undefined
      if (this.dropping && A.truthy(A.call(this.pred, [v]))) continue
      this.dropping = false
      return v
    }
  }
}

const takewhileType: PyType = predicateType('takewhile', (p, it) => new TakeWhile(p, it))
class TakeWhile extends PyIterBase {
  stopped = false
  constructor(readonly pred: Py, readonly it: Py) {
    super(takewhileType)
  }
  nextValue(): Py | undefined {
    if (this.stopped) return undefined
    const v = A.next(this.it)
    if (v === undefined) return undefined
    if (A.truthy(A.call(this.pred, [v]))) return v
    this.stopped = true
    return undefined
  }
}

const filterfalseType: PyType = predicateType('filterfalse', (p, it) => new FilterFalse(p, it))
class FilterFalse extends PyIterBase {
  constructor(readonly pred: Py, readonly it: Py) {
    super(filterfalseType)
  }
  nextValue(): Py | undefined {
    for (;;) {
      const v = A.next(this.it)
      if (v === undefined) return undefined
      if (!A.truthy(this.pred === None ? v : A.call(this.pred, [v]))) return v
    }
  }
}

const starmapType: PyType = predicateType('starmap', (f, it) => new StarMap(f, it))
class StarMap extends PyIterBase {
  constructor(readonly fn: Py, readonly it: Py) {
    super(starmapType)
  }
  nextValue(): Py | undefined {
    const v = A.next(this.it)
    if (v === undefined) return undefined
    return A.call(this.fn, toArray(v))
  }
}

// groupby: the groups share the underlying iterator; moving on to the next key leaves the
// previous group empty (groupby_next / _grouper_next)
const groupbyType = itType('groupby')
const grouperType = itType('_grouper')
class GroupBy extends PyIterBase {
  tgtKey: Py | undefined
  curKey: Py | undefined
  curValue: Py | undefined
  current: Grouper | null = null
  exhausted = false
  constructor(readonly it: Py, readonly keyfn: Py) {
    super(groupbyType)
  }
  /** advance the input by one; false at its end */
  step(): boolean {
    const v = A.next(this.it)
    if (v === undefined) {
      this.exhausted = true
      return false
    }
    this.curValue = v
    this.curKey = this.keyfn === None ? v : A.call(this.keyfn, [v])
    return true
  }
  nextValue(): Py | undefined {
    this.current = null
    for (;;) {
      if (this.curKey === undefined) {
        if (this.exhausted || !this.step()) return undefined
      } else if (this.tgtKey === undefined || !A.eq(this.tgtKey, this.curKey)) break
      else if (!this.step()) return undefined
    }
    this.tgtKey = this.curKey
    const g = new Grouper(this, this.tgtKey!)
    this.current = g
    return newTuple([this.curKey!, g])
  }
}
class Grouper extends PyIterBase {
  constructor(readonly parent: GroupBy, readonly key: Py) {
    super(grouperType)
  }
  nextValue(): Py | undefined {
    const p = this.parent
    if (p.current !== this) return undefined
    if (p.curValue === undefined) {
      if (p.exhausted || !p.step()) return undefined
    }
    if (!A.eq(this.key, p.curKey!)) return undefined
    const v = p.curValue!
    p.curValue = undefined
    p.curKey = undefined
    return v
  }
}
defineNew(groupbyType, (_c, a, kw) => {
  const [iterable, key] = parse('groupby', ['iterable', 'key'], 1, a, kw)
  return new GroupBy(A.getIter(iterable!), key ?? None)
})

const isliceType = itType('islice')
class ISlice extends PyIterBase {
  next = 0
  seen = 0
  constructor(readonly it: Py | null, start: number, readonly stop: number | null, readonly step: number) {
    super(isliceType)
    this.next = start
  }
  nextValue(): Py | undefined {
    if (this.it === null) return undefined
    if (this.stop !== null && this.next >= this.stop) {
      // consume up to stop, as CPython does before giving up
      while (this.seen < this.stop) {
        if (A.next(this.it) === undefined) break
        this.seen++
      }
      return undefined
    }
    while (this.seen < this.next) {
      if (A.next(this.it) === undefined) return undefined
      this.seen++
    }
    const v = A.next(this.it)
    if (v === undefined) return undefined
    this.seen++
    this.next += this.step
    if (this.stop !== null && this.next > this.stop) this.next = this.stop
    return v
  }
}
function sliceIndex(v: Py, msg: string): number | null {
  if (v === None) return null
  if (!I.isInt(v) && typeOf(v).lookup('__index__') === undefined) throw valueError(msg)
  const n = Number(A.index(v))
  if (n < 0) throw valueError(msg)
  return n
}
defineNew(isliceType, (_c, a, kw) => {
  noKw('islice', kw)
  if (a.length < 2) throw typeError(`islice expected at least 2 arguments, got ${a.length}`)
  if (a.length > 4) throw typeError(`islice expected at most 4 arguments, got ${a.length}`)
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
  const idxMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
  let start = 0
  let stop: number | null
  let step = 1
  if (a.length === 2) stop = sliceIndex(a[1], stopMsg)
  else {
    start = sliceIndex(a[1], idxMsg) ?? 0
    stop = sliceIndex(a[2], stopMsg)
    if (a.length === 4) {
      const st = a[3] === None ? 1 : Number(A.index(a[3]))
      if (st < 1) throw valueError('Step for islice() must be a positive integer or None.')
      step = st
    }
  }
  return new ISlice(A.getIter(a[0]), start, stop, step)
})

const pairwiseType = itType('pairwise')
class Pairwise extends PyIterBase {
  prev: Py | undefined
  constructor(readonly it: Py) {
    super(pairwiseType)
  }
  nextValue(): Py | undefined {
    if (this.prev === undefined) {
      this.prev = A.next(this.it)
      if (this.prev === undefined) return undefined
    }
    const v = A.next(this.it)
    if (v === undefined) return undefined
    const r = newTuple([this.prev, v])
    this.prev = v
    return r
  }
}
defineNew(pairwiseType, (_c, a, kw) => {
  noKw('pairwise', kw)
  if (a.length !== 1) throw typeError(`pairwise expected 1 argument, got ${a.length}`)
  return new Pairwise(A.getIter(a[0]))
})

const zipLongestType = itType('zip_longest')
class ZipLongest extends PyIterBase {
  active: number
  constructor(readonly its: (Py | null)[], readonly fill: Py) {
    super(zipLongestType)
    this.active = its.length
  }
  nextValue(): Py | undefined {
    if (!this.its.length || this.active === 0) return undefined
    const out: Py[] = []
    for (let i = 0; i < this.its.length; i++) {
      const it = this.its[i]
      if (it === null) {
        out.push(this.fill)
        continue
      }
      const v = A.next(it)
      if (v === undefined) {
        this.its[i] = null
        if (--this.active === 0) return undefined
        out.push(this.fill)
      } else out.push(v)
    }
    return newTuple(out)
  }
}
defineNew(zipLongestType, (_c, a, kw) => {
  const nk = kw?.length ?? 0
  let fill: Py = None
  kw?.forEach((k, i) => {
    if (k !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument \'' + k + '\'')
    fill = a[a.length - nk + i]
  })
  return new ZipLongest(a.slice(0, a.length - nk).map(A.getIter), fill)
})

// tee: the copies read from one shared buffer; values are dropped once every copy has them
const teeType = itType('_tee')
class TeeShared {
  buffer: Py[] = []
  /** index in the input of buffer[0] */
  base = 0
  done = false
  readers: Tee[] = []
  constructor(readonly it: Py) {}
  get(at: number): Py | undefined {
    while (at - this.base >= this.buffer.length) {
      if (this.done) return undefined
      const v = A.next(this.it)
      if (v === undefined) {
        this.done = true
        return undefined
      }
      this.buffer.push(v)
    }
    return this.buffer[at - this.base]
  }
  trim(): void {
    const low = Math.min(...this.readers.map((r) => r.pos))
    if (low > this.base) {
      this.buffer.splice(0, low - this.base)
      this.base = low
    }
  }
}
class Tee extends PyIterBase {
  constructor(readonly shared: TeeShared, public pos: number) {
    super(teeType)
    shared.readers.push(this)
  }
  nextValue(): Py | undefined {
    const v = this.shared.get(this.pos)
    if (v === undefined) return undefined
    this.pos++
    if (this.pos - this.shared.base > 64) this.shared.trim()
    return v
  }
}
defineMethods(teeType, {
  __copy__: (s) => new Tee((s as Tee).shared, (s as Tee).pos),
})
function tee(a: Py[], kw: KwNames): Py {
  noKw('tee', kw)
  if (a.length < 1 || a.length > 2) throw typeError(`tee expected at most 2 arguments, got ${a.length}`)
  const n = a.length > 1 ? Number(A.index(a[1])) : 2
  if (n < 0) throw valueError('n must be >= 0')
  if (n === 0) return newTuple([])
  const src = a[0] instanceof Tee ? null : A.getIter(a[0])
  const first = a[0] instanceof Tee ? new Tee(a[0].shared, a[0].pos) : new Tee(new TeeShared(src!), 0)
  const out: Py[] = [first]
  for (let i = 1; i < n; i++) out.push(new Tee(first.shared, first.pos))
  return newTuple(out)
}

// ---------------------------------------------------------------- combinatorics

/** a combinatoric iterator over index arrays computed eagerly from the pools */
class IndexIter extends PyIterBase {
  constructor(type: PyType, readonly gen: Generator<Py[]>) {
    super(type)
  }
  nextValue(): Py | undefined {
    const r = this.gen.next()
    return r.done ? undefined : newTuple(r.value)
  }
}

function* productGen(pools: Py[][]): Generator<Py[]> {
  if (pools.some((p) => p.length === 0)) return
  const idx = pools.map(() => 0)
  for (;;) {
    yield idx.map((i, k) => pools[k][i])
    let k = pools.length - 1
    while (k >= 0 && ++idx[k] === pools[k].length) idx[k--] = 0
    if (k < 0) return
  }
}

function* permutationsGen(pool: Py[], r: number): Generator<Py[]> {
  const n = pool.length
  if (r > n) return
  const indices = pool.map((_, i) => i)
  const cycles: number[] = []
  for (let i = n; i > n - r; i--) cycles.push(i)
  yield indices.slice(0, r).map((i) => pool[i])
  if (n === 0) return
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
        yield indices.slice(0, r).map((k) => pool[k])
        break
      }
    }
    if (i < 0) return
  }
}

function* combinationsGen(pool: Py[], r: number, repl: boolean): Generator<Py[]> {
  const n = pool.length
  if (!repl && r > n) return
  if (repl && n === 0 && r > 0) return
  const idx = repl ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i)
  yield idx.map((i) => pool[i])
  for (;;) {
    let i = r - 1
    while (i >= 0 && idx[i] === (repl ? n - 1 : i + n - r)) i--
    if (i < 0) return
    idx[i]++
    for (let j = i + 1; j < r; j++) idx[j] = repl ? idx[i] : idx[j - 1] + 1
    yield idx.map((k) => pool[k])
  }
}

const productType = itType('product')
defineNew(productType, (_c, a, kw) => {
  const nk = kw?.length ?? 0
  let repeat = 1
  kw?.forEach((k, i) => {
    if (k !== 'repeat') throw typeError(`product() got an unexpected keyword argument '${k}'`)
    repeat = count0(a[a.length - nk + i], 'repeat argument cannot be negative')
  })
  const pools = a.slice(0, a.length - nk).map(toArray)
  const all: Py[][] = []
  for (let r = 0; r < repeat; r++) all.push(...pools)
  return new IndexIter(productType, productGen(all))
})

const permutationsType = itType('permutations')
defineNew(permutationsType, (_c, a, kw) => {
  const [iterable, r] = parse('permutations', ['iterable', 'r'], 1, a, kw)
  const pool = toArray(iterable!)
  const n = r === undefined || r === None ? pool.length : count0(r, 'r must be non-negative')
  return new IndexIter(permutationsType, permutationsGen(pool, n))
})

const combinationsType = itType('combinations')
defineNew(combinationsType, (_c, a, kw) => {
  const [iterable, r] = parse('combinations', ['iterable', 'r'], 2, a, kw)
  const pool = toArray(iterable!)
  return new IndexIter(combinationsType, combinationsGen(pool, count0(r!, 'r must be non-negative'), false))
})

const cwrType = itType('combinations_with_replacement')
defineNew(cwrType, (_c, a, kw) => {
  const [iterable, r] = parse('combinations_with_replacement', ['iterable', 'r'], 2, a, kw)
  const pool = toArray(iterable!)
  return new IndexIter(cwrType, combinationsGen(pool, count0(r!, 'r must be non-negative'), true))
})

defineModule('itertools', () => makeModule('itertools', { tee }, {
  accumulate: accumulateType,
  batched: batchedType,
  chain: chainType,
  combinations: combinationsType,
  combinations_with_replacement: cwrType,
  compress: compressType,
  count: countType,
  cycle: cycleType,
  dropwhile: dropwhileType,
  filterfalse: filterfalseType,
  groupby: groupbyType,
  islice: isliceType,
  pairwise: pairwiseType,
  permutations: permutationsType,
  product: productType,
  repeat: repeatType,
  starmap: starmapType,
  takewhile: takewhileType,
  zip_longest: zipLongestType,
  _grouper: grouperType,
  _tee: teeType,
}))
