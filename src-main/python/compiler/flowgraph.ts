// The control-flow graph of one code unit (Python/flowgraph.c, CPython 3.12): basic
// blocks built from the instruction sequence, jump targets, exception-handler labelling
// and the stack-depth walk. The optimisation passes live in flowgraphOptimize.ts, block
// ordering and line numbers in flowgraphLayout.ts.

import { opSpec, opSpecByCode } from '../bytecode/opcodes'
import { OPCODES } from '../spec/opcodes.gen'
import type { Instr, Location } from './instrSequence'
import { stackEffect } from './stackEffect'

/** Opcode numbers used by the back end, looked up once. */
export const OP = {
  NOP: opSpec('NOP').code,
  POP_TOP: opSpec('POP_TOP').code,
  PUSH_NULL: opSpec('PUSH_NULL').code,
  LOAD_CONST: opSpec('LOAD_CONST').code,
  RETURN_CONST: opSpec('RETURN_CONST').code,
  RETURN_VALUE: opSpec('RETURN_VALUE').code,
  RETURN_GENERATOR: opSpec('RETURN_GENERATOR').code,
  RAISE_VARARGS: opSpec('RAISE_VARARGS').code,
  RERAISE: opSpec('RERAISE').code,
  COPY: opSpec('COPY').code,
  SWAP: opSpec('SWAP').code,
  BUILD_TUPLE: opSpec('BUILD_TUPLE').code,
  UNPACK_SEQUENCE: opSpec('UNPACK_SEQUENCE').code,
  IS_OP: opSpec('IS_OP').code,
  POP_JUMP_IF_FALSE: opSpec('POP_JUMP_IF_FALSE').code,
  POP_JUMP_IF_TRUE: opSpec('POP_JUMP_IF_TRUE').code,
  POP_JUMP_IF_NONE: opSpec('POP_JUMP_IF_NONE').code,
  POP_JUMP_IF_NOT_NONE: opSpec('POP_JUMP_IF_NOT_NONE').code,
  FOR_ITER: opSpec('FOR_ITER').code,
  KW_NAMES: opSpec('KW_NAMES').code,
  LOAD_GLOBAL: opSpec('LOAD_GLOBAL').code,
  LOAD_ATTR: opSpec('LOAD_ATTR').code,
  LOAD_SUPER_ATTR: opSpec('LOAD_SUPER_ATTR').code,
  LOAD_FAST: opSpec('LOAD_FAST').code,
  LOAD_FAST_CHECK: opSpec('LOAD_FAST_CHECK').code,
  LOAD_FAST_AND_CLEAR: opSpec('LOAD_FAST_AND_CLEAR').code,
  STORE_FAST: opSpec('STORE_FAST').code,
  DELETE_FAST: opSpec('DELETE_FAST').code,
  MAKE_CELL: opSpec('MAKE_CELL').code,
  LOAD_CLOSURE: opSpec('LOAD_CLOSURE').code,
  LOAD_DEREF: opSpec('LOAD_DEREF').code,
  STORE_DEREF: opSpec('STORE_DEREF').code,
  DELETE_DEREF: opSpec('DELETE_DEREF').code,
  LOAD_FROM_DICT_OR_DEREF: opSpec('LOAD_FROM_DICT_OR_DEREF').code,
  COPY_FREE_VARS: opSpec('COPY_FREE_VARS').code,
  YIELD_VALUE: opSpec('YIELD_VALUE').code,
  JUMP_FORWARD: opSpec('JUMP_FORWARD').code,
  JUMP_BACKWARD: opSpec('JUMP_BACKWARD').code,
  JUMP_BACKWARD_NO_INTERRUPT: opSpec('JUMP_BACKWARD_NO_INTERRUPT').code,
  EXTENDED_ARG: opSpec('EXTENDED_ARG').code,
  CACHE: opSpec('CACHE').code,
  // pseudo instructions
  SETUP_FINALLY: opSpec('SETUP_FINALLY').code,
  SETUP_CLEANUP: opSpec('SETUP_CLEANUP').code,
  SETUP_WITH: opSpec('SETUP_WITH').code,
  POP_BLOCK: opSpec('POP_BLOCK').code,
  JUMP: opSpec('JUMP').code,
  JUMP_NO_INTERRUPT: opSpec('JUMP_NO_INTERRUPT').code,
  LOAD_METHOD: opSpec('LOAD_METHOD').code,
  LOAD_SUPER_METHOD: opSpec('LOAD_SUPER_METHOD').code,
  LOAD_ZERO_SUPER_METHOD: opSpec('LOAD_ZERO_SUPER_METHOD').code,
  LOAD_ZERO_SUPER_ATTR: opSpec('LOAD_ZERO_SUPER_ATTR').code,
  STORE_FAST_MAYBE_NULL: opSpec('STORE_FAST_MAYBE_NULL').code,
} as const

