// Every real opcode the compiler can emit has our explanation (INSTRUMENTED_* are
// run-time only, specialized and pseudo opcodes never reach a code object).

import { describe, expect, it } from 'vitest'
import { OPCODES } from '../../src-main/python/spec/opcodes.gen'
import { OPCODE_HELP } from '../../src-shared/opcodeHelp'

describe('opcode explanations', () => {
  const real = OPCODES.filter((o) => !o.pseudo && o.specializedFrom === null && !o.name.startsWith('INSTRUMENTED_'))

  it('covers every real opcode', () => {
    const missing = real.map((o) => o.name).filter((n) => !OPCODE_HELP[n])
    expect(missing).toEqual([])
  })

  it('names no opcode that does not exist and says what each does', () => {
    const names = new Set(real.map((o) => o.name))
    for (const [name, help] of Object.entries(OPCODE_HELP)) {
      expect(names.has(name), name).toBe(true)
      expect(help.does.length, name).toBeGreaterThan(10)
    }
  })
})
