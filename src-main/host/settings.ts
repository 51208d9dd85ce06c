// A small JSON file of things the desktop app remembers between starts (the last folder,
// the window size). A missing or damaged file means defaults, never a failed start.

import * as fs from 'node:fs'
import * as path from 'node:path'

export interface Settings {
  lastFolder?: string
  window?: { width: number; height: number; x?: number; y?: number; maximized?: boolean }
}

export interface SettingsStore {
  get(): Settings
  update(patch: Partial<Settings>): void
}

export function openSettings(file: string): SettingsStore {
  let settings: Settings = load(file)
  return {
    get: () => settings,
    update(patch) {
      settings = { ...settings, ...patch }
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true })
        const tmp = `${file}.tmp`
        fs.writeFileSync(tmp, JSON.stringify(settings, null, 2))
        fs.renameSync(tmp, file)
      } catch {
        // remembering is a convenience; a read-only profile must not break the app
      }
    },
  }
}

function load(file: string): Settings {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    if (typeof raw !== 'object' || raw === null) return {}
    const out: Settings = {}
    const r = raw as Record<string, unknown>
    if (typeof r.lastFolder === 'string') out.lastFolder = r.lastFolder
    const w = r.window as Record<string, unknown> | undefined
    if (w && typeof w.width === 'number' && typeof w.height === 'number' && w.width >= 400 && w.height >= 300) {
      out.window = { width: w.width, height: w.height }
      if (typeof w.x === 'number' && typeof w.y === 'number') {
        out.window.x = w.x
        out.window.y = w.y
      }
      if (w.maximized === true) out.window.maximized = true
    }
    return out
  } catch {
    return {}
  }
}
