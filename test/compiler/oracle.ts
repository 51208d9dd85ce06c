// Finding the oracle CPython 3.12 and sampling its Lib for differential tests.

import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export { oracle as findOracle } from '../support/oracle'

/** a deterministic sample of about `count` .py files of the oracle's Lib */
export function sampleLib(py: string, count: number): string[] {
  const lib = execFileSync(py, ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim()
  const all: string[] = []
  const walk = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name)
      if (name === 'test' || name === 'tests' || name === 'idle_test' || name === 'site-packages' || name.startsWith('lib2to3')) continue
      const s = statSync(p)
      if (s.isDirectory() && depth < 2) walk(p, depth + 1)
      else if (name.endsWith('.py') && s.size < 200_000) all.push(p)
    }
  }
  walk(lib, 0)
  const step = Math.max(1, Math.floor(all.length / count))
  return all.filter((_, i) => i % step === 0).slice(0, count)
}
