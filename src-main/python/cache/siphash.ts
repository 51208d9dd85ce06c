// SipHash-1-3 as Python/pyhash.c siphash13() computes it, and the keyed hash
// importlib uses for hash-based .pyc files (_imp.source_hash ->
// _Py_KeyedHash(key, source) = siphash13(key, 0, source)). Arithmetic on 64-bit
// words is done in two 32-bit halves.

type U64 = [hi: number, lo: number]

function add(a: U64, b: U64): U64 {
  const lo = (a[1] + b[1]) >>> 0
  const carry = lo < a[1] >>> 0 ? 1 : 0
  return [(a[0] + b[0] + carry) >>> 0, lo]
}

function xor(a: U64, b: U64): U64 {
  return [(a[0] ^ b[0]) >>> 0, (a[1] ^ b[1]) >>> 0]
}

function rotl(a: U64, s: number): U64 {
  if (s === 32) return [a[1], a[0]]
  if (s > 32) return rotl([a[1], a[0]], s - 32)
  return [((a[0] << s) | (a[1] >>> (32 - s))) >>> 0, ((a[1] << s) | (a[0] >>> (32 - s))) >>> 0]
}

function u64(big: bigint): U64 {
  return [Number((big >> 32n) & 0xffffffffn), Number(big & 0xffffffffn)]
}

/** siphash13(k0, k1, data): the 64-bit result, as 8 little-endian bytes */
export function siphash13(k0: bigint, k1: bigint, data: Uint8Array): Uint8Array {
  let v0 = xor(u64(k0), u64(0x736f6d6570736575n))
  let v1 = xor(u64(k1), u64(0x646f72616e646f6dn))
  let v2 = xor(u64(k0), u64(0x6c7967656e657261n))
  let v3 = xor(u64(k1), u64(0x7465646279746573n))
  const round = (): void => {
    // HALF_ROUND(v0, v1, v2, v3, 13, 16); HALF_ROUND(v2, v1, v0, v3, 17, 21)
    v0 = add(v0, v1); v2 = add(v2, v3)
    v1 = xor(rotl(v1, 13), v0); v3 = xor(rotl(v3, 16), v2)
    v0 = rotl(v0, 32)
    v2 = add(v2, v1); v0 = add(v0, v3)
    v1 = xor(rotl(v1, 17), v2); v3 = xor(rotl(v3, 21), v0)
    v2 = rotl(v2, 32)
  }
  const n = data.length
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  let i = 0
  for (; i + 8 <= n; i += 8) {
    const m: U64 = [view.getUint32(i + 4, true), view.getUint32(i, true)]
    v3 = xor(v3, m)
    round()
    v0 = xor(v0, m)
  }
  // last block: the remaining bytes, length in the top byte
  let lo = 0
  let hi = ((n & 0xff) << 24) >>> 0
  for (let k = 0; i + k < n; k++) {
    const b = data[i + k]
    if (k < 4) lo = (lo | (b << (8 * k))) >>> 0
    else hi = (hi | (b << (8 * (k - 4)))) >>> 0
  }
  const last: U64 = [hi, lo]
  v3 = xor(v3, last)
  round()
  v0 = xor(v0, last)
  v2 = xor(v2, [0, 0xff])
  round()
  round()
  round()
  const t = xor(xor(v0, v1), xor(v2, v3))
  const out = new Uint8Array(8)
  const ov = new DataView(out.buffer)
  ov.setUint32(0, t[1], true)
  ov.setUint32(4, t[0], true)
  return out
}
