// The object header and the type object (Include/object.h, Objects/typeobject.c).
// Runtime values: int is a JS number when it is a safe integer, else a bigint; bool is a
// JS boolean; str is a JS string; everything else is a PyObject with a type pointer.
// This file has no runtime imports from other object files, so it can be loaded first;
// every built-in type's shell is created here and filled in by its own file.

export type Py = number | bigint | boolean | string | PyObject

export interface InstanceDict {
  getStr(key: string): Py | undefined
  setStr(key: string, value: Py): void
  delStr(key: string): boolean
}

// Fields are assigned in constructors (`declare` + assignment) rather than declared with
// initialisers: class-field definition on a base class shared by many subclasses is a
// megamorphic define in V8 and dominated the profile.
export class PyObject {
  declare type: PyType
  /** __dict__ of instances of Python classes (and of functions, modules); null when absent */
  declare dict: (PyObject & InstanceDict) | null
  /** __slots__ storage */
  declare slots: Map<string, Py> | null
  constructor(type: PyType) {
    this.type = type
    this.dict = null
    this.slots = null
  }
}

/** bumped whenever any type's dict or bases change: invalidates every lookup cache */
let typeVersion = 0

export function invalidateTypeCaches(): void {
  typeVersion++
}

export class PyType extends PyObject {
  name: string
  qualname: string
  module = 'builtins'
  bases: PyType[]
  mro: PyType[] = []
  /** tp_dict; string keys only (class bodies produce only str names) */
  attrs = new Map<string, Py>()
  /** the built-in type whose layout instances use (tp_base chain's solid base) */
  solid: PyType
  /** true for types created by class statements or type(name, bases, dict) */
  heap = false
  /** instances get a __dict__ */
  hasDict = false
  slotNames: string[] | null = null
  /** for built-in types: make an instance of `type` (a subclass of this one) */
  alloc: ((type: PyType) => PyObject) | null = null
  private cache = new Map<string, Py | undefined>()
  private cacheVersion = -1
  /** doc of built-in types */
  doc: string | null = null
  /** caches of frequently probed special methods, reset with the lookup cache */
  flags = 0

  constructor(metatype: PyType | null, name: string, bases: PyType[]) {
    super(metatype as PyType)
    this.name = name
    this.qualname = name
    this.bases = bases
    this.solid = bases.length ? bases[0].solid : this
  }

  /** _PyType_Lookup: find a name along the MRO (cached until any type changes) */
  lookup(name: string): Py | undefined {
    if (this.cacheVersion !== typeVersion) {
      this.cache.clear()
      this.cacheVersion = typeVersion
    }
    let r = this.cache.get(name)
    if (r !== undefined || this.cache.has(name)) return r
    r = undefined
    for (const t of this.mro) {
      const v = t.attrs.get(name)
      if (v !== undefined) {
        r = v
        break
      }
    }
    this.cache.set(name, r)
    return r
  }

  /** the type that defines `name` first along the MRO */
  lookupOwner(name: string): PyType | undefined {
    for (const t of this.mro) if (t.attrs.has(name)) return t
    return undefined
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true
    const mro = this.mro
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true
    return false
  }

  private plainVersion = -1
  private plainGet = false
  private plainSet = false
  /** object.__getattribute__ / object.__setattr__ are in effect (no Python-level override) */
  plainAttrs(defaultGet: Py | undefined, defaultSet: Py | undefined): number {
    if (this.plainVersion !== typeVersion) {
      this.plainGet = this.lookup('__getattribute__') === defaultGet
      this.plainSet = this.lookup('__setattr__') === defaultSet
      this.plainVersion = typeVersion
    }
    return (this.plainGet ? 1 : 0) | (this.plainSet ? 2 : 0)
  }

  setAttr(name: string, v: Py): void {
    this.attrs.set(name, v)
    typeVersion++
  }
}

function staticType(name: string, base: PyType | null, alloc: ((t: PyType) => PyObject) | null = null): PyType {
  const t = new PyType(null, name, base ? [base] : [])
  t.mro = base ? [t, ...base.mro] : [t]
  t.alloc = alloc ?? base?.alloc ?? null
  if (alloc || !base) t.solid = t
  return t
}

export const objectType = staticType('object', null, (t) => new PyObject(t))
export const typeType = staticType('type', objectType)
objectType.type = typeType
typeType.type = typeType

/** a built-in type's shell; its file fills attrs and alloc */
export function newStaticType(name: string, base: PyType = objectType, solid = true): PyType {
  const t = staticType(name, base)
  t.type = typeType
  if (solid) t.solid = t
  return t
}

export const intType = newStaticType('int')
export const boolType = newStaticType('bool', intType, false)
export const floatType = newStaticType('float')
export const complexType = newStaticType('complex')
export const strType = newStaticType('str')
export const bytesType = newStaticType('bytes')
export const bytearrayType = newStaticType('bytearray')
export const listType = newStaticType('list')
export const tupleType = newStaticType('tuple')
export const dictType = newStaticType('dict')
export const setType = newStaticType('set')
export const frozensetType = newStaticType('frozenset')
export const rangeType = newStaticType('range')
export const sliceType = newStaticType('slice')
export const noneType = newStaticType('NoneType')
export const notImplementedType = newStaticType('NotImplementedType')
export const ellipsisType = newStaticType('ellipsis')
export const functionType = newStaticType('function')
export const methodType = newStaticType('method')
export const builtinFunctionType = newStaticType('builtin_function_or_method')
export const methodDescrType = newStaticType('method_descriptor')
export const wrapperDescrType = newStaticType('wrapper_descriptor')
export const getsetDescrType = newStaticType('getset_descriptor')
export const cellType = newStaticType('cell')
export const codeType = newStaticType('code')
export const frameType = newStaticType('frame')
export const tracebackType = newStaticType('traceback')
export const generatorType = newStaticType('generator')
export const coroutineType = newStaticType('coroutine')
export const asyncGeneratorType = newStaticType('async_generator')
export const propertyType = newStaticType('property')
export const staticmethodType = newStaticType('staticmethod')
export const classmethodType = newStaticType('classmethod')
export const superType = newStaticType('super')
export const moduleType = newStaticType('module')
export const mappingproxyType = newStaticType('mappingproxy')
export const memoryviewType = newStaticType('memoryview')
export const iteratorType = newStaticType('iterator')

for (const t of [staticmethodType, classmethodType, propertyType, functionType, moduleType]) t.hasDict = true

export class PySingleton extends PyObject {
  constructor(type: PyType, readonly repr: string) {
    super(type)
  }
}

export const None = new PySingleton(noneType, 'None')
export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented')
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis')

/** Py_TYPE */
export function typeOf(v: Py): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType
    case 'string':
      return strType
    case 'boolean':
      return boolType
    default:
      return v.type
  }
}

export function isType(v: Py): v is PyType {
  return v instanceof PyType
}

export function typeName(v: Py): string {
  return typeOf(v).name
}
