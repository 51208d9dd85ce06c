// A run's worker thread: runs one file through the VM (python/run.ts runMain) with a
// PyHost whose output is batched into few messages (a program printing a million lines
// must not send a million) and whose input() blocks on a SharedArrayBuffer until the
// main side writes the answer. Stop is worker.terminate() on the main side.

import { parentPort, workerData } from 'node:worker_threads'
import type { RunOutputChunk } from '../src-shared/api'
import {
  INPUT_CAPACITY,
  INPUT_EOF,
  INPUT_LENGTH,
  INPUT_STATE,
  INPUT_TEXT_OFFSET,
  INPUT_WAITING,
  type RunWorkerData,
  type WorkerMessage,
} from '../src-shared/runProtocol'
import { createNodePyHost } from './host/nodePyHost'
import { runMain } from './python/run'
import { cacheEvents } from './python/vm/importlib'

const data = workerData as RunWorkerData
const port = parentPort!
const post = (m: WorkerMessage): void => port.postMessage(m)

// Output is sent when 30 ms have passed or 256 KB piled up: the VM runs synchronously,
// so timers never fire during a run and the check happens on each write instead.
const FLUSH_MS = 30
const FLUSH_BYTES = 256 * 1024
let pending: RunOutputChunk[] = []
let pendingBytes = 0
let lastFlush = performance.now()

function flush(): void {
  if (pending.length === 0) return
  post({ type: 'output', chunks: pending })
  pending = []
  pendingBytes = 0
  lastFlush = performance.now()
}

function write(stream: RunOutputChunk['stream'], text: string): void {
  if (text === '') return
  const last = pending[pending.length - 1]
  if (last && last.stream === stream) last.text += text
  else pending.push({ stream, text })
  pendingBytes += text.length
  if (pendingBytes >= FLUSH_BYTES || performance.now() - lastFlush >= FLUSH_MS) flush()
}

const state = new Int32Array(data.input, 0, 2)
const bytes = new Uint8Array(data.input, INPUT_TEXT_OFFSET, INPUT_CAPACITY)

function readLine(): string | null {
  flush()
  Atomics.store(state, INPUT_STATE, INPUT_WAITING)
  post({ type: 'input' })
  Atomics.wait(state, INPUT_STATE, INPUT_WAITING)
  if (Atomics.load(state, INPUT_STATE) === INPUT_EOF) return null
  const n = Atomics.load(state, INPUT_LENGTH)
  return new TextDecoder().decode(bytes.slice(0, n))
}

const host = {
  ...createNodePyHost({ stdout: (t) => write('stdout', t), stderr: (t) => write('stderr', t), readLine }),
  cwd: () => data.cwd,
}

async function main(): Promise<void> {
  let exitCode = 1
  let internalError: string | null = null
  try {
    exitCode = await runMain([data.file], host)
  } catch (e) {
    internalError = e instanceof Error ? (e.stack ?? e.message) : String(e)
    write('stderr', `Pyscope internal error: ${e instanceof Error ? e.message : String(e)}\n`)
  }
  flush()
  post({ type: 'end', exitCode, cacheEvents: [...cacheEvents], internalError })
}

void main()
