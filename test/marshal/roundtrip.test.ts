// marshal against CPython's bytes: loads(CPython's marshal.dumps(code)) then dumps
// again gives the same bytes; and loads(dumps(x)) == x for every constant kind.

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dumps } from '../../src-main/python/marshal/dumps'
import { loads, loadsCode } from '../../src-main/python/marshal/loads'
import { MarshalDict, MarshalList, MarshalSet, STOPITERATION } from '../../src-main/python/marshal/types'
import { CodeObject } from '../../src-main/python/objects/code'
import { ELLIPSIS, PyComplexConst, PyFrozensetConst, markCodePoint, markText } from '../../src-main/python/objects/constant'
import { setIterationOrder } from '../../src-main/python/objects/frozensetOrder'
import { codeToJson } from '../support/codeJson'

const DIR = join(__dirname, '..', 'fixtures', 'dis')
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.marshal'))

describe('CPython marshal bytes', () => {
  for (const f of FIXTURES) {
    it(`dumps(loads(${f})) is byte-identical`, () => {
      const b = new Uint8Array(readFileSync(join(DIR, f)))
      const again = dumps(loadsCode(b))
      expect(Buffer.from(again).toString('hex')).toBe(Buffer.from(b).toString('hex'))
    })
    it(`loads(dumps(loads(${f}))) is the same code`, () => {
      const co = loadsCode(new Uint8Array(readFileSync(join(DIR, f))))
      expect(codeToJson(loadsCode(dumps(co)))).toEqual(codeToJson(co))
    })
  }
})

describe('round trips', () => {
  const values = [
    null, true, false, ELLIPSIS, STOPITERATION,
    0n, 1n, -1n, 256n, -5n, 257n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 31n, -(2n ** 31n) - 1n,
    2n ** 100n, -(3n ** 90n), 32768n, 2n ** 45n,
    0, -0, 1.5, 1e300, -Infinity, 5e-324,
    '', 'a', 'é', 'abc def', 'x'.repeat(300), 'é'.repeat(300), markCodePoint(0xd800), markCodePoint(0xd800) + markCodePoint(0xdc80), markText('\ufdd0x'), '\u{1f600}', 'a\u0000b', '\ufeff', '\ufeffx',
    new Uint8Array([]), new Uint8Array([0, 255, 128]),
    [], [1n, 'a', [2n, null]], new Array(300).fill(7n),
    new PyComplexConst(1, -2), new PyFrozensetConst(['x', 1n, 2n]), new PyFrozensetConst([]),
  ] as const
  for (const v of values) {
    it(`loads(dumps(${typeof v === 'bigint' ? v + 'n' : String(v).slice(0, 20)}))`, () => {
      const back = loads(dumps(v))
      if (typeof v === 'number' && Number.isNaN(v)) expect(Number.isNaN(back)).toBe(true)
      // a frozenset comes back in the order a set built from the written items iterates
      else if (v instanceof PyFrozensetConst) expect((back as PyFrozensetConst).items).toEqual(setIterationOrder(v.items))
      else expect(back).toEqual(v)
      if (typeof v === 'number') expect(Object.is(back, v)).toBe(true)
    })
  }
  it('NaN', () => expect(Number.isNaN(loads(dumps(NaN)) as number)).toBe(true))
  it('list, dict and set', () => {
    const v = new MarshalList([1n, new MarshalDict([['k', new MarshalSet([2n])]])])
    expect(loads(dumps(v))).toEqual(v)
  })
  it('a hand-made code object', () => {
    const co = new CodeObject({
      co_argcount: 1,
      co_code: new Uint8Array([151, 0, 124, 0, 83, 0]),
      co_consts: [null],
      co_localsplusnames: ['x'],
      co_localspluskinds: new Uint8Array([0x20]),
      co_name: 'f',
      co_qualname: 'f',
      co_filename: 'f.py',
    })
    expect(codeToJson(loadsCode(dumps(co)))).toEqual(codeToJson(co))
  })
})

describe('frozenset order', () => {
  it('loads gives the hash-table order of CPython sets; dumps sorts by marshalled bytes', async () => {
    const { setIterationOrder } = await import('../../src-main/python/objects/frozensetOrder')
    // golden values from CPython 3.12: list(frozenset(x)) for these insertion orders
    expect(setIterationOrder([1n, 1000n, 8n, 16n, -1n])).toEqual([1n, 1000n, 8n, 16n, -1n])
    expect(setIterationOrder([0.5, 2.25, 3n, [1n, 2n]])).toEqual([0.5, [1n, 2n], 2.25, 3n])
    const f = new PyFrozensetConst([1000n, 1n, 300n])
    const b = dumps(f)
    const back = loads(b) as PyFrozensetConst
    expect(back.items).toEqual(setIterationOrder([1n, 300n, 1000n]))
  })
})

describe('set iteration order against CPython', () => {
  it('40 random sets of ints, floats and tuples (test/fixtures/dis/set_order.json)', async () => {
    const { setIterationOrder } = await import('../../src-main/python/objects/frozensetOrder')
    const { constFromJson } = await import('../support/codeJson')
    const cases = JSON.parse(readFileSync(join(DIR, 'set_order.json'), 'utf8')) as [never[], never[]][]
    for (const [inserted, iterated] of cases) {
      expect(setIterationOrder(inserted.map(constFromJson))).toEqual(iterated.map(constFromJson))
    }
  })
})
