// The differential corpus: every test/programs/NAME.py was run by CPython 3.12
// (scripts/gen_program_golden.py wrote NAME.expected.json and NAME.code.json). Here we run
// CPython's code object in our VM and require identical stdout, stderr and exit status.
// Programs we cannot run yet are listed in expected_failures.json with the reason; they
// must still fail (test.fails), so the list can only shrink.

import { describe, expect, test } from 'vitest'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runCode, setCompiler } from '../../src-main/python/run'
import { loadProgram, captureHost, withFilename } from '../vm/programSupport'
import '../../src-main/python/tokenizer/index'
import { parseBytes } from '../../src-main/python/parser/index'
import { compile } from '../../src-main/python/compiler/compile'
import type { CodeObject } from '../../src-main/python/objects/code'

// imported modules (ours in resources/lib, or the program's own) compile with our compiler
setCompiler((source, filename) => compile(parseBytes(source, { filename }), filename))

const DIR = path.resolve(__dirname)
const names = fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort()
const xfail = JSON.parse(fs.readFileSync(path.join(DIR, 'expected_failures.json'), 'utf8')) as Record<string, string>

interface Expected {
  stdout: string
  stderr: string
  returncode: number
}

/** the program compiled by CPython (NAME.code.json) or by our tokenizer, parser and compiler */
function codeFor(name: string, ours: boolean): CodeObject {
  if (!ours) return loadProgram(path.join(DIR, `${name}.code.json`))
  const file = path.join(DIR, `${name}.py`)
  return withFilename(compile(parseBytes(fs.readFileSync(file), { filename: file }), file), file)
}

function run(name: string, ours = false): { stdout: string; stderr: string; returncode: number; expected: Expected } {
  const raw = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as Expected
  const fix = (s: string): string => s.split('{DIR}/').join(DIR + path.sep)
  const expected = { stdout: fix(raw.stdout), stderr: fix(raw.stderr), returncode: raw.returncode }
  const stdinPath = path.join(DIR, `${name}.stdin`)
  const cap = captureHost(DIR, fs.existsSync(stdinPath) ? fs.readFileSync(stdinPath, 'utf8') : '')
  const code = codeFor(name, ours)
  const returncode = runCode(code, { argv: [`${name}.py`], host: cap.host, mainPath: code.co_filename })
  return { stdout: cap.stdout(), stderr: cap.stderr(), returncode, expected }
}

for (const ours of [false, true]) describe(ours ? 'corpus (our whole pipeline: tokenizer, parser, compiler, VM)' : 'corpus (CPython code objects in our VM)', () => {
  for (const name of names) {
    const body = (): void => {
      const r = run(name, ours)
      expect(r.stdout).toBe(r.expected.stdout)
      expect(r.stderr).toBe(r.expected.stderr)
      expect(r.returncode).toBe(r.expected.returncode)
    }
    if (name in xfail) test.fails(`${name} (expected failure: ${xfail[name]})`, body)
    else test(name, body)
  }
})
