// Shared helpers for the parser tests: the oracle's location and a compact error form.

import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { PyCompileError, PySyntaxError } from '../../src-main/python/errors'
import { parse } from '../../src-main/python/parser/index'

/** CPython 3.12 (PYSCOPE_CPYTHON, else pyenv's 3.12.1), or null when not installed */
export function oracle(): string | null {
  const env = process.env.PYSCOPE_CPYTHON
  if (env && existsSync(env)) return env
  try {
    const root = execFileSync('pyenv', ['root']).toString().trim()
    const p = `${root}/versions/3.12.1/bin/python3.12`
    return existsSync(p) ? p : null
  } catch {
    return null
  }
}

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