// Opcode classes (Include/internal/pycore_opcode_utils.h), as flat lookup tables.
const TABLE_SIZE = 512
const jumpTable = new Uint8Array(TABLE_SIZE)
const constTable = new Uint8Array(TABLE_SIZE)
for (const s of OPCODES) {
  if (s.specializedFrom) continue
  if (s.jump !== null) jumpTable[s.code] = 1
  if (s.const) constTable[s.code] = 1
}

/** IS_JUMP_OPCODE: conditional and unconditional jumps, FOR_ITER, SEND */
export function isJumpOp(op: number): boolean {
  return jumpTable[op] === 1
}

/** IS_BLOCK_PUSH_OPCODE */
export function isBlockPush(op: number): boolean {
  return op === OP.SETUP_FINALLY || op === OP.SETUP_WITH || op === OP.SETUP_CLEANUP
}

/** HAS_TARGET */
export function hasTarget(op: number): boolean {
  return jumpTable[op] === 1 || isBlockPush(op)
}

/** HAS_CONST: LOAD_CONST and RETURN_CONST */
export function hasConst(op: number): boolean {
  return constTable[op] === 1
}

/** IS_SCOPE_EXIT_OPCODE */
export function isScopeExit(op: number): boolean {
  return op === OP.RETURN_VALUE || op === OP.RETURN_CONST || op === OP.RAISE_VARARGS || op === OP.RERAISE
}

/** IS_UNCONDITIONAL_JUMP_OPCODE */
export function isUnconditionalJump(op: number): boolean {
  return (
    op === OP.JUMP ||
    op === OP.JUMP_NO_INTERRUPT ||
    op === OP.JUMP_FORWARD ||
    op === OP.JUMP_BACKWARD ||
    op === OP.JUMP_BACKWARD_NO_INTERRUPT
  )
}

/** IS_TERMINATOR_OPCODE: must be the last instruction of its block */
export function isTerminator(op: number): boolean {
  return jumpTable[op] === 1 || isScopeExit(op)
}

/** _PyCompile_InstrSize: code units of an instruction with its EXTENDED_ARGs and caches */
const cacheTable = new Uint8Array(TABLE_SIZE)
for (const s of OPCODES) if (!s.pseudo) cacheTable[s.code] = s.cache
export function instrSize(opcode: number, oparg: number): number {
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0)
  return ext + 1 + cacheTable[opcode]
}

export const NO_LOC: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 })

/** _PyCfgInstruction */
export interface CfgInstr {
  opcode: number
  oparg: number
  loc: Location
  target: BasicBlock | null
  /** the handler in force at this instruction (i_except) */
  except: BasicBlock | null
}

/** _PyCfgExceptStack: handlers[0] is "no handler" */
export interface ExceptStack {
  handlers: (BasicBlock | null)[]
  depth: number
}

