// The math module (Modules/mathmodule.c) and time (Modules/timemodule.c), the parts
// programs use.

import { type Py, None, typeOf } from '../objects/typeobject'
import { newFloat, PyFloat } from '../objects/float'
import { valueError, typeError, overflowError } from '../objects/exceptions'
import * as A from '../objects/abstract'
import * as I from '../objects/int'
import { toFloat } from '../objects/numbers'
import { makeModule, defineModule } from './native'
import { newTuple } from '../objects/tuple'
import { ts } from '../vm/state'

function f(v: Py): number {
  if (v instanceof PyFloat) return v.value
  if (I.isInt(v)) return I.intToFloat(I.asInt(v))
  const r = A.callSpecial(v, '__float__', [])
  if (r instanceof PyFloat) return r.value
  throw typeError(`must be real number, not ${typeOf(v).name}`)
}

const domain = (): never => {
  throw valueError('math domain error')
}

function f1(fn: (x: number) => number, check?: (x: number) => boolean): (a: Py[]) => Py {
  return (a) => {
    const x = f(a[0])
    if (check && !check(x)) domain()
    const r = fn(x)
    if (Number.isNaN(r) && !Number.isNaN(x)) domain()
    if (!Number.isFinite(r) && Number.isFinite(x)) throw overflowError('math range error')
    return newFloat(r)
  }
}

