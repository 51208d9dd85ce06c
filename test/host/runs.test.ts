// Runs in worker threads (the built out/main/runWorker.js): output batched into events,
// input() answered through the SharedArrayBuffer, Stop ending a run at once.

import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PyscopeEvents } from '../../src-shared/api'
import { createRunManager, type RunManager } from '../../src-main/host/runs'
import { makeTempDir, removeDir, waitFor, writeTree } from '../support/tempFolder'

const WORKER = path.resolve(__dirname, '../../out/main/runWorker.js')

describe.skipIf(!fs.existsSync(WORKER))('runs in a worker', () => {
  let dir: string
  let runs: RunManager
  let events: { name: string; payload: unknown }[]
  const output = () =>
    events
      .filter((e) => e.name === 'runOutput')
      .flatMap((e) => (e.payload as PyscopeEvents['runOutput']).chunks.map((c) => c.text))
      .join('')
  const ended = () => events.find((e) => e.name === 'runEnded')?.payload as PyscopeEvents['runEnded'] | undefined

  beforeEach(() => {
    dir = makeTempDir()
    events = []
    runs = createRunManager(WORKER, (name, payload) => events.push({ name, payload }))
  })
  afterEach(() => {
    runs.dispose()
    removeDir(dir)
  })

  it('runs a file and reports its output and exit status', async () => {
    writeTree(dir, { 'a.py': 'import sys\nprint("hi")\nprint("oops", file=sys.stderr)\n' })
    runs.start(path.join(dir, 'a.py'), 'a.py', dir)
    await waitFor(() => ended() !== undefined, 20_000, 'the end of the run')
    expect(output()).toBe('hi\noops\n')
    expect(ended()).toMatchObject({ exitCode: 0, stopped: false, internalError: null })
  })

  it('answers input() from sendInput', async () => {
    writeTree(dir, { 'b.py': 'n = input("n? ")\nprint(int(n) * 2)\n' })
    const { runId } = runs.start(path.join(dir, 'b.py'), 'b.py', dir)
    await waitFor(() => events.some((e) => e.name === 'runInput'), 20_000, 'input()')
    runs.answer(runId, '21')
    await waitFor(() => ended() !== undefined, 20_000, 'the end of the run')
    expect(output()).toBe('n? 42\n')
  })

  it('batches a flood of output into few events', async () => {
    writeTree(dir, { 'c.py': 'for i in range(100000):\n    print(i)\n' })
    runs.start(path.join(dir, 'c.py'), 'c.py', dir)
    await waitFor(() => ended() !== undefined, 60_000, 'the end of the run')
    const n = events.filter((e) => e.name === 'runOutput').length
    expect(output().split('\n').length).toBe(100001)
    expect(n).toBeLessThan(2000)
  })

  it('traces a run for the timeline and rebuilds the state at a step by replaying it, input() included', async () => {
    writeTree(dir, { 't.py': 'def sq(x):\n    y = x * x\n    return y\n\nn = int(input())\nvals = [sq(i) for i in range(n)]\nprint(vals)\n' })
    const { runId } = runs.start(path.join(dir, 't.py'), 't.py', dir, 'frames')
    await waitFor(() => events.some((e) => e.name === 'runInput'), 20_000, 'input()')
    runs.answer(runId, '3')
    await waitFor(() => ended() !== undefined, 20_000, 'the end of the run')
    expect(output()).toBe('[0, 1, 4]\n')
    const i = events.findIndex((e) => e.name === 'runTrace')
    expect(i).toBeGreaterThanOrEqual(0)
    expect(i).toBeLessThan(events.findIndex((e) => e.name === 'runEnded'))
    const { columns } = events[i].payload as PyscopeEvents['runTrace']
    const names = columns.codeIds.map((c) => columns.codes[c].qualname)
    // three calls of sq, each with its `return y` line (3) and a return event (kind 2)
    const sqCalls = columns.kinds.filter((k, j) => k === 0 && names[j] === 'sq').length
    expect(sqCalls).toBe(3)
    const lastReturnLine = columns.kinds.findLastIndex((k, j) => k === 1 && names[j] === 'sq' && columns.lines[j] === 3)
    const st = await runs.state(runId, lastReturnLine)
    expect(st.frames.map((f) => f.qualname)).toEqual(['sq', '<module>'])
    expect(st.frames[0].locals.map((v) => `${v.name}=${v.repr}`)).toEqual(['x=2', 'y=4'])
    expect(st.frames[1].locals.find((v) => v.name === 'n')?.repr).toBe('3')
    await expect(runs.state(runId, 10 ** 6)).rejects.toThrow(/ended before step/)
  })

  it('stops an endless run at once', async () => {
    writeTree(dir, { 'd.py': 'while True:\n    pass\n' })
    const { runId } = runs.start(path.join(dir, 'd.py'), 'd.py', dir)
    await runs.stop(runId)
    expect(ended()).toMatchObject({ stopped: true, exitCode: null })
  })
})
