// Start the built `pyscope web` as a child process and a headless Debian chromium, for the
// end-to-end tests. Uses the build (out/), so it tests what users run.

import { spawn, execSync, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

export const REPO = path.resolve(__dirname, '../..')
const CLI = path.join(REPO, 'out/main/cli.js')

export interface RunningWeb {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

export async function startPyscopeWeb(folder?: string): Promise<RunningWeb> {
  if (!fs.existsSync(path.join(REPO, 'out/renderer/index.html')) || !fs.existsSync(CLI)) {
    throw new Error('The app is not built: run `npm run build` before the end-to-end tests.')
  }
  const child = spawn(process.execPath, [CLI, 'web', ...(folder ? [folder] : [])], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stderr!.on('data', (c) => (err += c))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pyscope web printed no URL in time:\n${out}\n${err}`)), 15_000)
    child.stdout!.on('data', (c) => {
      out += c
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`pyscope web exited with ${code}:\n${out}\n${err}`))
    })
  })
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

export function chromiumPath(): string {
  if (process.env.PYSCOPE_CHROMIUM) return process.env.PYSCOPE_CHROMIUM
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh', encoding: 'utf8' }).trim().split('\n')[0]
  } catch {
    throw new Error("Debian's chromium is not installed: apt-get update && apt-get install -y chromium (.ci/run does this)")
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export const SCREENSHOTS = path.join(REPO, 'test-results')
