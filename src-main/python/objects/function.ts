// function, method, cell, staticmethod, classmethod, property (Objects/funcobject.c,
// Objects/classobject.c, Objects/cellobject.c, Objects/descrobject.c property).

import {
  PyObject, type Py, PyType, None, functionType, methodType, cellType, staticmethodType, classmethodType,
  propertyType, moduleType, superType,
} from './typeobject'
import type { PyCode } from './codeobj'
import type { PyDict } from './dict'
import type { PyTuple } from './tuple'

export class PyCell extends PyObject {
  declare value: Py | undefined
  constructor(value: Py | undefined = undefined) {
    super(cellType)
    this.value = value
  }
}

export class PyFunction extends PyObject {
  name: string
  qualname: string
  defaults: Py[] | null = null
  kwdefaults: PyDict | null = null
  closure: PyCell[] | null = null
  annotations: Py = None
  doc: Py = None
  module: Py = None
  typeParams: Py = None
  constructor(
    public code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
  ) {
    super(functionType)
    this.name = code.name
    this.qualname = code.qualname
  }
}

/** a bound method (PyMethodObject) */
export class PyMethod extends PyObject {
  declare readonly func: Py
  declare readonly self: Py
  constructor(func: Py, self: Py) {
    super(methodType)
    const m = this as { func: Py; self: Py }
    m.func = func
    m.self = self
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: Py, type: PyType = staticmethodType) {
    super(type)
  }
}

export class PyClassMethod extends PyObject {
  constructor(public func: Py, type: PyType = classmethodType) {
    super(type)
  }
}

export class PyProperty extends PyObject {
  constructor(
    public fget: Py,
    public fset: Py,
    public fdel: Py,
    public doc: Py,
    type: PyType = propertyType,
  ) {
    super(type)
  }
  name: Py = None
}

export class PySuper extends PyObject {
  constructor(readonly thisType: PyType, readonly obj: Py, readonly objType: PyType | null) {
    super(superType)
  }
}

export class PyModule extends PyObject {
  declare dict: PyDict
  /** made by types.ModuleType(name): its repr has no "(built-in)" */
  plain = false
  constructor(readonly name: string, dict: PyDict) {
    super(moduleType)
    this.dict = dict
  }
}

staticmethodType.alloc = (t) => new PyStaticMethod(None, t)
classmethodType.alloc = (t) => new PyClassMethod(None, t)
propertyType.alloc = (t) => new PyProperty(None, None, None, None, t)

export type { PyTuple }
