// PyHost over Node's fs and process streams, for the CLI and the run workers.

import * as fs from 'node:fs'
import * as path from 'node:path'
import type { FileStat, PyHost } from '../python/host'
import { stdlibLocation } from './stdlib'

export interface NodePyHostOptions {
  stdout?: (text: string) => void
  stderr?: (text: string) => void
  readLine?: () => string | null
}

/** Read one line from file descriptor 0 synchronously (blocking), as input() needs. */
function readLineFromStdin(): string | null {
  const buf = Buffer.alloc(1)
  const bytes: number[] = []
  for (;;) {
    let n: number
    try {
      n = fs.readSync(0, buf, 0, 1, null)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue
      if ((e as NodeJS.ErrnoException).code === 'EOF') n = 0
      else throw e
    }
    if (n === 0) break
    bytes.push(buf[0])
    if (buf[0] === 0x0a) break
  }
  if (bytes.length === 0) return null
  return Buffer.from(bytes).toString('utf8')
}

export function createNodePyHost(opts: NodePyHostOptions = {}): PyHost {
  const t0 = performance.now()
  return {
    readFile: (p) => new Uint8Array(fs.readFileSync(p)),
    writeFileAtomic(p, data) {
      const tmp = `${p}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
      fs.writeFileSync(tmp, data)
      try {
        fs.renameSync(tmp, p)
      } catch (e) {
        fs.rmSync(tmp, { force: true })
        throw e
      }
    },
    stat(p): FileStat | null {
      try {
        const s = fs.statSync(p)
        return { mtime: s.mtimeMs / 1000, size: s.size, isDir: s.isDirectory() }
      } catch {
        return null
      }
    },
    listdir: (p) => fs.readdirSync(p),
    mkdir: (p) => void fs.mkdirSync(p, { recursive: true }),
    unlink: (p) => fs.unlinkSync(p),
    resolve: (...parts) => path.resolve(...parts),
    cwd: () => process.cwd(),
    stdlib: stdlibLocation(),
    writeStdout: opts.stdout ?? ((t) => void process.stdout.write(t)),
    writeStderr: opts.stderr ?? ((t) => void process.stderr.write(t)),
    readLine: opts.readLine ?? readLineFromStdin,
    env: (name) => process.env[name],
    now: () => Date.now() / 1000,
    monotonic: () => (performance.now() - t0) / 1000,
  }
}
