// The recorded call/line/return/exception events equal what CPython 3.12's own
// sys.settrace reports for the same program, event for event (goldens written by
// scripts/gen_trace_golden.py). Also the compactness of the store and the JSON form.

import { describe, expect, it } from 'vitest'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { createNodePyHost } from '../../src-main/host/nodePyHost'
import { runMain } from '../../src-main/python/run'
import { TraceRecorder } from '../../src-main/python/trace/recorder'
import type { TraceLevel } from '../../src-shared/trace'

const DIR = path.join(__dirname, '..', 'fixtures', 'trace')
const programs = fs.readdirSync(DIR).filter((n) => n.endsWith('.py')).map((n) => n.slice(0, -3)).sort()

/** programs whose events still differ, with the reason; the list must shrink */
const EXPECTED_DIFFERENCES: Record<string, string> = {}

async function trace(name: string, level: TraceLevel) {
  const file = path.join(DIR, `${name}.py`)
  let stdout = ''
  const host = createNodePyHost({ stdout: (t) => void (stdout += t), stderr: (t) => void (stdout += t) })
  const rec = new TraceRecorder(level)
  const status = await runMain([file], host, { traceHook: rec })
  rec.finish()
  const json = rec.toJson([file])
  const events = json.events
    .filter((e) => json.codes[e.code].filename === file && e.kind !== 'opcode')
    .map((e) => [e.kind, e.qualname, e.lineno, e.depth])
  return { status, stdout, rec, json, events }
}

describe('trace events match sys.settrace of CPython 3.12', () => {
  for (const name of programs) {
    it(name, async () => {
      const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.settrace.json`), 'utf8'))
      const { status, events } = await trace(name, 'frames')
      expect(status).toBe(0)
      if (name in EXPECTED_DIFFERENCES) expect(events).not.toEqual(expected)
      else expect(events).toEqual(expected)
    })
  }
})

describe('instruction level', () => {
  it('adds one opcode event per instruction and keeps the frame events unchanged', async () => {
    const frames = await trace('recursion', 'frames')
    const instr = await trace('recursion', 'instructions')
    expect(instr.events).toEqual(frames.events)
    const opcodes = instr.json.events.filter((e) => e.kind === 'opcode')
    expect(opcodes.length).toBeGreaterThan(frames.json.events.length)
    // every opcode event points at an even offset inside its code object
    for (const e of opcodes) expect(e.offset % 2).toBe(0)
    expect(instr.rec.bytesPerEvent).toBeLessThanOrEqual(16)
  })

  it('writes the documented JSON shape', async () => {
    const { json } = await trace('loops', 'instructions')
    expect(json).toMatchObject({ format: 'pyscope-trace', version: 1, level: 'instructions' })
    expect(Object.keys(json.events[0]).sort()).toEqual(['code', 'depth', 'kind', 'lineno', 'offset', 'qualname'])
    expect(json.codes[json.events[0].code]).toMatchObject({ qualname: '<module>', firstlineno: 1 })
  })
})

describe('streamed JSON', () => {
  it('writeJson writes exactly what toJson returns', async () => {
    const { rec, json } = await trace('exceptions', 'instructions')
    let text = ''
    rec.writeJson((c) => void (text += c), json.argv)
    expect(JSON.parse(text)).toEqual(json)
  })
})
