// Methods of object and type (Objects/typeobject.c object_methods, type_methods,
// type_getsets, object_repr, object_richcompare).

import {
  type Py, PyObject, PyType, objectType, typeType, None, NotImplemented, typeOf, mappingproxyType, invalidateTypeCaches,
} from './typeobject'
import { defineMethods, defineGetSets, PyBuiltinFunction, PyGetSetDescr, type NativeMethod, type KwNames } from './descr'
import { PyStaticMethod, PyClassMethod } from './function'
import { PyDict } from './dict'
import { PyTuple, PyList, newTuple } from './tuple'
import { typeError, attributeError, keyError } from './exceptions'
import * as A from './abstract'
import { genericGetAttr, typeGetAttr, genericSetAttr, setDefaultAttrHooks, setTypeGetattribute } from './attrs'
import { setIdentityHashFns } from './hashtable'
import { setObjectNewInit, objectNewImpl, typeNew, calculateMeta, c3, typeCall } from './typecall'
import { dirOf } from './dir'
import { format } from './format'

let idCounter = 1
const ids = new WeakMap<object, number>()
/** id(): a stable number per object (addresses are not reproducible anyway) */
export function objectId(o: Py): number {
  if (typeof o !== 'object') return 0
  let v = ids.get(o)
  if (v === undefined) {
    v = 0x7f0000001000 + 16 * idCounter++
    ids.set(o, v)
  }
  return v
}

export function hexId(o: Py): string {
  return '0x' + objectId(o).toString(16).padStart(12, '0')
}

/** <module.Qualname object at 0x...> */
export function defaultRepr(o: Py): string {
  const t = typeOf(o)
  const mod = t.module
  const name = mod && mod !== 'builtins' ? `${mod}.${t.qualname}` : t.qualname
  return `<${name} object at ${hexId(o)}>`
}

/** a native function usable as __new__: staticmethod(builtin) receiving the class first */
export function defineNew(t: PyType, fn: (cls: PyType, args: Py[], kw: KwNames) => Py): void {
  const f = new PyBuiltinFunction('__new__', (args, kw) => {
    if (args.length === 0) throw typeError(`${t.name}.__new__(): not enough arguments`)
    const cls = args[0]
    if (!(cls instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${typeOf(cls).name})`)
    if (!cls.isSubtype(t)) throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`)
    return fn(cls, args.slice(1), kw)
  }, null, `${t.name}.__new__`)
  t.attrs.set('__new__', new PyStaticMethod(f))
}

