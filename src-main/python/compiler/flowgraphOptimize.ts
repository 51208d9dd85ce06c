// The optimisations CPython 3.12 applies to the flow graph (Python/flowgraph.c
// optimize_cfg and friends): small exit blocks inlined, constant conditions folded,
// tuples of constants folded, jumps threaded, SWAPs minimised or applied statically,
// redundant NOPs / pairs / jumps removed, unreachable blocks dropped, unused constants
// removed, and LOAD_FAST turned into LOAD_FAST_CHECK where a local may be unbound.

import type { ConstValue } from '../objects/constant'
import {
  BasicBlock,
  type CfgInstr,
  OP,
  hasConst,
  hasTarget,
  isBlockPush,
  isJumpOp,
  isUnconditionalJump,
  resetVisited,
} from './flowgraph'
import { constIsTrue, constKey } from './flowgraphConsts'

/** The unit's constant list plus a key index for finding merged duplicates. */
export class ConstPool {
  private index: Map<string, number> | null = null
  constructor(public consts: ConstValue[]) {}

  /**
   * fold_tuple_on_constants' lookup: the index of an equal tuple constant, appending it
   * if new (only tuples can equal a folded tuple, so only they are indexed).
   */
  indexOf(v: readonly ConstValue[]): number {
    if (this.index === null) {
      this.index = new Map()
      for (let i = 0; i < this.consts.length; i++) {
        const c = this.consts[i]
        if (!Array.isArray(c)) continue
        const k = constKey(c)
        if (!this.index.has(k)) this.index.set(k, i)
      }
    }
    const k = constKey(v)
    const found = this.index.get(k)
    if (found !== undefined) return found
    this.consts.push(v)
    this.index.set(k, this.consts.length - 1)
    return this.consts.length - 1
  }
}

function setNop(ins: CfgInstr): void {
  ins.opcode = OP.NOP
  ins.oparg = 0
}

/** eliminate_empty_basic_blocks; returns the (possibly new) entry block */
export function eliminateEmptyBasicBlocks(entry: BasicBlock): BasicBlock {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    let next: BasicBlock | null = b.next
    while (next !== null && next.instrs.length === 0) next = next.next
    b.next = next
  }
  let e: BasicBlock | null = entry
  while (e !== null && e.instrs.length === 0) e = e.next
  if (e === null) throw new Error('empty code unit')
  for (let b: BasicBlock | null = e; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (hasTarget(ins.opcode)) {
        let t = ins.target!
        while (t.instrs.length === 0) t = t.next!
        ins.target = t
      }
    }
  }
  return e
}

/** remove_redundant_nops: drop NOPs whose line is already covered; returns how many */
export function removeRedundantNops(bb: BasicBlock): number {
  const ins = bb.instrs
  const n = ins.length
  let dest = 0
  let prevLineno = -1
  for (let src = 0; src < n; src++) {
    const cur = ins[src]
    const lineno = cur.loc.lineno
    if (cur.opcode === OP.NOP) {
      if (lineno < 0) continue
      if (prevLineno === lineno) continue
      if (src < n - 1) {
        const nextLineno = ins[src + 1].loc.lineno
        if (nextLineno === lineno) continue
        if (nextLineno < 0) {
          ins[src + 1].loc = cur.loc
          continue
        }
      } else {
        let next: BasicBlock | null = bb.next
        while (next !== null && next.instrs.length === 0) next = next.next
        if (next !== null && lineno === next.instrs[0].loc.lineno) continue
      }
    }
    if (dest !== src) ins[dest] = cur
    dest++
    prevLineno = lineno
  }
  const removed = n - dest
  ins.length = dest
  return removed
}

/** remove_redundant_nops_and_pairs: LOAD_CONST/POP_TOP and COPY 1/POP_TOP cancel out */
function removeRedundantNopsAndPairs(entry: BasicBlock): void {
  let done = false
  while (!done) {
    done = true
    let instr: CfgInstr | null = null
    for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
      removeRedundantNops(b)
      if (b.label >= 0) instr = null
      for (const cur of b.instrs) {
        const prev: CfgInstr | null = instr
        instr = cur
        if (cur.opcode === OP.POP_TOP && prev !== null) {
          if (prev.opcode === OP.LOAD_CONST || (prev.opcode === OP.COPY && prev.oparg === 1)) {
            setNop(prev)
            setNop(cur)
            done = false
          }
        }
      }
      if ((instr !== null && isJumpOp(instr.opcode)) || !b.hasFallthrough()) instr = null
    }
  }
}

/** remove_redundant_jumps: an unconditional jump to the next block becomes a NOP */
export function removeRedundantJumps(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = b.last()
    if (last !== null && isUnconditionalJump(last.opcode) && last.target === b.next) setNop(last)
  }
}

