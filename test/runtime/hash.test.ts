// SipHash-1-3: the 32-bit-halves implementation equals the BigInt reference on random input;
// live differential of hash() for random str/bytes/int/float with PYTHONHASHSEED=0 and 12345.
// Random strings avoid surrogates: two adjacent lone surrogates of a Python str read as one
// astral character in a JS string, a limit of representing str as a JS string.
import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import * as H from '../../src-main/python/objects/support/pyhash'
import { floatFromHex } from '../../src-main/python/objects/support/floathex'
import { oracle } from '../support/oracle'

describe('siphash13', () => {
  it('fast == reference for 2,000 random inputs and keys', () => {
    let s = 99
    const r = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0)
    for (let k = 0; k < 2000; k++) {
      const b = Uint8Array.from({ length: k % 40 }, () => r() & 0xff)
      const k0 = (BigInt(r()) << 32n) | BigInt(r())
      const k1 = (BigInt(r()) << 32n) | BigInt(r())
      expect(H.siphash13Fast(k0, k1, b)).toBe(H.siphash13(k0, k1, b))
    }
  })
})

const PY = oracle()
if (!PY) console.log('hash: CPython 3.12 not found, live hash differential skipped')

describe.skipIf(!PY)('hash() live differential', () => {
  for (const seed of [0, 12345]) {
    it(`PYTHONHASHSEED=${seed}: 3,000 str, bytes, int and float values`, () => {
      const script = `
import random, struct, json, sys
r = random.Random(3)
out = []
for i in range(3000):
    k = i % 4
    if k == 0:
        top = r.choice([0x7f, 0xff, 0x7ff, 0xffff, 0x10ffff])
        v = ''.join(chr(c if not 0xd800 <= c < 0xe000 else 0xd7ff) for c in (r.randint(0, top) for _ in range(r.randint(0, 20))))
        out.append(['s', v, str(hash(v))])
    elif k == 1:
        v = bytes(r.getrandbits(8) for _ in range(r.randint(0, 30)))
        out.append(['b', v.hex(), str(hash(v))])
    elif k == 2:
        v = r.getrandbits(r.choice([8, 60, 61, 62, 64, 200])) * r.choice([1, -1])
        out.append(['i', str(v), str(hash(v))])
    else:
        v = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
        if v != v: continue
        out.append(['f', v.hex(), str(hash(v))])
sys.stdout.write(json.dumps(out))
`
      const out = execFileSync(PY!, ['-c', script], { env: { ...process.env, PYTHONHASHSEED: String(seed) }, maxBuffer: 1 << 26 })
      const cases = JSON.parse(out.toString()) as [string, string, string][]
      H.setHashSeed(seed)
      const bad: string[] = []
      for (const [k, v, want] of cases) {
        const got =
          k === 's' ? H.hashStr(v)
          : k === 'b' ? H.hashBytes(Uint8Array.from(v.match(/../g) ?? [], (h) => parseInt(h, 16)))
          : k === 'i' ? H.hashInt(BigInt(v) >= -(2n ** 53n) && BigInt(v) <= 2n ** 53n ? Number(v) : BigInt(v))
          : H.hashFloat(floatFromHex(v))
        if (String(got) !== want) bad.push(`${k} ${JSON.stringify(v)}: ${got} != ${want}`)
      }
      H.setHashSeed(0)
      expect(bad.slice(0, 5)).toEqual([])
    })
  }
})
