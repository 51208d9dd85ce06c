// Reading and saving text files for the editor. Binary and huge files are refused with a
// message instead of being loaded: a teaching editor has no use for them, and a 500 MB
// file would freeze the window.

import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { ApiCallError } from '../../src-shared/api'
import type { FileContent, SavedFile } from '../../src-shared/api'

/** Largest file the editor opens or saves. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024

export async function readTextFile(abs: string, rendererPath: string): Promise<FileContent> {
  const st = await statOrThrow(abs, rendererPath)
  if (!st.isFile()) throw new ApiCallError('not-a-file', `"${rendererPath}" is not a file.`)
  if (st.size > MAX_TEXT_BYTES) {
    throw new ApiCallError(
      'too-large',
      `"${rendererPath}" is ${formatSize(st.size)}; Pyscope opens files up to ${formatSize(MAX_TEXT_BYTES)}.`,
    )
  }
  const bytes = await fs.readFile(abs)
  const text = decodeText(bytes)
  if (text === null) throw new ApiCallError('binary', `"${rendererPath}" is a binary file, not text; it was not opened.`)
  return { path: rendererPath, text, mtimeMs: st.mtimeMs, size: st.size }
}

/** UTF-8 text, or null for binary data (a NUL byte, or bytes that are not UTF-8). */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.subarray(0, 8192).includes(0)) return null
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

let tmpCounter = 0

/** Write through a temporary file and a rename, so a crash never leaves half a file. */
export async function saveTextFile(abs: string, rendererPath: string, text: unknown): Promise<SavedFile> {
  if (typeof text !== 'string') throw new ApiCallError('bad-request', 'The text to save must be a string.')
  const data = Buffer.from(text, 'utf8')
  if (data.length > MAX_TEXT_BYTES) {
    throw new ApiCallError('too-large', `Refused: ${formatSize(data.length)} is more than Pyscope saves (${formatSize(MAX_TEXT_BYTES)}).`)
  }
  let mode: number | undefined
  try {
    const st = await fs.stat(abs)
    if (!st.isFile()) throw new ApiCallError('not-a-file', `"${rendererPath}" is not a file.`)
    mode = st.mode & 0o7777
  } catch (e) {
    if (e instanceof ApiCallError) throw e
  }
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${++tmpCounter}.pyscope-tmp`)
  try {
    await fs.writeFile(tmp, data, mode === undefined ? {} : { mode })
    await fs.rename(tmp, abs)
  } catch (e) {
    await fs.rm(tmp, { force: true })
    throw new ApiCallError('io', `Could not save "${rendererPath}": ${(e as Error).message}`)
  }
  const st = await fs.stat(abs)
  return { path: rendererPath, mtimeMs: st.mtimeMs, size: st.size }
}

async function statOrThrow(abs: string, rendererPath: string) {
  try {
    return await fs.stat(abs)
  } catch {
    throw new ApiCallError('not-found', `"${rendererPath}" does not exist.`)
  }
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
