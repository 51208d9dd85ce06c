// The mode-3 fast path of dtoa agrees with exact BigInt rounding; and a live randomized
// differential of format(float, spec) against the oracle when it is installed.
import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import { dtoa, exactDigits, roundDigits } from '../../src-main/python/objects/support/dtoa'
import { formatFloat } from '../../src-main/python/objects/support/formatter'
import { floatFromHex } from '../../src-main/python/objects/support/floathex'
import { oracle } from '../support/oracle'

function slow(x: number, nd: number) {
  if (x === 0) return { digits: '0', decpt: 1 }
  const ex = exactDigits(x)
  const r = roundDigits(ex, ex.decpt + nd)
  return r.digits === '' ? { digits: '', decpt: -nd } : r
}

let seed = 12345
function rnd(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed / 2 ** 32
}

describe('dtoa', () => {
  it('mode 3 fast path == exact rounding (20,000 values)', () => {
    const bad: string[] = []
    for (let k = 0; k < 20000; k++) {
      const kind = k % 4
      const x = kind === 0 ? rnd() * 1000 : kind === 1 ? Math.round(rnd() * 1e6) / 2 ** Math.floor(rnd() * 12) : kind === 2 ? rnd() * 1e15 : rnd() / 1e5
      const nd = Math.floor(rnd() * 18)
      const a = dtoa(x, 3, nd)
      const b = slow(x, nd)
      if (a.digits !== b.digits || a.decpt !== b.decpt) bad.push(`${x} ${nd}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`)
    }
    expect(bad.slice(0, 5)).toEqual([])
  })
})

const PY = oracle()
if (!PY) console.log('dtoa: CPython 3.12 not found, live format differential skipped')

describe.skipIf(!PY)('format(float) live differential', () => {
  it('30,000 random (value, spec) pairs identical', () => {
    const script = `
import random, struct, json, sys
r = random.Random(7)
specs = ['', 'f', '.0f', '.1f', '.2f', '.3f', '.5f', '.12f', 'e', '.0e', '.2e', '.10e', 'g', '.1g', '.2g', '.4g', '.12g', '.17g', '%', '.1%', '#g', 'n', '.3', '.10', '+.2f', ',.2f', '012.4f', '_g']
out = []
for i in range(30000):
    k = i % 3
    x = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0] if k == 0 else (r.uniform(-1e6, 1e6) if k == 1 else round(r.uniform(-100, 100), r.randint(0, 6)))
    s = r.choice(specs)
    out.append([x.hex(), s, format(x, s)])
sys.stdout.write(json.dumps(out))
`
    const cases = JSON.parse(execFileSync(PY!, ['-c', script], { maxBuffer: 1 << 26 }).toString()) as [string, string, string][]
    const bad: string[] = []
    for (const [h, s, want] of cases) {
      const got = formatFloat(floatFromHex(h), s)
      if (got !== want) bad.push(`${h} ${s}: ${got} != ${want}`)
    }
    expect(bad.slice(0, 5)).toEqual([])
    expect(cases.length).toBe(30000)
  })
})
