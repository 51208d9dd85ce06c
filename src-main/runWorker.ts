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
import { TraceRecorder } from './python/trace/recorder'
import { StateProbe, StateReached } from './python/trace/snapshot'

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

/** a replay answers input() with the lines the traced run was given, and prints nothing */
const replayInputs = data.replay ? [...data.replay.inputs] : null

function readLine(): string | null {
  if (replayInputs !== null) return replayInputs.shift() ?? null
  flush()
  Atomics.store(state, INPUT_STATE, INPUT_WAITING)
  post({ type: 'input' })
  Atomics.wait(state, INPUT_STATE, INPUT_WAITING)
  if (Atomics.load(state, INPUT_STATE) === INPUT_EOF) return null
  const n = Atomics.load(state, INPUT_LENGTH)
  return new TextDecoder().decode(bytes.slice(0, n))
}

const quiet = data.replay !== null
const host = {
  ...createNodePyHost({ stdout: (t) => quiet || write('stdout', t), stderr: (t) => quiet || write('stderr', t), readLine }),
  cwd: () => data.cwd,
}

/** a timeline keeps this many events of a run at most (the rest are counted as dropped) */
const MAX_TIMELINE_EVENTS = 5_000_000

async function replay(r: NonNullable<RunWorkerData['replay']>): Promise<void> {
  let error: string | null = `The run ended before step ${r.step}.`
  try {
    await runMain([data.file], host, { traceHook: new StateProbe(r.level, r.step) })
  } catch (e) {
    if (e instanceof StateReached) {
      post({ type: 'state', state: e.state, error: null })
      return
    }
    error = e instanceof Error ? e.message : String(e)
  }
  post({ type: 'state', state: null, error })
}

async function main(): Promise<void> {
  if (data.replay !== null) return replay(data.replay)
  let exitCode = 1
  let internalError: string | null = null
  const recorder = data.trace !== null ? new TraceRecorder(data.trace) : null
  try {
    exitCode = await runMain([data.file], host, recorder ? { traceHook: recorder } : {})
  } catch (e) {
    internalError = e instanceof Error ? (e.stack ?? e.message) : String(e)
    write('stderr', `Pyscope internal error: ${e instanceof Error ? e.message : String(e)}\n`)
  }
  flush()
  if (recorder !== null) {
    recorder.finish()
    post({ type: 'trace', columns: { level: recorder.level, codes: recorder.codeTable(), ...recorder.columns(MAX_TIMELINE_EVENTS) } })
  }
  post({ type: 'end', exitCode, cacheEvents: [...cacheEvents], internalError })
}

void main()
