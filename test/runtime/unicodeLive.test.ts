// Exhaustive differential test of character predicates and case mappings over every code
// point against the oracle (skipped, with a note, when CPython 3.12 is not installed).
import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import * as U from '../../src-main/python/objects/support/unicodectype'
import * as C from '../../src-main/python/objects/support/unicodecase'
import { oracle } from '../support/oracle'


const PY = oracle()
if (!PY) console.log('unicodeLive: CPython 3.12 not found, live differential skipped')

const SCRIPT = `
import sys
preds = ['isalpha','isdecimal','isdigit','isnumeric','isspace','isprintable','islower','isupper','istitle','isidentifier','isalnum']
out = bytearray()
for c in range(0x110000):
    ch = chr(c); m = 0
    for i, p in enumerate(preds):
        if getattr(ch, p)(): m |= 1 << i
    out += m.to_bytes(2, 'little')
sys.stdout.buffer.write(out)
`
const CASE_SCRIPT = `
import sys, json
d = {}
for c in range(0x110000):
    ch = chr(c)
    r = [ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase(), ch.capitalize()]
    if any(x != ch for x in r): d[c] = r
sys.stdout.write(json.dumps(d))
`

describe.skipIf(!PY)('unicode tables vs the oracle, every code point', () => {
  it('predicates', () => {
    const buf = execFileSync(PY!, ['-c', SCRIPT], { maxBuffer: 1 << 24 })
    const fns = [C.isalpha, C.isdecimal, C.isdigit, C.isnumeric, C.isspace, C.isprintable, C.islower, C.isupper, C.istitle, C.isidentifier, C.isalnum]
    const bad: string[] = []
    for (let c = 0; c < 0x110000 && bad.length < 10; c++) {
      const want = buf[2 * c] | (buf[2 * c + 1] << 8)
      const ch = String.fromCodePoint(c)
      let got = 0
      fns.forEach((f, i) => {
        if (f(ch)) got |= 1 << i
      })
      if (got !== want) bad.push(`U+${c.toString(16)} got ${got.toString(2)} want ${want.toString(2)}`)
    }
    expect(bad).toEqual([])
    expect(U.isSpaceCp(0x85)).toBe(true)
  })
  it('case mappings', () => {
    const d = JSON.parse(execFileSync(PY!, ['-c', CASE_SCRIPT], { maxBuffer: 1 << 26 }).toString()) as Record<string, string[]>
    const bad: string[] = []
    for (let c = 0; c < 0x110000 && bad.length < 10; c++) {
      const ch = String.fromCodePoint(c)
      const want = d[c] ?? [ch, ch, ch, ch, ch, ch]
      const got = [C.upper(ch), C.lower(ch), C.title(ch), C.casefold(ch), C.swapcase(ch), C.capitalize(ch)]
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`U+${c.toString(16)} ${JSON.stringify(got)} != ${JSON.stringify(want)}`)
    }
    expect(bad).toEqual([])
  })
})
