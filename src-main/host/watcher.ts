// Watches the listed folders (one non-recursive fs.watch each) and reports changes with
// renderer paths. Watching only what the listing kept means node_modules or .git churn
// never reaches the app. Bursts (an editor's save is several events) are coalesced.

import * as fs from 'node:fs'
import * as path from 'node:path'
import type { PyscopeEvents } from '../../src-shared/api'
import { isInside, toRendererPath } from './paths'
import { isSkippedFolder } from './listing'

export type FileChange = PyscopeEvents['fileChanged']

export interface FolderWatcher {
  /** replace the set of watched folders (after a new listing) */
  setFolders(folders: string[]): void
  close(): void
}

export function watchFolders(
  realRoot: string,
  onChange: (change: FileChange) => void,
  settleMs = 60,
): FolderWatcher {
  const watchers = new Map<string, fs.FSWatcher>()
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | null = null
  let closed = false

  const flush = () => {
    timer = null
    for (const abs of pending) {
      const kind = fs.existsSync(abs) ? 'changed' : 'removed'
      onChange({ path: toRendererPath(realRoot, abs), kind })
    }
    pending.clear()
  }

  const noteChange = (dir: string, name: string | null) => {
    if (closed) return
    const abs = name ? path.join(dir, name) : dir
    if (!isInside(realRoot, abs)) return
    const base = path.basename(abs)
    if (base.endsWith('.pyscope-tmp') || (abs !== realRoot && isSkippedFolder(base))) return
    pending.add(abs)
    if (!timer) timer = setTimeout(flush, settleMs)
  }

  return {
    setFolders(folders) {
      const wanted = new Set(folders)
      for (const [dir, w] of watchers) {
        if (!wanted.has(dir)) {
          w.close()
          watchers.delete(dir)
        }
      }
      for (const dir of wanted) {
        if (watchers.has(dir)) continue
        try {
          const w = fs.watch(dir, { persistent: false }, (_event, name) => noteChange(dir, name ? String(name) : null))
          w.on('error', () => {
            w.close()
            watchers.delete(dir)
          })
          watchers.set(dir, w)
        } catch {
          // a folder removed between listing and watching: nothing to watch
        }
      }
    },
    close() {
      closed = true
      if (timer) clearTimeout(timer)
      for (const w of watchers.values()) w.close()
      watchers.clear()
    },
  }
}