const objectMethods: Record<string, NativeMethod> = {
  __init__(self, args, kw) {
    if (args.length > 0 || (kw !== null && kw.length > 0)) {
      const t = typeOf(self)
      if (t.lookup('__init__') !== objectType.attrs.get('__init__'))
        throw typeError('object.__init__() takes exactly one argument (the instance to initialize)')
      if (t.lookup('__new__') === objectType.attrs.get('__new__'))
        throw typeError(`${t.name}() takes no arguments`)
    }
    return None
  },
  __repr__: (self) => defaultRepr(self),
  __str__: (self) => A.repr(self),
  __eq__: (self, args) => (self === args[0] ? true : NotImplemented),
  __ne__(self, args) {
    const eqm = typeOf(self).lookup('__eq__')
    const r = eqm === undefined ? NotImplemented : A.callMethod(eqm, self, [args[0]])
    return r === NotImplemented ? r : !A.truthy(r)
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__: (self) => objectId(self) >> 4,
  __getattribute__(self, args) {
    const name = args[0]
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`)
    const r = self instanceof PyType ? typeGetAttr(self, name) : genericGetAttr(self, name)
    if (r === undefined) throw attributeError(`'${typeOf(self).name}' object has no attribute '${name}'`, name, self)
    return r
  },
  __setattr__(self, args) {
    genericSetAttr(self, args[0] as string, args[1])
    return None
  },
  __delattr__(self, args) {
    genericSetAttr(self, args[0] as string, null)
    return None
  },
  __dir__: (self) => new PyList(dirOf(self)),
  __format__(self, args) {
    const spec = args[0] as string
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`)
    return A.str(self)
  },
  __reduce_ex__: () => None,
  __sizeof__: () => 16,
}
defineMethods(objectType, objectMethods)
objectType.attrs.set('__init_subclass__', new PyClassMethod(new PyBuiltinFunction('__init_subclass__', (args, kw) => {
  if (kw !== null && kw.length > 0) throw typeError(`${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`)
  return None
})))
// object.__subclasshook__: abc's __subclasscheck__ asks it first; NotImplemented defers
objectType.attrs.set('__subclasshook__', new PyClassMethod(new PyBuiltinFunction('__subclasshook__', () => NotImplemented)))
objectType.attrs.set('__doc__', 'The base class of the class hierarchy.')
defineNew(objectType, (cls, args, kw) => objectNewImpl(cls, args, kw))
defineGetSets(objectType, {
  __class__: [(self) => typeOf(self), (self, v) => {
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(v!).name}' object`)
    ;(self as PyObject).type = v
  }],
})
/** the __dict__ and __weakref__ descriptors a class statement adds (subtype_getsets_full) */
export const instanceDictDescr = new PyGetSetDescr('__dict__', (self) => {
  const o = self as PyObject
  if (o.dict === null) {
    if (!typeOf(self).hasDict) throw attributeError(`'${typeOf(self).name}' object has no attribute '__dict__'`, '__dict__', self)
    o.dict = new PyDict()
  }
  return o.dict
}, (self, v) => {
  ;(self as PyObject).dict = v as PyDict
}, objectType)
export const weakrefDescr = new PyGetSetDescr('__weakref__', () => None, null, objectType)
setObjectNewInit(objectType.attrs.get('__new__')!, objectType.attrs.get('__init__')!)
setDefaultAttrHooks(objectType.attrs.get('__getattribute__')!, objectType.attrs.get('__setattr__')!)
setIdentityHashFns(objectType.attrs.get('__hash__')!, objectType.attrs.get('__eq__')!)

// ---------------------------------------------------------------- type

export class PyMappingProxy extends PyObject {
  constructor(readonly t: PyType) {
    super(mappingproxyType)
  }
}

function typeRepr(t: PyType): string {
  const mod = t.module
  if (mod && mod !== 'builtins') return `<class '${mod}.${t.qualname}'>`
  return `<class '${t.qualname}'>`
}

