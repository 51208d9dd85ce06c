// Built-in (native) modules and sys.modules (Python/import.c). Finding and loading
// source modules and packages is importlib's algorithm, in vm/importlib.ts.

import { type Py, None } from '../objects/typeobject'
import { PyDict } from '../objects/dict'
import { PyModule } from '../objects/function'
import { importModule as importSource } from './importlib'

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

export function newModule(name: string): PyModule {
  const d = new PyDict()
  d.setStr('__name__', name)
  d.setStr('__doc__', None)
  d.setStr('__package__', '')
  d.setStr('__loader__', None)
  d.setStr('__spec__', None)
  return new PyModule(name, d)
}

/** a built-in (native) module by name, created on first use; null when there is none */
export function builtinModule(name: string): PyModule | null {
  const f = registry.get(name)
  return f ? f() : null
}

/** __import__ and IMPORT_NAME: the algorithm is importlib's (vm/importlib.ts) */
export function importModule(name: string, globals: PyDict, fromlist: Py, level: number): Py {
  return importSource(name, globals, fromlist, level)
}
