// Messages between the main side (src-main/host/runs.ts) and a run's worker thread
// (src-main/runWorker.ts), and the layout of the SharedArrayBuffer that carries input()
// answers: the worker blocks on it with Atomics.wait, so input() stays synchronous
// inside the VM while the window keeps working.

import type { CacheEvent } from './cache'
import type { RunOutputChunk } from './api'

export interface RunWorkerData {
  /** the file to run, absolute */
  file: string
  /** the opened folder: the run's current directory */
  cwd: string
  input: SharedArrayBuffer
}

export type WorkerMessage =
  | { type: 'output'; chunks: RunOutputChunk[] }
  | { type: 'input' }
  | { type: 'end'; exitCode: number; cacheEvents: CacheEvent[]; internalError: string | null }

/** Int32 slot 0: the input state; slot 1: the answer's length in bytes; text from byte 8 */
export const INPUT_STATE = 0
export const INPUT_LENGTH = 1
export const INPUT_TEXT_OFFSET = 8
export const INPUT_CAPACITY = 64 * 1024

export const INPUT_WAITING = 0
export const INPUT_READY = 1
export const INPUT_EOF = 2
