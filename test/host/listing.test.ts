import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listFolder } from '../../src-main/host/listing'
import type { TreeNode } from '../../src-shared/api'
import { makeTempDir, removeDir, writeTree } from '../support/tempFolder'

function paths(node: TreeNode): string[] {
  return [node.path, ...(node.children ?? []).flatMap(paths)].filter((p) => p !== '')
}

describe('listFolder', () => {
  let root: string
  beforeEach(() => {
    root = makeTempDir()
  })
  afterEach(() => removeDir(root))

  it('lists folders and .py files, folders first, in natural order', async () => {
    writeTree(root, {
      'main.py': '',
      'b10.py': '',
      'b2.py': '',
      'notes.txt': '',
      'pkg/__init__.py': '',
      'pkg/sub/deep.py': '',
      'data/only.csv': '',
    })
    const listing = await listFolder(root)
    expect(paths(listing.root)).toEqual(['pkg', 'pkg/sub', 'pkg/sub/deep.py', 'pkg/__init__.py', 'b2.py', 'b10.py', 'main.py'])
    expect(listing.fileCount).toBe(5)
    expect(listing.truncated).toBe(false)
    expect(listing.root.kind).toBe('dir')
  })

  it('skips __pycache__, hidden folders, node_modules and .git', async () => {
    writeTree(root, {
      'a.py': '',
      '__pycache__/a.cpython-312.py': '',
      '.venv/lib/site.py': '',
      'node_modules/x/y.py': '',
      '.git/hooks/h.py': '',
      'pkg/__pycache__/z.py': '',
      'pkg/.hidden.py': '',
      'pkg/m.py': '',
    })
    const listing = await listFolder(root)
    expect(paths(listing.root)).toEqual(['pkg', 'pkg/m.py', 'a.py'])
  })

  it('follows symlinks inside the folder but never out of it, and survives loops', async () => {
    const outside = makeTempDir()
    try {
      writeTree(outside, { 'secret.py': '' })
      writeTree(root, { 'pkg/m.py': '' })
      fs.symlinkSync(outside, path.join(root, 'out'))
      fs.symlinkSync(path.join(outside, 'secret.py'), path.join(root, 'secret.py'))
      fs.symlinkSync(root, path.join(root, 'pkg', 'loop'))
      fs.symlinkSync(path.join(root, 'pkg'), path.join(root, 'alias'))
      const listing = await listFolder(root)
      const all = paths(listing.root)
      expect(all.some((p) => p.includes('secret'))).toBe(false)
      expect(all.some((p) => p.startsWith('out'))).toBe(false)
      expect(all).toContain('alias/m.py')
      expect(all).toContain('pkg/m.py')
    } finally {
      removeDir(outside)
    }
  })

  it('stops at the file limit and says so', async () => {
    writeTree(root, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`m${i}.py`, ''])))
    const listing = await listFolder(root, 10)
    expect(listing.fileCount).toBe(10)
    expect(listing.truncated).toBe(true)
  })

  it('lists a folder of 10,000 files in under a second', async () => {
    for (let d = 0; d < 100; d++) {
      const dir = path.join(root, `pkg${d}`)
      fs.mkdirSync(dir)
      for (let f = 0; f < 100; f++) fs.writeFileSync(path.join(dir, `mod${f}.py`), '')
    }
    const t0 = performance.now()
    const listing = await listFolder(root)
    const ms = performance.now() - t0
    expect(listing.fileCount).toBe(10_000)
    expect(ms).toBeLessThan(1000)
  })
})
