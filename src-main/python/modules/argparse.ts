// Argument parsing for native functions (Python/getargs.c PyArg_ParseTupleAndKeywords,
// Argument Clinic's messages): a signature list turns (args, kwnames) into slots.

import type { Py } from '../objects/typeobject'
import type { KwNames } from '../objects/descr'
import { typeError } from '../objects/exceptions'

/**
 * names: parameter names; a leading '$' marks keyword-only, a trailing '?' optional.
 * posOnly: how many leading parameters are positional-only.
 */
export function parseArgs(fname: string, args: Py[], kwnames: KwNames, names: string[], posOnly = 0): (Py | undefined)[] {
  const nk = kwnames?.length ?? 0
  const npos = args.length - nk
  const params = names.map((n) => ({
    name: n.replace(/^\$/, '').replace(/\?$/, ''),
    kwOnly: n.startsWith('$'),
    optional: n.endsWith('?'),
  }))
  const maxPos = params.filter((p) => !p.kwOnly).length
  const out: (Py | undefined)[] = new Array(params.length).fill(undefined)
  if (npos > maxPos) {
    const minPos = params.filter((p) => !p.kwOnly && !p.optional).length
    if (minPos === maxPos)
      throw typeError(`${fname}() takes ${maxPos === 0 ? 'no' : `exactly ${maxPos}`} ${maxPos === 0 ? 'arguments' : `argument${maxPos === 1 ? '' : 's'}`} (${npos} given)`)
    throw typeError(`${fname}() takes at most ${maxPos} argument${maxPos === 1 ? '' : 's'} (${npos} given)`)
  }
  for (let i = 0; i < npos; i++) out[i] = args[i]
  for (let k = 0; k < nk; k++) {
    const name = kwnames![k]
    const j = params.findIndex((p) => p.name === name)
    if (j < 0 || j < posOnly) throw typeError(`${fname}() got an unexpected keyword argument '${name}'`)
    if (out[j] !== undefined) throw typeError(`argument for ${fname}() given by name ('${name}') and position (${j + 1})`)
    out[j] = args[npos + k]
  }
  params.forEach((p, i) => {
    if (out[i] === undefined && !p.optional) {
      if (p.kwOnly) throw typeError(`${fname}() missing required keyword-only argument: '${p.name}'`)
      throw typeError(`${fname}() missing required argument '${p.name}' (pos ${i + 1})`)
    }
  })
  return out
}

export function noKw(fname: string, kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`)
}

export function arity(fname: string, args: Py[], min: number, max: number): void {
  const n = args.length
  if (n >= min && n <= max) return
  if (min === max) {
    if (min === 1) throw typeError(`${fname}() takes exactly one argument (${n} given)`)
    throw typeError(`${fname} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`)
  }
  if (n < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`)
  throw typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`)
}
