// Runs and the console: starts and stops runs, keeps the console's lines and answers
// input(). Output arrives in batches; the console keeps only the last MAX_LINES (a
// million printed lines would otherwise make a million DOM nodes) and says how many it
// dropped, and the reactive copy is refreshed at most once per animation frame.

import type { PyscopeBridge, RunEnd, RunOutputChunk, RunStream } from '../../src-shared/api'
import type { TraceLevel } from '../../src-shared/trace'
import type { TraceColumns } from '../../src-shared/timeline'

export const MAX_LINES = 5000

export interface ConsoleLine {
  /** running number since the run began, for keys and "line N" */
  n: number
  stream: RunStream | 'input' | 'note'
  text: string
}

export interface RunRecord extends RunEnd {
  path: string
  /** 1 for the first run of this window, and so on */
  seq: number
}

export class Runner {
  lines = $state.raw<ConsoleLine[]>([])
  dropped = $state(0)
  runId = $state<number | null>(null)
  runPath = $state<string | null>(null)
  waitingInput = $state(false)
  /** finished runs, oldest first: the cache log reads them */
  history = $state.raw<RunRecord[]>([])
  /** the last traced run's events, for the timeline */
  trace = $state.raw<{ runId: number; path: string; columns: TraceColumns } | null>(null)

  private buf: ConsoleLine[] = []
  private total = 0
  private partial: { stream: RunStream; text: string } | null = null
  private frame = 0

  constructor(private readonly api: PyscopeBridge) {
    api.on('runOutput', (e) => {
      if (e.runId === this.runId) this.append(e.chunks)
    })
    api.on('runInput', (e) => {
      if (e.runId !== this.runId) return
      this.flushPartial()
      this.waitingInput = true
    })
    api.on('runEnded', (e) => this.ended(e))
    api.on('runTrace', (e) => {
      if (e.runId === this.runId) this.trace = { runId: e.runId, path: this.runPath ?? '', columns: e.columns }
    })
  }

  get running(): boolean {
    return this.runId !== null
  }

  async start(path: string, trace: TraceLevel | null = null): Promise<void> {
    if (this.runId !== null) await this.stop()
    this.buf = []
    this.total = 0
    this.partial = null
    this.dropped = 0
    this.waitingInput = false
    this.push('note', `▶ Running ${path}${trace ? ` (traced: ${trace})` : ''}`)
    this.publish()
    const started = await this.api.startRun({ path, trace })
    this.runId = started.runId
    this.runPath = started.path
  }

  async stop(): Promise<void> {
    if (this.runId !== null) await this.api.stopRun(this.runId)
  }

  async answer(line: string | null): Promise<void> {
    if (this.runId === null || !this.waitingInput) return
    this.waitingInput = false
    // input()'s prompt stays on the line it printed; the answer joins it, as in a terminal
    const prompt = this.partial?.text ?? ''
    this.partial = null
    this.push('input', prompt + (line ?? '^D'))
    this.schedule()
    await this.api.sendInput(this.runId, line)
  }

  private ended(e: RunEnd): void {
    if (e.runId !== this.runId) return
    this.flushPartial()
    const how = e.stopped ? 'Stopped' : `Exited with status ${e.exitCode}`
    this.push('note', `■ ${how} after ${(e.durationMs / 1000).toFixed(2)} s`)
    this.publish()
    this.history = [...this.history, { ...e, path: this.runPath ?? '', seq: this.history.length + 1 }]
    this.runId = null
    this.waitingInput = false
  }

  private append(chunks: RunOutputChunk[]): void {
    for (const c of chunks) {
      const parts = c.text.split('\n')
      if (this.partial && this.partial.stream !== c.stream) this.flushPartial()
      for (let i = 0; i < parts.length; i++) {
        const last = i === parts.length - 1
        const text = (i === 0 && this.partial ? this.partial.text : '') + parts[i]
        if (i === 0) this.partial = null
        if (last) {
          this.partial = text === '' ? null : { stream: c.stream, text }
        } else {
          this.push(c.stream, text)
        }
      }
    }
    this.schedule()
  }

  private flushPartial(): void {
    if (this.partial) this.push(this.partial.stream, this.partial.text)
    this.partial = null
  }

  private push(stream: ConsoleLine['stream'], text: string): void {
    this.buf.push({ n: ++this.total, stream, text })
    // trim in large steps so the array is not shifted on every line
    if (this.buf.length > MAX_LINES * 1.2) {
      const cut = this.buf.length - MAX_LINES
      this.buf.splice(0, cut)
      this.dropped += cut
    }
  }

  private schedule(): void {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.publish()
    })
  }

  private publish(): void {
    const shown = this.partial ? [...this.buf, { n: this.total + 1, stream: this.partial.stream, text: this.partial.text }] : this.buf.slice()
    this.lines = shown
  }

  clear(): void {
    this.buf = []
    this.dropped = 0
    this.partial = null
    this.lines = []
  }
}
