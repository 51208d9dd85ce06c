#!/usr/bin/env node
// The bytecode cache's figure (issue #6): a generated project of 200 modules of about
// 50 lines each is imported cold (no __pycache__: every module compiled and its pyc
// written) and then warm (every pyc valid: unmarshalled). The program times its own
// import phase with time.perf_counter, on Pyscope and on CPython 3.12 when present.
// Prints the figures; no pass/fail.  usage: node scripts/bench_imports.mjs [MODULES]

import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'out', 'main', 'cli.js')
const count = Number(process.argv[2] ?? 200)

function findPython() {
  if (process.env.PYSCOPE_CPYTHON) return process.env.PYSCOPE_CPYTHON
  try {
    const r = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim()
    const p = path.join(r, 'versions', '3.12.1', 'bin', 'python3.12')
    if (fs.existsSync(p)) return p
  } catch {}
  return null
}

/** about 50 lines: constants, functions with loops and branches, a class with methods */
function moduleSource(i) {
  return `"""Generated module ${i} for the import benchmark."""
LIMIT_${i} = ${i * 7 + 3}
NAMES = ["alpha", "beta", "gamma", "delta"]


def total(values):
    s = 0
    for v in values:
        if v % 2 == 0:
            s += v * ${i + 1}
        else:
            s -= v
    return s


def describe(x, *, verbose=False):
    parts = [f"x={x!r}"]
    if verbose:
        parts.append(f"limit={LIMIT_${i}}")
    try:
        parts.append(str(100 // x))
    except ZeroDivisionError:
        parts.append("inf")
    return ", ".join(parts)


class Item${i}:
    kind = "item"

    def __init__(self, name, weight=1.0):
        self.name = name
        self.weight = weight

    @property
    def label(self):
        return f"{self.name}:{self.weight:.2f}"

    def scaled(self, k):
        return Item${i}(self.name, self.weight * k)

    def __repr__(self):
        return f"Item${i}({self.name!r}, {self.weight})"


def squares(n):
    return [k * k for k in range(n) if k % 3]


def lookup(key):
    table = {name: len(name) for name in NAMES}
    return table.get(key, -1)
`
}

function run(cmd, args, cwd) {
  const env = { ...process.env }
  delete env.PYTHONDONTWRITEBYTECODE
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.slice(-500)}`)
  return Number(r.stdout.trim().split('\n').pop())
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyscope-bench-imports-'))
try {
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `m${i}.py`), moduleSource(i))
  const imports = Array.from({ length: count }, (_, i) => `import m${i}`).join('\n')
  fs.writeFileSync(
    path.join(dir, 'main.py'),
    `import time\nt0 = time.perf_counter()\n${imports}\nt1 = time.perf_counter()\nprint(m${count - 1}.Item${count - 1}("x", 2).label)\nprint(t1 - t0)\n`,
  )
  const clear = () => fs.rmSync(path.join(dir, '__pycache__'), { recursive: true, force: true })
  const rows = []
  const measure = (label, cmd, args) => {
    clear()
    const cold = run(cmd, args, dir)
    const warm = Math.min(run(cmd, args, dir), run(cmd, args, dir), run(cmd, args, dir))
    rows.push({ label, cold, warm })
  }
  measure('pyscope', process.execPath, [cli, 'main.py'])
  const python = findPython()
  if (python) measure('cpython 3.12', python, ['main.py'])
  console.log(`import phase of ${count} generated modules (~50 lines each), seconds`)
  console.log('implementation   cold (compile+write)   warm (load pyc)   cold/warm')
  for (const r of rows) {
    console.log(`${r.label.padEnd(16)} ${r.cold.toFixed(4).padStart(20)}   ${r.warm.toFixed(4).padStart(15)}   ${(r.cold / r.warm).toFixed(1).padStart(8)}x`)
  }
  if (!python) console.log('(CPython 3.12 not found: set PYSCOPE_CPYTHON to compare)')
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
