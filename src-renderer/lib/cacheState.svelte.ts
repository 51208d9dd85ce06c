// The folder's __pycache__ state for the tree's badges and the cache log: fetched when a
// folder opens, after each run and when files change on disk (debounced, since a run
// writes several pycs at once).

import type { FolderCacheStatus, PyscopeBridge } from '../../src-shared/api'

export type Badge = 'fresh' | 'stale' | 'none'

export class CacheState {
  statuses = $state.raw<FolderCacheStatus[]>([])
  badges = $state.raw<ReadonlyMap<string, Badge>>(new Map())
  error = $state<string | null>(null)

  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly api: PyscopeBridge) {}

  async refresh(): Promise<void> {
    try {
      const rows = await this.api.cacheStatus()
      this.statuses = rows
      this.badges = new Map(rows.map((r) => [r.relPath, r.state === 'absent' ? 'none' : r.state]))
      this.error = null
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e)
    }
  }

  soon(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.refresh()
    }, 120)
  }

  async clear(): Promise<number> {
    const n = await this.api.clearCache()
    await this.refresh()
    return n
  }

  reset(): void {
    this.statuses = []
    this.badges = new Map()
  }
}
