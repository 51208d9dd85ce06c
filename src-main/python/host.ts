// The sandbox edge: everything python/ needs from the outside world. The CLI gives it
// Node's fs and process streams; the app gives it a worker's view of the opened folder.
// python/ never imports fs, electron or the DOM.

export interface FileStat {
  /** modification time in seconds (float), as os.stat().st_mtime */
  mtime: number
  size: number
  isDir: boolean
}

/** Pyscope's own standard library (resources/lib): where its sources are and where their
 *  pycs go. The sources may be read-only (inside the installed app), so their pycs live in an
 *  app-level cache folder, placed as sys.pycache_prefix would place them. */
export interface StdlibLocation {
  dir: string
  /** null: pycs beside the sources in __pycache__, as for any module */
  cacheDir: string | null
}

export interface PyHost {
  /** the stdlib folder appended to sys.path after the script's folder and PYTHONPATH */
  stdlib?: StdlibLocation | null
  readFile(path: string): Uint8Array
  /** write atomically: a temporary file in the same folder, then rename */
  writeFileAtomic(path: string, data: Uint8Array): void
  stat(path: string): FileStat | null
  listdir(path: string): string[]
  mkdir(path: string): void
  unlink(path: string): void
  /** absolute, normalised path */
  resolve(...parts: string[]): string
  cwd(): string
  writeStdout(text: string): void
  writeStderr(text: string): void
  /** one line of stdin including its newline, or null at EOF */
  readLine(): string | null
  env(name: string): string | undefined
  /** seconds since the epoch, float */
  now(): number
  /** monotonic seconds, float */
  monotonic(): number
}
