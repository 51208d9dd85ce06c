// The import system, reduced (Python/import.c PyImport_ImportModuleLevelObject): built-in
// modules from a registry, sys.modules caching, and .py files next to the main script
// compiled by our pipeline when it is available.

import { type Py, None } from '../objects/typeobject'
import { PyDict } from '../objects/dict'
import { PyModule } from '../objects/function'
import { newExc, ModuleNotFoundError } from '../objects/exceptions'
import * as A from '../objects/abstract'

export type ModuleFactory = () => PyModule
const registry = new Map<string, ModuleFactory>()
let sysModulesDict: PyDict | null = null
/** sys.modules (created on first use, after the object files are loaded) */
export function sysModules(): PyDict {
  return (sysModulesDict ??= new PyDict())
}

export function registerModule(name: string, factory: ModuleFactory): void {
  registry.set(name, factory)
}

/** hook installed by run.ts to load a source module (path search + compile + exec) */
let sourceLoader: ((name: string) => PyModule | null) | null = null
export function setSourceLoader(f: (name: string) => PyModule | null): void {
  sourceLoader = f
}

export function newModule(name: string): PyModule {
  const d = new PyDict()
  d.setStr('__name__', name)
  d.setStr('__doc__', None)
  d.setStr('__package__', '')
  d.setStr('__loader__', None)
  d.setStr('__spec__', None)
  return new PyModule(name, d)
}

function load(name: string): Py {
  const cached = sysModules().getStr(name)
  if (cached !== undefined) return cached
  const f = registry.get(name)
  let m: PyModule | null = null
  if (f) m = f()
  else if (sourceLoader) m = sourceLoader(name)
  if (m === null) {
    const e = newExc(ModuleNotFoundError, `No module named '${name}'`)
    e.set('name', name)
    throw e
  }
  sysModules().setStr(name, m)
  return m
}

export function importModule(name: string, globals: PyDict, fromlist: Py, level: number): Py {
  void globals
  if (level > 0) throw newExc(ModuleNotFoundError, 'relative imports are not supported')
  const parts = name.split('.')
  let top: Py | null = null
  let prefix = ''
  let last: Py = None
  for (const p of parts) {
    prefix = prefix ? `${prefix}.${p}` : p
    last = load(prefix)
    if (top === null) top = last
  }
  const hasFrom = fromlist !== None && A.truthy(fromlist)
  return hasFrom ? last : top!
}