/** _PyCfgBasicblock */
export class BasicBlock {
  instrs: CfgInstr[] = []
  next: BasicBlock | null = null
  /** label id, -1 for none (only labelled blocks can be jump targets) */
  label = -1
  visited = false
  predecessors = 0
  startdepth = -2147483648
  offset = 0
  exceptHandler = false
  preserveLasti = false
  cold = false
  warm = false
  exceptStack: ExceptStack | null = null
  unsafeLo = 0
  unsafeHi = 0

  last(): CfgInstr | null {
    const n = this.instrs.length
    return n > 0 ? this.instrs[n - 1] : null
  }

  /** BB_NO_FALLTHROUGH negated */
  hasFallthrough(): boolean {
    const last = this.last()
    return !(last !== null && (isScopeExit(last.opcode) || isUnconditionalJump(last.opcode)))
  }

  /** basicblock_exits_scope */
  exitsScope(): boolean {
    const last = this.last()
    return last !== null && isScopeExit(last.opcode)
  }
}

/** _PyCfgBuilder: the blocks in layout order, from `entry` through `next`. */
export class CfgBuilder {
  entry: BasicBlock
  /** every block ever created (b_list), for resetting visit marks */
  all: BasicBlock[] = []
  private cur: BasicBlock
  private pendingLabel = -1
  /** the highest label id in use (get_max_label), for labels the passes add */
  maxLabel = -1

  constructor() {
    this.entry = this.newBlock()
    this.cur = this.entry
  }

  newBlock(): BasicBlock {
    const b = new BasicBlock()
    this.all.push(b)
    return b
  }

  /** cfg_builder_current_block_is_terminated */
  private currentIsTerminated(): boolean {
    const last = this.cur.last()
    if (last !== null && isTerminator(last.opcode)) return true
    if (this.pendingLabel >= 0) {
      if (last !== null || this.cur.label >= 0) return true
      this.cur.label = this.pendingLabel
      this.pendingLabel = -1
    }
    return false
  }

  /** cfg_builder_maybe_start_new_block */
  private maybeStartNewBlock(): void {
    if (this.currentIsTerminated()) {
      const b = this.newBlock()
      b.label = this.pendingLabel
      this.pendingLabel = -1
      this.cur.next = b
      this.cur = b
    }
  }

  /** _PyCfgBuilder_UseLabel */
  useLabel(label: number): void {
    this.pendingLabel = label
    this.maybeStartNewBlock()
  }

  /** _PyCfgBuilder_Addop */
  addop(opcode: number, oparg: number, loc: Location): void {
    this.maybeStartNewBlock()
    this.cur.instrs.push({ opcode, oparg, loc, target: null, except: null })
  }
}

/**
 * Pseudo instructions the code generator may hand over unconverted: the method/super
 * forms become LOAD_ATTR / LOAD_SUPER_ATTR with their flag bits, exactly as
 * compile.c compiler_addop_name encodes them.
 */
function lowerNamePseudo(opcode: number, oparg: number): [number, number] {
  switch (opcode) {
    case OP.LOAD_METHOD:
      return [OP.LOAD_ATTR, (oparg << 1) | 1]
    case OP.LOAD_SUPER_METHOD:
      return [OP.LOAD_SUPER_ATTR, (oparg << 2) | 3]
    case OP.LOAD_ZERO_SUPER_METHOD:
      return [OP.LOAD_SUPER_ATTR, (oparg << 2) | 1]
    case OP.LOAD_ZERO_SUPER_ATTR:
      return [OP.LOAD_SUPER_ATTR, oparg << 2]
    default:
      return [opcode, oparg]
  }
}

const END_FOR = opSpec('END_FOR').code
const END_ASYNC_FOR = opSpec('END_ASYNC_FOR').code
const PUSH_EXC_INFO = opSpec('PUSH_EXC_INFO').code
const CHECK_EXC_MATCH = opSpec('CHECK_EXC_MATCH').code

