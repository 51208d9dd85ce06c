// Helpers for native modules: build a module from a table of functions and values.

import { type Py } from '../objects/typeobject'
import { builtinFn, type NativeFn } from '../objects/descr'
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
