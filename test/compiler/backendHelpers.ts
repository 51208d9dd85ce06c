// Shared by the back-end tests: turn scripts/codegen_json.py output into an
// InstrSequence, and compare our code object with CPython's field by field, with
// co_code decoded into opname/arg lists when it differs.

import { cacheEntries, opName } from '../../src-main/python/bytecode/opcodes'
import type { InstrSequence } from '../../src-main/python/compiler/instrSequence'
import { type CodeJson, type ConstJson, codeToJson, constFromJson } from '../support/codeJson'
import { assembleCode } from '../../src-main/python/compiler/assemble'

export interface CodegenJson {
  instrs: number[][]
  metadata: {
    name: string
    qualname: string
    consts: ConstJson[]
    names: string[]
    varnames: string[]
    cellvars: string[]
    freevars: string[]
    fasthidden: string[]
    argcount: number
    posonlyargcount: number
    kwonlyargcount: number
    firstlineno: number
    flags: number
    filename: string
  }
}

export interface CodegenDump {
  codegen: CodegenJson
  code: CodeJson
}

export function seqFromJson(j: CodegenJson): InstrSequence {
  return {
    instrs: j.instrs.map(([opcode, oparg, lineno, end_lineno, col_offset, end_col_offset]) => ({
      opcode,
      oparg,
      loc: { lineno, end_lineno, col_offset, end_col_offset },
    })),
    metadata: { ...j.metadata, consts: j.metadata.consts.map(constFromJson) },
  }
}

/** co_code as "OPNAME arg" lines (EXTENDED_ARG folded, caches skipped) */
export function decodeCode(hex: string): string[] {
  const out: string[] = []
  let ext = 0
  let off = 0
  for (let i = 0; i < hex.length; ) {
    const op = parseInt(hex.slice(i, i + 2), 16)
    const arg = parseInt(hex.slice(i + 2, i + 4), 16) | ext
    const name = opName(op)
    if (name === 'EXTENDED_ARG') {
      ext = arg << 8
      i += 4
      off++
      continue
    }
    ext = 0
    out.push(`${String(off).padStart(4)} ${name} ${arg}`)
    const skip = 1 + cacheEntries(op)
    i += 4 * skip
    off += skip
  }
  return out
}

function canonical(v: unknown): string {
  return JSON.stringify(v)
}

/** Differences between two code objects, as readable lines (empty when identical). */
export function diffCode(ours: CodeJson, theirs: CodeJson): string[] {
  const diffs: string[] = []
  const keys = Object.keys(theirs) as (keyof CodeJson)[]
  for (const k of keys) {
    const a = canonical(ours[k])
    const b = canonical(theirs[k])
    if (a === b) continue
    if (k === 'co_code') {
      const da = decodeCode(ours.co_code)
      const db = decodeCode(theirs.co_code)
      const lines: string[] = []
      const n = Math.max(da.length, db.length)
      for (let i = 0; i < n; i++) {
        const mark = da[i] === db[i] ? '  ' : '! '
        lines.push(`${mark}${(da[i] ?? '').padEnd(36)} | ${db[i] ?? ''}`)
      }
      diffs.push(`co_code differs (ours | CPython):\n${lines.join('\n')}`)
    } else {
      diffs.push(`${k}: ours ${a.slice(0, 400)}\n      CPython ${b.slice(0, 400)}`)
    }
  }
  return diffs
}

/** Run our back end on CPython's codegen output and diff against CPython's code object. */
export function checkDump(d: CodegenDump): string[] {
  let ours: CodeJson
  try {
    ours = codeToJson(assembleCode(seqFromJson(d.codegen)))
  } catch (e) {
    return [`assembleCode threw: ${(e as Error).stack ?? e}`]
  }
  return diffCode(ours, d.code)
}