/**
 * Where CPython's code generator places labels nobody jumps to. The instruction
 * sequence only records jump targets, but compile.c also starts a block at every label
 * it uses, and block boundaries change what the optimiser may merge. These are the
 * unjumped labels of 3.12's compile.c that sit after a non-terminator: the `body` /
 * `block` label after SETUP_FINALLY / SETUP_WITH (try, with), the loop `end` label
 * after END_FOR / END_ASYNC_FOR (exact when the loop has no `else`), and an except
 * clause's `cleanup_body`: after the SETUP_CLEANUP of `except E as name:` and after the
 * POP_TOP that drops the exception in `except E:` / `except:`.
 */
export function implicitLabels(instrs: readonly Instr[]): number[] {
  const out: number[] = []
  const n = instrs.length
  const handlerTest = new Uint8Array(n + 1)
  for (let i = 0; i + 1 < n; i++) {
    if (instrs[i].opcode === CHECK_EXC_MATCH && instrs[i + 1].opcode === OP.POP_JUMP_IF_FALSE) {
      handlerTest[i + 2] = 1
      handlerTest[instrs[i + 1].oparg] = 1
    }
  }
  for (let i = 0; i + 1 < n; i++) {
    const op = instrs[i].opcode
    if (op === OP.SETUP_FINALLY || op === OP.SETUP_WITH || op === END_FOR || op === END_ASYNC_FOR) out.push(i + 1)
    else if (op === OP.SETUP_CLEANUP && instrs[i + 1].opcode !== PUSH_EXC_INFO) out.push(i + 1)
    else if (op === OP.POP_TOP && i > 0 && (handlerTest[i] || instrs[i - 1].opcode === PUSH_EXC_INFO)) out.push(i + 1)
  }
  return out
}

/**
 * compile.c instr_sequence_to_cfg. Blocks start at labels. With `labels` (the code
 * generator's label table: labels[id] = the instruction index where label `id` was
 * placed, -1 if never placed) the labels and their ids are exactly CPython's; without
 * it, labels are the jump targets plus implicitLabels(), numbered in position order.
 */
export function instrSequenceToCfg(instrs: readonly Instr[], labels?: readonly number[]): CfgBuilder {
  const n = instrs.length
  // A jump keeps its target's label id as argument until offsets are resolved, and
  // resolve_jump_offsets starts from those sizes (it matters near 255 / 65535).
  const labelId = new Int32Array(n + 1).fill(-1)
  let next = 0
  if (labels !== undefined) {
    // offset2lbl: with several labels at one position the last one wins
    labels.forEach((pos, id) => {
      if (pos >= 0 && pos <= n) labelId[pos] = id
    })
    next = labels.length
  } else {
    const isLabel = new Uint8Array(n + 1)
    for (let i = 0; i < n; i++) {
      const ins = instrs[i]
      if (hasTarget(ins.opcode)) isLabel[ins.oparg] = 1
    }
    for (const i of implicitLabels(instrs)) isLabel[i] = 1
    for (let i = 0; i <= n; i++) if (isLabel[i]) labelId[i] = next++
  }
  const g = new CfgBuilder()
  g.maxLabel = next - 1
  for (let i = 0; i < n; i++) {
    if (labelId[i] >= 0) g.useLabel(labelId[i])
    const ins = instrs[i]
    let opcode = ins.opcode
    let oparg = ins.oparg
    if (opcode >= 256) {
      if (hasTarget(opcode)) oparg = labelId[oparg]
      else [opcode, oparg] = lowerNamePseudo(opcode, oparg)
    } else if (jumpTable[opcode] === 1) {
      oparg = labelId[oparg]
    }
    g.addop(opcode, oparg, ins.loc)
  }
  translateJumpLabelsToTargets(g.entry, next)
  return g
}

/** translate_jump_labels_to_targets */
function translateJumpLabelsToTargets(entry: BasicBlock, nlabels: number): void {
  const byLabel: (BasicBlock | undefined)[] = new Array(nlabels)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) if (b.label >= 0) byLabel[b.label] = b
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (hasTarget(ins.opcode)) {
        const t = byLabel[ins.oparg]
        if (t === undefined) throw new Error(`jump to an instruction index that is not an instruction`)
        ins.target = t
      }
    }
  }
}

