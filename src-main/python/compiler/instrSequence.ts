// What code generation hands to the back end (flow graph + assembler) for one code
// unit: CPython 3.12's instruction sequence (Python/compile.c instr_sequence) and the
// unit's metadata (struct _PyCompile_CodeUnitMetadata). The same shape is what
// CPython's own `_testinternalcapi.compiler_codegen(tree, filename, optimize)` returns,
// so each half of our compiler is tested against CPython at this boundary.

import type { ConstValue } from '../objects/constant'

/** Source span of an instruction; -1 in every field means "no location" (NO_LOCATION). */
export interface Location {
  lineno: number
  end_lineno: number
  col_offset: number
  end_col_offset: number
}

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 })

export interface Instr {
  /** real or pseudo opcode number (spec/opcodes.gen.ts; pseudo ones are >= 256) */
  opcode: number
  /**
   * The argument. For jumps and the SETUP_* pseudo-instructions the argument is the
   * index in `instrs` of the target instruction (labels already resolved to positions,
   * exactly as compiler_codegen reports them).
   */
  oparg: number
  loc: Location
}

export interface CodeUnitMetadata {
  name: string
  qualname: string
  /** co_consts before the back end's clean-up, in index order */
  consts: ConstValue[]
  names: string[]
  varnames: string[]
  cellvars: string[]
  freevars: string[]
  /** names of PEP 709 inlined-comprehension locals that are hidden (CO_FAST_HIDDEN) */
  fasthidden: string[]
  argcount: number
  posonlyargcount: number
  kwonlyargcount: number
  firstlineno: number
  /** co_flags as compute_code_flags gives them (the back end adds nothing) */
  flags: number
  filename: string
}

export interface InstrSequence {
  instrs: Instr[]
  metadata: CodeUnitMetadata
}
