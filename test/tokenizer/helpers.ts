// Shared helpers for the tokenizer tests: the oracle's location and an in-memory PyHost
// that runs the `tokenize` tool with a given working folder.

import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { PyHost } from '../../src-main/python/host'

export { oracle } from '../support/oracle'

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
