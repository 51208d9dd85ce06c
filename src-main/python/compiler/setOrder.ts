// The iteration order of a constant frozenset, as CPython 3.12 would build it
// (Objects/setobject.c set_add_entry / set_table_resize / set_insert_clean, with
// LINEAR_PROBES 9 and PERTURB_SHIFT 5). The order shows in dis and repr and is what
// marshal writes. Only items whose hash does not depend on the process are placed:
// ints, bools and floats other than NaN; a set holding anything
// else (str hashes are randomised per process) keeps the source order.

import type { ConstValue } from '../objects/constant'

const MODULUS = (1n << 61n) - 1n
const MASK64 = (1n << 64n) - 1n
const LINEAR_PROBES = 9
const MINSIZE = 8

const HASH_BITS = 61n
const HASH_INF = 314159n

/** _Py_HashDouble for finite non-integral floats and infinities (NaN hashes by address) */
function floatHash(v: number): bigint | null {
  if (Number.isNaN(v)) return null
  if (!Number.isFinite(v)) return v > 0 ? HASH_INF : -HASH_INF
  // frexp
  let m = Math.abs(v)
  let e = 0
  if (m !== 0) {
    e = Math.floor(Math.log2(m)) + 1
    m = m / 2 ** e
    while (m >= 1) {
      m /= 2
      e++
    }
    while (m < 0.5) {
      m *= 2
      e--
    }
  }
  const sign = v < 0 ? -1n : 1n
  let x = 0n
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (HASH_BITS - 28n))
    m *= 268435456.0
    e -= 28
    const y = Math.floor(m)
    m -= y
    x += BigInt(y)
    if (x >= MODULUS) x -= MODULUS
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61))
  x = ((x << eb) & MODULUS) | (x >> (HASH_BITS - eb))
  let h = x * sign
  if (h === -1n) h = -2n
  return h
}

/** hash() of an int (Objects/longobject.c long_hash) or float, or null when not computable here */
function constHash(v: ConstValue): bigint | null {
  let n: bigint
  if (typeof v === 'boolean') n = v ? 1n : 0n
  else if (typeof v === 'bigint') n = v
  else if (typeof v === 'number' && Number.isInteger(v)) n = BigInt(v)
  else if (typeof v === 'number') return floatHash(v)
  else return null
  const neg = n < 0n
  let h = (neg ? -n : n) % MODULUS
  if (neg) h = -h
  if (h === -1n) h = -2n
  return h
}

/** a value under which equal numbers (1 == 1.0 == True) coincide */
function asInt(v: ConstValue): bigint | number {
  if (typeof v === 'boolean') return v ? 1n : 0n
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v
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
