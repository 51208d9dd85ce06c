// Lookups derived from the one opcode table (spec/opcodes.gen.ts). Nothing here is a
// fact of its own: numbers, argument-ness, cache sizes and jump kinds all come from
// the generated table.

import { OPCODES, type OpcodeSpec } from '../spec/opcodes.gen'

export type { OpcodeSpec }

const byName = new Map<string, OpcodeSpec>()
const byCode: (OpcodeSpec | undefined)[] = []
for (const op of OPCODES) {
  byName.set(op.name, op)
  if (!op.pseudo) byCode[op.code] = op
}

/** opcode.opmap, real and pseudo instructions */
export function opSpec(name: string): OpcodeSpec {
  const s = byName.get(name)
  if (!s) throw new Error(`unknown opcode ${name}`)
  return s
}

export function opNumber(name: string): number {
  return opSpec(name).code
}

/** opcode.opname[code]: '<N>' for unassigned numbers, as dis prints them */
export function opName(code: number): string {
  return byCode[code]?.name ?? `<${code}>`
}

export function opSpecByCode(code: number): OpcodeSpec | undefined {
  return byCode[code]
}

/** number of inline CACHE code units after an instruction (opcode._inline_cache_entries) */
export function cacheEntries(code: number): number {
  return byCode[code]?.cache ?? 0
}

/** the unspecialized family an instruction belongs to (LOAD_ATTR_SLOT -> LOAD_ATTR) */
export function deoptimize(code: number): number {
  const s = byCode[code]
  if (s?.specializedFrom) return opNumber(s.specializedFrom)
  return code
}

export const CACHE = opNumber('CACHE')
export const EXTENDED_ARG = opNumber('EXTENDED_ARG')
