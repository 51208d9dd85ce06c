import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_TEXT_BYTES, decodeText, readTextFile, saveTextFile } from '../../src-main/host/files'
import { makeTempDir, removeDir, writeTree } from '../support/tempFolder'

describe('reading and saving files', () => {
  let root: string
  beforeEach(() => {
    root = makeTempDir()
  })
  afterEach(() => removeDir(root))

  it('reads UTF-8 text with its size and mtime', async () => {
    writeTree(root, { 'a.py': 'print("héllo")\n' })
    const f = await readTextFile(path.join(root, 'a.py'), 'a.py')
    expect(f.text).toBe('print("héllo")\n')
    expect(f.size).toBe(Buffer.byteLength(f.text))
    expect(f.mtimeMs).toBeGreaterThan(0)
  })

  it('refuses binary files with a message', async () => {
    writeTree(root, { 'img.py': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'latin1.py': new Uint8Array([0x63, 0xe9, 0x0a]) })
    await expect(readTextFile(path.join(root, 'img.py'), 'img.py')).rejects.toThrow(/binary file/)
    await expect(readTextFile(path.join(root, 'latin1.py'), 'latin1.py')).rejects.toThrow(/binary file/)
    expect(decodeText(new Uint8Array([0x61, 0x62]))).toBe('ab')
  })

  it('refuses huge files without loading them', async () => {
    const abs = path.join(root, 'big.py')
    fs.writeFileSync(abs, '')
    fs.truncateSync(abs, MAX_TEXT_BYTES + 1)
    await expect(readTextFile(abs, 'big.py')).rejects.toThrow(/opens files up to/)
  })

  it('refuses folders and missing files', async () => {
    fs.mkdirSync(path.join(root, 'pkg'))
    await expect(readTextFile(path.join(root, 'pkg'), 'pkg')).rejects.toThrow(/not a file/)
    await expect(readTextFile(path.join(root, 'nope.py'), 'nope.py')).rejects.toThrow(/does not exist/)
  })

  it('saves atomically, keeps the file mode and leaves no temporary file', async () => {
    const abs = path.join(root, 'a.py')
    fs.writeFileSync(abs, 'old\n', { mode: 0o640 })
    fs.chmodSync(abs, 0o640)
    const saved = await saveTextFile(abs, 'a.py', 'new\n')
    expect(fs.readFileSync(abs, 'utf8')).toBe('new\n')
    expect(saved.size).toBe(4)
    expect(fs.statSync(abs).mode & 0o777).toBe(0o640)
    expect(fs.readdirSync(root)).toEqual(['a.py'])
  })

  it('refuses to save a non-string or an oversized text', async () => {
    const abs = path.join(root, 'a.py')
    await expect(saveTextFile(abs, 'a.py', 42)).rejects.toThrow(/must be a string/)
    await expect(saveTextFile(abs, 'a.py', 'x'.repeat(MAX_TEXT_BYTES + 1))).rejects.toThrow(/more than Pyscope saves/)
    expect(fs.existsSync(abs)).toBe(false)
  })
})
