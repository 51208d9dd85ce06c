// The algorithms of Lib/random.py (3.12) that depend only on random() and getrandbits(),
// as functions over a generator. Sequence-picking functions return indices; the VM maps
// them back to the population's items.

import { MersenneTwister } from './mersenne'
import { PySupportError } from '../../objects/support/errors'

export class PyRandom extends MersenneTwister {
  gaussNext: number | null = null

  /** Random.seed(a) for int, float (by its hash: pass hashOfFloat), str, bytes or None. */
  seed(a: number | bigint | string | Uint8Array | null, entropy?: () => Uint32Array): void {
    if (a === null) {
      const key = entropy ? entropy() : Uint32Array.from({ length: 624 }, () => (Math.random() * 2 ** 32) >>> 0)
      this.initByArray(key)
    } else if (typeof a === 'string') this.seedStr(a)
    else if (a instanceof Uint8Array) this.seedBytes(a)
    else this.seedInt(a)
    this.gaussNext = null
  }
}

const NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0)
const TWOPI = 2.0 * Math.PI
const LOG4 = Math.log(4.0)
const SG_MAGICCONST = 1.0 + Math.log(4.5)

function bitLength(n: number | bigint): number {
  if (typeof n === 'number') return n < 2 ** 31 ? 32 - Math.clz32(n) : n.toString(2).length
  return n.toString(2).length
}

/** _randbelow_with_getrandbits(n), n > 0. */
export function randbelow(g: MersenneTwister, n: number | bigint): number | bigint {
  const k = bitLength(n)
  let r = g.getrandbits(k)
  while (r >= n) r = g.getrandbits(k)
  return r
}

type Int = number | bigint
const toBig = (v: Int): bigint => (typeof v === 'bigint' ? v : BigInt(v))
const norm = (v: bigint): Int => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v)

/** randrange(start, stop=None, step=1) on ints (the caller applies _index). */
export function randrange(g: MersenneTwister, start: Int, stop: Int | null = null, step: Int | null = null): Int {
  const istart = toBig(start)
  if (stop === null) {
    if (step !== null) throw new PySupportError('TypeError', 'Missing a non-None stop argument')
    if (istart > 0n) return norm(toBig(randbelow(g, norm(istart))))
    throw new PySupportError('ValueError', 'empty range for randrange()')
  }
  const istop = toBig(stop)
  const width = istop - istart
  const istep = step === null ? 1n : toBig(step)
  if (istep === 1n) {
    if (width > 0n) return norm(istart + toBig(randbelow(g, norm(width))))
    throw new PySupportError('ValueError', `empty range in randrange(${start}, ${stop})`)
  }
  let n: bigint
  const fdiv = (a: bigint, b: bigint): bigint => {
    const q = a / b
    return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q
  }
  if (istep > 0n) n = fdiv(width + istep - 1n, istep)
  else if (istep < 0n) n = fdiv(width + istep + 1n, istep)
  else throw new PySupportError('ValueError', 'zero step for randrange()')
  if (n <= 0n) throw new PySupportError('ValueError', `empty range in randrange(${start}, ${stop}, ${step})`)
  return norm(istart + istep * toBig(randbelow(g, norm(n))))
}

export function randint(g: MersenneTwister, a: Int, b: Int): Int {
  return randrange(g, a, norm(toBig(b) + 1n))
}

/** choice(seq): the index picked in a sequence of length n. */
export function choiceIndex(g: MersenneTwister, n: number): number {
  if (!n) throw new PySupportError('IndexError', 'Cannot choose from an empty sequence')
  return Number(randbelow(g, n))
}

/** shuffle(x) in place. */
export function shuffle<T>(g: MersenneTwister, x: T[]): void {
  for (let i = x.length - 1; i >= 1; i--) {
    const j = Number(randbelow(g, i + 1))
    const t = x[i]
    x[i] = x[j]
    x[j] = t
  }
}

