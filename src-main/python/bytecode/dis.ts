// The text `dis` prints in CPython 3.12 (Lib/dis.py): disassemble(), the recursive
// dis() of a code object and its nested code objects, code_info() and
// pretty_flags(). Instruction decoding lives in instructions.ts; this file only
// lays the columns out as Instruction._disassemble and _disassemble_bytes do.

import type { CodeObject } from '../objects/code'
import { isCodeConst } from '../objects/constant'
import { constRepr } from '../objects/constant'
import { exceptionEntries, getInstructions, type CodeRepr, type Instruction } from './instructions'
import { findLineStarts } from './linetable'
import { deoptimize, opSpecByCode } from './opcodes'

const OPNAME_WIDTH = 20
const OPARG_WIDTH = 5

/**
 * Code objects have no address here; dis prints one inside their repr, so each code
 * object gets a stable made-up one (tests and the parity tool mask " at 0x...").
 */
const addresses = new WeakMap<CodeObject, string>()
let nextAddress = 0x7f3a10000000

export function codeAddress(c: CodeObject): string {
  let a = addresses.get(c)
  if (a === undefined) {
    a = '0x' + nextAddress.toString(16)
    nextAddress += 0x1b0
    addresses.set(c, a)
  }
  return a
}

/** repr(code): <code object NAME at 0x..., file "FILE", line N> */
export const codeRepr: CodeRepr = (c) => `<code object ${c.co_name} at ${codeAddress(c)}, file "${c.co_filename}", line ${c.co_firstlineno}>`

function rjust(s: string, w: number): string {
  return s.length >= w ? s : ' '.repeat(w - s.length) + s
}

function ljust(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length)
}

/** Instruction._disassemble(lineno_width, mark_as_current, offset_width) */
export function formatInstruction(ins: Instruction, linenoWidth: number, offsetWidth: number, current = false): string {
  const fields: string[] = []
  if (linenoWidth) fields.push(ins.startsLine !== null ? rjust(String(ins.startsLine), linenoWidth) : ' '.repeat(linenoWidth))
  fields.push(current ? '-->' : '   ')
  fields.push(ins.isJumpTarget ? '>>' : '  ')
  fields.push(rjust(String(ins.offset), offsetWidth))
  fields.push(ljust(ins.opname, OPNAME_WIDTH))
  if (ins.arg !== null) {
    fields.push(rjust(String(ins.arg), OPARG_WIDTH))
    if (ins.argrepr) fields.push('(' + ins.argrepr + ')')
  }
  return fields.join(' ').trimEnd()
}

export interface DisOptions {
  showCaches?: boolean
  /** how deep to recurse into nested code objects (dis's depth; undefined: all) */
  depth?: number
  /** the offset of the current instruction, marked "-->" (dis.disassemble's lasti) */
  lasti?: number
}

/** dis.disassemble(co): the instruction lines, then the ExceptionTable section */
export function disassemble(co: CodeObject, opts: DisOptions = {}): string {
  const lines: string[] = []
  const linestarts = findLineStarts(co.co_linetable, co.co_firstlineno)
  const entries = exceptionEntries(co)
  const showLineno = linestarts.size > 0
  let linenoWidth = 0
  if (showLineno) {
    let max = -Infinity
    for (const l of linestarts.values()) if (l > max) max = l
    linenoWidth = max >= 1000 ? String(max).length : 3
  }
  const maxOffset = co.co_code.length - 2
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4
  for (const ins of getInstructions(co, { showCaches: opts.showCaches, codeRepr, exceptionEntries: entries })) {
    if (showLineno && ins.startsLine !== null && ins.offset > 0) lines.push('')
    // without show_caches the marker also covers the instruction's cache units
    const lasti = opts.lasti ?? -1
    const span = opts.showCaches ? 0 : 2 * (opSpecByCode(deoptimize(ins.opcode))?.cache ?? 0)
    const current = ins.offset <= lasti && lasti <= ins.offset + span
    lines.push(formatInstruction(ins, linenoWidth, offsetWidth, current))
  }
  if (entries.length) {
    lines.push('ExceptionTable:')
    for (const e of entries) {
      lines.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`)
    }
  }
  return lines.map((l) => l + '\n').join('')
}

/** the nested code objects of co, in the order dis visits them, with their depth budget */
function nestedCode(co: CodeObject): CodeObject[] {
  return co.co_consts.filter(isCodeConst)
}

/** dis.dis(code): _disassemble_recursive */
export function dis(co: CodeObject, opts: DisOptions = {}): string {
  let out = disassemble(co, opts)
  const depth = opts.depth
  if (depth === undefined || depth > 0) {
    const inner = { ...opts, depth: depth === undefined ? undefined : depth - 1 }
    for (const c of nestedCode(co)) {
      out += '\n'
      out += `Disassembly of ${codeRepr(c)}:\n`
      out += dis(c, inner)
    }
  }
  return out
}

/** inspect's CO_* names (dis.COMPILER_FLAG_NAMES) */
const FLAG_NAMES: Record<number, string> = {
  1: 'OPTIMIZED',
  2: 'NEWLOCALS',
  4: 'VARARGS',
  8: 'VARKEYWORDS',
  16: 'NESTED',
  32: 'GENERATOR',
  64: 'NOFREE',
  128: 'COROUTINE',
  256: 'ITERABLE_COROUTINE',
  512: 'ASYNC_GENERATOR',
}

/** dis.pretty_flags, as a list; unnamed bits print as hex */
export function flagNames(flags: number): string[] {
  let rest = flags >>> 0
  const names: string[] = []
  for (let i = 0; i < 32; i++) {
    const flag = 2 ** i
    if (Math.floor(rest / flag) % 2 === 1) {
      names.push(FLAG_NAMES[flag] ?? '0x' + flag.toString(16))
      rest -= flag
      if (rest === 0) return names
    }
  }
  names.push('0x' + rest.toString(16))
  return names
}

export function prettyFlags(flags: number): string {
  return flagNames(flags).join(', ')
}

/** dis.code_info(co) */
export function codeInfo(co: CodeObject): string {
  const lines = [
    `Name:              ${co.co_name}`,
    `Filename:          ${co.co_filename}`,
    `Argument count:    ${co.co_argcount}`,
    `Positional-only arguments: ${co.co_posonlyargcount}`,
    `Kw-only arguments: ${co.co_kwonlyargcount}`,
    `Number of locals:  ${co.co_nlocals}`,
    `Stack size:        ${co.co_stacksize}`,
    `Flags:             ${prettyFlags(co.co_flags)}`,
  ]
  const section = (title: string, items: readonly string[]): void => {
    if (!items.length) return
    lines.push(title)
    items.forEach((x, i) => lines.push(`${rjust(String(i), 4)}: ${x}`))
  }
  section('Constants:', co.co_consts.map((c) => constRepr(c, codeRepr)))
  section('Names:', co.co_names)
  section('Variable names:', co.co_varnames)
  section('Free variables:', co.co_freevars)
  section('Cell variables:', co.co_cellvars)
  return lines.join('\n')
}
