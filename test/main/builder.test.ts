// What can be checked of packaging offline (Electron's runtime cannot be downloaded here,
// so `npm run dist` cannot finish): electron-builder loads and validates our config with
// its own schema, the targets are the real ones, and the `files` patterns pick the built
// app and nothing of the sources or tests. app-builder-lib and minimatch come with
// electron-builder (pinned by the lockfile).

import * as fs from 'node:fs'
import { builtinModules } from 'node:module'
import * as path from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { minimatch } from 'minimatch'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Configuration } from 'electron-builder'

const REPO = path.resolve(__dirname, '../..')

/** Every file under `dir` (repo-relative, '/'-separated), skipping dependencies and VCS data. */
function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git' || e.name === 'dist') continue
    const abs = path.join(dir, e.name)
    if (e.isDirectory()) walk(abs, out)
    else out.push(path.relative(REPO, abs).split(path.sep).join('/'))
  }
  return out
}

/** electron-builder's rule: a file is packed when the last pattern that matches it is positive. */
function packed(patterns: string[], file: string): boolean {
  let keep = false
  for (const p of patterns) {
    const negated = p.startsWith('!')
    if (minimatch(file, negated ? p.slice(1) : p, { dot: true })) keep = !negated
  }
  return keep
}

describe('electron-builder.yml', () => {
  let config: Configuration
  let patterns: string[]

  beforeAll(async () => {
    config = await getConfig(REPO, null, null)
    const files = config.files as { filter: string[] }[] | string[]
    patterns = files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter))
  })

  it('loads and passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    expect(config.appId).toBe('org.pyscope.app')
    expect(config.productName).toBe('Pyscope')
    expect(fs.existsSync(path.join(REPO, String(config.icon)))).toBe(true)
  })

  it('builds AppImage and deb for Linux, nsis for Windows, dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
  })

  it('packs the built app and no sources, tests or scripts', () => {
    const all = walk(REPO)
    const chosen = all.filter((f) => packed(patterns, f))
    for (const needed of ['package.json', 'out/main/index.js', 'out/main/cli.js', 'out/preload/preload.js', 'out/renderer/index.html']) {
      expect(all, `${needed} is missing: run npm run build first`).toContain(needed)
      expect(chosen).toContain(needed)
    }
    expect(chosen.some((f) => f.startsWith('out/renderer/assets/') && f.endsWith('.js'))).toBe(true)
    const leaks = chosen.filter((f) => /^(src-|test\/|scripts\/|\.ci\/)/.test(f) || f.endsWith('.ts') || f.endsWith('.svelte'))
    expect(leaks).toEqual([])
    expect(chosen.every((f) => f === 'package.json' || f === 'resources/icon.png' || f.startsWith('out/'))).toBe(true)
  })

  it('the built main and preload need no node_modules (the package has none)', () => {
    const builtin = new Set(builtinModules)
    for (const dir of ['out/main', 'out/preload']) {
      for (const f of walk(path.join(REPO, dir))) {
        if (!f.endsWith('.js')) continue
        const code = fs.readFileSync(path.join(REPO, f), 'utf8')
        for (const m of code.matchAll(/require\("([^"]+)"\)/g)) {
          const id = m[1]
          const ok = id.startsWith('./') || id.startsWith('../') || id === 'electron' || id.startsWith('node:') || builtin.has(id)
          expect(ok, `${f} requires ${id}`).toBe(true)
        }
      }
    }
    const preload = fs.readFileSync(path.join(REPO, 'out/preload/preload.js'), 'utf8')
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']) // sandboxed preload
  })

  it('ships the sample projects and our stdlib beside the app, where main and the run workers look for them', () => {
    expect(config.extraResources).toEqual([
      expect.objectContaining({ from: 'resources/samples', to: 'samples' }),
      expect.objectContaining({ from: 'resources/lib', to: 'lib' }),
    ])
    // src-main/host/stdlib.ts looks for process.resourcesPath/lib in the packaged app
    expect(fs.readFileSync(path.join(REPO, 'src-main/host/stdlib.ts'), 'utf8')).toContain("path.join(resourcesPath, 'lib')")
    expect(fs.readdirSync(path.join(REPO, 'resources/samples')).sort()).toEqual(['hello-bytecode', 'recursion', 'shapes-package'])
  })

  it('points package.json main and bin at the built files', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'))
    expect(pkg.main).toBe('out/main/index.js')
    expect(pkg.bin).toEqual({ pyscope: 'out/main/cli.js' })
    expect(pkg.type).toBeUndefined() // main and preload are CommonJS
    // Electron's runtime is fetched on first use, which electron-vite does not do itself
    expect(pkg.scripts.start).toMatch(/^install-electron && electron-vite preview$/)
    expect(pkg.scripts.prepare).toBe('npm run build')
  })
})