defineMethods(typeType, {
  __repr__: (self) => typeRepr(self as PyType),
  // type_call itself: a metaclass's __call__ reaches it through super().__call__
  __call__: (self, args, kw) => typeCall(self as PyType, args, kw),
  __getattribute__(self, args) {
    const name = args[0] as string
    const r = typeGetAttr(self as PyType, name)
    if (r === undefined) throw attributeError(`type object '${(self as PyType).name}' has no attribute '${name}'`, name, self)
    return r
  },
  __setattr__(self, args) {
    genericSetAttr(self, args[0] as string, args[1])
    return None
  },
  __delattr__(self, args) {
    genericSetAttr(self, args[0] as string, null)
    return None
  },
  mro: (self) => new PyList(c3(self as PyType, (self as PyType).bases)),
  __subclasses__: () => new PyList([]),
  __instancecheck__: (self, args) => typeOf(args[0]).isSubtype(self as PyType),
  __subclasscheck__: (self, args) => (args[0] as PyType).isSubtype(self as PyType),
  __dir__: (self) => new PyList(dirOf(self)),
  // __or__/__ror__ (int | str) are defined with types.UnionType in modules/typing.ts
})
setTypeGetattribute(typeType.attrs.get('__getattribute__')!)
typeType.attrs.set('__prepare__', new PyClassMethod(new PyBuiltinFunction('__prepare__', () => new PyDict())))
defineNew(typeType, (meta, args, kw) => {
  if (args.length === 1 && meta === typeType && (kw === null || kw.length === 0)) return typeOf(args[0])
  // keyword values ride at the end of args (class C(B, k=2) passes k to __init_subclass__)
  if (args.length - (kw?.length ?? 0) !== 3) throw typeError('type() takes 1 or 3 arguments')
  const [name, bases, ns] = args
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`)
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`)
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`)
  const winner = calculateMeta(meta, bases.items)
  if (winner !== meta && winner.lookup('__new__') !== typeType.attrs.get('__new__'))
    return A.call(winner, args, kw)
  const kwPairs: [string, Py][] = []
  if (kw) for (let i = 0; i < kw.length; i++) kwPairs.push([kw[i], args[args.length - kw.length + i]])
  return typeNew(winner, name, bases, ns, kwPairs)
})
defineMethods(typeType, { __init__: () => None })

defineGetSets(typeType, {
  __name__: [(self) => (self as PyType).name, (self, v) => {
    ;(self as PyType).name = v as string
  }],
  __qualname__: [(self) => (self as PyType).qualname, (self, v) => {
    ;(self as PyType).qualname = v as string
  }],
  __module__: [(self) => {
    const t = self as PyType
    return t.heap ? (t.attrs.get('__module__') ?? t.module) : t.module
  }, (self, v) => {
    ;(self as PyType).module = v as string
    ;(self as PyType).attrs.set('__module__', v!)
  }],
  __bases__: [(self) => newTuple((self as PyType).bases)],
  __base__: [(self) => (self as PyType).bases[0] ?? None],
  __mro__: [(self) => newTuple((self as PyType).mro)],
  __dict__: [(self) => new PyMappingProxy(self as PyType)],
  __doc__: [(self) => {
    const t = self as PyType
    const d = t.attrs.get('__doc__')
    if (d !== undefined) return d
    return t.doc ?? None
  }, (self, v) => {
    // type_set_doc: heap types only (dataclass writes its signature there)
    const t = self as PyType
    if (!t.heap) throw typeError(`cannot set '__doc__' attribute of immutable type '${t.name}'`)
    t.attrs.set('__doc__', v ?? None)
    invalidateTypeCaches()
  }],
  __abstractmethods__: [(self) => {
    const v = (self as PyType).attrs.get('__abstractmethods__')
    if (v === undefined) throw attributeError('__abstractmethods__', '__abstractmethods__', self)
    return v
  }, (self, v) => {
    ;(self as PyType).attrs.set('__abstractmethods__', v!)
    invalidateTypeCaches()
  }],
})

defineMethods(mappingproxyType, {
  __getitem__(self, args) {
    const v = (self as PyMappingProxy).t.attrs.get(args[0] as string)
    if (v === undefined) throw keyError(args[0])
    return v
  },
  __contains__: (self, args) => (self as PyMappingProxy).t.attrs.has(args[0] as string),
  __iter__: (self) => A.getIter(new PyList([...(self as PyMappingProxy).t.attrs.keys()])),
  __len__: (self) => (self as PyMappingProxy).t.attrs.size,
  keys: (self) => new PyList([...(self as PyMappingProxy).t.attrs.keys()]),
  values: (self) => new PyList([...(self as PyMappingProxy).t.attrs.values()]),
  items: (self) => new PyList([...(self as PyMappingProxy).t.attrs.entries()].map(([k, v]) => newTuple([k, v]))),
  get: (self, args) => (self as PyMappingProxy).t.attrs.get(args[0] as string) ?? args[1] ?? None,
  __repr__(self) {
    const t = (self as PyMappingProxy).t
    return `mappingproxy({${[...t.attrs.entries()].map(([k, v]) => `${A.repr(k)}: ${A.repr(v)}`).join(', ')}})`
  },
})

void format
