// Runs in worker threads: one at a time per window (a new Run stops the old one), each
// with its SharedArrayBuffer for input(). Output messages become runOutput events as
// they arrive; the end (or Stop) becomes one runEnded event with the run's cache log.

import { Worker } from 'node:worker_threads'
import { PYTHON_THREAD_LIMITS } from './workerLimits'
import { ApiCallError } from '../../src-shared/api'
import type { PyscopeEvents, RunStarted } from '../../src-shared/api'
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
}

export interface RunManager {
  start(absFile: string, relPath: string, cwd: string): RunStarted
  stop(runId: number): Promise<void>
  answer(runId: number, line: string | null): void
  dispose(): void
}

export function createRunManager(workerFile: string, emit: Emit): RunManager {
  let nextId = 1
  let current: ActiveRun | null = null

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
    start(absFile, relPath, cwd) {
      if (current) void stop(current.id)
      const input = new SharedArrayBuffer(INPUT_TEXT_OFFSET + INPUT_CAPACITY)
      const data: RunWorkerData = { file: absFile, cwd, input }
      const worker = new Worker(workerFile, { workerData: data, resourceLimits: PYTHON_THREAD_LIMITS })
      const run: ActiveRun = { id: nextId++, worker, input, started: performance.now(), ended: false }
      current = run
      worker.on('message', (m: WorkerMessage) => {
        if (run.ended) return
        if (m.type === 'output') emit('runOutput', { runId: run.id, chunks: m.chunks })
        else if (m.type === 'input') emit('runInput', { runId: run.id })
        else finish(run, { exitCode: m.exitCode, stopped: false, cacheEvents: m.cacheEvents, internalError: m.internalError })
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

    dispose() {
      if (current) void stop(current.id)
    },
  }
}
