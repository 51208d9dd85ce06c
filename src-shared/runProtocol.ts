// Messages between the main side (src-main/host/runs.ts) and a run's worker thread
// (src-main/runWorker.ts), and the layout of the SharedArrayBuffer that carries input()
// answers: the worker blocks on it with Atomics.wait, so input() stays synchronous
// inside the VM while the window keeps working.

import type { CacheEvent } from './cache'
import type { RunOutputChunk } from './api'
import type { TraceLevel } from './trace'
import type { TraceColumns, TraceState } from './timeline'

export interface RunWorkerData {
  /** the file to run, absolute */
  file: string
  /** the opened folder: the run's current directory */
  cwd: string
  input: SharedArrayBuffer
  /** record the run's events at this level for the timeline (null: no recording) */
  trace: TraceLevel | null
  /** replay to a step of a traced run and report its state instead of running it out */
  replay: { level: TraceLevel; step: number; inputs: string[] } | null
}

export type WorkerMessage =
  | { type: 'output'; chunks: RunOutputChunk[] }
  | { type: 'input' }
  | { type: 'end'; exitCode: number; cacheEvents: CacheEvent[]; internalError: string | null }
  | { type: 'trace'; columns: TraceColumns }
  | { type: 'state'; state: TraceState | null; error: string | null }

/** Int32 slot 0: the input state; slot 1: the answer's length in bytes; text from byte 8 */
export const INPUT_STATE = 0
export const INPUT_LENGTH = 1
export const INPUT_TEXT_OFFSET = 8
export const INPUT_CAPACITY = 64 * 1024

export const INPUT_WAITING = 0
export const INPUT_READY = 1
export const INPUT_EOF = 2
