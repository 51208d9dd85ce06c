// Shared helpers for the tokenizer tests: the oracle's location and an in-memory PyHost
// that runs the `tokenize` tool with a given working folder.

import { existsSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import type { PyHost } from '../../src-main/python/host'

/** CPython 3.12 (PYSCOPE_CPYTHON, else pyenv's 3.12.1), or null when not installed */
export function oracle(): string | null {
  const env = process.env.PYSCOPE_CPYTHON
  if (env && existsSync(env)) return env
  try {
    const root = execFileSync('pyenv', ['root'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
    const p = `${root}/versions/3.12.1/bin/python3.12`
    return existsSync(p) ? p : null
  } catch {
    return null
  }
}

export interface Captured {
  host: PyHost
  stdout: () => string
  stderr: () => string
}

/** a host reading real files relative to `cwd`, capturing stdout and stderr */
export function captureHost(cwd: string): Captured {
  let out = ''
  let err = ''
  const host: PyHost = {
    readFile: (p) => new Uint8Array(readFileSync(resolve(cwd, p))),
    writeFileAtomic: () => { throw new Error('read-only') },
    stat: () => null,
    listdir: () => [],
    mkdir: () => {},
    unlink: () => {},
    resolve: (...parts) => resolve(cwd, ...parts),
    cwd: () => cwd,
    writeStdout: (t) => { out += t },
    writeStderr: (t) => { err += t },
    readLine: () => null,
    env: () => undefined,
    now: () => Date.now() / 1000,
    monotonic: () => performance.now() / 1000,
  }
  return { host, stdout: () => out, stderr: () => err }
}

/** the last non-blank stderr line, as the parity tool compares it */
export function lastLine(s: string): string {
  const lines = s.trim().split('\n').filter((l) => l.trim())
  return lines.length ? lines[lines.length - 1].trim() : ''
}

export const FIXTURES = join(__dirname, '../fixtures/tokenize')