const MAX_COPY_SIZE = 4

/** inline_small_exit_blocks */
function inlineSmallExitBlocks(bb: BasicBlock): void {
  const last = bb.last()
  if (last === null || !isUnconditionalJump(last.opcode)) return
  const target = last.target!
  if (target.exitsScope() && target.instrs.length <= MAX_COPY_SIZE) {
    setNop(last)
    for (const ins of target.instrs) bb.instrs.push({ ...ins })
  }
}

/** jump_thread: retarget a jump whose target is itself a jump */
function jumpThread(inst: CfgInstr, target: CfgInstr, opcode: number): boolean {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target
    inst.opcode = opcode
    return true
  }
  return false
}

/** fold_tuple_on_constants: LOAD_CONST x n; BUILD_TUPLE n -> LOAD_CONST (tuple) */
function foldTupleOnConstants(instrs: CfgInstr[], start: number, n: number, pool: ConstPool): void {
  for (let i = 0; i < n; i++) if (!hasConst(instrs[start + i].opcode)) return
  const items: ConstValue[] = []
  for (let i = 0; i < n; i++) {
    const ins = instrs[start + i]
    if (ins.opcode !== OP.LOAD_CONST) throw new Error('Internal error: failed to get value of a constant')
    items.push(pool.consts[ins.oparg])
  }
  const index = pool.indexOf(items)
  for (let i = 0; i < n; i++) setNop(instrs[start + i])
  instrs[start + n].opcode = OP.LOAD_CONST
  instrs[start + n].oparg = index
}

const VISITED = -1

/** swaptimize: replace a run of SWAPs and NOPs by the shortest equivalent; returns new i */
function swaptimize(block: BasicBlock, ix: number): number {
  const instrs = block.instrs
  let depth = instrs[ix].oparg
  let len = 0
  let more = false
  const limit = instrs.length - ix
  while (++len < limit) {
    const op = instrs[ix + len].opcode
    if (op === OP.SWAP) {
      depth = Math.max(depth, instrs[ix + len].oparg)
      more = true
    } else if (op !== OP.NOP) {
      break
    }
  }
  if (!more) return ix
  const stack: number[] = []
  for (let i = 0; i < depth; i++) stack.push(i)
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i]
    if (ins.opcode === OP.SWAP) {
      const top = stack[0]
      stack[0] = stack[ins.oparg - 1]
      stack[ins.oparg - 1] = top
    }
  }
  let current = len - 1
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue
    let j = i
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--]
        ins.opcode = OP.SWAP
        ins.oparg = j + 1
      }
      if (stack[j] === VISITED) break
      const nextJ = stack[j]
      stack[j] = VISITED
      j = nextJ
    }
  }
  while (current >= 0) setNop(instrs[ix + current--])
  return ix + len - 1
}

function swappable(op: number): boolean {
  return op === OP.STORE_FAST || op === OP.STORE_FAST_MAYBE_NULL || op === OP.POP_TOP
}

function storesTo(ins: CfgInstr): number {
  return ins.opcode === OP.STORE_FAST || ins.opcode === OP.STORE_FAST_MAYBE_NULL ? ins.oparg : -1
}

/** next_swappable_instruction */
function nextSwappable(block: BasicBlock, i: number, lineno: number): number {
  const instrs = block.instrs
  while (++i < instrs.length) {
    const ins = instrs[i]
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1
    if (ins.opcode === OP.NOP) continue
    if (swappable(ins.opcode)) return i
    return -1
  }
  return -1
}

/** apply_static_swaps: SWAP 2; POP_TOP; STORE_FAST x -> STORE_FAST x; POP_TOP */
function applyStaticSwaps(block: BasicBlock, i: number): void {
  const instrs = block.instrs
  for (; i >= 0; i--) {
    const swap = instrs[i]
    if (swap.opcode !== OP.SWAP) {
      if (swap.opcode === OP.NOP || swappable(swap.opcode)) continue
      return
    }
    const j = nextSwappable(block, i, -1)
    if (j < 0) return
    let k = j
    const lineno = instrs[j].loc.lineno
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappable(block, k, lineno)
      if (k < 0) return
    }
    const storeJ = storesTo(instrs[j])
    const storeK = storesTo(instrs[k])
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(instrs[idx])
        if (s >= 0 && (s === storeJ || s === storeK)) return
      }
    }
    setNop(swap)
    const temp = instrs[j]
    instrs[j] = instrs[k]
    instrs[k] = temp
  }
}

