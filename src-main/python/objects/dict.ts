// dict and set storage (Objects/dictobject.c, Objects/setobject.c). Methods are in
// dictmethods.ts and setmethods.ts.

import { PyObject, type Py, dictType, setType, frozensetType, PyType, type InstanceDict } from './typeobject'
import { HashTable } from './hashtable'

export class PyDict extends PyObject implements InstanceDict {
  table: HashTable
  constructor(type: PyType = dictType, table?: HashTable) {
    super(type)
    this.table = table ?? new HashTable()
  }
  getStr(key: string): Py | undefined {
    return this.table.getStr(key)
  }
  setStr(key: string, value: Py): void {
    this.table.set(key, value)
  }
  delStr(key: string): boolean {
    return this.table.delete(key) !== undefined
  }
  get(key: Py): Py | undefined {
    return this.table.get(key)
  }
  set(key: Py, value: Py): void {
    this.table.set(key, value)
  }
}

export class PySet extends PyObject {
  table: HashTable
  constructor(type: PyType = setType, table?: HashTable) {
    super(type)
    this.table = table ?? new HashTable()
  }
  add(k: Py): void {
    this.table.set(k, true)
  }
  has(k: Py): boolean {
    return this.table.find(k) >= 0
  }
}

dictType.alloc = (t) => new PyDict(t)
setType.alloc = (t) => new PySet(t)
frozensetType.alloc = (t) => new PySet(t)

export function newDictFrom(entries: [Py, Py][]): PyDict {
  const d = new PyDict()
  for (const [k, v] of entries) d.table.set(k, v)
  return d
}

export function isFrozen(s: PySet): boolean {
  return s.type.isSubtype(frozensetType)
}