function intOf(v: Py, fname: string): I.PyInt {
  if (v instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`)
  void fname
  return A.index(v)
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a
  b = b < 0n ? -b : b
  while (b) [a, b] = [b, a % b]
  return a
}

function isqrt(n: bigint): bigint {
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative')
  if (n < 2n) return n
  let x = BigInt(Math.floor(Math.sqrt(Number(n))))
  while (x * x > n) x -= 1n
  while ((x + 1n) * (x + 1n) <= n) x += 1n
  return x
}

function floorCeil(v: Py, name: '__floor__' | '__ceil__', op: (x: number) => number): Py {
  if (I.isInt(v)) return I.asInt(v)
  if (v instanceof PyFloat) return I.floatToInt(op(v.value))
  const r = A.callSpecial(v, name, [])
  if (r !== undefined) return r
  return I.floatToInt(op(f(v)))
}

defineModule('math', () => makeModule('math', {
  sqrt: f1(Math.sqrt, (x) => x >= 0 || Number.isNaN(x)),
  exp: f1(Math.exp),
  log: (a) => {
    const x = a[0]
    let lx: number
    if (typeof x === 'bigint') {
      if (x <= 0n) domain()
      const s = x.toString(2).length
      lx = Math.log(Number(x >> BigInt(Math.max(0, s - 60)))) + Math.max(0, s - 60) * Math.LN2
    } else {
      const v = f(x)
      if (v <= 0) domain()
      lx = Math.log(v)
    }
    if (a.length > 1) {
      const b = f(a[1])
      if (b <= 0 || b === 1) domain()
      return newFloat(lx / Math.log(b))
    }
    return newFloat(lx)
  },
  log2: f1(Math.log2, (x) => x > 0),
  log10: f1(Math.log10, (x) => x > 0),
  log1p: f1(Math.log1p, (x) => x > -1),
  sin: f1(Math.sin), cos: f1(Math.cos), tan: f1(Math.tan),
  asin: f1(Math.asin, (x) => x >= -1 && x <= 1), acos: f1(Math.acos, (x) => x >= -1 && x <= 1), atan: f1(Math.atan),
  sinh: f1(Math.sinh), cosh: f1(Math.cosh), tanh: f1(Math.tanh),
  atan2: (a) => newFloat(Math.atan2(f(a[0]), f(a[1]))),
  hypot: (a) => newFloat(Math.hypot(...a.map(f))),
  pow: (a) => {
    const x = f(a[0])
    const y = f(a[1])
    if (x === 0 && y < 0) domain()
    if (x < 0 && !Number.isInteger(y)) domain()
    return newFloat(x ** y)
  },
  fabs: (a) => newFloat(Math.abs(f(a[0]))),
  floor: (a) => floorCeil(a[0], '__floor__', Math.floor),
  ceil: (a) => floorCeil(a[0], '__ceil__', Math.ceil),
  trunc: (a) => (I.isInt(a[0]) ? I.asInt(a[0]) : A.callSpecial(a[0], '__trunc__', []) ?? I.floatToInt(f(a[0]))),
  factorial: (a) => {
    const n = intOf(a[0], 'factorial')
    if (n < 0) throw valueError('factorial() not defined for negative values')
    let r = 1n
    for (let i = 2n; i <= BigInt(n); i++) r *= i
    return I.norm(r)
  },
  gcd: (a) => I.norm(a.map((x) => BigInt(intOf(x, 'gcd'))).reduce(gcd2, 0n)),
  lcm: (a) => I.norm(a.map((x) => BigInt(intOf(x, 'lcm'))).reduce((p, q) => (p === 0n || q === 0n ? 0n : (p * q < 0n ? -(p * q) : p * q) / gcd2(p, q)), 1n)),
  isqrt: (a) => I.norm(isqrt(BigInt(intOf(a[0], 'isqrt')))),
  comb: (a) => {
    const n = BigInt(intOf(a[0], 'comb'))
    let k = BigInt(intOf(a[1], 'comb'))
    if (n < 0n || k < 0n) throw valueError(`${n < 0n ? 'n' : 'k'} must be a non-negative integer`)
    if (k > n) return 0
    if (k > n - k) k = n - k
    let r = 1n
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i
    return I.norm(r)
  },
  perm: (a) => {
    const n = BigInt(intOf(a[0], 'perm'))
    const k = a.length > 1 && a[1] !== None ? BigInt(intOf(a[1], 'perm')) : n
    if (k > n) return 0
    let r = 1n
    for (let i = 0n; i < k; i++) r *= n - i
    return I.norm(r)
  },
  isclose: (a, kw) => {
    let rel = 1e-9
    let abs = 0
    kw?.forEach((k, i) => {
      const v = f(a[a.length - kw.length + i])
      if (k === 'rel_tol') rel = v
      else if (k === 'abs_tol') abs = v
    })
    const x = f(a[0])
    const y = f(a[1])
    if (x === y) return true
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false
    const d = Math.abs(x - y)
    return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs
  },
  isnan: (a) => Number.isNaN(f(a[0])),
  isinf: (a) => {
    const x = f(a[0])
    return !Number.isFinite(x) && !Number.isNaN(x)
  },
  isfinite: (a) => Number.isFinite(f(a[0])),
  copysign: (a) => {
    const x = Math.abs(f(a[0]))
    const y = f(a[1])
    return newFloat(y < 0 || Object.is(y, -0) ? -x : x)
  },
  fmod: (a) => {
    const y = f(a[1])
    if (y === 0) domain()
    return newFloat(f(a[0]) % y)
  },
  modf: (a) => {
    const x = f(a[0])
    const i = Math.trunc(x)
    return newTuple([newFloat(x - i), newFloat(i)])
  },
  degrees: (a) => newFloat((f(a[0]) * 180) / Math.PI),
  radians: (a) => newFloat((f(a[0]) * Math.PI) / 180),
  fsum: (a) => {
    // Neumaier summation is enough for the usual fsum demonstrations
    let s = 0
    let c = 0
    for (const v of A.toArray(a[0])) {
      const x = f(v)
      const t = s + x
      c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s
      s = t
    }
    return newFloat(s + c)
  },
  prod: (a, kw) => {
    let acc: Py = kw?.includes('start') ? a[a.length - 1] : 1
    for (const v of A.toArray(a[0])) acc = A.binaryOp(acc, v, 5)
    return acc
  },
  dist: (a) => {
    const p = A.toArray(a[0]).map(f)
    const q = A.toArray(a[1]).map(f)
    return newFloat(Math.hypot(...p.map((x, i) => x - q[i])))
  },
}, {
  pi: newFloat(Math.PI), e: newFloat(Math.E), tau: newFloat(2 * Math.PI), inf: newFloat(Infinity), nan: newFloat(NaN),
}))


defineModule('time', () => makeModule('time', {
  time: () => newFloat(ts.host?.now() ?? Date.now() / 1000),
  perf_counter: () => newFloat(ts.host?.monotonic() ?? performance.now() / 1000),
  monotonic: () => newFloat(ts.host?.monotonic() ?? performance.now() / 1000),
  process_time: () => newFloat(performance.now() / 1000),
  time_ns: () => I.norm(BigInt(Math.round((ts.host?.now() ?? Date.now() / 1000) * 1e9))),
  perf_counter_ns: () => I.norm(BigInt(Math.round(performance.now() * 1e6))),
  sleep: (a) => {
    const until = performance.now() + toFloat(a[0]) * 1000
    while (performance.now() < until) {
      /* busy wait: the VM runs in a worker */
    }
    return None
  },
}))
