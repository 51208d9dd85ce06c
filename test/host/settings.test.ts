import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSettings } from '../../src-main/host/settings'
import { makeTempDir, removeDir } from '../support/tempFolder'

describe('settings', () => {
  let dir: string
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => removeDir(dir))

  it('remembers the last folder and window size across opens', () => {
    const file = path.join(dir, 'sub', 'settings.json')
    openSettings(file).update({ lastFolder: '/x', window: { width: 1000, height: 700, x: 5, y: 6 } })
    expect(openSettings(file).get()).toEqual({ lastFolder: '/x', window: { width: 1000, height: 700, x: 5, y: 6 } })
  })

  it('falls back to defaults on a damaged or odd file', () => {
    const file = path.join(dir, 'settings.json')
    fs.writeFileSync(file, '{not json')
    expect(openSettings(file).get()).toEqual({})
    fs.writeFileSync(file, JSON.stringify({ lastFolder: 3, window: { width: 10, height: 10 } }))
    expect(openSettings(file).get()).toEqual({})
  })
})
