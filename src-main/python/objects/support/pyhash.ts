// hash() as CPython 3.12 computes it on 64-bit builds (Python/pyhash.c, Objects/longobject.c
// long_hash, Objects/tupleobject.c tuplehash, Objects/complexobject.c complex_hash).
// Results are Py_hash_t values: numbers when safe integers, bigints otherwise.

import { decompose } from './dtoa'
import { type PyIntValue, norm } from './intconv'

export const HASH_BITS = 61
export const HASH_MODULUS = (1n << 61n) - 1n
export const HASH_INF = 314159
const M64 = (1n << 64n) - 1n

function signed64(u: bigint): bigint {
  return BigInt.asIntN(64, u)
}
function fix(h: bigint): PyIntValue {
  return norm(h === -1n ? -2n : h)
}

/** long_hash: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
export function hashInt(v: PyIntValue): PyIntValue {
  if (typeof v === 'number') return v === -1 ? -2 : v
  const neg = v < 0n
  const h = (neg ? -v : v) % HASH_MODULUS
  return fix(neg ? -h : h)
}

export function hashBool(b: boolean): number {
  return b ? 1 : 0
}

/**
 * _Py_HashDouble: the rational value modulo 2**61 - 1. NaN hashes by identity since 3.10:
 * pass `identityHash` for it (the VM's id-based hash of the float object).
 */
export function hashFloat(x: number, identityHash = 0): PyIntValue {
  if (Number.isNaN(x)) return identityHash
  if (x === Infinity) return HASH_INF
  if (x === -Infinity) return -HASH_INF
  if (x === 0) return 0
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x
  const { mant, exp } = decompose(x)
  const e = ((exp % HASH_BITS) + HASH_BITS) % HASH_BITS
  let h = (mant * (1n << BigInt(e))) % HASH_MODULUS
  if (x < 0) h = -h
  return fix(h)
}

/** complex_hash: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic. */
export function hashComplex(re: number, im: number, identityHash = 0): PyIntValue {
  const hr = BigInt(hashFloat(re, identityHash))
  const hi = BigInt(hashFloat(im, identityHash))
  const c = (hr + 1000003n * hi) & M64
  return fix(signed64(c))
}

const XXPRIME_1 = 11400714785074694791n
const XXPRIME_2 = 14029467366897019727n
const XXPRIME_5 = 2870177450012600261n

/** tuplehash (xxHash-based, 3.8+) over the items' hashes. */
export function hashTuple(itemHashes: readonly PyIntValue[]): PyIntValue {
  let acc = XXPRIME_5
  for (const h of itemHashes) {
    const lane = BigInt(h) & M64
    acc = (acc + lane * XXPRIME_2) & M64
    acc = ((acc << 31n) | (acc >> 33n)) & M64
    acc = (acc * XXPRIME_1) & M64
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64
  if (acc === M64) return 1546275796
  return norm(signed64(acc))
}

/** frozenset_hash: shuffled item hashes xored (order-independent), then dispersed. */
export function hashFrozenset(itemHashes: readonly PyIntValue[]): PyIntValue {
  const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64
  let acc = 0n
  for (const h of itemHashes) acc ^= shuffle(BigInt.asUintN(64, BigInt(h)))
  acc ^= ((BigInt(itemHashes.length) + 1n) * 1927868237n) & M64
  acc ^= (acc >> 11n) ^ (acc >> 25n)
  acc = (acc * 69069n + 907133923n) & M64
  if (acc === M64) acc = 590923713n
  return norm(signed64(acc))
}

// ---- SipHash-1-3 keyed by the hash secret (Python/pyhash.c siphash13).

/** bumped whenever the secret changes: caches of str hashes check it */
export let hashSecretVersion = 0
let K0 = 0n
let K1 = 0n

/**
 * Set the hash secret as PYTHONHASHSEED does (Python/bootstrap_hash.c): seed 0 zeroes it,
 * another seed fills it with lcg_urandom; `undefined` takes random bytes from the host.
 */
export function setHashSeed(seed: number | undefined, randomBytes?: (n: number) => Uint8Array): void {
  let buf: Uint8Array
  if (seed === undefined) buf = randomBytes ? randomBytes(24) : new Uint8Array(24).map(() => (Math.random() * 256) | 0)
  else {
    buf = new Uint8Array(24)
    let x = seed >>> 0
    if (seed !== 0) {
      for (let i = 0; i < buf.length; i++) {
        x = (Math.imul(x, 214013) + 2531011) >>> 0
        buf[i] = (x >>> 16) & 0xff
      }
    }
  }
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  hashSecretVersion++
  K0 = dv.getBigUint64(0, true)
  K1 = dv.getBigUint64(8, true)
}

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & M64
}

/**
 * PYTHONHASHSEED as the environment gives it: an integer in [0, 2**32) keys str and bytes
 * hashes as CPython's would be with that seed. Unset or "random" keeps seed 0: CPython
 * would pick a random secret, and one fixed secret keeps Pyscope's output repeatable.
 */
export function hashSeedFromEnv(value: string | undefined): void {
  const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN
  setHashSeed(Number.isInteger(n) && n <= 0xffffffff ? n : 0)
}

