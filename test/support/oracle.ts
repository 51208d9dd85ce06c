// The CPython 3.12 oracle for tests: PYSCOPE_CPYTHON when set, else pyenv's 3.12.1
// (`pyenv root`, then PYENV_ROOT or ~/.pyenv), else null — tests that need it say so
// and skip their live part; committed goldens cover the rest.

import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

let found: string | null | undefined

function pyenvRoots(): string[] {
  const roots: string[] = []
  try {
    roots.push(execFileSync('pyenv', ['root'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
  } catch {
    // no pyenv on PATH
  }
  if (process.env.PYENV_ROOT) roots.push(process.env.PYENV_ROOT)
  roots.push(join(homedir(), '.pyenv'))
  return roots
}

export function oracle(): string | null {
  if (found !== undefined) return found
  const env = process.env.PYSCOPE_CPYTHON
  if (env) return (found = existsSync(env) ? env : null)
  for (const root of pyenvRoots()) {
    const p = join(root, 'versions', '3.12.1', 'bin', 'python3.12')
    if (existsSync(p)) return (found = p)
  }
  return (found = null)
}
