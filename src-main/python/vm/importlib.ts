// The import system for source modules and packages: the algorithm of
// Lib/importlib/_bootstrap.py (_find_and_load, _resolve_name, _calc___package__,
// _handle_fromlist) and the PathFinder/SourceFileLoader of _bootstrap_external.py,
// reduced to what a project folder needs: built-in modules first, then packages and
// .py modules on sys.path, each through the bytecode cache (cache/sourceLoader.ts).

import type { CacheEvent } from '../../../src-shared/cache'
import type { PyHost } from '../host'
import { type Py, None } from '../objects/typeobject'
import { PyDict } from '../objects/dict'
import { PyList } from '../objects/tuple'
import { PyModule } from '../objects/function'
import { EXC, PyBaseException, ImportError, ModuleNotFoundError, SystemError, TypeError, ValueError, newExc, newSyntaxError } from '../objects/exceptions'
import { PyCompileError, PySyntaxError } from '../errors'
import { pyCode } from '../objects/codeobj'
import { PyModuleSpec } from '../objects/modulespec'
import * as A from '../objects/abstract'
import { DEFAULT_CACHE_SETTINGS, loadSourceModule, pycPathFor, type CacheSettings, type CompileSource } from '../cache/sourceLoader'
import { Frame } from './frame'
import { evalFrame } from './eval'

export interface ImportHooks {
  host: PyHost
  compileSource: CompileSource
  settings: CacheSettings
  /** built-in (native) module by name, or null */
  builtin: (name: string) => PyModule | null
  sysModules: () => PyDict
  sysPath: () => string[]
  builtins: () => PyDict
  onCacheEvent?: (e: CacheEvent) => void
}

let hooks: ImportHooks | null = null
/** modules whose body is running: CPython's spec._initializing, for circular-import messages */
const initializing = new Set<string>()
export const cacheEvents: CacheEvent[] = []

export function installImportSystem(h: ImportHooks): void {
  hooks = h
  initializing.clear()
  cacheEvents.length = 0
}

function H(): ImportHooks {
  if (!hooks) throw new Error('import system not installed')
  return hooks
}

function notFound(name: string, msg = `No module named '${name}'`): PyBaseException {
  const e = newExc(ModuleNotFoundError, msg)
  e.set('name', name)
  return e
}

function strAttr(m: Py, name: string): string | null {
  const v = A.getAttrOrNull(m, name)
  return typeof v === 'string' ? v : null
}

/** importlib._bootstrap._calc___package__ */
function calcPackage(globals: PyDict): string | null {
  const pkg = globals.getStr('__package__')
  if (pkg !== undefined && pkg !== None) {
    if (typeof pkg !== 'string') throw newExc(TypeError, 'package must be a string')
    return pkg
  }
  const name = globals.getStr('__name__')
  if (typeof name !== 'string') return null
  if (globals.getStr('__path__') !== undefined) return name
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(0, dot)
}

/** importlib._bootstrap._resolve_name with the checks of _sanity_check */
export function resolveName(name: string, globals: PyDict, level: number): string {
  if (level === 0) {
    if (name === '') throw newExc(ValueError, 'Empty module name')
    return name
  }
  const pkg = calcPackage(globals)
  if (!pkg) throw newExc(ImportError, 'attempted relative import with no known parent package')
  const bits = pkg.split('.')
  if (bits.length < level) throw newExc(ImportError, 'attempted relative import beyond top-level package')
  const base = bits.slice(0, bits.length - (level - 1)).join('.')
  return name ? `${base}.${name}` : base
}

interface Found {
  origin: string | null
  /** set for packages: the __path__ entries */
  searchLocations: string[] | null
}

