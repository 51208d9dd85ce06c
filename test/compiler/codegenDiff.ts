// Compares our code generator's module unit with CPython's (the golden JSON written by
// scripts/gen_codegen_golden.py): instruction for instruction (opcode, oparg,
// location) and the unit metadata, with a readable diff.

import { opName } from '../../src-main/python/bytecode/opcodes'
import { CodeObject } from '../../src-main/python/objects/code'
import { PyFrozensetConst, isCodeConst, type ConstValue } from '../../src-main/python/objects/constant'
import { codegenModule } from '../../src-main/python/compiler/compile'
import type { InstrSequence } from '../../src-main/python/compiler/instrSequence'
import { astFromJson } from '../support/astJson'
import { constFromJson, type ConstJson } from '../support/codeJson'

export interface Golden {
  file: string
  error?: string
  optimize?: number
  ast: object
  codegen: { instrs: number[][]; metadata: Record<string, unknown> & { consts: ConstJson[] } }
}

/** Stand-in for the back end: a code object carrying only what the parent's codegen reads. */
export function stubAssemble(seq: InstrSequence): CodeObject {
  const m = seq.metadata
  // enough of the unit in co_code / co_linetable that equal stubs mean equal units
  const code = new Uint8Array(seq.instrs.flatMap((i) => [i.opcode & 255, i.oparg & 255]))
  const lines = new TextEncoder().encode(seq.instrs.map((i) => `${i.loc.lineno}:${i.loc.col_offset}`).join(','))
  return new CodeObject({ co_name: m.name, co_qualname: m.qualname, co_firstlineno: m.firstlineno, co_filename: m.filename, co_flags: m.flags, co_code: code, co_linetable: lines, co_names: m.names, co_consts: m.consts })
}

/** a comparable rendering of a constant (code objects by name, frozensets sorted) */
export function constShape(v: ConstValue): string {
  if (isCodeConst(v)) return `<code ${v.co_qualname}>`
  if (v instanceof PyFrozensetConst) {
    // the order of int items is deterministic in CPython (and checked); others are not
    const items = v.items.map(constShape)
    const ints = v.items.every((x) => typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'number' && !Number.isNaN(x)))
    return `frozenset{${(ints ? items : items.sort()).join(',')}}`
  }
  if (Array.isArray(v)) return `(${(v as ConstValue[]).map(constShape).join(',')})`
  if (typeof v === 'bigint') return `${v}n`
  if (typeof v === 'number') return Object.is(v, -0) ? 'f-0' : `f${v}`
  if (typeof v === 'string') return JSON.stringify(v)
  if (v instanceof Uint8Array) return `b${Array.from(v).join(',')}`
  if (typeof v === 'symbol') return '...'
  if (v && typeof v === 'object') return `c(${(v as { real: number }).real},${(v as { imag: number }).imag})`
  return String(v)
}

function fmtInstr(i: number[]): string {
  const [op, arg, l, el, c, ec] = i
  return `${opName(op).padEnd(24)} ${String(arg).padStart(4)}  @${l}:${c}-${el}:${ec}`
}

export interface DiffResult {
  same: boolean
  text: string
}

/** Run our codegen on the golden's AST and diff against CPython's output. */
export function diffAgainstGolden(g: Golden): DiffResult {
  const tree = astFromJson(g.ast)
  const seq = codegenModule(tree, g.file, { optimize: g.optimize ?? 0 }, { assemble: stubAssemble })
  const ours = seq.instrs.map((i) => [i.opcode, i.oparg, i.loc.lineno, i.loc.end_lineno, i.loc.col_offset, i.loc.end_col_offset])
  const theirs = g.codegen.instrs
  const lines: string[] = []
  const n = Math.max(ours.length, theirs.length)
  let firstBad = -1
  for (let k = 0; k < n; k++) {
    const a = ours[k]
    const b = theirs[k]
    if (!a || !b || a.join(',') !== b.join(',')) {
      firstBad = k
      break
    }
  }
  if (firstBad >= 0) {
    lines.push(`instructions differ at #${firstBad} (ours ${ours.length}, CPython ${theirs.length}):`)
    for (let k = Math.max(0, firstBad - 3); k < Math.min(n, firstBad + 8); k++) {
      const a = ours[k] ? fmtInstr(ours[k]) : '-'
      const b = theirs[k] ? fmtInstr(theirs[k]) : '-'
      lines.push(`${k === firstBad ? '>' : ' '}${String(k).padStart(4)} ours: ${a.padEnd(50)} cpython: ${b}`)
    }
  }
  const m = seq.metadata
  const gm = g.codegen.metadata
  const oursConsts = m.consts.map(constShape)
  const theirConsts = gm.consts.map((j) => constShape(constFromJson(j)))
  const checks: [string, unknown, unknown][] = [
    ['consts', oursConsts, theirConsts],
    ['names', m.names, gm.names],
    ['varnames', m.varnames, gm.varnames],
    ['cellvars', m.cellvars, gm.cellvars],
    ['argcount', m.argcount, gm.argcount],
    ['flags', m.flags, gm.flags],
    ['name', m.name, gm.name],
  ]
  for (const [what, a, b] of checks) {
    if (JSON.stringify(a) !== JSON.stringify(b)) lines.push(`${what}: ours ${JSON.stringify(a)}\n${' '.repeat(what.length)}  cpython ${JSON.stringify(b)}`)
  }
  return { same: lines.length === 0, text: lines.join('\n') }
}
