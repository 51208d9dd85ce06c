// hash() of the value types, exactly as CPython 3.12 on a 64-bit build computes it
// (support/pyhash.ts: long_hash, _Py_HashDouble, tuplehash, SipHash-1-3 for str and bytes
// keyed by PYTHONHASHSEED's secret). Hashes are Python ints: numbers when they are safe
// integers, bigints otherwise, so hash() prints CPython's values and sets iterate in
// CPython's order (objects/setorder.ts replays its table on these hashes).

import { hashComplex, hashFloat, hashFrozenset, hashInt, hashSecretVersion, hashStr, hashTuple } from './support/pyhash'
import type { PyIntValue } from './support/intconv'

export type HashValue = PyIntValue

export function intHash(v: number | bigint): HashValue {
  return hashInt(v)
}

/** float_hash: NaN hashes by identity in 3.10+; pass the float object's id-based hash */
export function floatHash(x: number, identity = 0): HashValue {
  return hashFloat(x, identity)
}

/** None's hash is a constant since 3.12 (Objects/object.c none_hash) */
export const NONE_HASH = 0xfca86420

// str hashes are SipHash over the string's code points: a small cache keeps dict- and
// set-heavy programs from hashing the same key again and again
const strCache = new Map<string, HashValue>()
let cacheSecret = hashSecretVersion
export function strHash(s: string): HashValue {
  if (cacheSecret !== hashSecretVersion) {
    strCache.clear()
    cacheSecret = hashSecretVersion
  }
  let h = strCache.get(s)
  if (h === undefined) {
    h = hashStr(s)
    if (strCache.size >= 4096) strCache.clear()
    strCache.set(s, h)
  }
  return h
}

export function tupleHash(items: readonly HashValue[]): HashValue {
  return hashTuple(items)
}

export function frozensetHash(items: readonly HashValue[]): HashValue {
  return hashFrozenset(items)
}

export function complexHash(re: number, im: number): HashValue {
  return hashComplex(re, im)
}

/** the hash a table uses for its slot: the low bits of the unsigned 64-bit value */
export function hashSlot(h: HashValue, mask: number): number {
  return typeof h === 'number' ? h & mask : Number(BigInt.asUintN(64, h) & BigInt(mask))
}
