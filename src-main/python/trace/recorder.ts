// Recording a run at the level it asks for, compactly: one row of typed arrays per event
// (kind 1 byte, code 4, line 4, depth 2, offset 4 = 15 bytes), never an object per event.
//
// The events are sys.settrace's, derived the way CPython 3.12 derives its legacy trace
// events from sys.monitoring (Python/legacy_tracing.c, Python/instrumentation.c):
//  - call: a frame starts, or a generator/coroutine frame resumes;
//  - line: an instruction starts a new line, or a backward jump lands on a line start;
//  - return: a frame returns, yields, or is left by an exception;
//  - exception: an exception is raised in, or propagates into, a frame.
// A shadow stack of frames turns the VM's instruction stream into these boundaries, so
// the eval loop needs no tracing logic of its own beyond calling the hooks.

import type { TraceCodeJson, TraceEventJson, TraceEventKind, TraceFileJson, TraceLevel } from '../../../src-shared/trace'
import type { Tracer } from '../vm/state'
import type { Frame } from '../vm/frame'
import type { PyCode } from '../objects/codeobj'
import { opName } from '../bytecode/opcodes'
import { eventMarks } from './eventMarks'

export const KIND_CODES: readonly TraceEventKind[] = ['call', 'line', 'return', 'exception', 'opcode']
const CALL = 0
const LINE = 1
const RETURN = 2
const EXCEPTION = 3
const OPCODE = 4

interface CodeInfo {
  id: number
  code: PyCode
  /** per code unit: true where a backward jump lands (those re-fire line events) */
  backTarget: Uint8Array
  /**
   * code unit of the first RESUME. CPython starts tracing a frame there (PY_START):
   * the prologue before it (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR) is not traced,
   * so creating a generator object emits nothing.
   */
  resumeAt: number
}

interface Shadow {
  frame: Frame
  depth: number
  info: CodeInfo
  line: number
  lasti: number
}

function firstResume(code: PyCode): number {
  const bytes = code.co.co_code
  for (let i = 0; i < bytes.length >> 1; i++) if (opName(bytes[2 * i]) === 'RESUME') return i
  return 0
}

/** backward-jump targets of a code object, from its bytecode (JUMP_BACKWARD and friends) */
function backwardTargets(code: PyCode): Uint8Array {
  const bytes = code.co.co_code
  const n = bytes.length >> 1
  const out = new Uint8Array(n)
  let ext = 0
  for (let i = 0; i < n; i++) {
    const name = opName(bytes[2 * i])
    const arg = (ext << 8) | bytes[2 * i + 1]
    ext = name === 'EXTENDED_ARG' ? arg : 0
    // only JUMP_BACKWARD is instrumented for jumps; the NO_INTERRUPT form of yield from and await is not
    if (name === 'JUMP_BACKWARD') {
      const target = i + 1 - arg
      if (target >= 0 && target < n) out[target] = 1
    }
  }
  return out
}

export class TraceRecorder implements Tracer {
  private kinds = new Uint8Array(1 << 14)
  private codeIds = new Int32Array(1 << 14)
  private lines = new Int32Array(1 << 14)
  private depths = new Uint16Array(1 << 14)
  private offsets = new Int32Array(1 << 14)
  length = 0
  private readonly codes: CodeInfo[] = []
  private readonly codeIndex = new Map<PyCode, CodeInfo>()
  private readonly stack: Shadow[] = []
  private readonly instructions: boolean

  /** calls and lines only: the VM calls onInstruction only where a line event can start */
  readonly sparse: boolean

  constructor(readonly level: TraceLevel, opts: { dense?: boolean } = {}) {
    this.instructions = level === 'instructions'
    this.sparse = !this.instructions && opts.dense !== true
  }

  private info(code: PyCode): CodeInfo {
    let i = this.codeIndex.get(code)
    if (i === undefined) {
      i = { id: this.codes.length, code, backTarget: backwardTargets(code), resumeAt: firstResume(code) }
      this.codes.push(i)
      this.codeIndex.set(code, i)
      if (this.sparse) code.traceMarks ??= eventMarks(code)
    }
    return i
  }

  private push(kind: number, s: Shadow, line: number, lasti: number): void {
    if (this.length === this.kinds.length) this.grow()
    const n = this.length++
    this.kinds[n] = kind
    this.codeIds[n] = s.info.id
    this.lines[n] = line
    this.depths[n] = s.depth
    this.offsets[n] = lasti * 2
  }

