// Helpers for native modules: build a module from a table of functions and values.

import { type Py } from '../objects/typeobject'
import { builtinFn, type KwNames, type NativeFn } from '../objects/descr'
import { typeError } from '../objects/exceptions'
import { PyModule } from '../objects/function'
import { newModule, registerModule } from '../vm/imports'

export function makeModule(name: string, funcs: Record<string, NativeFn>, values: Record<string, Py> = {}): PyModule {
  const m = newModule(name)
  for (const [k, f] of Object.entries(funcs)) m.dict.setStr(k, builtinFn(k, f, name))
  for (const [k, v] of Object.entries(values)) m.dict.setStr(k, v)
  return m
}

/** register a module built lazily on first import */
export function defineModule(name: string, build: () => PyModule): void {
  let m: PyModule | null = null
  registerModule(name, () => (m ??= build()))
}

/**
 * A native function's arguments by parameter name, positional then keyword (missing ones
 * undefined), with CPython's errors for too many positionals and unknown keywords.
 */
export function bindArgs(fn: string, params: readonly string[], args: Py[], kwnames: KwNames): (Py | undefined)[] {
  const nk = kwnames?.length ?? 0
  const npos = args.length - nk
  if (npos > params.length) throw typeError(`${fn}() takes at most ${params.length} arguments (${npos} given)`)
  const out: (Py | undefined)[] = params.map((_, i) => (i < npos ? args[i] : undefined))
  kwnames?.forEach((k, i) => {
    const at = params.indexOf(k)
    if (at < 0) throw typeError(`${fn}() got an unexpected keyword argument '${k}'`)
    out[at] = args[npos + i]
  })
  return out
}
