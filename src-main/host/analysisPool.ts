// Two analysis worker threads: one tokenizes and parses (tokens, AST rows), the other
// parses and compiles (code objects), so the views' data comes back in the time of the
// slower half rather than the sum, and the main process stays free. Both are started and
// warmed up with a sample program when the host starts: a JIT-cold first analysis of a
// 3,000-line file takes three times as long as a warm one.
// Without the built worker file (unit tests run the sources) the work runs in-process.

import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { Worker } from 'node:worker_threads'
import { PYTHON_THREAD_LIMITS } from './workerLimits'
import type { Analysis, AnalysisCode } from '../../src-shared/analysis'
import type { CodeInstructions } from '../../src-shared/bytecode'
import { CodeViews, analyzeFront, astDumpOf, mergeAnalysis } from './analysis'
import { JsonText } from './jsonText'

export type AnalysisRequest =
  | { kind: 'front'; path: string; text: string; filename: string }
  | { kind: 'code'; text: string; filename: string }
  | { kind: 'dump'; text: string; filename: string; indent: number | null }
  | { kind: 'instructions'; text: string; filename: string; path: number[] }

export type AnalysisJob = AnalysisRequest & { id: number }

/** the front half as the worker sends it: every field but code/error/timings as JSON text */
export interface FrontText {
  json: string
  error: Analysis['error']
  timings: Analysis['timings']
}
/** the bytecode half: the code view as JSON text */
export interface CodeText {
  json: string
  error: Analysis['error']
  ms: number
}

export type AnalysisReply =
  | { id: number; ok: true; value: FrontText | CodeText | CodeInstructions | string | null }
  | { id: number; ok: false; error: string }

type Pending = { resolve: (v: AnalysisReply) => void }

class AnalysisThread {
  private worker: Worker | null = null
  private pending = new Map<number, Pending>()
  private nextId = 1

  constructor(private readonly file: string) {}

  private start(): Worker {
    const w = new Worker(this.file, { resourceLimits: PYTHON_THREAD_LIMITS })
    w.on('message', (r: AnalysisReply) => {
      const p = this.pending.get(r.id)
      this.pending.delete(r.id)
      p?.resolve(r)
    })
    const fail = (why: string): void => {
      // a crashed worker is replaced on the next request; its callers get the reason
      this.worker = null
      for (const [id, p] of this.pending) p.resolve({ id, ok: false, error: why })
      this.pending.clear()
    }
    w.on('error', (e) => fail(e.stack ?? e.message))
    w.on('exit', (code) => fail(`the analysis worker exited (${code})`))
    w.unref()
    return w
  }

  run(job: AnalysisRequest): Promise<AnalysisReply> {
    this.worker ??= this.start()
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, { resolve })
      this.worker!.postMessage({ ...job, id })
    })
  }

  dispose(): void {
    void this.worker?.terminate()
    this.worker = null
  }
}

function unwrap<T>(r: AnalysisReply): T {
  if (!r.ok) throw new Error(r.error)
  return r.value as T
}

/** A small program touching most of the compiler, run once per thread at start-up. */
function warmUpSource(): string {
  const lines: string[] = []
  for (let i = 0; i < 40; i++) {
    lines.push(
      `def f${i}(xs, k=${i}, *a, **kw):`,
      `    t = 0`,
      `    for j, x in enumerate(xs):`,
      `        if x % 2 == 0 and j > k: t += x * j`,
      `        elif x in (1, 3): t -= x // 2`,
      `    try:`,
      `        r = t / len(xs)`,
      `    except ZeroDivisionError as e:`,
      `        r = 0.0`,
      `    with open('f') as fh: pass`,
      `    return [y ** 2 for y in xs if y > r], {n: str(n) for n in xs}, f"{t=} {r:.2f}", lambda: k`,
      `class C${i}(object):`,
      `    def m(self, a, /, b=None): return super().m(a) if a else self.b`,
      ``,
    )
  }
  return lines.join('\n')
}

