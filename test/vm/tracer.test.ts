// The tracer hook reports calls, lines and returns (the timeline builds on it).

import { expect, test } from 'vitest'
import * as os from 'node:os'
import '../../src-main/python/tokenizer/index'
import { parse } from '../../src-main/python/parser/index'
import { compile } from '../../src-main/python/compiler/compile'
import { runCode } from '../../src-main/python/run'
import { captureHost } from './programSupport'

test('onCall, onLine and onReturn events', () => {
  const src = 'def f(x):\n    y = x + 1\n    return y\nprint(f(1))\n'
  const code = compile(parse(src, { filename: 't.py' }), 't.py')
  const events: string[] = []
  const cap = captureHost(os.tmpdir())
  const status = runCode(code, {
    argv: ['t.py'], host: cap.host, traceHook: {
      onCall: (fr) => events.push(`call ${fr.code.name}`),
      onLine: (fr, line) => events.push(`line ${fr.code.name} ${line}`),
      onReturn: (fr) => events.push(`return ${fr.code.name}`),
    },
  })
  expect(status).toBe(0)
  expect(cap.stdout()).toBe('2\n')
  expect(events).toEqual(['call <module>', 'line <module> 1', 'line <module> 4', 'call f', 'line f 2', 'line f 3', 'return f', 'return <module>'])
})
