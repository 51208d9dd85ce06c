// The shareable form of a recorded run (`pyscope --trace-out FILE.json`): one object per
// event with the names sys.settrace uses. Plain data, shared by main and renderer.

export type TraceLevel = 'frames' | 'instructions'

/** 'opcode' events appear only at instruction level, as settrace's f_trace_opcodes */
export type TraceEventKind = 'call' | 'line' | 'return' | 'exception' | 'opcode'

export interface TraceEventJson {
  kind: TraceEventKind
  /** the code object's co_qualname */
  qualname: string
  /** the frame's f_lineno at the event, as settrace reports it */
  lineno: number
  /** frames below this one (the first frame of the run is 0) */
  depth: number
  /** index into `codes` */
  code: number
  /** instruction offset in bytes (f_lasti) */
  offset: number
}

export interface TraceCodeJson {
  qualname: string
  filename: string
  firstlineno: number
}

export interface TraceFileJson {
  format: 'pyscope-trace'
  version: 1
  level: TraceLevel
  /** the program as it was run (sys.argv) */
  argv: string[]
  codes: TraceCodeJson[]
  events: TraceEventJson[]
}
