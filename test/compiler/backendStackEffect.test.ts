// stackEffect() against dis.stack_effect() of CPython 3.12, sampled into the opcode
// table (spec/opcodes.gen.ts stackEffectSamples), for every opcode the compiler emits.

import { describe, expect, it } from 'vitest'
import { stackEffect } from '../../src-main/python/compiler/stackEffect'
import { OPCODES } from '../../src-main/python/spec/opcodes.gen'

describe('stackEffect matches dis.stack_effect', () => {
  const ops = OPCODES.filter((s) => !s.specializedFrom && !s.name.startsWith('INSTRUMENTED_'))
  for (const s of ops) {
    const fall = Object.entries(s.stackEffectSamples.fall)
    const jump = Object.entries(s.stackEffectSamples.jump)
    if (fall.length === 0 && jump.length === 0) continue
    it(s.name, () => {
      for (const [arg, want] of fall) expect(stackEffect(s.code, Number(arg), false), `${s.name} ${arg}`).toBe(want)
      for (const [arg, want] of jump) expect(stackEffect(s.code, Number(arg), true), `${s.name} ${arg} jump`).toBe(want)
    })
  }
  it('block pushes (not sampled by dis): handler depth on the jump path', () => {
    const code = (n: string): number => OPCODES.find((s) => s.name === n)!.code
    expect(stackEffect(code('SETUP_FINALLY'), 0, true)).toBe(1)
    expect(stackEffect(code('SETUP_CLEANUP'), 0, true)).toBe(2)
    expect(stackEffect(code('SETUP_WITH'), 0, true)).toBe(1)
    expect(stackEffect(code('SETUP_WITH'), 0, false)).toBe(0)
  })
})
