// The timeline's state in the renderer: the traced run's model, the current step, the
// window of steps shown (zoom and pan), and the program's state at the current step,
// asked of the main side (which replays the run) a moment after the step stops moving.

import type { PyscopeBridge } from '../../src-shared/api'
import type { TraceState } from '../../src-shared/timeline'
import { buildTimeline, moveStep, type StepMove, type TimelineModel } from './timelineModel'

const STATE_DELAY_MS = 120

export class TimelineState {
  model = $state.raw<TimelineModel | null>(null)
  runId = $state<number | null>(null)
  path = $state('')
  step = $state(0)
  /** the window shown: steps [from, to) */
  from = $state(0)
  to = $state(1)
  state = $state.raw<TraceState | null>(null)
  stateError = $state<string | null>(null)
  loading = $state(false)
  /** the frame chosen in the inspector (0: innermost) */
  frame = $state(0)

  private timer: ReturnType<typeof setTimeout> | null = null
  private seq = 0

  constructor(private readonly api: PyscopeBridge) {}

  /** a traced run of this window (state by replay), or a shared trace file (runId null) */
  load(runId: number | null, path: string, model: ReturnType<typeof buildTimeline>): void {
    this.model = model
    this.runId = runId
    this.path = path
    this.from = 0
    this.to = Math.max(model.steps, 1)
    this.state = null
    this.goto(0)
  }

  goto(step: number): void {
    const m = this.model
    if (!m || m.steps === 0) return
    this.step = Math.min(Math.max(Math.round(step), 0), m.steps - 1)
    this.frame = 0
    // keep the step in view
    const span = this.to - this.from
    if (this.step < this.from || this.step >= this.to) {
      this.from = Math.max(0, Math.min(this.step - span / 2, m.steps - span))
      this.to = this.from + span
    }
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.fetch(), STATE_DELAY_MS)
  }

  move(how: StepMove): void {
    if (this.model) this.goto(moveStep(this.model, this.step, how))
  }

  /** zoom by `factor` (< 1 zooms in) around the step at fraction `at` of the width */
  zoom(factor: number, at = 0.5): void {
    const m = this.model
    if (!m) return
    const span = this.to - this.from
    const next = Math.min(Math.max(span * factor, 8), Math.max(m.steps, 8))
    const pivot = this.from + span * at
    this.from = Math.max(0, Math.min(pivot - next * at, m.steps - next))
    this.to = this.from + next
  }

  /** pan by a fraction of the window */
  pan(fraction: number): void {
    const m = this.model
    if (!m) return
    const span = this.to - this.from
    this.from = Math.max(0, Math.min(this.from + span * fraction, Math.max(m.steps - span, 0)))
    this.to = this.from + span
  }

  private async fetch(): Promise<void> {
    // a shared trace file has no program to replay: the view shows its call stack only
    if (this.runId === null) return
    const mine = ++this.seq
    this.loading = true
    try {
      const st = await this.api.traceState(this.runId, this.step)
      if (mine !== this.seq) return
      this.state = st
      this.stateError = null
    } catch (e) {
      if (mine !== this.seq) return
      this.state = null
      this.stateError = e instanceof Error ? e.message : String(e)
    } finally {
      if (mine === this.seq) this.loading = false
    }
  }
}
