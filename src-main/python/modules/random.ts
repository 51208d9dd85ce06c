// The random module (Lib/random.py over Modules/_randommodule.c): one shared generator
// seeded as CPython seeds it, so random.seed(42); random.random() gives CPython's numbers.
// The algorithms are objects/support's port of random.py (modules/_random/random.ts);
// this file only binds them to Python values.

import { type Py, None, typeName } from '../objects/typeobject'
import { newFloat, PyFloat } from '../objects/float'
import { PyList } from '../objects/tuple'
import { PyBytes } from '../objects/misc'
import { indexError, typeError, valueError } from '../objects/exceptions'
import type { KwNames } from '../objects/descr'
import * as A from '../objects/abstract'
import * as I from '../objects/int'
import { toFloat } from '../objects/numbers'
import { supported } from '../objects/format'
import * as R from './_random/random'
import { bindArgs, makeModule, defineModule } from './native'

const gen = new R.PyRandom()
gen.seed(null)

function int(v: Py | undefined, what: string): number | bigint {
  if (v === undefined || !I.isInt(v)) throw typeError(`'${v === undefined ? 'NoneType' : typeName(v)}' object cannot be interpreted as an integer (${what})`)
  const n = I.asInt(v)
  return typeof n === 'boolean' ? Number(n) : n
}

function flt(v: Py | undefined, dflt: number): number {
  return v === undefined ? dflt : toFloat(v)
}

const f = (x: number): PyFloat => newFloat(x)

function seed(args: Py[], kwnames: KwNames): Py {
  const [a] = bindArgs('seed', ['a', 'version'], args, kwnames)
  if (a === undefined || a === None) gen.seed(null)
  else if (typeof a === 'string') gen.seed(a)
  else if (a instanceof PyBytes) gen.seed(a.data)
  else if (I.isInt(a)) gen.seed(int(a, 'seed'))
  else if (a instanceof PyFloat) gen.seed(A.hash(a))
  else throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
  return None
}

function population(v: Py | undefined, fn: string): Py[] {
  if (v === undefined) throw typeError(`${fn}() missing 1 required positional argument`)
  return A.toArray(v)
}

defineModule('random', () =>
  makeModule('random', {
    seed,
    random: () => f(gen.random()),
    getrandbits: (args) => {
      const k = Number(int(args[0], 'k'))
      if (k < 0) throw valueError('number of bits must be non-negative')
      return supported(() => gen.getrandbits(k)) as Py
    },
    randrange: (args, kw) => {
      const [start, stop, step] = bindArgs('randrange', ['start', 'stop', 'step'], args, kw)
      return supported(() =>
        R.randrange(gen, int(start, 'start'), stop === undefined || stop === None ? null : int(stop, 'stop'), step === undefined ? null : int(step, 'step')),
      ) as Py
    },
    randint: (args) => supported(() => R.randint(gen, int(args[0], 'a'), int(args[1], 'b'))) as Py,
    choice: (args) => {
      const seq = population(args[0], 'choice')
      if (seq.length === 0) throw indexError('Cannot choose from an empty sequence')
      return seq[R.choiceIndex(gen, seq.length)]
    },
    shuffle: (args) => {
      const x = args[0]
      if (!(x instanceof PyList)) throw typeError(`'${x === undefined ? 'NoneType' : typeName(x)}' object does not support item assignment`)
      R.shuffle(gen, x.items)
      return None
    },
    sample: (args, kw) => {
      const [pop, k] = bindArgs('sample', ['population', 'k', 'counts'], args, kw)
      const items = population(pop, 'sample')
      const n = Number(int(k, 'k'))
      if (n < 0 || n > items.length) throw valueError('Sample larger than population or is negative')
      return new PyList(R.sampleIndices(gen, items.length, n).map((i) => items[i]))
    },
    choices: (args, kw) => {
      const [pop, weights, cum, k] = bindArgs('choices', ['population', 'weights', 'cum_weights', 'k'], args, kw)
      const items = population(pop, 'choices')
      const w = weights === undefined || weights === None ? undefined : A.toArray(weights).map(toFloat)
      const c = cum === undefined || cum === None ? undefined : A.toArray(cum).map(toFloat)
      if (w !== undefined && c !== undefined) throw typeError('Cannot specify both weights and cumulative weights')
      const n = k === undefined ? 1 : Number(int(k, 'k'))
      return new PyList(supported(() => R.choicesIndices(gen, items.length, n, w, c)).map((i) => items[i]))
    },
    uniform: (args) => f(R.uniform(gen, toFloat(args[0]), toFloat(args[1]))),
    triangular: (args, kw) => {
      const [low, high, mode] = bindArgs('triangular', ['low', 'high', 'mode'], args, kw)
      return f(R.triangular(gen, flt(low, 0), flt(high, 1), mode === undefined || mode === None ? null : toFloat(mode)))
    },
    gauss: (args, kw) => {
      const [mu, sigma] = bindArgs('gauss', ['mu', 'sigma'], args, kw)
      return f(R.gauss(gen, flt(mu, 0), flt(sigma, 1)))
    },
    normalvariate: (args, kw) => {
      const [mu, sigma] = bindArgs('normalvariate', ['mu', 'sigma'], args, kw)
      return f(R.normalvariate(gen, flt(mu, 0), flt(sigma, 1)))
    },
    lognormvariate: (args) => f(R.lognormvariate(gen, toFloat(args[0]), toFloat(args[1]))),
    expovariate: (args, kw) => {
      const [lambd] = bindArgs('expovariate', ['lambd'], args, kw)
      return f(supported(() => R.expovariate(gen, flt(lambd, 1))))
    },
    vonmisesvariate: (args) => f(R.vonmisesvariate(gen, toFloat(args[0]), toFloat(args[1]))),
    gammavariate: (args) => f(supported(() => R.gammavariate(gen, toFloat(args[0]), toFloat(args[1])))),
    betavariate: (args) => f(supported(() => R.betavariate(gen, toFloat(args[0]), toFloat(args[1])))),
    paretovariate: (args) => f(R.paretovariate(gen, toFloat(args[0]))),
    weibullvariate: (args) => f(R.weibullvariate(gen, toFloat(args[0]), toFloat(args[1]))),
  }),
)
