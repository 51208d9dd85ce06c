// A traced run as the app's timeline shows it: the recorded events in columns (one array
// per field, not an object per event) and the state of the program at one step, rebuilt
// by running the program again to that step. Plain data, shared by main and renderer.

import type { TraceCodeJson, TraceLevel } from './trace'

/** the events of a traced run, in the order sys.settrace would report them */
export interface TraceColumns {
  level: TraceLevel
  codes: TraceCodeJson[]
  /** index into KIND_NAMES */
  kinds: number[]
  /** index into codes */
  codeIds: number[]
  /** the frame's f_lineno at the event */
  lines: number[]
  /** frames below the event's frame (the module's frame is 0) */
  depths: number[]
  /** events the run made beyond what was kept (a very long run is cut) */
  dropped: number
}

/** the kinds' order in TraceColumns.kinds (trace/recorder.ts KIND_CODES) */
export const KIND_NAMES = ['call', 'line', 'return', 'exception', 'opcode'] as const

/** one value as the inspector shows it */
export interface ValueView {
  /** the name bound to it (locals and cells); absent for value-stack slots */
  name?: string
  /** repr(), cut at 200 characters; 'NULL' for an empty slot (PUSH_NULL) */
  repr: string
  type: string
  /** the same number for the same object everywhere in this state */
  id: number
  /** a cell or free variable */
  cell?: boolean
}

export interface FrameView {
  qualname: string
  filename: string
  line: number
  /** byte offset of the instruction about to run (f_lasti) */
  offset: number
  locals: ValueView[]
  /** the value stack, bottom first */
  stack: ValueView[]
}

/** the program at one step: the frame stack, innermost first */
export interface TraceState {
  step: number
  frames: FrameView[]
}