/** sample(population of size n, k): the indices chosen (without counts). */
export function sampleIndices(g: MersenneTwister, n: number, k: number): number[] {
  if (!(0 <= k && k <= n)) throw new PySupportError('ValueError', 'Sample larger than population or is negative')
  const result: number[] = new Array(k)
  let setsize = 21
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4))
  if (n <= setsize) {
    const pool = Array.from({ length: n }, (_, i) => i)
    for (let i = 0; i < k; i++) {
      const j = Number(randbelow(g, n - i))
      result[i] = pool[j]
      pool[j] = pool[n - i - 1]
    }
  } else {
    const selected = new Set<number>()
    for (let i = 0; i < k; i++) {
      let j = Number(randbelow(g, n))
      while (selected.has(j)) j = Number(randbelow(g, n))
      selected.add(j)
      result[i] = j
    }
  }
  return result
}

/** bisect.bisect_right(a, x, lo, hi). */
function bisectRight(a: readonly number[], x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (x < a[mid]) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** sample(population, k, counts=...): indices into the population. */
export function sampleCountsIndices(g: MersenneTwister, counts: readonly number[], n: number, k: number): number[] {
  const cum: number[] = []
  let acc = 0
  for (const c of counts) cum.push((acc += c))
  if (cum.length !== n) throw new PySupportError('ValueError', 'The number of counts does not match the population')
  const total = cum.pop()!
  if (total <= 0) throw new PySupportError('ValueError', 'Total of counts must be greater than zero')
  return sampleIndices(g, total, k).map((s) => bisectRight(cum, s))
}

/** choices(population, weights/cum_weights, k): indices; weights as floats. */
export function choicesIndices(g: MersenneTwister, n: number, k: number, weights?: readonly number[], cumWeights?: readonly number[]): number[] {
  if (!cumWeights) {
    if (!weights) {
      const nf = n + 0.0
      return Array.from({ length: k }, () => Math.floor(g.random() * nf))
    }
    const c: number[] = []
    let acc = 0
    for (const w of weights) c.push((acc += w))
    cumWeights = c
  } else if (weights) throw new PySupportError('TypeError', 'Cannot specify both weights and cumulative weights')
  if (cumWeights.length !== n) throw new PySupportError('ValueError', 'The number of weights does not match the population')
  const total = cumWeights[cumWeights.length - 1] + 0.0
  if (total <= 0.0) throw new PySupportError('ValueError', 'Total of weights must be greater than zero')
  if (!Number.isFinite(total)) throw new PySupportError('ValueError', 'Total of weights must be finite')
  const hi = n - 1
  return Array.from({ length: k }, () => bisectRight(cumWeights!, g.random() * total, 0, hi))
}

export function uniform(g: MersenneTwister, a: number, b: number): number {
  return a + (b - a) * g.random()
}

export function triangular(g: MersenneTwister, low = 0.0, high = 1.0, mode: number | null = null): number {
  let u = g.random()
  if (mode !== null && high - low === 0) return low
  let c = mode === null ? 0.5 : (mode - low) / (high - low)
  if (u > c) {
    u = 1.0 - u
    c = 1.0 - c
    ;[low, high] = [high, low]
  }
  return low + (high - low) * Math.sqrt(u * c)
}

export function normalvariate(g: MersenneTwister, mu = 0.0, sigma = 1.0): number {
  let z: number
  for (;;) {
    const u1 = g.random()
    const u2 = 1.0 - g.random()
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2
    const zz = (z * z) / 4.0
    if (zz <= -Math.log(u2)) break
  }
  return mu + z * sigma
}

export function gauss(g: PyRandom, mu = 0.0, sigma = 1.0): number {
  let z = g.gaussNext
  g.gaussNext = null
  if (z === null) {
    const x2pi = g.random() * TWOPI
    const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - g.random()))
    z = Math.cos(x2pi) * g2rad
    g.gaussNext = Math.sin(x2pi) * g2rad
  }
  return mu + z * sigma
}

