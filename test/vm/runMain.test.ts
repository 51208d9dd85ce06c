// runMain behaves like python3.12 for -c, FILE and SyntaxError (expected text from CPython 3.12.1).

import { expect, test } from 'vitest'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runMain } from '../../src-main/python/run'
import { captureHost } from './programSupport'

test('-c with an uncaught exception', async () => {
  const cap = captureHost(os.tmpdir())
  const status = await runMain(['-c', 'print(1/0)'], cap.host)
  expect(status).toBe(1)
  expect(cap.stderr()).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nZeroDivisionError: division by zero\n')
})

test('-c argv and sys.exit status', async () => {
  const cap = captureHost(os.tmpdir())
  const status = await runMain(['-c', 'import sys; print(sys.argv); sys.exit(4)', 'x', 'y'], cap.host)
  expect(status).toBe(4)
  expect(cap.stdout()).toBe("['-c', 'x', 'y']\n")
})

test('SyntaxError in a file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyscope-'))
  const file = path.join(dir, 'bad.py')
  fs.writeFileSync(file, 'print("from stdin")\nx = [1,\n')
  const cap = captureHost(dir)
  const status = await runMain([file], cap.host)
  expect(status).toBe(1)
  expect(cap.stderr()).toBe(`  File "${file}", line 2\n    x = [1,\n        ^\nSyntaxError: '[' was never closed\n`)
})
