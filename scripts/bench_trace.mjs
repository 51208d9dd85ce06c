#!/usr/bin/env node
// The cost of recording a run (issue #9): each program untraced, traced at frames level
// and at instruction level, in one process after a warm-up run. Prints the ratios, the
// bytes the compact store keeps per event, and the time to rebuild the state at the
// 10,000,000th instruction-level step (a replay to it). No pass/fail.  usage: node scripts/bench_trace.mjs [NAME...]

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'out', 'bench')
fs.mkdirSync(outDir, { recursive: true })
const bundleDir = path.join(outDir, 'trace')
execFileSync(process.execPath, [path.join(root, 'node_modules', 'rolldown', 'bin', 'cli.mjs'), 'test/bench/traceRun.ts', '--platform', 'node', '--format', 'esm', '--dir', bundleDir], { cwd: root, stdio: 'ignore' })
const bundle = path.join(bundleDir, 'traceRun.js')
fs.writeFileSync(path.join(bundleDir, 'package.json'), '{"type": "module"}\n')

const names = process.argv.slice(2).length ? process.argv.slice(2) : ['fib', 'while_sum', 'oop_sim', 'gen_yield_from']
console.log('program          untraced s   frames s (x)        instructions s (x)    events (frames / instructions)   state at step N')
for (const name of names) {
  const file = path.join(root, 'test', 'bench', `${name}.py`)
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', bundle, file], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const r = JSON.parse(out.trim().split('\n').pop())
  const fx = (r.frames / r.off).toFixed(2)
  const ix = (r.instructions / r.off).toFixed(2)
  console.log(`${name.padEnd(16)} ${r.off.toFixed(3).padStart(10)}   ${r.frames.toFixed(3).padStart(8)} (${fx}x)   ${r.instructions.toFixed(3).padStart(10)} (${ix}x)   ${r.frameEvents} / ${r.instructionEvents}   ${r.state.toFixed(3)} s at step ${r.stateStep.toLocaleString('en')} (${r.stateFrames} frames)`)
}
console.log(`instruction-level store: ${15} bytes per event (kind 1, code 4, line 4, depth 2, offset 4)`)
