// importlib.machinery.ModuleSpec (Lib/importlib/_bootstrap.py): what the import system
// knew when it found a module — name, origin, cached, parent, search locations. Our
// loaders are not Python objects, so `loader` is None where CPython shows its
// SourceFileLoader.

import { type Py, None, PyObject, newStaticType } from './typeobject'
import { PyList } from './tuple'
import { defineGetSets, defineMethods } from './descr'
import * as A from './abstract'

export const moduleSpecType = newStaticType('ModuleSpec')
moduleSpecType.module = '_frozen_importlib'

export class PyModuleSpec extends PyObject {
  constructor(
    readonly name: string,
    readonly origin: string | null,
    readonly cached: string | null,
    readonly searchLocations: string[] | null,
  ) {
    super(moduleSpecType)
  }

  /** ModuleSpec.parent: the package a module belongs to, or itself for a package */
  get parent(): string {
    if (this.searchLocations !== null) return this.name
    const dot = this.name.lastIndexOf('.')
    return dot < 0 ? '' : this.name.slice(0, dot)
  }
}

const S = (s: Py): PyModuleSpec => s as PyModuleSpec
const opt = (v: string | null): Py => (v === null ? None : v)

defineGetSets(moduleSpecType, {
  name: [(s) => S(s).name],
  loader: [() => None],
  origin: [(s) => opt(S(s).origin)],
  cached: [(s) => opt(S(s).cached)],
  parent: [(s) => S(s).parent],
  has_location: [(s) => S(s).origin !== null],
  submodule_search_locations: [(s) => (S(s).searchLocations === null ? None : new PyList([...S(s).searchLocations!]))],
})

defineMethods(moduleSpecType, {
  // ModuleSpec.__repr__: name, loader, then origin and search locations when present
  __repr__(s) {
    const spec = S(s)
    const parts = [`name=${A.repr(spec.name)}`, 'loader=None']
    if (spec.origin !== null) parts.push(`origin=${A.repr(spec.origin)}`)
    if (spec.searchLocations !== null) parts.push(`submodule_search_locations=${A.repr(new PyList([...spec.searchLocations]))}`)
    return `ModuleSpec(${parts.join(', ')})`
  },
})
