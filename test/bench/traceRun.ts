// Entry for scripts/bench_trace.mjs: run one program untraced, traced at frames level and
// at instruction level, in one process, and print the times and the trace store's size.

import * as path from 'node:path'
import { createNodePyHost } from '../../src-main/host/nodePyHost'
import { runMain } from '../../src-main/python/run'
import { TraceRecorder } from '../../src-main/python/trace/recorder'
import { StateProbe, StateReached } from '../../src-main/python/trace/snapshot'

async function main(): Promise<void> {
  const file = path.resolve(process.argv[2])
  const host = createNodePyHost({ stdout: () => undefined })
  const time = async (rec: TraceRecorder | null) => {
    const t0 = performance.now()
    await runMain([file], host, rec ? { traceHook: rec } : {})
    return (performance.now() - t0) / 1000
  }
  await time(null) // warm the compiler and the VM
  const off = await time(null)
  const frames = new TraceRecorder('frames')
  const tf = await time(frames)
  const instr = new TraceRecorder('instructions')
  const ti = await time(instr)
  // the state at the 10,000,000th instruction-level step (or the last one), as the app
  // rebuilds it: the run replayed to that step, the frames read, the replay abandoned
  const step = Math.min(10_000_000, instr.length) - 1
  const t0 = performance.now()
  let frames0 = 0
  try {
    await runMain([file], host, { traceHook: new StateProbe('instructions', step) })
  } catch (e) {
    if (!(e instanceof StateReached)) throw e
    frames0 = e.state.frames.length
  }
  const state = (performance.now() - t0) / 1000
  console.log(JSON.stringify({ off, frames: tf, instructions: ti, frameEvents: frames.length, instructionEvents: instr.length, bytesPerEvent: instr.bytesPerEvent, stateStep: step, state, stateFrames: frames0 }))
}

void main()
