// DESIGN.md's dependency rules, checked on the import lines: host/ and src-shared/ never
// import electron (host/ serves browser mode too), src-shared imports nothing of either
// side, and the renderer reaches the main side only through window.pyscope.

import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'

const REPO = path.resolve(__dirname, '../..')

function sources(dir: string): string[] {
  const out: string[] = []
  for (const e of fs.readdirSync(path.join(REPO, dir), { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.(ts|svelte)$/.test(e.name)) out.push(path.relative(REPO, path.join(e.parentPath, e.name)))
  }
  return out
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(REPO, file), 'utf8')
  return [...text.matchAll(/(?:^|\n)\s*import\s[^'"]*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2])
}

describe('module boundaries', () => {
  it('host/ never imports electron', () => {
    for (const f of sources('src-main/host')) expect(imports(f), f).not.toContain('electron')
  })

  it('src-shared imports nothing from src-main, src-renderer or node', () => {
    for (const f of sources('src-shared')) {
      for (const i of imports(f)) expect(i, `${f} imports ${i}`).not.toMatch(/src-main|src-renderer|^node:|^electron$/)
    }
  })

  it('the renderer imports nothing from src-main and no node module', () => {
    for (const f of sources('src-renderer')) {
      for (const i of imports(f)) expect(i, `${f} imports ${i}`).not.toMatch(/src-main|^node:|^electron$|^ws$/)
    }
  })
})
