// The state at a step of a traced run (trace/snapshot.ts): the replay stops at the step
// and reads the frame stack, locals, cells and value stack; the same object has the same
// number throughout one state.

import { describe, expect, it } from 'vitest'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runMain } from '../../src-main/python/run'
import { captureHost } from '../vm/programSupport'
import { StateProbe, StateReached } from '../../src-main/python/trace/snapshot'
import { TraceRecorder, KIND_CODES } from '../../src-main/python/trace/recorder'
import type { TraceState } from '../../src-shared/timeline'

const SRC = `def fact(n):
    acc = [n]
    if n <= 1:
        return 1
    return n * fact(n - 1)

xs = [1, 2]
ys = xs
print(fact(3), ys)
`

async function trace(src: string): Promise<TraceRecorder> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyscope-snap-'))
  fs.writeFileSync(path.join(dir, 'p.py'), src)
  const rec = new TraceRecorder('instructions')
  const cap = captureHost(dir)
  await runMain([path.join(dir, 'p.py')], cap.host, { traceHook: rec })
  rec.finish()
  return rec
}

async function stateAt(src: string, step: number): Promise<TraceState> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyscope-snap-'))
  fs.writeFileSync(path.join(dir, 'p.py'), src)
  const cap = captureHost(dir)
  try {
    await runMain([path.join(dir, 'p.py')], cap.host, { traceHook: new StateProbe('instructions', step) })
  } catch (e) {
    if (e instanceof StateReached) return e.state
    throw e
  }
  throw new Error('the run ended before the step')
}

describe('state at a step', () => {
  it('has the frame stack, locals and value stack of the deepest call', async () => {
    const rec = await trace(SRC)
    // the line event of `return 1` in the innermost fact (n == 1)
    let step = -1
    for (let i = 0; i < rec.length; i++) {
      const e = rec.event(i)
      if (e.kind === 'line' && e.qualname === 'fact' && e.lineno === 4) step = i
    }
    expect(step).toBeGreaterThan(0)
    const st = await stateAt(SRC, step)
    expect(st.frames.map((f) => f.qualname)).toEqual(['fact', 'fact', 'fact', '<module>'])
    expect(st.frames.map((f) => f.line)).toEqual([4, 5, 5, 9])
    const inner = st.frames[0]
    expect(inner.locals.map((v) => [v.name, v.repr, v.type])).toEqual([['n', '1', 'int'], ['acc', '[1]', 'list']])
    // the callers are in the middle of `n * fact(n - 1)`: n is on their value stack
    expect(st.frames[1].stack.some((s) => s.repr === '2' && s.type === 'int')).toBe(true)
    // the module: xs and ys are one list
    const mod = st.frames[3].locals
    const xs = mod.find((v) => v.name === 'xs')!
    const ys = mod.find((v) => v.name === 'ys')!
    expect(xs.repr).toBe('[1, 2]')
    expect(ys.id).toBe(xs.id)
    expect(mod.find((v) => v.name === 'fact')!.type).toBe('function')
  })

  it('counts steps as the recorder does, at every kind of event', async () => {
    const rec = await trace(SRC)
    for (const step of [0, 1, 7, Math.floor(rec.length / 2), rec.length - 2]) {
      const st = await stateAt(SRC, step)
      const e = rec.event(step)
      expect([st.frames[0].qualname, st.frames.length - 1]).toEqual([e.qualname, e.depth])
      if (KIND_CODES.indexOf(e.kind) !== 4) expect(st.frames[0].line).toBe(e.lineno)
    }
  })
})