export function lognormvariate(g: MersenneTwister, mu: number, sigma: number): number {
  return Math.exp(normalvariate(g, mu, sigma))
}

export function expovariate(g: MersenneTwister, lambd = 1.0): number {
  if (lambd === 0) throw new PySupportError('ZeroDivisionError', 'float division by zero')
  return -Math.log(1.0 - g.random()) / lambd
}

/** float % float for the positive modulus used by vonmisesvariate. */
function fmod2pi(x: number): number {
  let m = x % TWOPI
  if (m !== 0 && m < 0) m += TWOPI
  return m
}

export function vonmisesvariate(g: MersenneTwister, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * g.random()
  const s = 0.5 / kappa
  const r = s + Math.sqrt(1.0 + s * s)
  let z: number
  for (;;) {
    const u1 = g.random()
    z = Math.cos(Math.PI * u1)
    const d = z / (r + z)
    const u2 = g.random()
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) break
  }
  const q = 1.0 / r
  const f = (q + z) / (1.0 + q * z)
  const u3 = g.random()
  return u3 > 0.5 ? fmod2pi(mu + Math.acos(f)) : fmod2pi(mu - Math.acos(f))
}

export function gammavariate(g: MersenneTwister, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw new PySupportError('ValueError', 'gammavariate: alpha and beta must be > 0.0')
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0)
    const bbb = alpha - LOG4
    const ccc = alpha + ainv
    for (;;) {
      const u1 = g.random()
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue
      const u2 = 1.0 - g.random()
      const v = Math.log(u1 / (1.0 - u1)) / ainv
      const x = alpha * Math.exp(v)
      const z = u1 * u1 * u2
      const r = bbb + ccc * v - x
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) return x * beta
    }
  } else if (alpha === 1.0) {
    return -Math.log(1.0 - g.random()) * beta
  }
  let x: number
  for (;;) {
    const u = g.random()
    const b = (Math.E + alpha) / Math.E
    const p = b * u
    x = p <= 1.0 ? p ** (1.0 / alpha) : -Math.log((b - p) / alpha)
    const u1 = g.random()
    if (p > 1.0) {
      if (u1 <= x ** (alpha - 1.0)) break
    } else if (u1 <= Math.exp(-x)) break
  }
  return x * beta
}

export function betavariate(g: MersenneTwister, alpha: number, beta: number): number {
  const y = gammavariate(g, alpha, 1.0)
  if (y) return y / (y + gammavariate(g, beta, 1.0))
  return 0.0
}

export function paretovariate(g: MersenneTwister, alpha: number): number {
  const u = 1.0 - g.random()
  return u ** (-1.0 / alpha)
}

export function weibullvariate(g: MersenneTwister, alpha: number, beta: number): number {
  const u = 1.0 - g.random()
  return alpha * (-Math.log(u)) ** (1.0 / beta)
}

/** binomialvariate(n, p): the n*p < 10 branch (geometric skipping); BTRS needs lgamma. */
export function binomialvariate(g: MersenneTwister, n = 1, p = 0.5): number {
  if (n < 0) throw new PySupportError('ValueError', 'n must be non-negative')
  if (p <= 0.0 || p >= 1.0) {
    if (p === 0.0) return 0
    if (p === 1.0) return n
    throw new PySupportError('ValueError', 'p must be in the range 0.0 <= p <= 1.0')
  }
  if (n === 1) return g.random() < p ? 1 : 0
  if (p > 0.5) return n - binomialvariate(g, n, 1.0 - p)
  if (n * p < 10.0) {
    let x = 0
    let y = 0
    const c = Math.log2(1.0 - p)
    if (!c) return x
    for (;;) {
      y += Math.floor(Math.log2(g.random()) / c) + 1
      if (y > n) return x
      x += 1
    }
  }
  throw new PySupportError('ValueError', 'binomialvariate with n*p >= 10 is not supported yet')
}
