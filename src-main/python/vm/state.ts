// The thread state (Include/cpython/pystate.h PyThreadState): the current frame, the
// recursion budget, the exception being handled, and the tracer hook.

import type { Frame } from './frame'
import type { PyBaseException } from '../objects/exceptions'
import type { PyHost } from '../host'
import type { PyDict } from '../objects/dict'

/** sys.settrace-like events for the timeline (one cheap boolean check per instruction when unset) */
export interface Tracer {
  onCall?(frame: Frame): void
  onLine?(frame: Frame, line: number): void
  onReturn?(frame: Frame, value: unknown): void
  onException?(frame: Frame, exc: PyBaseException): void
  onInstruction?(frame: Frame, lasti: number): void
  /** onInstruction is wanted only at the instructions PyCode.traceMarks marks (once the
   *  tracer has set them for the code: until then at every instruction) */
  readonly sparse?: boolean
}

export class ThreadState {
  frame: Frame | null = null
  /** Python frames alive (sys.getrecursionlimit compares with it) */
  depth = 0
  recursionLimit = 1000
  /** nested eval loops (JS recursion) */
  cDepth = 0
  /** the exception currently being handled (sys.exception()) */
  handled: PyBaseException | null = null
  tracer: Tracer | null = null
  host: PyHost | null = null
  builtins: PyDict | null = null
  /**
   * Ctrl-C: KeyboardInterrupt is raised at the next RESUME or backward jump. Kept in
   * shared memory so another thread (the CLI's main thread, the app's host) can set it
   * while this one is busy running the program.
   */
  private interruptFlag: Int32Array = new Int32Array(new SharedArrayBuffer(4))
  get interrupt(): boolean {
    return Atomics.load(this.interruptFlag, 0) !== 0
  }
  set interrupt(v: boolean) {
    Atomics.store(this.interruptFlag, 0, v ? 1 : 0)
  }
  /** use a flag another thread holds too (an Int32Array over a SharedArrayBuffer) */
  shareInterrupt(flag: Int32Array): void {
    this.interruptFlag = flag
  }
}

export const ts = new ThreadState()

/** CPython's C recursion limit for nested eval loops (Py_C_RECURSION_LIMIT scaled to our JS stack) */
export const C_RECURSION_LIMIT = 180
