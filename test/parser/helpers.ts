// Shared helpers for the parser tests: the oracle's location and a compact error form.

import { PyCompileError, PySyntaxError } from '../../src-main/python/errors'
import { parse } from '../../src-main/python/parser/index'

export { oracle } from '../support/oracle'

/** [type, msg, lineno, offset, end_lineno, end_offset] as scripts/gen_ast_golden.py writes */
export function errorTuple(e: PySyntaxError): unknown[] {
  return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
}

/** mode from a fixture name: NAME.eval.py, NAME.single.py, NAME.func_type.py */
export function fixtureMode(name: string): 'exec' | 'eval' | 'single' | 'func_type' {
  for (const m of ['eval', 'single', 'func_type'] as const) if (name.endsWith(`.${m}.py`)) return m
  return 'exec'
}

/** false until a tokenizer is linked into the parser (suites then skip with a message) */
export function tokenizerAvailable(): boolean {
  try {
    parse('x\n')
    return true
  } catch (e) {
    return !(e instanceof PyCompileError && e.pyType === 'RuntimeError')
  }
}
