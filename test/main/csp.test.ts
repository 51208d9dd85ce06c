// The page's Content-Security-Policy: the app's own files only, no remote content; the
// one exception is the browser-mode WebSocket on the loopback address.

import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'

const REPO = path.resolve(__dirname, '../..')

function csp(file: string): Map<string, string[]> {
  const html = fs.readFileSync(file, 'utf8')
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
  expect(m, `no CSP meta tag in ${file}`).not.toBeNull()
  return new Map(
    m![1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  )
}

describe('Content-Security-Policy', () => {
  for (const file of ['src-renderer/index.html', 'out/renderer/index.html']) {
    it(`${file} allows only the app's own files`, () => {
      const policy = csp(path.join(REPO, file))
      expect(policy.get('default-src')).toEqual(["'none'"])
      expect(policy.get('script-src')).toEqual(["'self'"])
      expect(policy.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:*', 'ws://localhost:*'])
      for (const [name, values] of policy) {
        for (const v of values) {
          expect(v, `${name} ${v}`).not.toMatch(/^(https?:|\*$|'unsafe-eval')/)
        }
      }
      expect(policy.get('object-src')).toEqual(["'none'"])
      expect(policy.get('frame-src')).toEqual(["'none'"])
    })
  }

  it('the built page loads its scripts from its own folder', () => {
    const html = fs.readFileSync(path.join(REPO, 'out/renderer/index.html'), 'utf8')
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(m[1]).toMatch(/^\.\//)
  })
})
