// Shared by the back-end tests: turn scripts/codegen_json.py output into an
// InstrSequence, and compare our code object with CPython's field by field, with
// co_code decoded into opname/arg lists when it differs.

import { cacheEntries, opName } from '../../src-main/python/bytecode/opcodes'
import type { InstrSequence } from '../../src-main/python/compiler/instrSequence'
import { type CodeJson, type ConstJson, codeToJson, constFromJson, floatFromHex } from '../support/codeJson'
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

/** JSON text with floats and frozenset order normalised (test/support floatToHex drops trailing zeros that float.hex() keeps) */
function canonical(v: unknown): string {
  return JSON.stringify(v, (key, val) => {
    if (val && typeof val === 'object' && (val.t === 'float' || val.t === 'complex')) {
      if (val.t === 'float') return { t: 'float', v: floatFromHex(val.v) }
      return { t: 'complex', re: floatFromHex(val.re), im: floatFromHex(val.im) }
    }
    // a frozenset's iteration order depends on its history, not only its items
    if (val && typeof val === 'object' && val.t === 'frozenset') {
      return { t: 'frozenset', v: (val.v as unknown[]).map((x) => canonical(x)).sort() }
    }
    return val
  })
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
    } else if (k === 'co_linetable') {
      const la = decodeLinetable(ours.co_linetable, ours.co_firstlineno)
      const lb = decodeLinetable(theirs.co_linetable, theirs.co_firstlineno)
      const code = decodeCode(theirs.co_code)
      const byOff = new Map(code.map((l) => [Number(l.slice(0, 4)), l.slice(5)]))
      const lines: string[] = []
      const n = Math.max(la.length, lb.length)
      for (let i = 0; i < n; i++) {
        if (la[i] !== lb[i]) lines.push(`! ${String(i).padStart(4)} ${(byOff.get(i) ?? '').padEnd(28)} ours ${la[i]} | CPython ${lb[i]}`)
      }
      diffs.push(`co_linetable differs at code units:\n${lines.slice(0, 30).join('\n')}`)
    } else {
      { let p = 0; while (p < a.length && a[p] === b[p]) p++; diffs.push(`${k} (from char ${p}): ours ${a.slice(Math.max(0, p - 80), p + 300)}\n      CPython ${b.slice(Math.max(0, p - 80), p + 300)}`) }
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

/** co_linetable decoded into one [line, endLine, col, endCol] per code unit (Objects/locations.md) */
export function decodeLinetable(hex: string, firstlineno: number): string[] {
  const bytes = hex.match(/../g)?.map((x) => parseInt(x, 16)) ?? []
  const out: string[] = []
  let line = firstlineno
  let i = 0
  const varint = (): number => {
    let b = bytes[i++]
    let val = b & 63
    let shift = 0
    while (b & 64) {
      b = bytes[i++]
      shift += 6
      val |= (b & 63) << shift
    }
    return val
  }
  const svarint = (): number => {
    const v = varint()
    return v & 1 ? -(v >> 1) : v >> 1
  }
  while (i < bytes.length) {
    const first = bytes[i++]
    const code = (first >> 3) & 15
    const len = (first & 7) + 1
    let loc: string
    if (code === 15) loc = 'None'
    else if (code === 14) {
      line += svarint()
      const endLine = line + varint()
      const col = varint() - 1
      const endCol = varint() - 1
      loc = `${line}-${endLine}:${col}-${endCol}`
    } else if (code === 13) {
      line += svarint()
      loc = `${line}:nocol`
    } else if (code >= 10) {
      line += code - 10
      const col = bytes[i++]
      const endCol = bytes[i++]
      loc = `${line}:${col}-${endCol}`
    } else {
      const second = bytes[i++]
      const col = code * 8 + ((second >> 4) & 7)
      loc = `${line}:${col}-${col + (second & 15)}`
    }
    for (let k = 0; k < len; k++) out.push(loc)
  }
  return out
}
