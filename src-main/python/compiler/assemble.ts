// From an instruction sequence to a finished code object: the tail of Python/compile.c
// (optimize_and_assemble_code_unit, prepare_localsplus, cfg_to_instr_sequence) and
// Python/assemble.c (co_code with EXTENDED_ARGs and CACHE units, co_linetable,
// co_exceptiontable, makecode), as CPython 3.12 does them.

import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL, CO_FLAGS, CodeObject } from '../objects/code'
import { BasicBlock, type CfgBuilder, type CfgInstr, OP, instrSequenceToCfg, instrSize, labelExceptionTargets, markExceptHandlers, stackDepth } from './flowgraph'
import { ConstPool, addChecksForLoadsOfUninitializedVariables, optimizeCfg, removeUnusedConsts } from './flowgraphOptimize'
import { convertPseudoOps, pushColdBlocksToEnd, resolveJumps, resolveLineNumbers } from './flowgraphLayout'
import { ExceptionTableWriter } from './exceptionTableWriter'
import type { CodeUnitMetadata, InstrSequence, Location } from './instrSequence'
import { LinetableWriter } from './linetableWriter'
import { cacheEntries } from '../bytecode/opcodes'

const GENERATOR_LIKE = CO_FLAGS.GENERATOR | CO_FLAGS.COROUTINE | CO_FLAGS.ASYNC_GENERATOR

/** The number of parameters (the symbol table's ste_varnames for a function scope). */
function paramCount(md: CodeUnitMetadata): number {
  let n = md.argcount + md.posonlyargcount + md.kwonlyargcount
  if (md.flags & CO_FLAGS.VARARGS) n++
  if (md.flags & CO_FLAGS.VARKEYWORDS) n++
  return n
}

/** build_cellfixedoffsets: where each cell/free slot lands in localsplus */
function buildCellFixedOffsets(md: CodeUnitMetadata): number[] {
  const nlocals = md.varnames.length
  const fixed: number[] = []
  const noffsets = md.cellvars.length + md.freevars.length
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i)
  md.cellvars.forEach((name, i) => {
    const v = md.varnames.indexOf(name)
    if (v >= 0) fixed[i] = v
  })
  return fixed
}

/** insert_prefix_instructions: COPY_FREE_VARS, MAKE_CELLs and the generator prefix */
function insertPrefixInstructions(md: CodeUnitMetadata, entry: BasicBlock, fixed: number[], flags: number): void {
  const noLoc: Location = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 }
  const prefix: BasicBlock['instrs'] = []
  const nfree = md.freevars.length
  if (nfree) prefix.push({ opcode: OP.COPY_FREE_VARS, oparg: nfree, loc: noLoc, target: null, except: null })
  const ncells = md.cellvars.length
  if (ncells) {
    const sorted = new Int32Array(ncells + md.varnames.length)
    for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1
    for (let i = 0, used = 0; used < ncells; i++) {
      const old = sorted[i] - 1
      if (old === -1) continue
      prefix.push({ opcode: OP.MAKE_CELL, oparg: old, loc: noLoc, target: null, except: null })
      used++
    }
  }
  if (flags & GENERATOR_LIKE) {
    const fl = md.firstlineno
    prefix.push({
      opcode: OP.RETURN_GENERATOR,
      oparg: 0,
      loc: { lineno: fl, end_lineno: fl, col_offset: -1, end_col_offset: -1 },
      target: null,
      except: null,
    })
    prefix.push({ opcode: OP.POP_TOP, oparg: 0, loc: noLoc, target: null, except: null })
  }
  if (prefix.length) entry.instrs.unshift(...prefix)
}

/** fix_cell_offsets: cell and free opargs become localsplus indices; returns cells dropped */
function fixCellOffsets(md: CodeUnitMetadata, entry: BasicBlock, fixed: number[]): number {
  const nlocals = md.varnames.length
  let dropped = 0
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= dropped
    else dropped++
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      switch (ins.opcode) {
        case OP.MAKE_CELL:
        case OP.LOAD_CLOSURE:
        case OP.LOAD_DEREF:
        case OP.STORE_DEREF:
        case OP.DELETE_DEREF:
        case OP.LOAD_FROM_DICT_OR_DEREF:
          ins.oparg = fixed[ins.oparg]
          break
      }
    }
  }
  return dropped
}

/** compute_localsplus_info: names and kind bytes of locals, cells and frees */
function localsplusInfo(md: CodeUnitMetadata): { names: string[]; kinds: Uint8Array } {
  const names: string[] = []
  const kinds: number[] = []
  const cells = new Set(md.cellvars)
  const hidden = new Set(md.fasthidden)
  const locals = new Set(md.varnames)
  for (const n of md.varnames) {
    let k = CO_FAST_LOCAL
    if (hidden.has(n)) k |= CO_FAST_HIDDEN
    if (cells.has(n)) k |= CO_FAST_CELL
    names.push(n)
    kinds.push(k)
  }
  for (const n of md.cellvars) {
    if (locals.has(n)) continue
    names.push(n)
    kinds.push(CO_FAST_CELL)
  }
  for (const n of md.freevars) {
    names.push(n)
    kinds.push(CO_FAST_FREE)
  }
  return { names, kinds: Uint8Array.from(kinds) }
}

/** The final instruction sequence (cfg_to_instr_sequence): the blocks' instructions in order. */
function flatten(entry: BasicBlock): CfgInstr[] {
  const out: CfgInstr[] = []
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) for (const ins of b.instrs) out.push(ins)
  return out
}