/** siphash13(k0, k1, bytes) as an unsigned 64-bit value. */
export function siphash13(k0: bigint, k1: bigint, src: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n
  let v1 = k1 ^ 0x646f72616e646f6dn
  let v2 = k0 ^ 0x6c7967656e657261n
  let v3 = k1 ^ 0x7465646279746573n
  const round = (): void => {
    v0 = (v0 + v1) & M64
    v2 = (v2 + v3) & M64
    v1 = rotl(v1, 13n) ^ v0
    v3 = rotl(v3, 16n) ^ v2
    v0 = rotl(v0, 32n)
    v2 = (v2 + v1) & M64
    v0 = (v0 + v3) & M64
    v1 = rotl(v1, 17n) ^ v2
    v3 = rotl(v3, 21n) ^ v0
    v2 = rotl(v2, 32n)
  }
  const n = src.length
  const dv = new DataView(src.buffer, src.byteOffset, src.byteLength)
  let i = 0
  for (; i + 8 <= n; i += 8) {
    const mi = dv.getBigUint64(i, true)
    v3 ^= mi
    round()
    v0 ^= mi
  }
  let t = 0n
  for (let j = n - 1; j >= i; j--) t = (t << 8n) | BigInt(src[j])
  const b = ((BigInt(n) << 56n) & M64) | t
  v3 ^= b
  round()
  v0 ^= b
  v2 ^= 0xffn
  round()
  round()
  round()
  return (v0 ^ v1) ^ (v2 ^ v3)
}

/** _Py_HashBytes: 0 for empty input, else SipHash-1-3 as a signed value (-1 -> -2). */
export function hashBytes(b: Uint8Array): PyIntValue {
  if (b.length === 0) return 0
  return fix(signed64(siphash13Fast(K0, K1, b)))
}

// The same SipHash-1-3 on pairs of 32-bit halves (no BigInt in the rounds).
const st = new Uint32Array(8) // v0h v0l v1h v1l v2h v2l v3h v3l
function add(d: number, s: number): void {
  const lo = st[d + 1] + st[s + 1]
  st[d] = st[d] + st[s] + (lo > 0xffffffff ? 1 : 0)
  st[d + 1] = lo
}
function rotXor(d: number, n: number, x: number): void {
  // st[d] = rotl(st[d], n) ^ st[x]   (n < 32)
  const h = st[d]
  const l = st[d + 1]
  st[d] = ((h << n) | (l >>> (32 - n))) ^ st[x]
  st[d + 1] = ((l << n) | (h >>> (32 - n))) ^ st[x + 1]
}
function swap32(d: number): void {
  const h = st[d]
  st[d] = st[d + 1]
  st[d + 1] = h
}
function sipRound(): void {
  add(0, 2)
  add(4, 6)
  rotXor(2, 13, 0)
  rotXor(6, 16, 4)
  swap32(0)
  add(4, 2)
  add(0, 6)
  rotXor(2, 17, 4)
  rotXor(6, 21, 0)
  swap32(4)
}

/** siphash13 without BigInt in the loop; equal to siphash13(). */
export function siphash13Fast(k0: bigint, k1: bigint, src: Uint8Array): bigint {
  const k0h = Number(k0 >> 32n)
  const k0l = Number(k0 & 0xffffffffn)
  const k1h = Number(k1 >> 32n)
  const k1l = Number(k1 & 0xffffffffn)
  st[0] = k0h ^ 0x736f6d65
  st[1] = k0l ^ 0x70736575
  st[2] = k1h ^ 0x646f7261
  st[3] = k1l ^ 0x6e646f6d
  st[4] = k0h ^ 0x6c796765
  st[5] = k0l ^ 0x6e657261
  st[6] = k1h ^ 0x74656462
  st[7] = k1l ^ 0x79746573
  const n = src.length
  let i = 0
  for (; i + 8 <= n; i += 8) {
    const ml = (src[i] | (src[i + 1] << 8) | (src[i + 2] << 16) | (src[i + 3] << 24)) >>> 0
    const mh = (src[i + 4] | (src[i + 5] << 8) | (src[i + 6] << 16) | (src[i + 7] << 24)) >>> 0
    st[6] ^= mh
    st[7] ^= ml
    sipRound()
    st[0] ^= mh
    st[1] ^= ml
  }
  let bl = 0
  let bh = 0
  for (let j = n - 1; j >= i; j--) {
    const k = j - i
    if (k >= 4) bh |= src[j] << (8 * (k - 4))
    else bl |= src[j] << (8 * k)
  }
  bh = (bh | ((n & 0xff) << 24)) >>> 0
  bl >>>= 0
  st[6] ^= bh
  st[7] ^= bl
  sipRound()
  st[0] ^= bh
  st[1] ^= bl
  st[5] ^= 0xff
  sipRound()
  sipRound()
  sipRound()
  const h = (st[0] ^ st[2] ^ st[4] ^ st[6]) >>> 0
  const l = (st[1] ^ st[3] ^ st[5] ^ st[7]) >>> 0
  return (BigInt(h) << 32n) | BigInt(l)
}

/**
 * unicode_hash: SipHash over the string's internal representation, one, two or four
 * little-endian bytes per code point by its widest character (PEP 393 kinds).
 */
export function hashStr(s: string): PyIntValue {
  if (s.length === 0) return 0
  let max = 0
  let astral = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c > max) max = c
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral = true
        break
      }
    }
  }
  let bytes: Uint8Array
  if (astral) {
    const cps = Array.from(s, (ch) => ch.codePointAt(0)!)
    bytes = new Uint8Array(cps.length * 4)
    const dv = new DataView(bytes.buffer)
    cps.forEach((c, i) => dv.setUint32(i * 4, c, true))
  } else if (max < 256) {
    bytes = new Uint8Array(s.length)
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i)
  } else {
    bytes = new Uint8Array(s.length * 2)
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      bytes[2 * i] = c & 0xff
      bytes[2 * i + 1] = c >> 8
    }
  }
  return hashBytes(bytes)
}
