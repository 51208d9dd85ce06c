// Where in a code object a frame-level trace can have something to say: sys.settrace's
// line event fires when the line changes or a backward jump lands, so outside calls,
// returns and exceptions only a few instructions can start one — the first instruction of
// each run of a line (in code order), every jump or exception-handler target (control can
// arrive there from another line) and every RESUME and the instruction after it (a frame
// starting or a generator resuming). The eval loop calls a sparse tracer only at these instructions, so tracing
// calls and lines costs little more than not tracing.

import type { PyCode } from '../objects/codeobj'
import { unpackOpargs, jumpTarget } from '../bytecode/instructions'
import { deoptimize, opName, opSpecByCode } from '../bytecode/opcodes'

/** per code unit: 1 where the tracer must be called */
export function eventMarks(code: PyCode): Uint8Array {
  const units = code.co.co_code.length >> 1
  const marks = new Uint8Array(units + 1)
  let prevLine = Number.NaN
  for (const { offset, op, arg } of unpackOpargs(code.co.co_code)) {
    const u = offset >> 1
    const deop = deoptimize(op)
    const line = code.lineAt(u)
    if (line !== prevLine) marks[u] = 1
    prevLine = line
    // a frame's first line event comes at the instruction after RESUME, whatever its line
    if (opName(deop) === 'RESUME') marks[u] = marks[u + 1] = 1
    const t = jumpTarget(opSpecByCode(deop), offset, arg)
    if (t !== null && t >> 1 <= units) marks[t >> 1] = 1
  }
  for (const h of code.exceptionTable) marks[h.target] = 1
  return marks
}
