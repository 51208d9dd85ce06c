// dis.disassemble(co, lasti): the "-->" marker of the current instruction.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { disassemble } from '../../src-main/python/bytecode/dis'
import { loadsCode } from '../../src-main/python/marshal/loads'
import type { CodeObject } from '../../src-main/python/objects/code'

it('marks the instruction whose caches hold lasti', () => {
  const mod = loadsCode(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'dis', 'calculate_sum.marshal'))))
  const f = mod.co_consts[3] as CodeObject
  expect(disassemble(f, { lasti: 8 })).toBe(
    [
      '  1           0 RESUME                   0',
      '',
      '  2           2 LOAD_FAST                0 (a)',
      '              4 LOAD_FAST                1 (b)',
      '    -->       6 BINARY_OP                0 (+)',
      '             10 STORE_FAST               2 (x)',
      '',
      '  3          12 LOAD_FAST                2 (x)',
      '             14 RETURN_VALUE',
      '',
    ].join('\n'),
  )
})
