// The iteration order of a CPython 3.12 frozenset, which is what dis and repr show.
// A set is an open-addressing table (Objects/setobject.c set_add_entry,
// set_insert_clean, set_table_resize: 8 slots to start, linear probes of 9 then
// perturbed jumps, resized to 4x the used count when 3/5 full); iteration walks the
// table. That needs the items' hashes (Python/pyhash.c, Objects/longobject.c,
// Objects/tupleobject.c): deterministic for int, bool, float, complex and tuples of
// them; str, bytes and None hash differently in every process (hash randomization,
// addresses), so such sets keep the order they were given.

import { PyComplexConst, type ConstValue } from '../objects/constant'

const M64 = (1n << 64n) - 1n
const HASH_BITS = 61n
const MODULUS = (1n << HASH_BITS) - 1n

function u64(x: bigint): bigint {
  return x & M64
}

/** hash(int) as an unsigned 64-bit value */
function hashInt(v: bigint): bigint {
  const neg = v < 0n
  let m = (neg ? -v : v) % MODULUS
  if (neg) m = -m
  if (m === -1n) m = -2n
  return u64(m)
}

/** _Py_HashDouble for finite values; null for NaN (hashed by address) */
function hashFloat(v: number): bigint | null {
  if (Number.isNaN(v)) return null
  if (!Number.isFinite(v)) return u64(v > 0 ? 314159n : -314159n)
  if (Number.isInteger(v)) return hashInt(BigInt(v))
  // frexp: v = m * 2**e with 0.5 <= |m| < 1
  let m = Math.abs(v)
  let e = Math.floor(Math.log2(m)) + 1
  m = m / 2 ** e
  if (m >= 1) {
    m /= 2
    e += 1
  } else if (m < 0.5) {
    m *= 2
    e -= 1
  }
  let x = 0n
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (HASH_BITS - 28n))
    m *= 268435456
    e -= 28
    const y = Math.floor(m)
    m -= y
    x += BigInt(y)
    if (x >= MODULUS) x -= MODULUS
  }
  const bits = Number(HASH_BITS)
  const ee = BigInt(e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits))
  x = ((x << ee) & MODULUS) | (x >> (HASH_BITS - ee))
  if (v < 0) x = u64(-x)
  if (x === M64) x = u64(-2n)
  return x
}

const XXPRIME_1 = 11400714785074694791n
const XXPRIME_2 = 14029467366897019727n
const XXPRIME_5 = 2870177450012600261n

/** the hash CPython gives a constant, or null when it differs from run to run */
export function constHash(v: ConstValue): bigint | null {
  if (typeof v === 'boolean') return v ? 1n : 0n
  if (typeof v === 'bigint') return hashInt(v)
  if (typeof v === 'number') return hashFloat(v)
  if (v instanceof PyComplexConst) {
    const r = hashFloat(v.real)
    const i = hashFloat(v.imag)
    if (r === null || i === null) return null
    let h = u64(r + 1000003n * i)
    if (h === M64) h = u64(-2n)
    return h
  }
  if (Array.isArray(v)) {
    let acc = XXPRIME_5
    for (const item of v as ConstValue[]) {
      const lane = constHash(item)
      if (lane === null) return null
      acc = u64(acc + lane * XXPRIME_2)
      acc = u64((acc << 31n) | (acc >> 33n))
      acc = u64(acc * XXPRIME_1)
    }
    acc = u64(acc + (BigInt(v.length) ^ (XXPRIME_5 ^ 3527539n)))
    return acc === M64 ? 1546275796n : acc
  }
  return null
}

const LINEAR_PROBES = 9

/**
 * The order a frozenset built by inserting `items` in this order iterates them
 * (items are already distinct). Items with unpredictable hashes: given order.
 */
export function setIterationOrder<T extends ConstValue>(items: readonly T[]): T[] {
  const hashes: bigint[] = []
  for (const it of items) {
    const h = constHash(it)
    if (h === null) return [...items]
    hashes.push(h)
  }
  let size = 8
  let table: (number | undefined)[] = new Array(size)
  let fill = 0
  const place = (tab: (number | undefined)[], idx: number): void => {
    const mask = BigInt(tab.length - 1)
    const m = tab.length - 1
    let perturb = hashes[idx]
    let i = Number(hashes[idx] & mask)
    for (;;) {
      if (tab[i] === undefined) return void (tab[i] = idx)
      if (i + LINEAR_PROBES <= m) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (tab[i + j] === undefined) return void (tab[i + j] = idx)
        }
      }
      perturb >>= 5n
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask)
    }
  }
  for (let k = 0; k < items.length; k++) {
    place(table, k)
    fill++
    if (fill * 5 >= (size - 1) * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4
      let newSize = 8
      while (newSize <= minused) newSize *= 2
      const old = table
      table = new Array(newSize)
      size = newSize
      for (const idx of old) if (idx !== undefined) place(table, idx)
    }
  }
  return table.filter((x): x is number => x !== undefined).map((i) => items[i])
}
