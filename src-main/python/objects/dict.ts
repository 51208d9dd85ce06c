// dict and set storage (Objects/dictobject.c, Objects/setobject.c). Methods are in
// dictmethods.ts and setmethods.ts.

import { PyObject, type Py, dictType, setType, frozensetType, PyType, type InstanceDict } from './typeobject'
import { HashTable } from './hashtable'
import { SetSlots } from './setorder'
import { hash, eq } from './abstract'

export class PyDict extends PyObject implements InstanceDict {
  declare table: HashTable
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
  declare table: HashTable
  /** CPython's slot layout, for iteration order */
  declare order: SetSlots
  constructor(type: PyType = setType, from?: PySet) {
    super(type)
    this.table = new HashTable()
    this.order = new SetSlots()
    if (from) {
      this.table = from.table.copy()
      this.order.copyFrom(from.order)
    }
  }
  add(k: Py): void {
    const t = this.table
    if (t.find(k) >= 0) return
    t.set(k, true)
    this.order.add(k, hash(k))
  }
  has(k: Py): boolean {
    return this.table.find(k) >= 0
  }
  /** remove k; false when absent */
  discard(k: Py): boolean {
    const i = this.table.find(k)
    if (i < 0) return false
    const key = this.table.keys[i] as Py
    this.table.deleteAt(i)
    this.order.remove(key, hash(key), (a, b) => a === b || eq(a, b))
    return true
  }
  clear(): void {
    this.table.clear()
    this.order.clear()
  }
  /** elements in iteration order */
  keys(): Py[] {
    return this.order.order()
  }
  replaceWith(o: PySet): void {
    this.table = o.table
    this.order = o.order
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
