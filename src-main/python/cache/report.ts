// `pyscope cache [--json] [--clear] FOLDER`: the freshness of every .py file's pyc in a
// folder without running anything, and removal of our own pycs (never CPython's
// cpython-312 files, never anything else).

import type { CacheStatus } from '../../../src-shared/cache'
import type { PyHost } from '../host'
import { CACHE_TAG } from './pyc'
import { cacheStatus } from './sourceLoader'

/**
 * Visit every file below `root` in sorted order. Hidden folders and node_modules are
 * skipped; __pycache__ is entered only when `intoPycache` (to find our pycs).
 */
function walkFiles(host: PyHost, root: string, intoPycache: boolean, visit: (dir: string, name: string, path: string) => void): void {
  const walk = (dir: string) => {
    let names: string[]
    try {
      names = host.listdir(dir).sort()
    } catch {
      return
    }
    for (const n of names) {
      const p = host.resolve(dir, n)
      const st = host.stat(p)
      if (!st) continue
      if (!st.isDir) visit(dir, n, p)
      else if (!n.startsWith('.') && n !== 'node_modules' && (intoPycache || n !== '__pycache__')) walk(p)
    }
  }
  walk(root)
}

/** every .py file below `root`, sorted, skipping hidden folders, __pycache__ and node_modules */
export function pythonFiles(host: PyHost, root: string): string[] {
  const out: string[] = []
  walkFiles(host, root, false, (_d, n, p) => {
    if (n.endsWith('.py')) out.push(p)
  })
  return out
}

export function folderCacheStatus(host: PyHost, root: string, prefix: string | null): CacheStatus[] {
  return pythonFiles(host, root).map((p) => cacheStatus(host, p, { prefix }))
}

/** remove our own pycs below root (and under the prefix tree when one is set); returns their paths */
export function clearCache(host: PyHost, root: string, prefix: string | null): string[] {
  const removed: string[] = []
  for (const s of folderCacheStatus(host, root, prefix)) {
    if (s.state !== 'absent' && s.pycPath.endsWith(`.${CACHE_TAG}.pyc`)) {
      host.unlink(s.pycPath)
      removed.push(s.pycPath)
    }
  }
  // orphans: our pycs whose source is gone
  walkFiles(host, root, true, (dir, n, p) => {
    if (dir.endsWith('/__pycache__') && n.endsWith(`.${CACHE_TAG}.pyc`)) {
      host.unlink(p)
      removed.push(p)
    }
  })
  return removed.sort()
}

function rel(root: string, p: string): string {
  return p.startsWith(root + '/') ? p.slice(root.length + 1) : p
}

export function formatStatusText(root: string, rows: CacheStatus[]): string {
  if (rows.length === 0) return `no .py files in ${root}\n`
  const width = Math.max(...rows.map((r) => rel(root, r.sourcePath).length))
  const lines = rows.map((r) => {
    const why = r.state === 'stale' ? ` (${r.reason}${r.detail ? `: ${r.detail}` : ''})` : ''
    return `${rel(root, r.sourcePath).padEnd(width)}  ${r.state}${why}`
  })
  const count = (s: CacheStatus['state']) => rows.filter((r) => r.state === s).length
  lines.push(`${rows.length} files: ${count('fresh')} fresh, ${count('stale')} stale, ${count('absent')} absent`)
  return lines.join('\n') + '\n'
}

/** the subcommand; returns the exit status */
export function cacheCommand(argv: string[], host: PyHost): number {
  let json = false
  let clear = false
  const rest: string[] = []
  for (const a of argv) {
    if (a === '--json') json = true
    else if (a === '--clear') clear = true
    else if (a === '-h' || a === '--help') {
      host.writeStdout('usage: pyscope cache [--json] [--clear] FOLDER\n')
      return 0
    } else rest.push(a)
  }
  if (rest.length !== 1) {
    host.writeStderr('usage: pyscope cache [--json] [--clear] FOLDER\n')
    return 2
  }
  const root = host.resolve(host.cwd(), rest[0])
  const st = host.stat(root)
  if (!st || !st.isDir) {
    host.writeStderr(`pyscope cache: not a folder: ${root}\n`)
    return 2
  }
  const prefixEnv = host.env('PYTHONPYCACHEPREFIX')
  const prefix = prefixEnv ? host.resolve(host.cwd(), prefixEnv) : null
  if (clear) {
    const removed = clearCache(host, root, prefix)
    if (json) host.writeStdout(JSON.stringify({ removed }, null, 1) + '\n')
    else host.writeStdout(`removed ${removed.length} pyc file${removed.length === 1 ? '' : 's'}\n`)
    return 0
  }
  const rows = folderCacheStatus(host, root, prefix)
  host.writeStdout(json ? JSON.stringify(rows, null, 1) + '\n' : formatStatusText(root, rows))
  return 0
}