const NOP_INSTR: CfgInstr = Object.freeze({
  opcode: 9,
  oparg: 0,
  loc: { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 },
  target: null,
  except: null,
}) as CfgInstr

/** optimize_basic_block: the peephole rules within one block */
function optimizeBasicBlock(bb: BasicBlock, pool: ConstPool): void {
  const instrs = bb.instrs
  let target: CfgInstr = NOP_INSTR
  let opcode = 0
  let oparg = 0
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]
    const isCopyOfLoadConst = opcode === OP.LOAD_CONST && inst.opcode === OP.COPY && inst.oparg === 1
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode
      oparg = inst.oparg
      target = hasTarget(opcode) ? inst.target!.instrs[0] : NOP_INSTR
    }
    const nextop = i + 1 < instrs.length ? instrs[i + 1].opcode : 0
    switch (opcode) {
      case OP.LOAD_CONST:
        switch (nextop) {
          case OP.POP_JUMP_IF_FALSE:
          case OP.POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(pool.consts[oparg])
            setNop(inst)
            const jumpIfTrue = nextop === OP.POP_JUMP_IF_TRUE
            if (isTrue === jumpIfTrue) instrs[i + 1].opcode = OP.JUMP
            else setNop(instrs[i + 1])
            break
          }
          case OP.IS_OP: {
            const cnt = pool.consts[oparg]
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2].opcode : 0
            if (cnt === null && (jumpOp === OP.POP_JUMP_IF_FALSE || jumpOp === OP.POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1].oparg & 0xff
              setNop(inst)
              setNop(instrs[i + 1])
              instrs[i + 2].opcode =
                nextarg ^ (jumpOp === OP.POP_JUMP_IF_FALSE ? 1 : 0) ? OP.POP_JUMP_IF_NOT_NONE : OP.POP_JUMP_IF_NONE
            }
            break
          }
          case OP.RETURN_VALUE:
            setNop(inst)
            i++
            instrs[i].opcode = OP.RETURN_CONST
            instrs[i].oparg = oparg
            break
        }
        break
      case OP.BUILD_TUPLE:
        if (nextop === OP.UNPACK_SEQUENCE && oparg === instrs[i + 1].oparg) {
          if (oparg === 1) {
            setNop(inst)
            setNop(instrs[i + 1])
            continue
          }
          if (oparg === 2 || oparg === 3) {
            setNop(inst)
            instrs[i + 1].opcode = OP.SWAP
            continue
          }
        }
        if (i >= oparg) foldTupleOnConstants(instrs, i - oparg, oparg, pool)
        break
      case OP.POP_JUMP_IF_NOT_NONE:
      case OP.POP_JUMP_IF_NONE:
      case OP.POP_JUMP_IF_FALSE:
      case OP.POP_JUMP_IF_TRUE:
      case OP.JUMP:
        if (target.opcode === OP.JUMP && jumpThread(inst, target, inst.opcode)) i--
        break
      case OP.SWAP:
        if (oparg === 1) {
          setNop(inst)
          break
        }
        i = swaptimize(bb, i)
        applyStaticSwaps(bb, i)
        break
      case OP.PUSH_NULL:
        // CPython tests the opcode's low bit here, not the argument's (always even)
        if (nextop === OP.LOAD_GLOBAL && (instrs[i + 1].opcode & 1) === 0) {
          setNop(inst)
          instrs[i + 1].oparg |= 1
        }
        break
      default:
        break
    }
  }
}

/** mark_reachable: count predecessors from the entry */
function markReachable(entry: BasicBlock): void {
  resetVisited(entry)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.predecessors = 0
  const stack: BasicBlock[] = [entry]
  entry.predecessors = 1
  while (stack.length > 0) {
    const b = stack.pop()!
    b.visited = true
    if (b.next !== null && b.hasFallthrough()) {
      if (!b.next.visited) stack.push(b.next)
      b.next.predecessors++
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.opcode) || isBlockPush(ins.opcode)) {
        const t = ins.target!
        if (!t.visited) stack.push(t)
        t.predecessors++
      }
    }
  }
}

/** optimize_cfg; returns the new entry block */
export function optimizeCfg(entryIn: BasicBlock, pool: ConstPool): BasicBlock {
  let entry = eliminateEmptyBasicBlocks(entryIn)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) inlineSmallExitBlocks(b)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) optimizeBasicBlock(b, pool)
  removeRedundantNopsAndPairs(entry)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) inlineSmallExitBlocks(b)
  markReachable(entry)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) if (b.predecessors === 0) b.instrs.length = 0
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) removeRedundantNops(b)
  entry = eliminateEmptyBasicBlocks(entry)
  removeRedundantJumps(entry)
  return entry
}

