// Where Pyscope's own standard library (resources/lib, Python source of our own) is on
// this machine, and where its pycs are cached. The sources can be read-only (inside an
// installed app), so their pycs go to a per-user cache folder, laid out as
// sys.pycache_prefix lays out pycs (the source's absolute folder under the prefix).

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { StdlibLocation } from '../python/host'

/** The folder with the stdlib's .py files: PYSCOPE_STDLIB, the packaged app's resources,
 *  or resources/lib of the source tree (from src-main/host in tests, from out/main when built). */
export function findStdlibDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = []
  if (env.PYSCOPE_STDLIB) candidates.push(env.PYSCOPE_STDLIB)
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'lib'))
  // __dirname is src-main/host under vitest, out/main or out/main/chunks when built
  if (typeof __dirname === 'string') {
    for (let up = 2; up <= 4; up++) candidates.push(path.resolve(__dirname, ...new Array<string>(up).fill('..'), 'resources', 'lib'))
  }
  for (const c of candidates) {
    try {
      if (fs.statSync(c).isDirectory()) return path.resolve(c)
    } catch {
      // not this one
    }
  }
  return null
}

/** The per-user cache folder of the platform (PYSCOPE_CACHE_DIR overrides it). */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PYSCOPE_CACHE_DIR) return path.resolve(env.PYSCOPE_CACHE_DIR)
  const home = os.homedir()
  switch (process.platform) {
    case 'win32':
      return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'Pyscope', 'Cache')
    case 'darwin':
      return path.join(home, 'Library', 'Caches', 'Pyscope')
    default:
      return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'pyscope')
  }
}

let cached: StdlibLocation | null | undefined
/** The stdlib location for this process (looked up once). */
export function stdlibLocation(): StdlibLocation | null {
  if (cached !== undefined) return cached
  const dir = findStdlibDir()
  cached = dir === null ? null : { dir, cacheDir: path.join(userCacheDir(), 'lib') }
  return cached
}
