// Confinement: every path the renderer sends is relative to the opened folder and must
// stay inside it, both as written and after following symlinks. The renderer is treated
// as untrusted here, so a bug or an injected script cannot reach the rest of the disk.

import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { ApiCallError } from '../../src-shared/api'

/** True when `child` is `root` itself or lies below it (both absolute and normalised). */
export function isInside(root: string, child: string): boolean {
  const rel = path.relative(root, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** Turn a renderer path ('pkg/mod.py') into an absolute path inside `root`, or throw. */
export function resolveInside(root: string, relPath: unknown): string {
  if (typeof relPath !== 'string') throw new ApiCallError('bad-request', 'A path must be a string.')
  if (relPath.includes('\0')) throw new ApiCallError('bad-request', 'A path cannot contain a NUL character.')
  if (path.isAbsolute(relPath) || /^[a-zA-Z]:/.test(relPath)) {
    throw outside(relPath)
  }
  const abs = path.resolve(root, relPath)
  if (!isInside(root, abs)) throw outside(relPath)
  return abs
}

/**
 * Like resolveInside, then also follow symlinks: the real location of the path (or, for a
 * file that does not exist yet, of its nearest existing parent) must be inside the real root.
 */
export async function resolveRealInside(realRoot: string, relPath: unknown): Promise<string> {
  const abs = resolveInside(realRoot, relPath)
  let probe = abs
  for (;;) {
    try {
      const real = await fs.realpath(probe)
      if (!isInside(realRoot, real)) throw outside(String(relPath))
      return abs
    } catch (e) {
      if (e instanceof ApiCallError) throw e
      const parent = path.dirname(probe)
      if (parent === probe) throw outside(String(relPath))
      probe = parent
    }
  }
}

/** The '/'-separated path of `abs` relative to `root`, as the renderer sees it. */
export function toRendererPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/')
}

function outside(relPath: string): ApiCallError {
  return new ApiCallError('outside-folder', `Refused: "${relPath}" lies outside the opened folder.`)
}
