// Two or more runs importing the same modules at once: every run sees a whole pyc or
// none (writes are a temporary file and a rename), and a valid pyc is left behind.
// Runs the built command (npm run build first; CI does).

import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createNodePyHost } from '../../src-main/host/nodePyHost'
import { folderCacheStatus } from '../../src-main/python/cache/report'

const CLI = path.join(__dirname, '..', '..', 'out', 'main', 'cli.js')

function run(dir: string): Promise<{ code: number | null; out: string; err: string }> {
  const env = { ...process.env }
  delete env.PYTHONDONTWRITEBYTECODE
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, 'main.py'], { cwd: dir, env })
    let out = ''
    let err = ''
    p.stdout.on('data', (d) => (out += d))
    p.stderr.on('data', (d) => (err += d))
    p.on('close', (code) => resolve({ code, out, err }))
  })
}

describe('concurrent runs share the cache safely', () => {
  it('eight runs at once, twice', async () => {
    expect(fs.existsSync(CLI), 'build the CLI first (npm run build)').toBe(true)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyscope-concurrent-'))
    try {
      const n = 30
      for (let i = 0; i < n; i++) {
        const body = Array.from({ length: 40 }, (_, k) => `def f${k}(x):\n    return x + ${k} * ${i}\n`).join('')
        fs.writeFileSync(path.join(dir, `m${i}.py`), `${body}VALUE = f39(${i})\n`)
      }
      const imports = Array.from({ length: n }, (_, i) => `import m${i}`).join('\n')
      fs.writeFileSync(path.join(dir, 'main.py'), `${imports}\nprint(sum(m.VALUE for m in [${Array.from({ length: n }, (_, i) => `m${i}`).join(', ')}]))\n`)
      const expected = `${Array.from({ length: n }, (_, i) => 39 * i + i).reduce((a, b) => a + b, 0)}\n`
      for (let round = 0; round < 2; round++) {
        const results = await Promise.all(Array.from({ length: 8 }, () => run(dir)))
        for (const r of results) expect(r).toEqual({ code: 0, out: expected, err: '' })
      }
      const states = folderCacheStatus(createNodePyHost(), dir, null)
      expect(states.filter((s) => s.sourcePath.endsWith('main.py')).map((s) => s.state)).toEqual(['absent'])
      expect(states.filter((s) => !s.sourcePath.endsWith('main.py')).every((s) => s.state === 'fresh')).toBe(true)
      // no temporary files left behind
      expect(fs.readdirSync(path.join(dir, '__pycache__')).every((f) => f.endsWith('.pyscope-312.pyc'))).toBe(true)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
