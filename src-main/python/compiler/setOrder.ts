// The iteration order of a constant frozenset, as CPython 3.12 would build it
// (Objects/setobject.c set_add_entry / set_table_resize / set_insert_clean, with
// LINEAR_PROBES 9 and PERTURB_SHIFT 5). The order shows in dis and repr and is what
// marshal writes. Only items whose hash does not depend on the process are placed:
// ints, bools and integral floats (hash(x) == hash(int(x))); a set holding anything
// else (str hashes are randomised per process) keeps the source order.

import type { ConstValue } from '../objects/constant'

const MODULUS = (1n << 61n) - 1n
const MASK64 = (1n << 64n) - 1n
const LINEAR_PROBES = 9
const MINSIZE = 8

/** hash() of an int (Objects/longobject.c long_hash), or null when not computable here */
function constHash(v: ConstValue): bigint | null {
  let n: bigint
  if (typeof v === 'boolean') n = v ? 1n : 0n
  else if (typeof v === 'bigint') n = v
  else if (typeof v === 'number' && Number.isInteger(v)) n = BigInt(v)
  else return null
  const neg = n < 0n
  let h = (neg ? -n : n) % MODULUS
  if (neg) h = -h
  if (h === -1n) h = -2n
  return h
}

function asInt(v: ConstValue): bigint {
  if (typeof v === 'boolean') return v ? 1n : 0n
  if (typeof v === 'number') return BigInt(v)
  return v as bigint
}

interface Table {
  keys: (ConstValue | undefined)[]
  hashes: bigint[]
  mask: number
}

/** set_insert_clean: place a key known to be absent into a table without dummies */
function insertClean(t: Table, key: ConstValue, hash: bigint): void {
  const mask = BigInt(t.mask)
  let perturb = hash & MASK64
  let i = Number((hash & MASK64) & mask)
  for (;;) {
    if (t.keys[i] === undefined) break
    let found = false
    if (i + LINEAR_PROBES <= t.mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (t.keys[i + j] === undefined) {
          i += j
          found = true
          break
        }
      }
    }
    if (found) break
    perturb >>= 5n
    i = Number((BigInt(i) * 5n + 1n + perturb) & mask)
  }
  t.keys[i] = key
  t.hashes[i] = hash
}

function newTable(size: number): Table {
  return { keys: new Array(size).fill(undefined), hashes: new Array(size).fill(0n), mask: size - 1 }
}

/** PyFrozenSet_New(items): the table after inserting the items in order */
function build(items: ConstValue[], hashes: bigint[]): ConstValue[] {
  let t = newTable(MINSIZE)
  let fill = 0
  let used = 0
  for (let k = 0; k < items.length; k++) {
    const hash = hashes[k]
    const mask = BigInt(t.mask)
    let perturb = hash & MASK64
    let i = Number((hash & MASK64) & mask)
    let placed = false
    let duplicate = false
    while (!placed && !duplicate) {
      const probes = i + LINEAR_PROBES <= t.mask ? LINEAR_PROBES : 0
      for (let j = 0; j <= probes; j++) {
        const idx = i + j
        if (t.keys[idx] === undefined) {
          t.keys[idx] = items[k]
          t.hashes[idx] = hash
          placed = true
          break
        }
        if (t.hashes[idx] === hash && asInt(t.keys[idx] as ConstValue) === asInt(items[k])) {
          duplicate = true
          break
        }
      }
      if (placed || duplicate) break
      perturb >>= 5n
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask)
    }
    if (duplicate) continue
    fill++
    used++
    if (fill * 5 >= t.mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4
      let newsize = MINSIZE
      while (newsize <= minused) newsize <<= 1
      const old = t
      t = newTable(newsize)
      for (let x = 0; x <= old.mask; x++) if (old.keys[x] !== undefined) insertClean(t, old.keys[x] as ConstValue, old.hashes[x])
      fill = used
    }
  }
  return t.keys.filter((k): k is ConstValue => k !== undefined)
}

/**
 * Items of a frozenset built from `items` (duplicates already removed), in CPython's
 * iteration order when it can be computed, else unchanged.
 */
export function frozensetOrder(items: ConstValue[]): ConstValue[] {
  const hashes: bigint[] = []
  for (const v of items) {
    const h = constHash(v)
    if (h === null) return items
    hashes.push(h)
  }
  // built once by the optimizer or codegen, then rebuilt in iteration order when
  // the compiler merges constants (merge_consts_recursive)
  const first = build(items, hashes)
  return build(first, first.map((v) => constHash(v) as bigint))
}
