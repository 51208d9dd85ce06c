// The folder tree: folders and .py files, without caches, hidden folders, dependencies
// or VCS data. Symlinks are followed only while they point inside the folder (and each
// real folder is visited once, so a link loop cannot hang the listing).

import type { Dirent } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { TreeListing, TreeNode } from '../../src-shared/api'
import { isInside } from './paths'

/** Folder names never listed, whatever their depth. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['__pycache__', 'node_modules', '.git'])

/** Beyond this many files the listing stops and says so, to keep the tree usable. */
export const MAX_LISTED_FILES = 50_000

export function isListedFile(name: string): boolean {
  return name.endsWith('.py') && !name.startsWith('.')
}

export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name)
}

interface WalkState {
  realRoot: string
  visited: Set<string>
  fileCount: number
  truncated: boolean
  /** absolute paths of every folder listed (the watcher watches exactly these) */
  folders: string[]
}

export interface ListingResult extends TreeListing {
  folders: string[]
}

/** List `realRoot` (already a real path). Sibling folders are read concurrently. */
export async function listFolder(realRoot: string, maxFiles = MAX_LISTED_FILES): Promise<ListingResult> {
  const state: WalkState = { realRoot, visited: new Set([realRoot]), fileCount: 0, truncated: false, folders: [] }
  const root: TreeNode = { name: path.basename(realRoot), path: '', kind: 'dir', children: [] }
  await walk(state, realRoot, root, maxFiles)
  return { root, fileCount: state.fileCount, truncated: state.truncated, folders: state.folders }
}

async function walk(state: WalkState, dirAbs: string, node: TreeNode, maxFiles: number): Promise<void> {
  state.folders.push(dirAbs)
  let entries: Dirent[]
  try {
    entries = await fs.readdir(dirAbs, { withFileTypes: true })
  } catch {
    return // unreadable folder: shown empty rather than failing the whole listing
  }
  const dirs: TreeNode[] = []
  const files: TreeNode[] = []
  const pending: Promise<void>[] = []
  for (const entry of entries) {
    const abs = path.join(dirAbs, entry.name)
    const rel = node.path === '' ? entry.name : `${node.path}/${entry.name}`
    let isDir = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      const target = await realTarget(state.realRoot, abs)
      if (!target) continue
      isDir = target.isDir
      isFile = !target.isDir
      if (isDir) {
        if (state.visited.has(target.real)) continue
        state.visited.add(target.real)
      }
    }
    if (isDir) {
      if (isSkippedFolder(entry.name)) continue
      const child: TreeNode = { name: entry.name, path: rel, kind: 'dir', children: [] }
      dirs.push(child)
      pending.push(walk(state, abs, child, maxFiles))
    } else if (isFile && isListedFile(entry.name)) {
      if (state.fileCount >= maxFiles) {
        state.truncated = true
        continue
      }
      state.fileCount++
      files.push({ name: entry.name, path: rel, kind: 'file' })
    }
  }
  await Promise.all(pending)
  // Folders without any .py file below them are noise in a Python tree.
  const kept = dirs.filter((d) => (d.children?.length ?? 0) > 0)
  node.children = [...kept.sort(byName), ...files.sort(byName)]
}

async function realTarget(realRoot: string, abs: string): Promise<{ real: string; isDir: boolean } | null> {
  try {
    const real = await fs.realpath(abs)
    if (!isInside(realRoot, real)) return null
    const st = await fs.stat(real)
    return { real, isDir: st.isDirectory() }
  } catch {
    return null // dangling link
  }
}

// One collator for the whole listing: localeCompare with options builds one per call.
const collator = new Intl.Collator('en', { numeric: true })

function byName(a: TreeNode, b: TreeNode): number {
  return collator.compare(a.name, b.name)
}
