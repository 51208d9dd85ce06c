import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isInside, resolveInside, resolveRealInside, toRendererPath } from '../../src-main/host/paths'
import { makeTempDir, removeDir, writeTree } from '../support/tempFolder'

describe('resolveInside', () => {
  const root = path.resolve('/srv/class')

  it('accepts paths inside the folder', () => {
    expect(resolveInside(root, 'a.py')).toBe(path.join(root, 'a.py'))
    expect(resolveInside(root, 'pkg/mod.py')).toBe(path.join(root, 'pkg', 'mod.py'))
    expect(resolveInside(root, 'pkg/../b.py')).toBe(path.join(root, 'b.py'))
    expect(resolveInside(root, '')).toBe(root)
  })

  it.each(['../etc/passwd', 'pkg/../../x.py', '/etc/passwd', 'C:\\Windows\\win.ini', '..'])('refuses %s with a clear error', (p) => {
    expect(() => resolveInside(root, p)).toThrow(/outside the opened folder/)
  })

  it('refuses non-strings and NUL bytes', () => {
    expect(() => resolveInside(root, 42)).toThrow(/must be a string/)
    expect(() => resolveInside(root, 'a.py\0.txt')).toThrow(/NUL/)
  })

  it('does not take a sibling with a common prefix for inside', () => {
    expect(isInside(root, `${root}-other/x.py`)).toBe(false)
    expect(isInside(root, path.join(root, 'x.py'))).toBe(true)
  })

  it('gives renderer paths with forward slashes', () => {
    expect(toRendererPath(root, path.join(root, 'pkg', 'mod.py'))).toBe('pkg/mod.py')
  })
})

describe('resolveRealInside (symlinks)', () => {
  let root: string
  let outside: string
  beforeEach(() => {
    root = makeTempDir()
    outside = makeTempDir()
    writeTree(root, { 'a.py': 'x = 1\n' })
    writeTree(outside, { 'secret.py': 'password = 1\n' })
    fs.symlinkSync(path.join(outside, 'secret.py'), path.join(root, 'link.py'))
    fs.symlinkSync(outside, path.join(root, 'linkdir'))
    fs.symlinkSync(path.join(root, 'a.py'), path.join(root, 'inner.py'))
  })
  afterEach(() => {
    removeDir(root)
    removeDir(outside)
  })

  it('refuses a symlink that leads out of the folder', async () => {
    await expect(resolveRealInside(root, 'link.py')).rejects.toThrow(/outside the opened folder/)
    await expect(resolveRealInside(root, 'linkdir/secret.py')).rejects.toThrow(/outside/)
    await expect(resolveRealInside(root, 'linkdir/new.py')).rejects.toThrow(/outside/)
  })

  it('accepts a symlink that stays inside, and new files in real folders', async () => {
    await expect(resolveRealInside(root, 'inner.py')).resolves.toBe(path.join(root, 'inner.py'))
    await expect(resolveRealInside(root, 'sub/new.py')).resolves.toBe(path.join(root, 'sub', 'new.py'))
  })
})
