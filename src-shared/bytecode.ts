// View model of the bytecode panel: one entry per code object, its fields as dis and
// code_info show them, its instructions as dis.get_instructions yields them (with the
// inline CACHE entries attached), its exception table and line table. Built in the
// main process by src-main/python/bytecode/view.ts; plain data, no logic.

export interface SourcePositions {
  lineno: number | null
  end_lineno: number | null
  col_offset: number | null
  end_col_offset: number | null
}

export interface CacheEntryRow {
  /** byte offset of the first code unit of this cache value */
  offset: number
  /** name in Lib/opcode.py _cache_format ("counter", "index", "version", ...) */
  name: string
  /** code units */
  size: number
  /** the little-endian value of those units (0 in freshly compiled code) */
  value: number
}

export interface InstructionRow {
  offset: number
  opname: string
  opcode: number
  /** oparg with EXTENDED_ARG prefixes folded in; null for instructions without one */
  arg: number | null
  /** repr() of dis's argval (the resolved constant, name, jump target, ...) */
  argval: string | null
  /** what dis prints in parentheses */
  argrepr: string
  /** the line this instruction starts in dis's line column, if any */
  startsLine: number | null
  /** source line of this instruction (positions.lineno) */
  line: number | null
  positions: SourcePositions
  isJumpTarget: boolean
  /** byte offset this instruction may jump to */
  jumpTarget: number | null
  caches: CacheEntryRow[]
}

export interface ExceptionTableRow {
  /** [start, end) byte offsets covered; dis prints "start to end-2" */
  start: number
  end: number
  target: number
  depth: number
  lasti: boolean
}

export interface LineTableRow {
  start: number
  end: number
  line: number | null
}

export interface CodeObjectView {
  /** index path from the module code through co_consts (module: []) */
  path: number[]
  name: string
  qualname: string
  filename: string
  firstlineno: number
  argcount: number
  posonlyargcount: number
  kwonlyargcount: number
  nlocals: number
  stacksize: number
  flags: number
  /** dis.pretty_flags names, e.g. ["OPTIMIZED", "NEWLOCALS", "NOFREE"] */
  flagNames: string[]
  /** repr() of each constant */
  consts: string[]
  names: string[]
  varnames: string[]
  cellvars: string[]
  freevars: string[]
  instructions: InstructionRow[]
  /**
   * true when `instructions` was left empty to keep an analysis small (every code object
   * but the module's): the renderer asks for them with codeInstructions() when shown
   */
  instructionsOmitted?: boolean
  exceptionTable: ExceptionTableRow[]
  lineTable: LineTableRow[]
  /** dis.code_info() text */
  info: string
  /** nested code objects, in the order dis prints them */
  children: CodeObjectView[]
}

/** one code object's instructions, asked for when the bytecode view shows it */
export interface CodeInstructions {
  instructions: InstructionRow[]
  exceptionTable: ExceptionTableRow[]
}
