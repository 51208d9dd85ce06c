// Instruction decoding as Lib/dis.py (3.12) does it: _unpack_opargs, findlabels and
// _get_instructions_bytes. The meaning of an oparg is chosen by the operand shape the
// spec table gives the instruction (constant, name, jump, local, compare, ...), never
// by a case per opcode, except for the few dis itself singles out by name.

import type { CodeObject } from '../objects/code'
import { constRepr, type ConstValue } from '../objects/constant'
import { CMP_OP, INTRINSIC_1, INTRINSIC_2, NB_OPS } from '../spec/opcodes.gen'
import { CACHE_FORMAT } from './cacheFormat.gen'
import { parseExceptionTable, type ExceptionTableEntry } from './exceptionTable'
import { coPositions, findLineStarts, type Position } from './linetable'
import { CACHE, EXTENDED_ARG, cacheEntries, deoptimize, opName, opSpecByCode, type OpcodeSpec } from './opcodes'

/** dis.Instruction, plus what the app's view needs beside it */
export interface Instruction {
  opname: string
  opcode: number
  arg: number | null
  /** dis's argval: a constant, a name, a jump target, a comparison, ... */
  argval: ArgVal
  argrepr: string
  offset: number
  startsLine: number | null
  isJumpTarget: boolean
  positions: Position
  /** the jump target when the instruction is a jump */
  jumpTarget: number | null
  /** for a CACHE row: the cache entry's name and size (the first unit of a value only) */
  cache?: { name: string; size: number; value: number }
  /** for a CACHE row made by showCaches: the offset of the instruction it belongs to */
  cacheOf?: number
}

/** dis's argval values beyond plain constants */
export type ArgVal =
  | { kind: 'none' }
  | { kind: 'int'; value: number }
  | { kind: 'const'; value: ConstValue }
  | { kind: 'name'; value: string }
  | { kind: 'format'; converter: 'None' | 'str' | 'repr' | 'ascii'; withFormat: boolean }

const NO_POSITION: Position = { lineno: null, end_lineno: null, col_offset: null, end_col_offset: null }

const FORMAT_CONVERTERS = ['None', 'str', 'repr', 'ascii'] as const
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure']

const INT_OVERFLOW = 2 ** 31

export interface RawInstruction {
  offset: number
  op: number
  arg: number | null
}

/** dis._unpack_opargs: skips inline CACHE units, folds EXTENDED_ARG into the next arg */
export function unpackOpargs(code: Uint8Array): RawInstruction[] {
  const out: RawInstruction[] = []
  let ext = 0
  let caches = 0
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--
      continue
    }
    const op = code[i]
    const deop = deoptimize(op)
    caches = cacheEntries(deop)
    let arg: number | null = null
    if (opSpecByCode(deop)?.hasArg) {
      // the oparg is a C int: it wraps to negative past 2**31
      arg = (i + 1 < code.length ? code[i + 1] : 0) | ext
      ext = deop === EXTENDED_ARG ? arg * 256 : 0
      if (ext >= INT_OVERFLOW) ext -= 2 * INT_OVERFLOW
    } else {
      ext = 0
    }
    out.push({ offset: i, op, arg })
  }
  return out
}

/** the target of a jump instruction, or null (dis.findlabels per instruction) */
export function jumpTarget(spec: OpcodeSpec | undefined, offset: number, arg: number | null): number | null {
  if (!spec || arg === null) return null
  if (spec.jump === 'rel') {
    const signed = spec.backward ? -arg : arg
    return offset + 2 + signed * 2 + 2 * spec.cache
  }
  if (spec.jump === 'abs') return arg * 2
  return null
}

export function findLabels(code: Uint8Array): number[] {
  const labels: number[] = []
  for (const { offset, op, arg } of unpackOpargs(code)) {
    const t = jumpTarget(opSpecByCode(deoptimize(op)), offset, arg)
    if (t !== null && !labels.includes(t)) labels.push(t)
  }
  return labels
}

/** repr of a constant as dis shows it; code objects need their address-style repr */
export type CodeRepr = (c: CodeObject) => string

interface Resolved {
  argval: ArgVal
  argrepr: string
}

