// The analysis threads behind the views (out/main/analysisWorker.js, built by `npm run
// build`): the same answers as the in-process analysis, a syntax error as data, and the
// wall time of a 3,000-line file's analysis printed for the views figure.

import { afterAll, describe, expect, it } from 'vitest'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { createAnalysisPool } from '../../src-main/host/analysisPool'
import { analyzeSource, astDumpOf } from '../../src-main/host/analysis'
import { bigProgram } from '../e2e/bigProgram'
import type { CodeObjectView } from '../../src-shared/bytecode'
import type { Analysis, AnalysisCode } from '../../src-shared/analysis'
import { plainValue } from '../../src-main/host/jsonText'

const WORKER = path.resolve(__dirname, '../../out/main/analysisWorker.js')
const built = fs.existsSync(WORKER)
if (!built) console.log('[analysisPool] out/main/analysisWorker.js is not built: the worker tests are skipped (npm run build)')

describe.runIf(built)('analysis worker threads', () => {
  const threads = createAnalysisPool(WORKER)
  // the analysis comes back as JSON text, which the transports splice into their replies
  const pool = { ...threads, analyze: async (...a: Parameters<typeof threads.analyze>) => plainValue(await threads.analyze(...a)) as Analysis }
  afterAll(() => threads.dispose())

  it('answer as the in-process analysis does', async () => {
    const src = 'def add(a, b):\n    return a + b\n\nclass Box:\n    def get(self, k):\n        return [k for _ in self]\n'
    const a = await pool.analyze('m.py', src, '/tmp/m.py')
    const b = analyzeSource('m.py', src, '/tmp/m.py')
    // the pool sends the module code's instructions only; the others come when asked for
    expect(a.code!.instructions.length).toBeGreaterThan(0)
    const fill = async (c: CodeObjectView): Promise<void> => {
      if (c.instructionsOmitted) {
        expect(c.instructions).toEqual([])
        Object.assign(c, await pool.instructions(src, '/tmp/m.py', c.path))
        delete c.instructionsOmitted
      }
      for (const k of c.children) await fill(k)
    }
    expect(a.code!.children[1].children[0].instructionsOmitted).toBe(true)
    await fill(a.code!)
    expect(await pool.instructions(src, '/tmp/m.py', [9, 9])).toBeNull()
    // code object reprs carry an address that differs between threads
    const norm = (x: object): string => JSON.stringify({ ...x, timings: null }).replace(/ at 0x[0-9a-f]+/g, ' at 0x')
    expect(norm(a)).toBe(norm(b))
    expect(await pool.astDump(src, '/tmp/m.py', 2)).toBe(astDumpOf(src, '/tmp/m.py', 2))
  })

  it('give each half on its own, as the renderer asks for them', async () => {
    const src = 'def f(x):\n    return [x * 2 for _ in range(3)]\n'
    const whole = plainValue(await threads.analyze('m.py', src, '/tmp/m.py')) as Analysis
    const front = plainValue(await threads.front('m.py', src, '/tmp/m.py')) as Analysis
    const code = plainValue(await threads.code(src, '/tmp/m.py')) as AnalysisCode
    expect(front.code).toBeNull()
    expect(front.ast).toEqual(whole.ast)
    expect(front.tokens).toEqual(whole.tokens)
    expect(JSON.stringify(code.code).replace(/0x[0-9a-f]+/g, '')).toBe(JSON.stringify(whole.code).replace(/0x[0-9a-f]+/g, ''))
    expect(code.error).toBeNull()
  })

  it('give a syntax error as data, and a compiler error from the bytecode half', async () => {
    const bad = await pool.analyze('bad.py', 'x = (1,\ny = 2\n', '/tmp/bad.py')
    expect(bad.error).toMatchObject({ kind: 'SyntaxError', msg: "'(' was never closed", lineno: 1 })
    const late = await pool.analyze('late.py', 'x = 1\nreturn x\n', '/tmp/late.py')
    expect(late.ast).not.toBeNull()
    expect(late.code).toBeNull()
    expect(late.error).toMatchObject({ kind: 'SyntaxError', msg: "'return' outside function", lineno: 2 })
    expect(await pool.astDump('x = (', '/tmp/bad.py', 4).catch(() => 'threw')).toBe('threw')
  })

  it('analyse a 3,000-line file (time printed, not asserted)', async () => {
    const src = bigProgram(3000)
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      const a = await pool.analyze('big.py', src, '/tmp/big.py')
      times.push(performance.now() - t0)
      expect(a.code!.children.length).toBeGreaterThan(100)
    }
    console.log(`[analysisPool] 3,000-line file: ${times.map((t) => t.toFixed(0)).join(', ')} ms (two threads, first to fifth request)`)
  })
})