/** PathFinder.find_spec over `paths` with FileFinder's rules: package dir, then module.py, then namespace */
function findSpec(fullname: string, paths: string[]): Found | null {
  const host = H().host
  const tail = fullname.slice(fullname.lastIndexOf('.') + 1)
  let namespace: string[] = []
  for (const entry of paths) {
    const dir = host.resolve(host.cwd(), entry || '.')
    const pkgDir = host.resolve(dir, tail)
    const pkgStat = host.stat(pkgDir)
    if (pkgStat?.isDir) {
      const init = host.resolve(pkgDir, '__init__.py')
      if (host.stat(init) && !host.stat(init)!.isDir) return { origin: init, searchLocations: [pkgDir] }
    }
    const file = host.resolve(dir, `${tail}.py`)
    const fst = host.stat(file)
    if (fst && !fst.isDir) return { origin: file, searchLocations: null }
    if (pkgStat?.isDir) namespace = [...namespace, pkgDir]
  }
  return namespace.length ? { origin: null, searchLocations: namespace } : null
}

function newModuleFor(fullname: string, found: Found): PyModule {
  const d = new PyDict()
  d.setStr('__name__', fullname)
  d.setStr('__doc__', None)
  const isPkg = found.searchLocations !== null
  d.setStr('__package__', isPkg ? fullname : fullname.slice(0, Math.max(0, fullname.lastIndexOf('.'))))
  d.setStr('__loader__', None)
  const cached = found.origin === null ? null : pycPathFor(found.origin, H().settings, H().host.cwd())
  d.setStr('__spec__', new PyModuleSpec(fullname, found.origin, cached, found.searchLocations))
  if (isPkg) d.setStr('__path__', new PyList([...found.searchLocations!]))
  if (found.origin !== null) {
    d.setStr('__file__', found.origin)
    d.setStr('__cached__', cached!)
  }
  d.setStr('__builtins__', H().builtins())
  return new PyModule(fullname, d)
}

/** run a source module's code (through the cache) in its module's namespace */
function execSource(fullname: string, origin: string, module: PyModule): void {
  const h = H()
  initializing.add(fullname)
  try {
    let loaded: ReturnType<typeof loadSourceModule>
    try {
      loaded = loadSourceModule(h.host, fullname, origin, h.compileSource, h.settings)
    } catch (e) {
      // compiling the source failed: the import raises it as a Python exception
      if (e instanceof PySyntaxError) throw newSyntaxError(e)
      if (e instanceof PyCompileError) throw newExc(EXC[e.pyType] ?? SystemError, e.message)
      throw e
    }
    const { code, event } = loaded
    cacheEvents.push(event)
    h.onCacheEvent?.(event)
    evalFrame(new Frame(pyCode(code), module.dict, h.builtins(), module.dict, null))
  } finally {
    initializing.delete(fullname)
  }
}

/** importlib.reload: run the module's source again in the same namespace */
export function reloadModule(module: Py): Py {
  if (!(module instanceof PyModule)) throw newExc(TypeError, 'reload() argument must be a module')
  const name = strAttr(module, '__name__')
  if (name === null || H().sysModules().getStr(name) !== module) {
    const e = newExc(ImportError, `module ${name ?? '?'} not in sys.modules`)
    e.set('name', name ?? None)
    throw e
  }
  if (H().builtin(name)) return module
  const file = strAttr(module, '__file__')
  if (file === null) throw notFound(name, `spec not found for the module '${name}'`)
  execSource(name, file, module)
  return module
}

