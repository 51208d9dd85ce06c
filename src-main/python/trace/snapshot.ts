// The state of a program at one step of its trace, for the timeline's inspector: the run
// is replayed with the same recorder (so steps are counted the same way) and, when the
// step is reached, the frame stack is read — each frame's code, line, locals and cells
// (module frames: their globals) and value stack, as reprs — and the replay is abandoned.
// Values are numbered in the order they are met, so one object has one number in the
// whole state: two names bound to one list show the same number.

import type { FrameView, TraceState, ValueView } from '../../../src-shared/timeline'
import type { Frame, Slot } from '../vm/frame'
import type { Tracer } from '../vm/state'
import type { Py } from '../objects/typeobject'
import type { PyBaseException } from '../objects/exceptions'
import { typeName } from '../objects/typeobject'
import { PyCell } from '../objects/function'
import { CO_FAST_CELL, CO_FAST_FREE } from '../objects/code'
import * as A from '../objects/abstract'
import { TraceRecorder } from './recorder'
import type { TraceLevel } from '../../../src-shared/trace'

const REPR_MAX = 200

/** thrown through the VM when the step is reached: not a Python exception */
export class StateReached extends Error {
  constructor(readonly state: TraceState) {
    super('trace state reached')
  }
}

class Values {
  private ids = new Map<Py, number>()
  view(v: Slot | undefined, name?: string, cell?: boolean): ValueView {
    if (v === null || v === undefined) return { ...(name ? { name } : {}), repr: v === null ? 'NULL' : '<unbound>', type: '', id: 0, ...(cell ? { cell } : {}) }
    let id = this.ids.get(v)
    if (id === undefined) {
      id = this.ids.size + 1
      this.ids.set(v, id)
    }
    let repr: string
    try {
      repr = A.repr(v)
    } catch {
      repr = `<${typeName(v)} object>`
    }
    if (repr.length > REPR_MAX) repr = repr.slice(0, REPR_MAX - 1) + '…'
    return { ...(name ? { name } : {}), repr, type: typeName(v), id, ...(cell ? { cell } : {}) }
  }
}

function frameView(f: Frame, values: Values): FrameView {
  const code = f.code
  const locals: ValueView[] = []
  if (f.locals !== null && f.locals === f.globals) {
    // a module's names live in its globals; the dunder bookkeeping is left out
    const t = f.globals.table
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i]
      if (typeof k !== 'string' || (k.startsWith('__') && k.endsWith('__'))) continue
      locals.push(values.view(t.values[i], k))
    }
  } else {
    for (let i = 0; i < code.localNames.length; i++) {
      const kind = code.kinds[i]
      const v = f.fast[i]
      const cell = (kind & (CO_FAST_CELL | CO_FAST_FREE)) !== 0
      const inner = cell && v instanceof PyCell ? v.value : v
      if (inner === undefined) continue
      locals.push(values.view(inner, code.localNames[i], cell))
    }
  }
  return {
    qualname: code.qualname,
    filename: code.filename,
    line: f.lasti >= 0 ? code.lineAt(f.lasti) : code.co.co_firstlineno,
    offset: Math.max(f.lasti, 0) * 2,
    locals,
    stack: f.stack.map((s) => values.view(s)),
  }
}

/** the frame stack from `f` outwards */
export function snapshot(f: Frame, step: number): TraceState {
  const values = new Values()
  const frames: FrameView[] = []
  for (let x: Frame | null = f; x !== null; x = x.back) frames.push(frameView(x, values))
  return { step, frames }
}

/**
 * A recorder that stops the run when its event `step` (0-based) has been recorded, with
 * the state of the program at that moment.
 */
export class StateProbe implements Tracer {
  private readonly rec: TraceRecorder
  readonly sparse: boolean
  constructor(level: TraceLevel, private readonly step: number) {
    this.rec = new TraceRecorder(level)
    // the probe is called where the recorder is: the same events, counted the same way
    this.sparse = this.rec.sparse
  }

  private check(f: Frame): void {
    if (this.rec.length <= this.step) return
    const st = snapshot(f, this.step)
    // the event's frame reports the line settrace gave (0 at a module's call event)
    st.frames[0].line = this.rec.event(this.step).lineno
    throw new StateReached(st)
  }

  onCall(f: Frame): void {
    this.rec.onCall(f)
    this.check(f)
  }
  onInstruction(f: Frame, lasti: number): void {
    this.rec.onInstruction(f, lasti)
    this.check(f)
  }
  onReturn(f: Frame): void {
    this.rec.onReturn(f)
    this.check(f)
  }
  onException(f: Frame, _exc: PyBaseException): void {
    this.rec.onException(f)
    this.check(f)
  }
}
