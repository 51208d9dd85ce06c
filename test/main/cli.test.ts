// The built `pyscope` command (out/main/cli.js), as users run it.

import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'

const REPO = path.resolve(__dirname, '../..')
const CLI = path.join(REPO, 'out/main/cli.js')

function pyscope(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('pyscope command', () => {
  it('is built with a node shebang and is the package bin', () => {
    expect(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('--version and -V print the version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'))
    for (const flag of ['--version', '-V']) {
      const r = pyscope([flag])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(`Pyscope ${pkg.version} (Python 3.12.1)\n`)
    }
  })

  it('--help lists the options and the web subcommand', () => {
    const r = pyscope(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^usage: pyscope \[option\]/)
    expect(r.stdout).toContain('pyscope web [FOLDER]')
    expect(r.stdout).toContain('-m mod')
  })

  it('refuses unknown modules and missing arguments like python3.12', () => {
    expect(pyscope(['-m', 'no_such_tool_xyz'])).toMatchObject({ code: 1, stderr: 'pyscope: No module named no_such_tool_xyz\n' })
    const r = pyscope(['-m'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Argument expected for the -m option')
  })

  it('web refuses a folder that does not exist, and a bad PORT, with a message', () => {
    const missing = pyscope(['web', '/definitely/not/a/folder'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe('pyscope web: The folder "/definitely/not/a/folder" does not exist.\n')
    const badPort = pyscope(['web'], { PORT: 'eighty' })
    expect(badPort.code).toBe(2)
    expect(badPort.stderr).toContain('PORT must be a port number')
  })
})
