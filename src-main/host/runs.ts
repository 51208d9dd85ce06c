// Runs in worker threads: one at a time per window (a new Run stops the old one), each
// with its SharedArrayBuffer for input(). Output messages become runOutput events as
// they arrive; the end (or Stop) becomes one runEnded event with the run's cache log.
// A traced run also sends its events (runTrace) and is remembered, with the lines input()
// was given, so the state at any of its steps can be rebuilt by replaying it (state()).

import { Worker } from 'node:worker_threads'
import { PYTHON_THREAD_LIMITS } from './workerLimits'
import { ApiCallError } from '../../src-shared/api'
import type { PyscopeEvents, RunStarted } from '../../src-shared/api'
import type { TraceLevel } from '../../src-shared/trace'
import type { TraceState } from '../../src-shared/timeline'
import {
  INPUT_CAPACITY,
  INPUT_EOF,
  INPUT_LENGTH,
  INPUT_READY,
  INPUT_STATE,
  INPUT_TEXT_OFFSET,
  type RunWorkerData,
  type WorkerMessage,
} from '../../src-shared/runProtocol'

type Emit = <E extends keyof PyscopeEvents>(event: E, payload: PyscopeEvents[E]) => void

interface ActiveRun {
  id: number
  worker: Worker
  input: SharedArrayBuffer
  started: number
  ended: boolean
  /** what a replay needs: the file, the folder, the level and the answers to input() */
  replay: { file: string; cwd: string; level: TraceLevel | null; inputs: string[] }
}

export interface RunManager {
  start(absFile: string, relPath: string, cwd: string, trace?: TraceLevel | null): RunStarted
  /** the state at a step of a traced run: the run replayed to that step in a new thread */
  state(runId: number, step: number): Promise<TraceState>
  stop(runId: number): Promise<void>
  answer(runId: number, line: string | null): void
  dispose(): void
}

export function createRunManager(workerFile: string, emit: Emit): RunManager {
  let nextId = 1
  let current: ActiveRun | null = null
  /** traced runs that can be replayed, the latest few */
  const traced = new Map<number, ActiveRun['replay']>()

  const finish = (run: ActiveRun, end: Omit<PyscopeEvents['runEnded'], 'runId' | 'durationMs'>): void => {
    if (run.ended) return
    run.ended = true
    if (current === run) current = null
    emit('runEnded', { runId: run.id, durationMs: performance.now() - run.started, ...end })
  }

  const stop = async (runId: number): Promise<void> => {
    const run = current
    if (!run || run.id !== runId) return
    finish(run, { exitCode: null, stopped: true, cacheEvents: [], internalError: null })
    await run.worker.terminate()
  }

  return {
    start(absFile, relPath, cwd, trace = null) {
      if (current) void stop(current.id)
      const input = new SharedArrayBuffer(INPUT_TEXT_OFFSET + INPUT_CAPACITY)
      const data: RunWorkerData = { file: absFile, cwd, input, trace, replay: null }
      const worker = new Worker(workerFile, { workerData: data, resourceLimits: PYTHON_THREAD_LIMITS })
      const run: ActiveRun = {
        id: nextId++, worker, input, started: performance.now(), ended: false,
        replay: { file: absFile, cwd, level: trace, inputs: [] },
      }
      current = run
      worker.on('message', (m: WorkerMessage) => {
        if (run.ended) return
        if (m.type === 'output') emit('runOutput', { runId: run.id, chunks: m.chunks })
        else if (m.type === 'input') emit('runInput', { runId: run.id })
        else if (m.type === 'trace') {
          traced.set(run.id, run.replay)
          if (traced.size > 4) traced.delete(traced.keys().next().value!)
          emit('runTrace', { runId: run.id, columns: m.columns })
        } else if (m.type === 'end') finish(run, { exitCode: m.exitCode, stopped: false, cacheEvents: m.cacheEvents, internalError: m.internalError })
      })
      worker.on('error', (e) => finish(run, { exitCode: 1, stopped: false, cacheEvents: [], internalError: e.stack ?? e.message }))
      worker.on('exit', (code) => finish(run, { exitCode: code, stopped: false, cacheEvents: [], internalError: 'The run ended without reporting.' }))
      return { runId: run.id, path: relPath }
    },

    stop,

    answer(runId, line) {
      const run = current
      if (!run || run.id !== runId) throw new ApiCallError('bad-request', 'That run has ended.')
      const state = new Int32Array(run.input, 0, 2)
      if (line !== null) run.replay.inputs.push(line.endsWith('\n') ? line : line + '\n')
      if (line === null) {
        Atomics.store(state, INPUT_STATE, INPUT_EOF)
      } else {
        const encoded = new TextEncoder().encode(line.endsWith('\n') ? line : line + '\n')
        if (encoded.length > INPUT_CAPACITY) throw new ApiCallError('too-large', 'That line is too long for input().')
        new Uint8Array(run.input, INPUT_TEXT_OFFSET, INPUT_CAPACITY).set(encoded)
        Atomics.store(state, INPUT_LENGTH, encoded.length)
        Atomics.store(state, INPUT_STATE, INPUT_READY)
      }
      Atomics.notify(state, INPUT_STATE)
    },

    state(runId, step) {
      const r = traced.get(runId)
      if (!r || r.level === null) return Promise.reject(new ApiCallError('bad-request', 'That run was not traced (or is too old to replay).'))
      if (!Number.isInteger(step) || step < 0) return Promise.reject(new ApiCallError('bad-request', 'A step is a whole number from 0.'))
      const data: RunWorkerData = {
        file: r.file, cwd: r.cwd, input: new SharedArrayBuffer(INPUT_TEXT_OFFSET + INPUT_CAPACITY), trace: null,
        replay: { level: r.level, step, inputs: r.inputs },
      }
      return new Promise<TraceState>((resolve, reject) => {
        const worker = new Worker(workerFile, { workerData: data, resourceLimits: PYTHON_THREAD_LIMITS })
        let done = false
        worker.on('message', (m: WorkerMessage) => {
          if (m.type !== 'state' || done) return
          done = true
          void worker.terminate()
          if (m.state) resolve(m.state)
          else reject(new ApiCallError('bad-request', m.error ?? 'The replay did not reach that step.'))
        })
        worker.on('error', (e) => !done && ((done = true), reject(e)))
        worker.on('exit', () => !done && ((done = true), reject(new ApiCallError('io', 'The replay ended without reporting.'))))
      })
    },

    dispose() {
      if (current) void stop(current.id)
    },
  }
}
