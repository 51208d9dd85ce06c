// A frames-level trace is recorded sparsely (the eval loop calls the recorder only at the
// instructions trace/eventMarks.ts marks). It must record exactly the events a recorder
// called at every instruction records: checked over the differential corpus.

import { describe, expect, it } from 'vitest'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runCode } from '../../src-main/python/run'
import { TraceRecorder } from '../../src-main/python/trace/recorder'
import { captureHost, loadProgram } from '../vm/programSupport'

const DIR = path.resolve(__dirname, '../programs')
// programs of every kind of control flow: calls, recursion, generators and coroutines,
// exceptions caught and uncaught, classes, comprehensions, closures, with, match
const names = [
  'algo_bst', 'async_basic', 'classes_basic', 'comprehensions', 'exceptions_basic', 'generators_advanced',
  'error_cause', 'with_stmt', 'scope_rules', 'oop_dunder', 'staticmethods', 'fstrings', 'err_nested_calls',
  'err_generator_running', 'error_unbound_local', 'tuples_unpack', 'matrix_class', 'inventory_dicts',
  'error_recursion', 'err_exception_group_uncaught', 'mod_itertools', 'error_nested_function_tb',
].filter((n) => fs.existsSync(path.join(DIR, `${n}.code.json`)))

function record(name: string, dense: boolean): ReturnType<TraceRecorder['columns']> & { codes: string[] } {
  const rec = new TraceRecorder('frames', { dense })
  const stdinPath = path.join(DIR, `${name}.stdin`)
  const cap = captureHost(DIR, fs.existsSync(stdinPath) ? fs.readFileSync(stdinPath, 'utf8') : '')
  const code = loadProgram(path.join(DIR, `${name}.code.json`))
  runCode(code, { argv: [`${name}.py`], host: cap.host, mainPath: code.co_filename, traceHook: rec })
  rec.finish()
  return { ...rec.columns(), codes: rec.codeTable().map((c) => c.qualname) }
}

describe('sparse frame-level tracing', () => {
  for (const name of names) {
    it(name, () => {
      const sparse = record(name, false)
      const dense = record(name, true)
      expect(sparse.kinds.length).toBe(dense.kinds.length)
      expect(sparse).toEqual(dense)
    })
  }
})