/** make_cfg_traversal_stack: clear the visit marks of every block in the chain */
export function resetVisited(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.visited = false
}

/** mark_except_handlers */
export function markExceptHandlers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) if (isBlockPush(ins.opcode)) ins.target!.exceptHandler = true
  }
}

function copyStack(s: ExceptStack): ExceptStack {
  return { handlers: s.handlers.slice(0, s.depth + 1), depth: s.depth }
}

/** push_except_block */
function pushExceptBlock(stack: ExceptStack, setup: CfgInstr): BasicBlock {
  const target = setup.target!
  if (setup.opcode === OP.SETUP_WITH || setup.opcode === OP.SETUP_CLEANUP) target.preserveLasti = true
  stack.depth++
  stack.handlers[stack.depth] = target
  return target
}

/** label_exception_targets: give every instruction the handler that covers it */
export function labelExceptionTargets(entry: BasicBlock): void {
  resetVisited(entry)
  const todo: BasicBlock[] = [entry]
  entry.visited = true
  entry.exceptStack = { handlers: [null], depth: 0 }
  while (todo.length > 0) {
    const b = todo.pop()!
    let stack: ExceptStack | null = b.exceptStack!
    b.exceptStack = null
    let handler: BasicBlock | null = stack.handlers[stack.depth]
    const instrs = b.instrs
    for (let i = 0; i < instrs.length; i++) {
      const ins = instrs[i]
      const op = ins.opcode
      if (isBlockPush(op)) {
        const t = ins.target!
        if (!t.visited) {
          t.exceptStack = copyStack(stack!)
          todo.push(t)
          t.visited = true
        }
        handler = pushExceptBlock(stack!, ins)
      } else if (op === OP.POP_BLOCK) {
        stack!.depth--
        handler = stack!.handlers[stack!.depth]
      } else if (isJumpOp(op)) {
        ins.except = handler
        const t = ins.target!
        if (!t.visited) {
          if (b.hasFallthrough()) {
            t.exceptStack = copyStack(stack!)
          } else {
            t.exceptStack = stack
            stack = null
          }
          todo.push(t)
          t.visited = true
        }
      } else {
        if (op === OP.YIELD_VALUE) ins.oparg = stack!.depth
        ins.except = handler
      }
    }
    if (b.hasFallthrough() && b.next !== null && !b.next.visited) {
      b.next.exceptStack = stack
      todo.push(b.next)
      b.next.visited = true
    }
  }
}

/** _PyCfg_Stackdepth: the deepest stack any path needs; sets every block's b_startdepth */
export function stackDepth(entry: BasicBlock, generatorLike: boolean): number {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.startdepth = -2147483648
  const stack: BasicBlock[] = []
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startdepth >= 0 && b.startdepth !== depth) throw new Error('Invalid CFG, inconsistent stackdepth')
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth
      stack.push(b)
    }
  }
  let maxdepth = 0
  push(entry, generatorLike ? 1 : 0)
  while (stack.length > 0) {
    const b = stack.pop()!
    let depth = b.startdepth
    let next = b.next
    for (const ins of b.instrs) {
      const newDepth = depth + stackEffect(ins.opcode, ins.oparg, false)
      if (newDepth > maxdepth) maxdepth = newDepth
      if (hasTarget(ins.opcode)) {
        const targetDepth = depth + stackEffect(ins.opcode, ins.oparg, true)
        if (targetDepth > maxdepth) maxdepth = targetDepth
        push(ins.target!, targetDepth)
      }
      depth = newDepth
      if (isUnconditionalJump(ins.opcode) || isScopeExit(ins.opcode)) {
        next = null
        break
      }
    }
    if (next !== null) push(next, depth)
  }
  return maxdepth
}

/** opname for diagnostics */
export function opNameOf(op: number): string {
  return opSpecByCode(op)?.name ?? OPCODES.find((s) => s.code === op)?.name ?? `<${op}>`
}
