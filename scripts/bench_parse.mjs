#!/usr/bin/env node
// Front-end and compiler speed over the oracle's whole Lib (or the files/folder given),
// against CPython 3.12 on the same bytes, best of RUNS passes each:
//   parse:     our parseBytes (tokenizer included)  vs  ast.parse
//   compile:   our parse + compile to code objects   vs  compile()
//   unmarshal: our loads of the marshalled module code vs our compile (and CPython's ratio)
//
// usage: node --max-semi-space-size=64 scripts/bench_parse.mjs [--runs N] [DIR|FILE...]
// (the young-generation size Pyscope's parsing and compiling threads run with:
// src-main/host/workerLimits.ts; `npm run bench` passes it)

import { build } from 'vite'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
let runs = 3
const inputs = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i])
  else inputs.push(args[i])
}

function oracle() {
  if (process.env.PYSCOPE_CPYTHON) return process.env.PYSCOPE_CPYTHON
  const root = execFileSync('pyenv', ['root']).toString().trim()
  return `${root}/versions/3.12.1/bin/python3.12`
}
const PY = oracle()

function walk(p, out) {
  const st = statSync(p)
  if (st.isDirectory()) {
    for (const n of readdirSync(p).sort()) if (n !== '__pycache__' && n !== 'site-packages') walk(join(p, n), out)
  } else if (p.endsWith('.py')) out.push(p)
}
const files = []
if (!inputs.length) inputs.push(execFileSync(PY, ['-c', 'import sysconfig; print(sysconfig.get_path("stdlib"))']).toString().trim())
for (const i of inputs) walk(resolve(i), files)
const datas = files.map((f) => readFileSync(f))
const totalMB = datas.reduce((a, d) => a + d.length, 0) / 1e6

const out = mkdtempSync(join(tmpdir(), 'pyscope-bench-'))
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: resolve('test/bench/pipeline.ts'),
    outDir: out,
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'pipeline.mjs' } },
  },
})
const { parseBytes, compile, dumps, loads } = await import(pathToFileURL(join(out, 'pipeline.mjs')).href)

let best = Infinity
let failures = 0
for (let r = 0; r < runs; r++) {
  failures = 0
  const t0 = performance.now()
  for (let i = 0; i < datas.length; i++) {
    try {
      parseBytes(datas[i], { filename: files[i] })
    } catch (e) {
      if (!e || !('msg' in e)) throw e
      failures++
    }
  }
  best = Math.min(best, performance.now() - t0)
}

// compile every file that parses; keep the marshalled code for the unmarshal pass
let bestCompile = Infinity
let marshalled = []
for (let r = 0; r < runs; r++) {
  const kept = []
  const t0 = performance.now()
  for (let i = 0; i < datas.length; i++) {
    try {
      // as imports and py_compile do: the parsed tree is the compiler's to fold in place
      kept.push(compile(parseBytes(datas[i], { filename: files[i] }), files[i], { consumeTree: true }))
    } catch (e) {
      if (!e || !('msg' in e)) throw e
    }
  }
  bestCompile = Math.min(bestCompile, performance.now() - t0)
  if (r === 0) marshalled = kept.map((c) => dumps(c))
}
let bestLoad = Infinity
for (let r = 0; r < runs; r++) {
  const t0 = performance.now()
  for (const m of marshalled) loads(m)
  bestLoad = Math.min(bestLoad, performance.now() - t0)
}

const listFile = join(out, 'files.json')
writeFileSync(listFile, JSON.stringify(files))
const py = `
import ast, json, sys, time
files = json.load(open(sys.argv[1]))
datas = [open(f, 'rb').read() for f in files]
best = float('inf')
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    for f, d in zip(files, datas):
        try:
            ast.parse(d, f)
        except SyntaxError:
            pass
    best = min(best, time.perf_counter() - t)
bestc = float('inf')
codes = []
for _ in range(int(sys.argv[2])):
    codes = []
    t = time.perf_counter()
    for f, d in zip(files, datas):
        try:
            codes.append(compile(d, f, 'exec', dont_inherit=True))
        except (SyntaxError, ValueError):
            pass
    bestc = min(bestc, time.perf_counter() - t)
import marshal
blobs = [marshal.dumps(c) for c in codes]
bestl = float('inf')
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    for b in blobs:
        marshal.loads(b)
    bestl = min(bestl, time.perf_counter() - t)
print(best * 1000, bestc * 1000, bestl * 1000)
`
const [cpy, cpyCompile, cpyLoad] = execFileSync(PY, ['-c', py, listFile, String(runs)]).toString().trim().split(' ').map(Number)
console.log(`files: ${files.length} (${totalMB.toFixed(1)} MB), best of ${runs}`)
console.log(`pyscope parseBytes: ${best.toFixed(0)} ms (${failures} SyntaxErrors)`)
console.log(`cpython ast.parse:  ${cpy.toFixed(0)} ms`)
console.log(`ratio: ${(best / cpy).toFixed(2)}x`)
console.log(`pyscope parse+compile: ${bestCompile.toFixed(0)} ms   cpython compile(): ${cpyCompile.toFixed(0)} ms   ratio ${(bestCompile / cpyCompile).toFixed(2)}x`)
console.log(`pyscope unmarshal: ${bestLoad.toFixed(0)} ms (${(bestCompile / bestLoad).toFixed(0)}x faster than compiling)   cpython marshal.loads: ${cpyLoad.toFixed(0)} ms (${(cpyCompile / cpyLoad).toFixed(0)}x)`)
