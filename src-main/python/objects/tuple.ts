// tuple and list storage (Objects/tupleobject.c, Objects/listobject.c). Their methods
// live in seqmethods.ts.

import { PyObject, type Py, tupleType, listType, PyType } from './typeobject'

export class PyTuple extends PyObject {
  declare readonly items: Py[]
  constructor(items: Py[], type: PyType = tupleType) {
    super(type)
    ;(this as { items: Py[] }).items = items
  }
}

export class PyList extends PyObject {
  declare items: Py[]
  constructor(items: Py[], type: PyType = listType) {
    super(type)
    this.items = items
  }
}

tupleType.alloc = (t) => new PyTuple([], t)
listType.alloc = (t) => new PyList([], t)

export const EMPTY_TUPLE = new PyTuple([])

export function newTuple(items: Py[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items)
}
