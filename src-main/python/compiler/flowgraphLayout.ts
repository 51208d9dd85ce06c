// Block order, line numbers and the last lowering steps of the flow graph
// (Python/flowgraph.c, CPython 3.12): cold blocks (exception handlers and what only
// they reach) pushed to the end, exits without a line number duplicated so each can
// inherit one (PEP 626), pseudo instructions turned into real ones, and jump
// directions and offsets resolved.

import {
  BasicBlock,
  type CfgBuilder,
  type CfgInstr,
  NO_LOC,
  OP,
  instrSize,
  isBlockPush,
  isJumpOp,
  resetVisited,
} from './flowgraph'
import { removeRedundantJumps, removeRedundantNops } from './flowgraphOptimize'

/** mark_warm: everything reachable from the entry without raising */
function markWarm(entry: BasicBlock): void {
  resetVisited(entry)
  const stack: BasicBlock[] = [entry]
  entry.visited = true
  while (stack.length > 0) {
    const b = stack.pop()!
    b.warm = true
    const next = b.next
    if (next !== null && b.hasFallthrough() && !next.visited) {
      stack.push(next)
      next.visited = true
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.opcode) && !ins.target!.visited) {
        stack.push(ins.target!)
        ins.target!.visited = true
      }
    }
  }
}

/** mark_cold: exception handlers and the blocks only they reach */
function markCold(entry: BasicBlock): void {
  markWarm(entry)
  resetVisited(entry)
  const stack: BasicBlock[] = []
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b)
      b.visited = true
    }
  }
  while (stack.length > 0) {
    const b = stack.pop()!
    b.cold = true
    const next = b.next
    if (next !== null && b.hasFallthrough() && !next.warm && !next.visited) {
      stack.push(next)
      next.visited = true
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.opcode)) {
        const t = ins.target!
        if (!t.warm && !t.visited) {
          stack.push(t)
          t.visited = true
        }
      }
    }
  }
}

/** push_cold_blocks_to_end */
export function pushColdBlocksToEnd(g: CfgBuilder): void {
  const entry = g.entry
  if (entry.next === null) return
  markCold(entry)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.cold && b.hasFallthrough() && b.next !== null && b.next.warm) {
      const jump = g.newBlock()
      if (b.next.label < 0) b.next.label = ++g.maxLabel
      jump.instrs.push({ opcode: OP.JUMP, oparg: b.next.label, loc: NO_LOC, target: b.next, except: null })
      jump.cold = true
      jump.next = b.next
      b.next = jump
    }
  }
  let coldHead: BasicBlock | null = null
  let coldTail: BasicBlock | null = null
  let b = entry
  while (b.next !== null) {
    while (b.next !== null && !b.next.cold) b = b.next
    if (b.next === null) break
    let end: BasicBlock = b.next
    while (end.next !== null && end.next.cold) end = end.next
    if (coldHead === null) coldHead = b.next
    else coldTail!.next = b.next
    coldTail = end
    b.next = end.next
    end.next = null
  }
  b.next = coldHead
  if (coldHead !== null) removeRedundantJumps(entry)
}

/** is_exit_without_lineno */
function isExitWithoutLineno(b: BasicBlock): boolean {
  if (!b.exitsScope()) return false
  for (const ins of b.instrs) if (ins.loc.lineno >= 0) return false
  return true
}

/** duplicate_exits_without_lineno */
function duplicateExitsWithoutLineno(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    const last = b.last()!
    if (isJumpOp(last.opcode)) {
      const target = last.target!
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const copy = g.newBlock()
        for (const ins of target.instrs) copy.instrs.push({ ...ins })
        copy.instrs[0].loc = last.loc
        last.target = copy
        target.predecessors--
        copy.predecessors = 1
        copy.next = target.next
        copy.label = ++g.maxLabel
        target.next = copy
      }
    }
  }
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    if (b.hasFallthrough() && b.next !== null && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) b.next.instrs[0].loc = b.last()!.loc
    }
  }
}

