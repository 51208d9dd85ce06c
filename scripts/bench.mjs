#!/usr/bin/env node
// npm run bench: run test/bench/*.py on Pyscope and on CPython 3.12 (when present) and print
// per-program times, the ratio and the geometric mean. No pass/fail.
//
// Pyscope runs the bundled VM (rolldown) on the code object CPython compiled
// (NAME.code.json, regenerated when the oracle is present), until our compiler is wired in.

import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = path.join(root, 'test', 'bench')
const outDir = path.join(root, 'out', 'bench')
fs.mkdirSync(outDir, { recursive: true })

function findPython() {
  if (process.env.PYSCOPE_CPYTHON) return process.env.PYSCOPE_CPYTHON
  try {
    const r = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim()
    const p = path.join(r, 'versions', '3.12.1', 'bin', 'python3.12')
    if (fs.existsSync(p)) return p
  } catch {}
  return null
}

const python = findPython()
const bundle = path.join(outDir, 'runJson.js')
execFileSync(process.execPath, [path.join(root, 'node_modules', 'rolldown', 'bin', 'cli.mjs'), 'test/vm/runJson.ts', '--platform', 'node', '--format', 'esm', '--minify', '--dir', outDir], { cwd: root, stdio: 'ignore' })
fs.writeFileSync(path.join(outDir, 'package.json'), '{"type": "module"}\n')

const names = fs.readdirSync(benchDir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort()
const only = process.argv.slice(2)
const rows = []
for (const name of names) {
  if (only.length && !only.includes(name)) continue
  const json = path.join(benchDir, `${name}.code.json`)
  if (python) execFileSync(python, [path.join(root, 'scripts', 'code_json.py'), `${name}.py`, json], { cwd: benchDir })
  const time = (cmd, args) => {
    const t0 = process.hrtime.bigint()
    const r = spawnSync(cmd, args, { cwd: benchDir, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' }, maxBuffer: 1 << 28 })
    const t = Number(process.hrtime.bigint() - t0) / 1e9
    return { t, out: r.stdout, status: r.status, err: r.stderr }
  }
  // the settings of the thread programs run on (src-main/host/workerLimits.ts)
  const ours = time(process.execPath, ['--stack-size=4000', '--max-semi-space-size=64', bundle, json])
  const theirs = python ? time(python, [`${name}.py`]) : null
  const same = theirs ? ours.out === theirs.out && ours.status === theirs.status : null
  rows.push({ name, ours: ours.t, cpython: theirs?.t ?? null, same, err: ours.status ? ours.err.split('\n').slice(-3).join(' ') : '' })
}

const pad = (s, n) => String(s).padEnd(n)
console.log(pad('program', 18), pad('pyscope s', 11), pad('cpython s', 11), pad('ratio', 8), 'output')
let logSum = 0
let count = 0
for (const r of rows) {
  const ratio = r.cpython ? r.ours / r.cpython : null
  if (ratio) {
    logSum += Math.log(ratio)
    count++
  }
  console.log(pad(r.name, 18), pad(r.ours.toFixed(3), 11), pad(r.cpython?.toFixed(3) ?? '-', 11), pad(ratio ? ratio.toFixed(2) + 'x' : '-', 8),
    r.same === null ? '' : r.same ? 'same' : `DIFFERENT ${r.err}`)
}
if (count) console.log(`geometric mean ratio: ${Math.exp(logSum / count).toFixed(2)}x over ${count} programs`)
