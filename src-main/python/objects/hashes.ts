// hash() of the value types (Python/pyhash.c, Objects/longobject.c long_hash,
// Objects/floatobject.c float_hash via _Py_HashDouble, Objects/tupleobject.c tuplehash).
// Hashes are JS numbers; values beyond 2**53 lose their low bits, which only matters for
// printing hash() of such values.

const MODULUS = (1n << 61n) - 1n
const MOD_N = 2 ** 61 - 1

export function intHash(v: number | bigint): number {
  if (typeof v === 'number') {
    if (Math.abs(v) < MOD_N) return v === -1 ? -2 : v
    v = BigInt(v)
  }
  const neg = v < 0n
  let h = (neg ? -v : v) % MODULUS
  if (neg) h = -h
  const r = Number(h)
  return r === -1 ? -2 : r
}

export function floatHash(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159
  if (Number.isInteger(x)) return intHash(Number.isSafeInteger(x) ? x : BigInt(x))
  // _Py_HashDouble: reduce the mantissa modulo 2**61-1
  let m = Math.abs(x)
  let e = 0
  while (m >= 1) {
    m /= 2
    e++
  }
  while (m < 0.5) {
    m *= 2
    e--
  }
  let h = 0n
  while (m) {
    h = ((h << 28n) & MODULUS) | (h >> 33n)
    m *= 268435456
    e -= 28
    const y = Math.floor(m)
    m -= y
    h += BigInt(y)
    if (h >= MODULUS) h -= MODULUS
  }
  const ee = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61)
  h = ((h << BigInt(ee)) & MODULUS) | (h >> BigInt(61 - ee))
  let r = Number(h)
  if (x < 0) r = -r
  return r === -1 ? -2 : r
}

/** FNV-1a over UTF-16 units; CPython's SipHash values are not reproduced */
export function strHash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h === -1 ? -2 : h
}

const P1 = 11400714785074694791n
const P2 = 14029467366897019727n
const P5 = 2870177450012600261n
const M64 = (1n << 64n) - 1n

export function tupleHash(items: number[]): number {
  let acc = P5
  for (const h of items) {
    const lane = BigInt.asUintN(64, BigInt(h))
    acc = (acc + lane * P2) & M64
    acc = ((acc << 31n) | (acc >> 33n)) & M64
    acc = (acc * P1) & M64
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M64
  const r = Number(BigInt.asIntN(64, acc))
  return r === -1 ? 1546275796 : r
}