/** the operand shape of an instruction, read from the spec table */
function resolveArg(co: CodeObject, spec: OpcodeSpec, arg: number, offset: number, codeRepr: CodeRepr): Resolved {
  const name = (i: number): Resolved => {
    const n = co.co_names[i]
    return n === undefined ? { argval: { kind: 'int', value: arg }, argrepr: '' } : { argval: { kind: 'name', value: n }, argrepr: n }
  }
  if (spec.const) {
    const v = co.co_consts[arg]
    return { argval: { kind: 'const', value: v }, argrepr: v === undefined ? '' : constRepr(v, codeRepr) }
  }
  if (spec.name_) {
    // LOAD_GLOBAL, LOAD_ATTR and LOAD_SUPER_ATTR keep flags in the low bits of the oparg
    if (spec.name === 'LOAD_GLOBAL' || spec.name === 'LOAD_ATTR') {
      const r = name(arg >> 1)
      if (arg & 1 && r.argrepr) r.argrepr = (spec.name === 'LOAD_GLOBAL' ? 'NULL + ' : 'NULL|self + ') + r.argrepr
      return r
    }
    if (spec.name === 'LOAD_SUPER_ATTR') {
      const r = name(arg >> 2)
      if (arg & 1 && r.argrepr) r.argrepr = 'NULL|self + ' + r.argrepr
      return r
    }
    return name(arg)
  }
  const target = jumpTarget(spec, offset, arg)
  if (target !== null) return { argval: { kind: 'int', value: target }, argrepr: `to ${target}` }
  if (spec.local || spec.free) {
    const n = co.co_localsplusnames[arg]
    return n === undefined ? { argval: { kind: 'int', value: arg }, argrepr: '' } : { argval: { kind: 'name', value: n }, argrepr: n }
  }
  if (spec.compare) {
    const c = CMP_OP[arg >> 4] ?? ''
    return { argval: { kind: 'name', value: c }, argrepr: c }
  }
  switch (spec.name) {
    case 'FORMAT_VALUE': {
      const converter = FORMAT_CONVERTERS[arg & 3]
      const withFormat = (arg & 4) !== 0
      let argrepr = converter === 'None' ? '' : converter
      if (withFormat) argrepr += (argrepr ? ', ' : '') + 'with format'
      return { argval: { kind: 'format', converter, withFormat }, argrepr }
    }
    case 'MAKE_FUNCTION':
      return { argval: { kind: 'int', value: arg }, argrepr: MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ') }
    case 'BINARY_OP':
      return { argval: { kind: 'int', value: arg }, argrepr: NB_OPS[arg]?.[1] ?? '' }
    case 'CALL_INTRINSIC_1':
      return { argval: { kind: 'int', value: arg }, argrepr: INTRINSIC_1[arg] ?? '' }
    case 'CALL_INTRINSIC_2':
      return { argval: { kind: 'int', value: arg }, argrepr: INTRINSIC_2[arg] ?? '' }
  }
  return { argval: { kind: 'int', value: arg }, argrepr: '' }
}

export interface DecodeOptions {
  showCaches?: boolean
  codeRepr: CodeRepr
  /** exception handlers count as jump targets (dis.disassemble passes them) */
  exceptionEntries?: ExceptionTableEntry[]
}

/** dis._get_instructions_bytes over a code object */
export function getInstructions(co: CodeObject, opts: DecodeOptions): Instruction[] {
  const code = co.co_code
  const linestarts = findLineStarts(co.co_linetable, co.co_firstlineno)
  const positions = coPositions(co.co_linetable, co.co_firstlineno)
  const labels = new Set(findLabels(code))
  for (const e of opts.exceptionEntries ?? []) if (e.start < e.end) labels.add(e.target)
  const out: Instruction[] = []
  let unit = 0
  const nextPosition = (): Position => positions[unit++] ?? NO_POSITION
  for (const { offset, op, arg } of unpackOpargs(code)) {
    unit = offset / 2
    const deop = deoptimize(op)
    const spec = opSpecByCode(deop)
    let res: Resolved = { argval: { kind: 'none' }, argrepr: '' }
    if (arg !== null && spec) res = resolveArg(co, spec, arg, offset, opts.codeRepr)
    out.push({
      opname: opName(op),
      opcode: op,
      arg,
      argval: res.argval,
      argrepr: res.argrepr,
      offset,
      startsLine: linestarts.get(offset) ?? null,
      isJumpTarget: labels.has(offset),
      positions: nextPosition(),
      jumpTarget: jumpTarget(spec, offset, arg),
    })
    if (!opts.showCaches || !spec || spec.cache === 0) continue
    let cacheOffset = offset
    for (const [name, size] of CACHE_FORMAT[spec.name] ?? []) {
      for (let i = 0; i < size; i++) {
        cacheOffset += 2
        let cache: Instruction['cache']
        let argrepr = ''
        if (i === 0) {
          let value = 0
          const end = Math.min(cacheOffset + 2 * size, code.length)
          for (let b = end - 1; b >= cacheOffset; b--) value = value * 256 + code[b]
          argrepr = `${name}: ${value}`
          cache = { name, size, value }
        }
        out.push({
          opname: 'CACHE',
          opcode: CACHE,
          arg: 0,
          argval: { kind: 'none' },
          argrepr,
          offset: cacheOffset,
          startsLine: null,
          isJumpTarget: false,
          positions: nextPosition(),
          jumpTarget: null,
          cache,
          cacheOf: offset,
        })
      }
    }
  }
  return out
}

export function exceptionEntries(co: CodeObject): ExceptionTableEntry[] {
  return parseExceptionTable(co.co_exceptiontable)
}
