// The sys module (Python/sysmodule.c): argv, path, modules, the standard streams, exit,
// recursion limit, version information, flags, intern, exc_info/exception, _getframe.

import { type Py, None, PyType, typeType, tupleType, typeOf } from '../objects/typeobject'
import { PyDict } from '../objects/dict'
import { PyList, PyTuple, newTuple } from '../objects/tuple'
import { PyModule } from '../objects/function'
import { builtinFn, defineGetSets, defineMethods } from '../objects/descr'
import { newExc, SystemExit, valueError, typeError } from '../objects/exceptions'
import { ts } from '../vm/state'
import { sysModules, registerModule } from '../vm/imports'
import { PyStdStream, setSysDict } from './builtins'
import * as A from '../objects/abstract'
import { setIntMaxStrDigits, intMaxStrDigits } from '../objects/int'

/** a structseq type: a tuple subclass whose fields are also attributes (Objects/structseq.c) */
export function structseq(name: string, fields: string[]): PyType {
  const t = new PyType(typeType, name, [tupleType])
  t.mro = [t, ...tupleType.mro]
  t.solid = tupleType
  t.module = name.includes('.') ? name.split('.')[0] : 'builtins'
  const short = name.includes('.') ? name.split('.')[1] : name
  t.name = short
  t.qualname = short
  const getsets: Record<string, [(s: Py) => Py]> = {}
  fields.forEach((f, i) => (getsets[f] = [(s) => (s as PyTuple).items[i]]))
  defineGetSets(t, getsets)
  defineMethods(t, {
    __repr__(self) {
      const items = (self as PyTuple).items
      return `${name}(${fields.map((f, i) => `${f}=${A.repr(items[i])}`).join(', ')})`
    },
  })
  return t
}

const versionInfoType = structseq('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'])
const flagsType = structseq('sys.flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
  'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
  'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'])
const floatInfoType = structseq('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'])


export const sysDict = new PyDict()
export const sysModule = new PyModule('sys', sysDict)
setSysDict(sysDict)

export function initSys(argv: string[], path: string[]): void {
  const d = sysDict
  d.setStr('__name__', 'sys')
  d.setStr('argv', new PyList(argv))
  d.setStr('orig_argv', new PyList(['python3.12', ...argv]))
  d.setStr('path', new PyList(path))
  d.setStr('modules', sysModules())
  d.setStr('stdin', new PyStdStream('stdin', 0))
  d.setStr('stdout', new PyStdStream('stdout', 1))
  d.setStr('stderr', new PyStdStream('stderr', 2))
  d.setStr('__stdin__', d.getStr('stdin')!)
  d.setStr('__stdout__', d.getStr('stdout')!)
  d.setStr('__stderr__', d.getStr('stderr')!)
  d.setStr('version_info', new PyTuple([3, 12, 1, 'final', 0], versionInfoType))
  d.setStr('version', '3.12.1 (pyscope) [TypeScript]')
  d.setStr('hexversion', 0x030c01f0)
  d.setStr('api_version', 1013)
  d.setStr('maxsize', 2n ** 63n - 1n)
  d.setStr('maxunicode', 0x10ffff)
  d.setStr('byteorder', 'little')
  d.setStr('platform', 'linux')
  d.setStr('executable', '/usr/bin/pyscope')
  d.setStr('prefix', '/usr')
  d.setStr('base_prefix', '/usr')
  d.setStr('dont_write_bytecode', false)
  d.setStr('pycache_prefix', None)
  d.setStr('builtin_module_names', newTuple(['builtins', 'sys']))
  d.setStr('flags', new PyTuple([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, 4300], flagsType))
  d.setStr('float_info', new PyTuple([
    numF(Number.MAX_VALUE), 1024, 308, numF(2.2250738585072014e-308), -1021, -307, 15, 53, numF(Number.EPSILON), 2, 1,
  ], floatInfoType))
  const impl = new PyModule('implementation', new PyDict())
  impl.dict.setStr('name', 'pyscope')
  impl.dict.setStr('cache_tag', 'pyscope-312')
  impl.dict.setStr('version', new PyTuple([3, 12, 1, 'final', 0], versionInfoType))
  d.setStr('implementation', impl)
}

import { newFloat } from '../objects/float'
function numF(x: number): Py {
  return newFloat(x)
}

const FUNCS: [string, (a: Py[]) => Py][] = [
  ['exit', (a) => {
    const e = newExc(SystemExit)
    e.args = a.length ? [a[0]] : []
    throw e
  }],
  ['getrecursionlimit', () => ts.recursionLimit],
  ['setrecursionlimit', (a) => {
    if (typeof a[0] !== 'number') throw typeError("'" + typeOf(a[0]).name + "' object cannot be interpreted as an integer")
    if (a[0] < 1) throw valueError('recursion limit must be greater or equal than 1')
    ts.recursionLimit = a[0]
    return None
  }],
  ['intern', (a) => a[0]],
  ['exc_info', () => {
    const e = ts.handled
    return e === null ? newTuple([None, None, None]) : newTuple([e.type, e, e.traceback ?? None])
  }],
  ['exception', () => ts.handled ?? None],
  ['_getframe', (a) => {
    let f = ts.frame
    for (let i = a.length ? Number(a[0]) : 0; i > 0 && f; i--) f = f.back
    if (!f) throw valueError('call stack is not deep enough')
    return f
  }],
  ['getsizeof', () => 64],
  ['getdefaultencoding', () => 'utf-8'],
  ['getfilesystemencoding', () => 'utf-8'],
  ['get_int_max_str_digits', () => intMaxStrDigits],
  ['set_int_max_str_digits', (a) => {
    const n = Number(a[0])
    if (n !== 0 && n < 640) throw valueError('maxdigits must be 0 or larger than 640')
    setIntMaxStrDigits(n)
    return None
  }],
]
for (const [n, f] of FUNCS) sysDict.setStr(n, builtinFn(n, (a) => f(a), 'sys'))

registerModule('sys', () => sysModule)
void PyDict
