// The slot layout of CPython's set (Objects/setobject.c set_add_entry, set_insert_clean,
// set_table_resize): membership lives in HashTable, but a set iterates in slot order, so
// we replay CPython's open addressing on the hashes to print {10, 2, 3} as CPython does.

import type { Py } from './typeobject'
import { hashSlot, type HashValue } from './hashes'

const MINSIZE = 8
const LINEAR_PROBES = 9
const PERTURB_SHIFT = 5
const DUMMY = Symbol('dummy')
type Slot = Py | undefined | typeof DUMMY

export class SetSlots {
  keys: Slot[] = new Array(MINSIZE).fill(undefined)
  hashes: HashValue[] = new Array(MINSIZE).fill(0)
  mask = MINSIZE - 1
  fill = 0
  used = 0

  /** add a key known to be absent (set_add_entry after the lookup failed) */
  add(key: Py, hash: HashValue): void {
    const mask = this.mask
    let i = hashSlot(hash, mask)
    let freeslot = -1
    let perturb = perturbStart(hash)
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0
      let j = i
      do {
        const k = this.keys[j]
        if (k === undefined) {
          if (freeslot >= 0) {
            this.place(freeslot, key, hash, false)
            return
          }
          this.place(j, key, hash, true)
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4)
          return
        }
        if (k === DUMMY && freeslot < 0) freeslot = j
        j++
      } while (probes-- > 0)
      ;[i, perturb] = nextProbe(i, perturb, mask)
    }
  }

  private place(j: number, key: Py, hash: HashValue, fresh: boolean): void {
    this.keys[j] = key
    this.hashes[j] = hash
    this.used++
    if (fresh) this.fill++
  }

  /** remove a present key, found along its probe sequence */
  remove(key: Py, hash: HashValue, same: (a: Py, b: Py) => boolean): void {
    const mask = this.mask
    let i = hashSlot(hash, mask)
    let perturb = perturbStart(hash)
    for (let guard = 0; guard < 1 << 20; guard++) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0
      let j = i
      do {
        const k = this.keys[j]
        if (k === undefined) return
        if (k !== DUMMY && this.hashes[j] === hash && same(k, key)) {
          this.keys[j] = DUMMY
          this.used--
          return
        }
        j++
      } while (probes-- > 0)
      ;[i, perturb] = nextProbe(i, perturb, mask)
    }
  }

  private resize(minused: number): void {
    let size = MINSIZE
    while (size <= minused) size <<= 1
    const oldKeys = this.keys
    const oldHashes = this.hashes
    this.keys = new Array(size).fill(undefined)
    this.hashes = new Array(size).fill(0)
    this.mask = size - 1
    this.fill = 0
    this.used = 0
    for (let s = 0; s < oldKeys.length; s++) {
      const k = oldKeys[s]
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[s])
    }
  }

  private insertClean(key: Py, hash: HashValue): void {
    const mask = this.mask
    let i = hashSlot(hash, mask)
    let perturb = perturbStart(hash)
    for (;;) {
      if (this.keys[i] === undefined) {
        this.place(i, key, hash, true)
        return
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys[i + j] === undefined) {
            this.place(i + j, key, hash, true)
            return
          }
        }
      }
      ;[i, perturb] = nextProbe(i, perturb, mask)
    }
  }

  /** set_merge into an empty set: exact copy without dummies, else clean re-insertion */
  copyFrom(o: SetSlots): void {
    if (o.fill === o.used && o.mask === this.mask) {
      this.keys = o.keys.slice()
      this.hashes = o.hashes.slice()
      this.fill = o.fill
      this.used = o.used
      return
    }
    if (o.used * 5 >= this.mask * 3) this.resize(o.used * 2)
    for (let s = 0; s < o.keys.length; s++) {
      const k = o.keys[s]
      if (k !== undefined && k !== DUMMY) this.insertClean(k, o.hashes[s])
    }
  }

  clear(): void {
    this.keys = new Array(MINSIZE).fill(undefined)
    this.hashes = new Array(MINSIZE).fill(0)
    this.mask = MINSIZE - 1
    this.fill = 0
    this.used = 0
  }

  /** live keys in slot order */
  order(): Py[] {
    const out: Py[] = []
    for (const k of this.keys) if (k !== undefined && k !== DUMMY) out.push(k)
    return out
  }
}

type Perturb = number | bigint

function perturbStart(hash: HashValue): Perturb {
  return typeof hash === 'number' && hash >= 0 && hash < 2 ** 31 ? hash : BigInt.asUintN(64, BigInt(hash))
}

function nextProbe(i: number, perturb: Perturb, mask: number): [number, Perturb] {
  if (typeof perturb === 'number') {
    perturb = perturb >>> PERTURB_SHIFT
    return [(i * 5 + 1 + perturb) & mask, perturb]
  }
  perturb >>= 5n
  return [(i * 5 + 1 + Number(perturb & BigInt(mask))) & mask, perturb]
}
