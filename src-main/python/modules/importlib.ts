// importlib and importlib.util (Lib/importlib/__init__.py, util.py): the parts a
// classroom uses, over our import system (vm/importlib.ts) and pyc format (cache/pyc.ts).

import { type Py, None, typeName } from '../objects/typeobject'
import { PyDict } from '../objects/dict'
import { PyBytes } from '../objects/misc'
import { PyList } from '../objects/tuple'
import { ImportError, PyBaseException, TypeError, ValueError, newExc } from '../objects/exceptions'
import type { KwNames } from '../objects/descr'
import * as A from '../objects/abstract'
import { importDotted, reloadModule, resolveName } from '../vm/importlib'
import { CACHE_TAG, PYC_MAGIC, cacheFromSource, sourceFromCache, sourceHash } from '../cache/pyc'
import { bindArgs, defineModule, makeModule } from './native'

function str(fn: string, v: Py | undefined, what: string): string {
  if (typeof v !== 'string') throw newExc(TypeError, `${fn}() argument '${what}' must be str, not ${typeName(v ?? None)}`)
  return v
}

/** errors of cache/pyc.ts carry importlib's ValueError text */
function valueErrors<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof Error && !(e instanceof PyBaseException)) throw newExc(ValueError, e.message)
    throw e
  }
}

function importModule(args: Py[], kwnames: KwNames): Py {
  const [nameArg, pkgArg] = bindArgs('import_module', ['name', 'package'], args, kwnames)
  const name = str('import_module', nameArg, 'name')
  const pkg = pkgArg ?? None
  let level = 0
  if (name.startsWith('.')) {
    if (pkg === None) {
      throw newExc(TypeError, `the 'package' argument is required to perform a relative import for ${A.repr(name)}`)
    }
    while (name[level] === '.') level++
  }
  const g = new PyDict()
  g.setStr('__package__', pkg)
  return importDotted(resolveName(name.slice(level), g, level))
}

function isBytesLike(v: Py): v is PyBytes {
  return v instanceof PyBytes
}

defineModule('importlib', () => {
  const m = makeModule('importlib', {
    import_module: importModule,
    reload: (args) => reloadModule(args[0] ?? None),
    invalidate_caches: () => None,
  })
  m.dict.setStr('__path__', new PyList([]))
  return m
})

defineModule('importlib.util', () =>
  makeModule(
    'importlib.util',
    {
      cache_from_source: (args, kwnames) => {
        const [pathArg, , opt] = bindArgs('cache_from_source', ['path', 'debug_override', 'optimization'], args, kwnames)
        const path = str('cache_from_source', pathArg, 'path')
        return valueErrors(() =>
          cacheFromSource(path, { optimization: opt === undefined || opt === None ? '' : A.str(opt) }),
        )
      },
      source_from_cache: (args, kwnames) => {
        const [pathArg] = bindArgs('source_from_cache', ['path'], args, kwnames)
        const path = str('source_from_cache', pathArg, 'path')
        return valueErrors(() => sourceFromCache(path))
      },
      source_hash: (args, kwnames) => {
        const [bytesArg] = bindArgs('source_hash', ['source_bytes'], args, kwnames)
        const b = bytesArg ?? None
        if (!isBytesLike(b)) throw newExc(TypeError, `a bytes-like object is required, not '${typeName(b)}'`)
        return new PyBytes(sourceHash(b.data))
      },
      resolve_name: (args, kwnames) => {
        const [nameArg, pkgArg] = bindArgs('resolve_name', ['name', 'package'], args, kwnames)
        const name = str('resolve_name', nameArg, 'name')
        if (!name.startsWith('.')) return name
        const pkg = pkgArg ?? None
        if (pkg === None) throw newExc(ImportError, `no package specified for ${A.repr(name)} (required for relative module names)`)
        let level = 0
        while (name[level] === '.') level++
        const g = new PyDict()
        g.setStr('__package__', pkg)
        return resolveName(name.slice(level), g, level)
      },
    },
    { MAGIC_NUMBER: new PyBytes(PYC_MAGIC.slice()), cache_tag: CACHE_TAG },
  ),
)
