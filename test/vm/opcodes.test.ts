// Every real instruction of CPython 3.12's table has a handler in the eval loop.

import { expect, test } from 'vitest'
import { OPCODES } from '../../src-main/python/spec/opcodes.gen'
import { OP_OF } from '../../src-main/python/vm/eval'

test('every real opcode is handled', () => {
  const real = OPCODES.filter((s) => !s.pseudo && !s.specializedFrom && !s.name.startsWith('INSTRUMENTED') && s.code < 256)
  const missing = real.filter((s) => !(s.name in OP_OF)).map((s) => s.name)
  expect(missing).toEqual([])
})