/** remove_unused_consts: drop constants nothing loads (index 0, a docstring maybe, stays) */
export function removeUnusedConsts(entry: BasicBlock, pool: ConstPool): void {
  const consts = pool.consts
  const n = consts.length
  if (n === 0) return
  const used = new Uint8Array(n)
  used[0] = 1
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) if (hasConst(ins.opcode)) used[ins.oparg] = 1
  }
  const remap = new Int32Array(n).fill(-1)
  const kept: ConstValue[] = []
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      remap[i] = kept.length
      kept.push(consts[i])
    }
  }
  if (kept.length === n) return
  pool.consts = kept
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) if (hasConst(ins.opcode)) ins.oparg = remap[ins.oparg]
  }
}

// 64-bit "may be unbound" masks as two 32-bit halves (b_unsafe_locals_mask).

/** maybe_push */
function maybePush(b: BasicBlock, lo: number, hi: number, stack: BasicBlock[]): void {
  const bothLo = (b.unsafeLo | lo) >>> 0
  const bothHi = (b.unsafeHi | hi) >>> 0
  if (b.unsafeLo !== bothLo || b.unsafeHi !== bothHi) {
    b.unsafeLo = bothLo
    b.unsafeHi = bothHi
    if (!b.visited) {
      stack.push(b)
      b.visited = true
    }
  }
}

/** scan_block_for_locals */
function scanBlockForLocals(b: BasicBlock, stack: BasicBlock[]): void {
  let lo = b.unsafeLo
  let hi = b.unsafeHi
  for (const ins of b.instrs) {
    if (ins.except !== null) maybePush(ins.except, lo, hi, stack)
    const arg = ins.oparg
    if (arg >= 64) continue
    const bitLo = arg < 32 ? (1 << arg) >>> 0 : 0
    const bitHi = arg >= 32 ? (1 << (arg - 32)) >>> 0 : 0
    switch (ins.opcode) {
      case OP.DELETE_FAST:
      case OP.LOAD_FAST_AND_CLEAR:
      case OP.STORE_FAST_MAYBE_NULL:
        lo = (lo | bitLo) >>> 0
        hi = (hi | bitHi) >>> 0
        break
      case OP.STORE_FAST:
      case OP.LOAD_FAST_CHECK:
        lo = (lo & ~bitLo) >>> 0
        hi = (hi & ~bitHi) >>> 0
        break
      case OP.LOAD_FAST:
        if ((lo & bitLo) !== 0 || (hi & bitHi) !== 0) ins.opcode = OP.LOAD_FAST_CHECK
        lo = (lo & ~bitLo) >>> 0
        hi = (hi & ~bitHi) >>> 0
        break
    }
  }
  if (b.next !== null && b.hasFallthrough()) maybePush(b.next, lo, hi, stack)
  const last = b.last()
  if (last !== null && isJumpOp(last.opcode)) maybePush(last.target!, lo, hi, stack)
}

/** fast_scan_many_locals: locals past the 64th, one block at a time */
function fastScanManyLocals(entry: BasicBlock, nlocals: number): void {
  const states = new Int32Array(nlocals - 64)
  let blocknum = 0
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    blocknum++
    for (const ins of b.instrs) {
      const arg = ins.oparg
      if (arg < 64) continue
      switch (ins.opcode) {
        case OP.DELETE_FAST:
        case OP.LOAD_FAST_AND_CLEAR:
        case OP.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1
          break
        case OP.STORE_FAST:
          states[arg - 64] = blocknum
          break
        case OP.LOAD_FAST:
          if (states[arg - 64] !== blocknum) ins.opcode = OP.LOAD_FAST_CHECK
          states[arg - 64] = blocknum
          break
      }
    }
  }
}

/** add_checks_for_loads_of_uninitialized_variables */
export function addChecksForLoadsOfUninitializedVariables(entry: BasicBlock, nlocals: number, nparams: number): void {
  if (nlocals === 0) return
  if (nlocals > 64) {
    fastScanManyLocals(entry, nlocals)
    nlocals = 64
  }
  resetVisited(entry)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    b.unsafeLo = 0
    b.unsafeHi = 0
  }
  const stack: BasicBlock[] = []
  let lo = 0
  let hi = 0
  for (let i = nparams; i < nlocals; i++) {
    if (i < 32) lo = (lo | (1 << i)) >>> 0
    else hi = (hi | (1 << (i - 32))) >>> 0
  }
  maybePush(entry, lo, hi, stack)
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) scanBlockForLocals(b, stack)
  while (stack.length > 0) {
    const b = stack.pop()!
    b.visited = false
    scanBlockForLocals(b, stack)
  }
}