function sameLocation(a: Location, b: Location): boolean {
  return (
    a === b ||
    (a.lineno === b.lineno &&
      a.end_lineno === b.end_lineno &&
      a.col_offset === b.col_offset &&
      a.end_col_offset === b.end_col_offset)
  )
}

/** write_instr for every instruction: EXTENDED_ARG prefixes, the unit, zeroed caches */
function emitBytecode(instrs: CfgInstr[]): Uint8Array {
  let units = 0
  for (const ins of instrs) units += instrSize(ins.opcode, ins.oparg)
  const code = new Uint8Array(units * 2)
  let p = 0
  for (const ins of instrs) {
    const arg = ins.oparg
    const caches = cacheEntries(ins.opcode)
    const ext = instrSize(ins.opcode, arg) - caches - 1
    if (ext >= 3) {
      code[p++] = OP.EXTENDED_ARG
      code[p++] = (arg >>> 24) & 0xff
    }
    if (ext >= 2) {
      code[p++] = OP.EXTENDED_ARG
      code[p++] = (arg >>> 16) & 0xff
    }
    if (ext >= 1) {
      code[p++] = OP.EXTENDED_ARG
      code[p++] = (arg >>> 8) & 0xff
    }
    code[p++] = ins.opcode
    code[p++] = arg & 0xff
    p += caches * 2
  }
  return code
}

/** assemble_location_info */
function emitLinetable(instrs: CfgInstr[], firstlineno: number): Uint8Array {
  const w = new LinetableWriter(firstlineno)
  let loc: Location = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 }
  let size = 0
  for (const ins of instrs) {
    if (!sameLocation(loc, ins.loc)) {
      w.emit(loc, size)
      loc = ins.loc
      size = 0
    }
    size += instrSize(ins.opcode, ins.oparg)
  }
  w.emit(loc, size)
  return w.bytes()
}

/** assemble_exception_table */
function emitExceptionTable(instrs: CfgInstr[]): Uint8Array {
  const w = new ExceptionTableWriter()
  let handler: BasicBlock | null = null
  let handlerOffset = -1
  let start = -1
  let ioffset = 0
  for (const ins of instrs) {
    const off = ins.except !== null ? ins.except.offset : -1
    if (off !== handlerOffset) {
      if (handler !== null) w.entry(start, ioffset, handler.offset, handler.startdepth, handler.preserveLasti)
      start = ioffset
      handler = ins.except
      handlerOffset = off
    }
    ioffset += instrSize(ins.opcode, ins.oparg)
  }
  if (handler !== null) w.entry(start, ioffset, handler.offset, handler.startdepth, handler.preserveLasti)
  return w.bytes()
}

/** The optimised, laid-out flow graph of a unit, before bytes are written (for tests and views). */
export interface AssembledGraph {
  g: CfgBuilder
  consts: CodeObject['co_consts']
  maxdepth: number
}

/**
 * An instruction sequence that may also carry the code generator's label table:
 * labels[id] = the index of the instruction label `id` was placed before (-1 if never
 * placed). CPython starts a basic block at every label, jumped to or not, and the
 * optimiser's results depend on those boundaries; without the table the back end
 * infers them (flowgraph.ts implicitLabels), which is exact for nearly all code.
 */
export interface LabelledInstrSequence extends InstrSequence {
  labels?: readonly number[]
}

/** optimize_and_assemble_code_unit up to the final instruction order */
export function optimizeCodeUnit(seq: LabelledInstrSequence): AssembledGraph {
  const md = seq.metadata
  const flags = md.flags
  const pool = new ConstPool(md.consts.slice())
  const g = instrSequenceToCfg(seq.instrs, seq.labels)
  // _PyCfg_OptimizeCodeUnit
  markExceptHandlers(g.entry)
  labelExceptionTargets(g.entry)
  g.entry = optimizeCfg(g.entry, pool)
  removeUnusedConsts(g.entry, pool)
  addChecksForLoadsOfUninitializedVariables(g.entry, md.varnames.length, paramCount(md))
  pushColdBlocksToEnd(g)
  resolveLineNumbers(g, md.firstlineno)
  // prepare_localsplus
  const fixed = buildCellFixedOffsets(md)
  insertPrefixInstructions(md, g.entry, fixed, flags)
  fixCellOffsets(md, g.entry, fixed)
  const maxdepth = stackDepth(g.entry, (flags & GENERATOR_LIKE) !== 0)
  convertPseudoOps(g.entry)
  resolveJumps(g)
  return { g, consts: pool.consts, maxdepth }
}

/**
 * The back end's entry point: CPython 3.12's flow-graph optimisation and assembly of
 * one code unit, producing the code object compile() would.
 */
export function assembleCode(seq: LabelledInstrSequence): CodeObject {
  const md = seq.metadata
  const { g, consts, maxdepth } = optimizeCodeUnit(seq)
  const instrs = flatten(g.entry)
  const { names, kinds } = localsplusInfo(md)
  return new CodeObject({
    co_argcount: md.argcount + md.posonlyargcount,
    co_posonlyargcount: md.posonlyargcount,
    co_kwonlyargcount: md.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: md.flags,
    co_code: emitBytecode(instrs),
    co_consts: consts,
    co_names: md.names.slice(),
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_filename: md.filename,
    co_name: md.name,
    co_qualname: md.qualname || md.name,
    co_firstlineno: md.firstlineno,
    co_linetable: emitLinetable(instrs, md.firstlineno),
    co_exceptiontable: emitExceptionTable(instrs),
  })
}
