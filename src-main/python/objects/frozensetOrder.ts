// The iteration order of a CPython 3.12 frozenset, which is what dis and repr show and
// marshal writes. A set is an open-addressing table (Objects/setobject.c set_add_entry,
// set_insert_clean, set_table_resize: 8 slots to start, linear probes of 9 then
// perturbed jumps, resized to 4x the used count when 3/5 full); iteration walks the
// table, so the order follows from the items' hashes (support/pyhash.ts). Numbers and
// tuples hash the same in every process. str and bytes hash with SipHash keyed by the
// process's hash secret: we use the secret of PYTHONHASHSEED (0 when it is not set, where
// CPython would pick a random one), so `PYTHONHASHSEED=0 python3.12 -m dis` and
// `pyscope -m dis` print frozensets in the same order. NaN and Ellipsis hash by their
// address, so a set holding one keeps the order it was given.

import { PyComplexConst, type ConstValue } from './constant'
import { hashBytes, hashComplex, hashFloat, hashInt, hashStr, hashTuple } from './support/pyhash'
import type { PyIntValue } from './support/intconv'

export const NONE_HASH = 0xfca86420

/** the hash CPython gives a constant (signed, as hash() returns it), or null when it
 *  differs from run to run whatever the secret (NaN and Ellipsis hash by address) */
function signedHash(v: ConstValue): PyIntValue | null {
  // 3.12 gives None a constant hash (Objects/object.c none_hash, gh-99540)
  if (v === null) return NONE_HASH
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'bigint') return hashInt(v)
  if (typeof v === 'number') return Number.isNaN(v) ? null : hashFloat(v)
  if (typeof v === 'string') return hashStr(v)
  if (v instanceof Uint8Array) return hashBytes(v)
  if (v instanceof PyComplexConst) return Number.isNaN(v.real) || Number.isNaN(v.imag) ? null : hashComplex(v.real, v.imag)
  if (Array.isArray(v)) {
    const items: PyIntValue[] = []
    for (const item of v as ConstValue[]) {
      const h = signedHash(item)
      if (h === null) return null
      items.push(h)
    }
    return hashTuple(items)
  }
  return null
}

/** the hash as the set table uses it (an unsigned 64-bit value), or null */
export function constHash(v: ConstValue): bigint | null {
  const h = signedHash(v)
  return h === null ? null : BigInt.asUintN(64, BigInt(h))
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