export interface AnalysisPool {
  /** the analysis, as JSON text when it comes from the worker threads */
  analyze(relPath: string, text: string, filename: string): Promise<Analysis | JsonText<Analysis>>
  /** its halves, each from its own thread: tokens and tree (code null), and the code objects */
  front(relPath: string, text: string, filename: string): Promise<Analysis | JsonText<Analysis>>
  code(text: string, filename: string): Promise<AnalysisCode | JsonText<AnalysisCode>>
  astDump(text: string, filename: string, indent: number | null): Promise<string>
  /** one code object's instructions (analyze leaves out all but the module's) */
  instructions(text: string, filename: string, path: number[]): Promise<CodeInstructions | null>
  dispose(): void
}

export function createAnalysisPool(workerFile: string | null): AnalysisPool {
  if (workerFile === null || !existsSync(workerFile)) {
    const codes = new CodeViews()
    return {
      analyze: async (relPath, text, filename) => mergeAnalysis(analyzeFront(relPath, text, filename), codes.analyze(text, filename)),
      front: async (relPath, text, filename) => analyzeFront(relPath, text, filename),
      code: async (text, filename) => {
        const { code, error, ms } = codes.analyze(text, filename)
        return { code, error, compileMs: ms }
      },
      astDump: async (text, filename, indent) => astDumpOf(text, filename, indent),
      instructions: async (text, filename, path) => codes.instructions(text, filename, path),
      dispose: () => undefined,
    }
  }
  const front = new AnalysisThread(workerFile)
  const back = new AnalysisThread(workerFile)
  const warm = warmUpSource()
  for (let i = 0; i < 3; i++) {
    void front.run({ kind: 'front', path: 'warm.py', text: warm, filename: 'warm.py' })
    void back.run({ kind: 'code', text: warm, filename: 'warm.py' })
  }
  return {
    async analyze(relPath, text, filename) {
      const [f, c] = await Promise.all([front.run({ kind: 'front', path: relPath, text, filename }), back.run({ kind: 'code', text, filename })])
      const fr = unwrap<FrontText>(f)
      const co = unwrap<CodeText>(c)
      // mergeAnalysis on text: a parse error ends the analysis before the code objects
      const [code, error, timings] = fr.error ? ['null', fr.error, fr.timings] : [co.json, co.error, { ...fr.timings, compile: co.ms }]
      return new JsonText<Analysis>(`${fr.json.slice(0, -1)},"code":${code},"error":${JSON.stringify(error)},"timings":${JSON.stringify(timings)}}`)
    },
    async front(relPath, text, filename) {
      const fr = unwrap<FrontText>(await front.run({ kind: 'front', path: relPath, text, filename }))
      return new JsonText<Analysis>(`${fr.json.slice(0, -1)},"code":null,"error":${JSON.stringify(fr.error)},"timings":${JSON.stringify(fr.timings)}}`)
    },
    async code(text, filename) {
      const co = unwrap<CodeText>(await back.run({ kind: 'code', text, filename }))
      return new JsonText<AnalysisCode>(`{"code":${co.json},"error":${JSON.stringify(co.error)},"compileMs":${co.ms}}`)
    },
    async astDump(text, filename, indent) {
      return unwrap<string>(await front.run({ kind: 'dump', text, filename, indent }))
    },
    async instructions(text, filename, path) {
      // the bytecode thread holds the code objects it compiled last
      return unwrap<CodeInstructions | null>(await back.run({ kind: 'instructions', text, filename, path }))
    },
    dispose() {
      front.dispose()
      back.dispose()
    },
  }
}

/** out/main/analysisWorker.js beside this bundle (or one level up from a shared chunk) */
export function defaultAnalysisWorker(): string | null {
  if (typeof __dirname !== 'string') return null
  const here = path.join(__dirname, 'analysisWorker.js')
  if (existsSync(here)) return here
  const up = path.join(__dirname, '..', 'analysisWorker.js')
  return existsSync(up) ? up : null
}