/** propagate_line_numbers */
function propagateLineNumbers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = b.last()
    if (last === null) continue
    let prev = NO_LOC
    for (const ins of b.instrs) {
      if (ins.loc.lineno < 0) ins.loc = prev
      else prev = ins.loc
    }
    if (b.hasFallthrough() && b.next!.predecessors === 1) {
      const first = b.next!.instrs[0]
      if (first.loc.lineno < 0) first.loc = prev
    }
    if (isJumpOp(last.opcode)) {
      const target = last.target!
      if (target.predecessors === 1 && target.instrs[0].loc.lineno < 0) target.instrs[0].loc = prev
    }
  }
}

/** guarantee_lineno_for_exits (3.12 only patches RETURN_VALUE, not RETURN_CONST) */
function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = b.last()
    if (last === null) continue
    if (last.loc.lineno < 0) {
      if (last.opcode === OP.RETURN_VALUE) {
        for (const ins of b.instrs) ins.loc = { ...ins.loc, lineno }
      }
    } else {
      lineno = last.loc.lineno
    }
  }
}

/** resolve_line_numbers */
export function resolveLineNumbers(g: CfgBuilder, firstlineno: number): void {
  duplicateExitsWithoutLineno(g)
  propagateLineNumbers(g.entry)
  guaranteeLinenoForExits(g.entry, firstlineno)
}

/** _PyCfg_ConvertPseudoOps: block pushes and pops vanish, STORE_FAST_MAYBE_NULL is a store */
export function convertPseudoOps(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.opcode) || ins.opcode === OP.POP_BLOCK) {
        ins.opcode = OP.NOP
        ins.oparg = 0
      } else if (ins.opcode === OP.STORE_FAST_MAYBE_NULL) {
        ins.opcode = OP.STORE_FAST
      }
    }
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) removeRedundantNops(b)
}

const REVERSED = new Map<number, number>([
  [OP.POP_JUMP_IF_NOT_NONE, OP.POP_JUMP_IF_NONE],
  [OP.POP_JUMP_IF_NONE, OP.POP_JUMP_IF_NOT_NONE],
  [OP.POP_JUMP_IF_FALSE, OP.POP_JUMP_IF_TRUE],
  [OP.POP_JUMP_IF_TRUE, OP.POP_JUMP_IF_FALSE],
])

/** normalize_jumps_in_block: pick jump directions; backward conditionals get inverted */
function normalizeJumpsInBlock(g: CfgBuilder, b: BasicBlock): void {
  const last = b.last()
  if (last === null || !isJumpOp(last.opcode)) return
  const isForward = !last.target!.visited
  if (last.opcode === OP.JUMP) {
    last.opcode = isForward ? OP.JUMP_FORWARD : OP.JUMP_BACKWARD
    return
  }
  if (last.opcode === OP.JUMP_NO_INTERRUPT) {
    last.opcode = isForward ? OP.JUMP_FORWARD : OP.JUMP_BACKWARD_NO_INTERRUPT
    return
  }
  const reversed = REVERSED.get(last.opcode) ?? 0
  if (isForward) return
  const target = last.target!
  const back = g.newBlock()
  const jump: CfgInstr = { opcode: OP.JUMP, oparg: target.label, loc: last.loc, target, except: null }
  back.instrs.push(jump)
  last.opcode = reversed
  last.target = b.next
  back.cold = b.cold
  back.next = b.next
  b.next = back
}

/** normalize_jumps */
function normalizeJumps(g: CfgBuilder): void {
  resetVisited(g.entry)
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    b.visited = true
    normalizeJumpsInBlock(g, b)
  }
}

/** resolve_jump_offsets: block offsets and relative jump arguments, until sizes settle */
function resolveJumpOffsets(entry: BasicBlock): void {
  let again = true
  while (again) {
    let total = 0
    for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
      b.offset = total
      for (const ins of b.instrs) total += instrSize(ins.opcode, ins.oparg)
    }
    again = false
    for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
      let pos = b.offset
      for (const ins of b.instrs) {
        const isize = instrSize(ins.opcode, ins.oparg)
        pos += isize
        if (isJumpOp(ins.opcode)) {
          const t = ins.target!.offset
          ins.oparg = t < pos ? pos - t : t - pos
          if (instrSize(ins.opcode, ins.oparg) !== isize) again = true
        }
      }
    }
  }
}

/** _PyCfg_ResolveJumps */
export function resolveJumps(g: CfgBuilder): void {
  normalizeJumps(g)
  resolveJumpOffsets(g.entry)
}
