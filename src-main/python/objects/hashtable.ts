// The insertion-ordered hash table behind dict and set (Objects/dictobject.c's compact
// layout: an index plus dense entry arrays). Keys whose equality is value-equality of a
// JS primitive (str, int, float, bool, None, identity-hashed objects) go through a JS Map;
// other keys (tuples, frozensets, objects defining __hash__/__eq__) are found by their
// Python hash and compared with ==.

import { type Py, None, PyObject } from './typeobject'
import { PyFloat } from './float'
import { hash, eq } from './abstract'
import type { HashValue } from './hashes'
import { PyIntSub, PyStrSub } from './boxed'

const HOLE = undefined

export function fastKey(k: Py): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k
    case 'boolean':
      return k ? 1 : 0
  }
  if (k instanceof PyFloat) {
    const v = k.value
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : BigInt(v)
    return v
  }
  if (k === None) return k
  if (identityHashed(k)) return k
  // an int or str subclass instance hashing and comparing as its value is that value's key
  if (k instanceof PyIntSub || k instanceof PyStrSub) {
    const base = k.type.solid
    if (k.type.lookup('__hash__') === base.attrs.get('__hash__') && k.type.lookup('__eq__') === base.attrs.get('__eq__')) return k.value
  }
  return undefined
}

var objectHashFn: Py | undefined
var objectEqFn: Py | undefined
export function setIdentityHashFns(h: Py, e: Py): void {
  objectHashFn = h
  objectEqFn = e
}

function identityHashed(k: PyObject): boolean {
  const t = k.type
  if (t.flags & 1) return true
  if (t.flags & 2) return false
  const r = t.lookup('__hash__') === objectHashFn && t.lookup('__eq__') === objectEqFn
  if (!t.heap) t.flags |= r ? 1 : 2
  return r
}

export class HashTable {
  keys: (Py | undefined)[] = []
  values: Py[] = []
  fast = new Map<unknown, number>()
  slow: Map<HashValue, number[]> | null = null
  size = 0
  /** bumped on insertion of a new key or deletion: iterators check it */
  version = 0

  find(k: Py): number {
    const fk = fastKey(k)
    if (fk !== undefined) {
      const i = this.fast.get(fk)
      if (i !== undefined) return i
      if (this.slow === null) return -1
      // a fast key may equal a slow key only through user __eq__; look there too
      return this.findSlow(k, hash(k))
    }
    if (this.slow === null) {
      hash(k)
      return -1
    }
    return this.findSlow(k, hash(k))
  }

  private findSlow(k: Py, h: HashValue): number {
    const chain = this.slow!.get(h)
    if (!chain) return -1
    for (const i of chain) {
      const kk = this.keys[i]
      if (kk === k) return i
      if (kk !== HOLE && eq(kk, k)) return i
    }
    return -1
  }

  get(k: Py): Py | undefined {
    const i = this.find(k)
    return i < 0 ? undefined : this.values[i]
  }

  getStr(k: string): Py | undefined {
    const i = this.fast.get(k)
    return i === undefined ? undefined : this.values[i]
  }

  set(k: Py, v: Py): void {
    const fk = fastKey(k)
    if (fk !== undefined && this.slow === null) {
      const i = this.fast.get(fk)
      if (i !== undefined) {
        this.values[i] = v
        return
      }
      this.fast.set(fk, this.keys.length)
      this.push(k, v)
      return
    }
    const i = this.find(k)
    if (i >= 0) {
      this.values[i] = v
      return
    }
    if (fk !== undefined) this.fast.set(fk, this.keys.length)
    else {
      this.slow ??= new Map()
      const h = hash(k)
      const chain = this.slow.get(h)
      if (chain) chain.push(this.keys.length)
      else this.slow.set(h, [this.keys.length])
    }
    this.push(k, v)
  }

  private push(k: Py, v: Py): void {
    this.keys.push(k)
    this.values.push(v)
    this.size++
    this.version++
  }

  /** returns the removed value or undefined */
  delete(k: Py): Py | undefined {
    const i = this.find(k)
    if (i < 0) return undefined
    return this.deleteAt(i)
  }

  deleteAt(i: number): Py {
    const k = this.keys[i] as Py
    const v = this.values[i]
    const fk = fastKey(k)
    if (fk !== undefined) this.fast.delete(fk)
    else {
      const chain = this.slow!.get(hash(k))!
      chain.splice(chain.indexOf(i), 1)
    }
    this.keys[i] = HOLE
    this.values[i] = None
    this.size--
    this.version++
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact()
    return v
  }

  private compact(): void {
    const keys = this.keys
    const values = this.values
    this.clear()
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]
      if (k !== HOLE) this.set(k, values[i])
    }
  }

  clear(): void {
    this.keys = []
    this.values = []
    this.fast = new Map()
    this.slow = null
    this.size = 0
    this.version++
  }

  /** last live entry index, or -1 */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== HOLE) return i
    return -1
  }

  *entries(): Generator<[Py, Py]> {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i]
      if (k !== HOLE) yield [k, this.values[i]]
    }
  }

  keyList(): Py[] {
    const out: Py[] = []
    for (const k of this.keys) if (k !== HOLE) out.push(k)
    return out
  }

  valueList(): Py[] {
    const out: Py[] = []
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== HOLE) out.push(this.values[i])
    return out
  }

  copy(): HashTable {
    const t = new HashTable()
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i]
      if (k !== HOLE) t.set(k, this.values[i])
    }
    return t
  }
}
