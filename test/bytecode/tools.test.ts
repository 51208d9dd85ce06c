// pyscope -m dis / py_compile / compileall: command lines, messages and exit status as
// CPython 3.12's. The parts that compile need the whole pipeline (tokenizer, parser,
// compiler); they are skipped until it is registered.

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createNodePyHost } from '../../src-main/host/nodePyHost'
import { parsePycHeader, pycCode } from '../../src-main/python/cache/pyc'
import { main as compileall } from '../../src-main/python/tools/compileall'
import { main as disMain } from '../../src-main/python/tools/dis'
import { compileSource, main as pyCompile } from '../../src-main/python/tools/py_compile'
import { makeTempDir, removeDir, writeTree } from '../support/tempFolder'

function run(tool: (argv: string[], host: ReturnType<typeof createNodePyHost>) => number, argv: string[]): { rc: number; out: string; err: string } {
  let out = ''
  let err = ''
  const host = createNodePyHost({ stdout: (t) => void (out += t), stderr: (t) => void (err += t), readLine: () => null })
  const rc = tool(argv, host)
  return { rc, out, err }
}

let pipeline = true
try {
  compileSource(new TextEncoder().encode('x = 1\n'), 'x.py')
} catch {
  pipeline = false
}

const dir = makeTempDir('pyscope-tools-')
afterAll(() => removeDir(dir))

describe('command lines', () => {
  it('py_compile without files', () => {
    const r = run(pyCompile, [])
    expect(r.rc).toBe(2)
    expect(r.err).toBe('usage: py_compile.py [-h] [-q] filenames [filenames ...]\npy_compile.py: error: the following arguments are required: filenames\n')
  })
  it('py_compile of a missing file', () => {
    const r = run(pyCompile, [join(dir, 'nope.py')])
    expect(r.rc).toBe(1)
    expect(r.err).toBe(`[Errno 2] No such file or directory: '${join(dir, 'nope.py')}'`)
    expect(run(pyCompile, ['-q', join(dir, 'nope.py')])).toEqual({ rc: 1, out: '', err: '' })
  })
  it('dis of a missing file, and 3.12 has no -C', () => {
    const r = run(disMain, [join(dir, 'nope.py')])
    expect(r.rc).toBe(2)
    expect(r.err).toBe(`usage: dis.py [-h] [infile]\ndis.py: error: argument infile: can't open '${join(dir, 'nope.py')}': [Errno 2] No such file or directory: '${join(dir, 'nope.py')}'\n`)
    expect(run(disMain, ['-C', 'x.py']).rc).toBe(2)
  })
  it('compileall of a missing folder', () => {
    const r = run(compileall, [join(dir, 'missing')])
    expect(r).toEqual({ rc: 0, out: `Listing '${join(dir, 'missing')}'...\nCan't list '${join(dir, 'missing')}'\n`, err: '' })
  })
  it('compileall rejects bad options as argparse does', () => {
    const r = run(compileall, ['--invalidation-mode', 'sometimes', dir])
    expect(r.rc).toBe(2)
    expect(r.err.split('\n').at(-2)).toBe("compileall.py: error: argument --invalidation-mode: invalid choice: 'sometimes' (choose from 'checked-hash', 'timestamp', 'unchecked-hash')")
  })
})

describe.skipIf(!pipeline)('compiling (needs the whole pipeline)', () => {
  it('py_compile writes __pycache__/NAME.pyscope-312.pyc', () => {
    writeTree(dir, { 'pkg/mod.py': 'def f(a, b):\n    return a + b\n' })
    const r = run(pyCompile, [join(dir, 'pkg/mod.py')])
    expect(r).toEqual({ rc: 0, out: '', err: '' })
    const pyc = join(dir, 'pkg/__pycache__/mod.pyscope-312.pyc')
    expect(existsSync(pyc)).toBe(true)
    const data = new Uint8Array(readFileSync(pyc))
    expect(parsePycHeader(data).mode).toBe('timestamp')
    expect(pycCode(data).co_names).toEqual(['f'])
  })
  it('compileall lists, compiles, then skips what is up to date', () => {
    writeTree(dir, { 'tree/a.py': 'x = 1\n', 'tree/sub/b.py': 'y = 2\n', 'tree/notes.txt': 'hi' })
    const first = run(compileall, [join(dir, 'tree')])
    expect(first.rc).toBe(0)
    expect(first.out).toBe(
      `Listing '${dir}/tree'...\nCompiling '${dir}/tree/a.py'...\nListing '${dir}/tree/sub'...\nCompiling '${dir}/tree/sub/b.py'...\n`,
    )
    const again = run(compileall, [join(dir, 'tree')])
    expect(again.out).toBe(`Listing '${dir}/tree'...\nListing '${dir}/tree/sub'...\n`)
    expect(run(compileall, ['-q', '-f', join(dir, 'tree')]).out).toBe('')
  })
})

describe("py_compile's error text (PyCompileError.msg)", () => {
  it('SyntaxError: format_exception_only; IndentationError: Sorry: ...', async () => {
    const { PySyntaxError } = await import('../../src-main/python/errors')
    const { compileErrorMessage } = await import('../../src-main/python/tools/py_compile')
    const base = { filename: 'bad2.py', lineno: 1, offset: 5, text: 'x = (\n', end_lineno: 1, end_offset: 6 }
    expect(compileErrorMessage(new PySyntaxError({ ...base, kind: 'SyntaxError', msg: "'(' was never closed" }), 'bad2.py')).toBe(
      '  File "bad2.py", line 1\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n',
    )
    const ind = new PySyntaxError({
      kind: 'IndentationError', msg: 'expected an indented block after function definition on line 1',
      filename: '/tmp/ind.py', lineno: 2, offset: 1, text: 'return 1\n', end_lineno: 2, end_offset: 7,
    })
    expect(compileErrorMessage(ind, 'ind.py')).toBe('Sorry: IndentationError: expected an indented block after function definition on line 1 (ind.py, line 2)')
    const nul = new PySyntaxError({ kind: 'SyntaxError', msg: 'source code string cannot contain null bytes', filename: 'nul.py', lineno: null, offset: null, text: null, end_lineno: null, end_offset: null })
    expect(compileErrorMessage(nul, 'nul.py')).toBe('SyntaxError: source code string cannot contain null bytes\n')
  })
})
