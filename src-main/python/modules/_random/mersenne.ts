// The Mersenne Twister of Modules/_randommodule.c (MT19937): init_genrand, init_by_array,
// genrand_uint32, random_random, random_seed, getrandbits, getstate/setstate.

import { sha512 } from './sha512'

const N = 624
const MM = 397

export class MersenneTwister {
  mt = new Uint32Array(N)
  index = N + 1

  /** init_genrand */
  initGenrand(s: number): void {
    const mt = this.mt
    mt[0] = s >>> 0
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30)
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0
    }
    this.index = N
  }

  /** init_by_array */
  initByArray(key: Uint32Array | number[]): void {
    const mt = this.mt
    this.initGenrand(19650218)
    let i = 1
    let j = 0
    const len = key.length
    for (let k = Math.max(N, len); k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30)
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0
      i++
      j++
      if (i >= N) {
        mt[0] = mt[N - 1]
        i = 1
      }
      if (j >= len) j = 0
    }
    for (let k = N - 1; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30)
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0
      i++
      if (i >= N) {
        mt[0] = mt[N - 1]
        i = 1
      }
    }
    mt[0] = 0x80000000
  }

  /** genrand_uint32 */
  next32(): number {
    const mt = this.mt
    if (this.index >= N) {
      let kk = 0
      let y: number
      for (; kk < N - MM; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff)
        mt[kk] = mt[kk + MM] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff)
        mt[kk] = mt[kk + (MM - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff)
      mt[N - 1] = mt[MM - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      this.index = 0
    }
    let y = mt[this.index++]
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }

  /** random_random: 53-bit float in [0, 1). */
  random(): number {
    const a = this.next32() >>> 5
    const b = this.next32() >>> 6
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
  }

  /** random_seed for an int (its absolute value, as 32-bit little-endian words). */
  seedInt(n: number | bigint): void {
    let v = typeof n === 'bigint' ? n : BigInt(n)
    if (v < 0n) v = -v
    const key: number[] = []
    while (v > 0n) {
      key.push(Number(v & 0xffffffffn))
      v >>= 32n
    }
    if (key.length === 0) key.push(0)
    this.initByArray(key)
  }

  /** Lib/random.py Random.seed for str/bytes (version 2): the bytes plus their SHA-512. */
  seedBytes(b: Uint8Array): void {
    const all = new Uint8Array(b.length + 64)
    all.set(b)
    all.set(sha512(b), b.length)
    let v = 0n
    for (const x of all) v = (v << 8n) | BigInt(x)
    this.seedInt(v)
  }

  seedStr(s: string): void {
    this.seedBytes(new TextEncoder().encode(s))
  }

  /** getrandbits(k) for k >= 0 (ValueError for negative k is the caller's). */
  getrandbits(k: number): number | bigint {
    if (k === 0) return 0
    if (k <= 32) return this.next32() >>> (32 - k)
    let r = 0n
    let shift = 0n
    let left = k
    while (left > 0) {
      let w = this.next32()
      if (left < 32) w >>>= 32 - left
      r |= BigInt(w) << shift
      shift += 32n
      left -= 32
    }
    return r <= 9007199254740991n ? Number(r) : r
  }

  /** getstate(): 624 words and the index. */
  getState(): number[] {
    return [...this.mt, this.index]
  }

  setState(state: readonly number[]): void {
    if (state.length !== N + 1) throw new Error('state vector is the wrong size')
    for (let i = 0; i < N; i++) this.mt[i] = state[i] >>> 0
    const idx = state[N]
    if (idx < 0 || idx > N) throw new Error('invalid state')
    this.index = idx
  }
}
