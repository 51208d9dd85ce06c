// Built-in callables and descriptors (Objects/methodobject.c, Objects/descrobject.c):
// builtin_function_or_method, method_descriptor, getset_descriptor, and the tables
// built-in types register their methods from.
//
// Calling convention (vectorcall-like): positional arguments first, then the values of
// keyword arguments, whose names are in kwnames (null when there are none).

import { PyObject, type Py, type PyType, builtinFunctionType, methodDescrType, getsetDescrType, wrapperDescrType } from './typeobject'

export type KwNames = readonly string[] | null
export type NativeFn = (args: Py[], kwnames: KwNames) => Py
export type NativeMethod = (self: Py, args: Py[], kwnames: KwNames) => Py

export class PyBuiltinFunction extends PyObject {
  /** module name for repr/qualname, or null */
  declare module: string | null
  declare readonly name: string
  declare readonly fn: NativeFn
  /** __self__ of bound built-in methods */
  declare readonly self: Py | null
  declare readonly qualname: string
  declare readonly doc: string | null
  constructor(name: string, fn: NativeFn, self: Py | null = null, qualname: string = name, doc: string | null = null) {
    super(builtinFunctionType)
    const f = this as { -readonly [K in keyof PyBuiltinFunction]: PyBuiltinFunction[K] }
    f.module = 'builtins'
    f.name = name
    f.fn = fn
    f.self = self
    f.qualname = qualname
    f.doc = doc
  }
}

export class PyMethodDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeMethod,
    readonly objclass: PyType,
    /** slot wrappers (__add__, __init__...) print as wrapper_descriptor */
    wrapper = false,
  ) {
    super(wrapper ? wrapperDescrType : methodDescrType)
  }
}

/** staticmethod-like and classmethod-like native entries: classmethods receive the type */
export class PyClassMethodDescr extends PyObject {
  constructor(readonly name: string, readonly fn: NativeMethod, readonly objclass: PyType) {
    super(methodDescrType)
  }
}

export class PyGetSetDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (self: Py) => Py,
    readonly set: ((self: Py, v: Py | null) => void) | null,
    readonly objclass: PyType,
  ) {
    super(getsetDescrType)
  }
}

const WRAPPERS = /^__\w+__$/

/** register methods of a built-in type from a table */
export function defineMethods(type: PyType, table: Record<string, NativeMethod>): void {
  for (const [name, fn] of Object.entries(table)) {
    type.attrs.set(name, new PyMethodDescr(name, fn, type, WRAPPERS.test(name)))
  }
}

export function defineClassMethods(type: PyType, table: Record<string, NativeMethod>): void {
  for (const [name, fn] of Object.entries(table)) type.attrs.set(name, new PyClassMethodDescr(name, fn, type))
}

export function defineGetSets(
  type: PyType,
  table: Record<string, [(self: Py) => Py, ((self: Py, v: Py | null) => void)?]>,
): void {
  for (const [name, [get, set]] of Object.entries(table)) {
    type.attrs.set(name, new PyGetSetDescr(name, get, set ?? null, type))
  }
}

export function builtinFn(name: string, fn: NativeFn, module: string | null = 'builtins'): PyBuiltinFunction {
  const f = new PyBuiltinFunction(name, fn)
  f.module = module
  return f
}
