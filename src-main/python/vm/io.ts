// Buffered standard streams over the host (Modules/_io: sys.stdout is block-buffered when
// not a terminal). stdout is flushed before stderr output, at input() and at exit.

import { ts } from './state'

let buf = ''

export function writeOut(s: string): void {
  buf += s
  if (buf.length > 1 << 16) flushOut()
}

export function flushOut(): void {
  if (buf.length) {
    const b = buf
    buf = ''
    ts.host?.writeStdout(b)
  }
}

export function writeErr(s: string): void {
  flushOut()
  ts.host?.writeStderr(s)
}

export function readLine(): string | null {
  flushOut()
  return ts.host?.readLine() ?? null
}