  private grow(): void {
    // four times larger: long runs copy their events about a third as often as doubling
    const size = this.kinds.length * 4
    const g = <T extends Uint8Array | Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(size)
      b.set(a)
      return b
    }
    this.kinds = g(this.kinds, (n) => new Uint8Array(n))
    this.codeIds = g(this.codeIds, (n) => new Int32Array(n))
    this.lines = g(this.lines, (n) => new Int32Array(n))
    this.depths = g(this.depths, (n) => new Uint16Array(n))
    this.offsets = g(this.offsets, (n) => new Int32Array(n))
  }

  /** bytes used by the recorded events (the compact store, not the code table) */
  get bytesPerEvent(): number {
    return 1 + 4 + 4 + 2 + 4
  }

  private popShadow(): Shadow {
    return this.stack.pop()!
  }

  /** make `frame` the top of the shadow stack, emitting the returns and calls that implies */
  private enter(frame: Frame): Shadow {
    const top = this.stack[this.stack.length - 1]
    if (top !== undefined && top.frame === frame) return top
    // a frame that has not run an instruction yet cannot be on the shadow stack
    const at = frame.lasti < 0 ? -1 : this.stack.findIndex((s) => s.frame === frame)
    if (at >= 0) {
      // frames above it were left without a RETURN we saw: a yield or an exception
      while (this.stack.length > at + 1) {
        const s = this.popShadow()
        this.push(RETURN, s, s.line, s.lasti)
      }
      return this.stack[at]
    }
    // a frame we have not seen running: its caller is the frame below it on the VM's chain
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].frame !== frame.back) {
      const s = this.popShadow()
      this.push(RETURN, s, s.line, s.lasti)
    }
    const info = this.info(frame.code)
    const resumed = frame.lasti > info.resumeAt
    const lasti = resumed ? frame.lasti : info.resumeAt
    const line = frame.code.lineAt(lasti)
    // a fresh frame reports the first line after RESUME whatever it is; a resumed one
    // continues from the line it was suspended on
    const s: Shadow = { frame, depth: this.stack.length, info, line: resumed ? line : -1, lasti }
    this.stack.push(s)
    this.push(CALL, s, line, lasti)
    return s
  }

  /** the frame's prologue (before RESUME) is not traced */
  private inPrologue(frame: Frame, lasti: number): boolean {
    return lasti < this.info(frame.code).resumeAt
  }

  private onStack(frame: Frame): boolean {
    return this.stack.some((s) => s.frame === frame)
  }

  onCall(frame: Frame): void {
    if ((frame.lasti < 0 || !this.onStack(frame)) && this.info(frame.code).resumeAt > 0) return
    this.enter(frame)
  }

  onInstruction(frame: Frame, lasti: number): void {
    // fast path: still in the frame of the previous event (no Map lookup, no prologue check)
    const top = this.stack[this.stack.length - 1]
    let s: Shadow
    if (top !== undefined && top.frame === frame) s = top
    else {
      if (this.inPrologue(frame, lasti)) return
      s = this.enter(frame)
    }
    if (lasti === s.info.resumeAt && s.line < 0) {
      s.lasti = lasti
      if (this.instructions) this.push(OPCODE, s, s.line, lasti)
      return
    }
    const line = frame.code.lineAt(lasti)
    if (line >= 0 && (line !== s.line || (lasti <= s.lasti && s.info.backTarget[lasti] === 1))) {
      s.line = line
      s.lasti = lasti
      this.push(LINE, s, line, lasti)
    }
    s.lasti = lasti
    if (this.instructions) this.push(OPCODE, s, s.line, lasti)
  }

  onReturn(frame: Frame): void {
    if (!this.onStack(frame)) return
    const s = this.enter(frame)
    // a sparse trace did not see every instruction: the frame knows where it is
    if (frame.lasti >= 0) s.lasti = frame.lasti
    this.popShadow()
    this.push(RETURN, s, s.line, s.lasti)
  }

  onException(frame: Frame): void {
    if (frame.lasti >= 0 && this.inPrologue(frame, frame.lasti)) return
    const s = this.enter(frame)
    if (frame.lasti >= 0) s.lasti = frame.lasti
    this.push(EXCEPTION, s, s.line, s.lasti)
  }

  /** the run ended: frames still on the shadow stack were left by an uncaught exception */
  finish(): void {
    while (this.stack.length > 0) {
      const s = this.popShadow()
      this.push(RETURN, s, s.line, s.lasti)
    }
  }

  event(i: number): TraceEventJson {
    const c = this.codes[this.codeIds[i]].code
    return {
      kind: KIND_CODES[this.kinds[i]],
      qualname: c.qualname,
      lineno: this.lines[i],
      depth: this.depths[i],
      code: this.codeIds[i],
      offset: this.offsets[i],
    }
  }

  /** the events as columns of numbers, at most `max` of them (the first ones) */
  columns(max = Infinity): { kinds: number[]; codeIds: number[]; lines: number[]; depths: number[]; dropped: number } {
    const n = Math.min(this.length, max)
    return {
      kinds: Array.from(this.kinds.subarray(0, n)),
      codeIds: Array.from(this.codeIds.subarray(0, n)),
      lines: Array.from(this.lines.subarray(0, n)),
      depths: Array.from(this.depths.subarray(0, n)),
      dropped: this.length - n,
    }
  }

  codeTable(): TraceCodeJson[] {
    return this.codes.map(({ code }) => ({ qualname: code.qualname, filename: code.filename, firstlineno: code.co.co_firstlineno }))
  }

  /**
   * The same JSON as toJson, written in chunks: a long run has tens of millions of
   * events, more than one JavaScript string can hold.
   */
  writeJson(write: (chunk: string) => void, argv: string[]): void {
    const head = { format: 'pyscope-trace', version: 1, level: this.level, argv, codes: this.codeTable() }
    write(JSON.stringify(head).slice(0, -1) + ',"events":[')
    const quoted = this.codes.map(({ code }) => JSON.stringify(code.qualname))
    let buf = ''
    for (let i = 0; i < this.length; i++) {
      buf += `${i ? ',' : ''}{"kind":"${KIND_CODES[this.kinds[i]]}","qualname":${quoted[this.codeIds[i]]},"lineno":${this.lines[i]},"depth":${this.depths[i]},"code":${this.codeIds[i]},"offset":${this.offsets[i]}}`
      if (buf.length > 1 << 20) {
        write(buf)
        buf = ''
      }
    }
    write(buf + ']}\n')
  }

  toJson(argv: string[]): TraceFileJson {
    const events: TraceEventJson[] = []
    for (let i = 0; i < this.length; i++) events.push(this.event(i))
    return { format: 'pyscope-trace', version: 1, level: this.level, argv, codes: this.codeTable(), events }
  }
}
