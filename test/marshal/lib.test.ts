// marshal over CPython's whole Lib (only with the oracle): every module code CPython
// compiles loads, dumps back to the same bytes (counted), and loading is timed.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dumps } from '../../src-main/python/marshal/dumps'
import { loadsCode } from '../../src-main/python/marshal/loads'
import { oracle } from '../support/oracle'


const SCRIPT = `
import marshal, os, sys, sysconfig
out = sys.argv[1]
lib = sysconfig.get_path('stdlib')
n = 0
for root, dirs, names in os.walk(lib):
    dirs[:] = sorted(d for d in dirs if d not in ('site-packages', '__pycache__'))
    for name in sorted(names):
        if not name.endswith('.py'):
            continue
        path = os.path.join(root, name)
        try:
            code = compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        with open(os.path.join(out, '%05d.marshal' % n), 'wb') as f:
            f.write(marshal.dumps(code))
        n += 1
`

const py = oracle()

describe.skipIf(!py)('marshal over CPython Lib', () => {
  it('loads everything, dumps back byte-identical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyscope-marshal-'))
    try {
      execFileSync(py!, ['-W', 'ignore', '-c', SCRIPT, dir])
      const files = readdirSync(dir).sort()
      const blobs = files.map((f) => new Uint8Array(readFileSync(join(dir, f))))
      const t0 = performance.now()
      const codes = blobs.map((b) => loadsCode(b))
      const loadMs = performance.now() - t0
      let same = 0
      const differ: string[] = []
      codes.forEach((c, i) => {
        const again = dumps(c)
        const b = blobs[i]
        if (again.length === b.length && again.every((x, k) => x === b[k])) same++
        else differ.push(c.co_filename)
      })
      const mb = blobs.reduce((n, b) => n + b.length, 0) / 1e6
      console.log(`marshal Lib: ${files.length} modules, ${mb.toFixed(1)} MB loaded in ${loadMs.toFixed(0)} ms; dumps byte-identical ${same}/${files.length}`)
      if (differ.length) console.log('differ: ' + differ.slice(0, 10).join('\n'))
      expect(codes.length).toBe(files.length)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