/** _find_and_load_unlocked for one dotted name whose parent is already imported */
function findAndLoad(fullname: string): Py {
  const h = H()
  const mods = h.sysModules()
  const dot = fullname.lastIndexOf('.')
  let paths = h.sysPath()
  let parentModule: Py | null = null
  if (dot >= 0 && mods.getStr(fullname.slice(0, dot)) === undefined) importDotted(fullname.slice(0, dot))
  const native = h.builtin(fullname)
  if (native) {
    mods.setStr(fullname, native)
    if (dot >= 0) A.setAttr(mods.getStr(fullname.slice(0, dot))!, fullname.slice(dot + 1), native)
    return native
  }
  if (dot >= 0) {
    const parent = fullname.slice(0, dot)
    // importing the parent may have imported this module too
    const again = mods.getStr(fullname)
    if (again !== undefined) return again
    parentModule = mods.getStr(parent)!
    const p = A.getAttrOrNull(parentModule, '__path__')
    if (p === null) throw notFound(fullname, `No module named '${fullname}'; '${parent}' is not a package`)
    paths = p instanceof PyList ? p.items.filter((x): x is string => typeof x === 'string') : []
  }
  const found = findSpec(fullname, paths)
  if (!found) throw notFound(fullname)
  const module = newModuleFor(fullname, found)
  mods.setStr(fullname, module)
  if (found.origin !== null) {
    try {
      execSource(fullname, found.origin, module)
    } catch (e) {
      // _load_unlocked: a module whose body failed is not left in sys.modules
      mods.delStr(fullname)
      throw e
    }
  }
  const loaded = mods.getStr(fullname) ?? module
  if (parentModule !== null) A.setAttr(parentModule, fullname.slice(dot + 1), loaded)
  return loaded
}

/** import a module by its absolute dotted name and return it (importlib._bootstrap._gcd_import) */
export function importDotted(fullname: string): Py {
  const cached = H().sysModules().getStr(fullname)
  if (cached !== undefined) {
    if (cached === None) throw notFound(fullname, `import of ${fullname} halted; None in sys.modules`)
    return cached
  }
  return findAndLoad(fullname)
}

/** _handle_fromlist: `from pkg import sub` imports pkg.sub when it is not an attribute */
function handleFromlist(module: Py, fromlist: Py[]): void {
  const path = A.getAttrOrNull(module, '__path__')
  if (path === null) return
  const modName = strAttr(module, '__name__') ?? ''
  for (const x of fromlist) {
    if (typeof x !== 'string') continue
    if (x === '*') {
      const all = A.getAttrOrNull(module, '__all__')
      if (all instanceof PyList) handleFromlist(module, all.items)
      continue
    }
    if (A.hasAttr(module, x)) continue
    const sub = `${modName}.${x}`
    try {
      importDotted(sub)
    } catch (e) {
      // a missing submodule is left for IMPORT_FROM to report, as importlib does
      if (e instanceof PyBaseException && e.type === ModuleNotFoundError && A.str(e.get('name') ?? None) === sub) continue
      throw e
    }
  }
}

/** __import__(name, globals, locals, fromlist, level): importlib.__import__ */
export function importModule(name: string, globals: PyDict, fromlist: Py, level: number): Py {
  const fullname = resolveName(name, globals, level)
  const module = importDotted(fullname)
  const from = fromlist === None ? [] : A.toArray(fromlist)
  if (from.length === 0) {
    if (level === 0) return importDotted(name.split('.')[0])
    if (!name) return module
    // relative import without fromlist: the top of the relative name
    const cut = name.length - name.split('.')[0].length
    return H().sysModules().getStr(fullname.slice(0, fullname.length - cut))!
  }
  handleFromlist(module, from)
  return module
}

/** IMPORT_FROM (Python/ceval.c import_from) with CPython's messages */
export function importFrom(module: Py, name: string): Py {
  const v = A.getAttrOrNull(module, name)
  if (v !== null) return v
  const pkgname = strAttr(module, '__name__')
  if (pkgname !== null) {
    const sub = H().sysModules().getStr(`${pkgname}.${name}`)
    if (sub !== undefined) return sub
  }
  const shown = pkgname ?? '<unknown module name>'
  const origin = strAttr(module, '__file__')
  let msg: string
  if (pkgname !== null && initializing.has(pkgname)) {
    msg = `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${origin ?? 'unknown location'})`
  } else {
    msg = `cannot import name '${name}' from '${shown}' (${origin ?? 'unknown location'})`
  }
  const e = newExc(ImportError, msg)
  e.set('name', shown)
  if (origin !== null) e.set('path', origin)
  throw e
}

export { DEFAULT_CACHE_SETTINGS }
