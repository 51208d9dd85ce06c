// What one import's trip through __pycache__ looked like: the view model of the cache
// log and of `pyscope cache --json`. Plain data, shared by main and renderer.

/** what happened to the module's bytecode */
export type CacheOutcome =
  /** a valid pyc was found and its code object loaded */
  | 'hit'
  /** no usable pyc: the source was compiled and the pyc (re)written */
  | 'written'
  /** no usable pyc: compiled, and writing the pyc was skipped or failed (see reason) */
  | 'write skipped'
  /** a source that is never cached (the main script, -c, stdin) */
  | 'not cached'

/** why a pyc could not be used, or why none was written */
export type CacheReason =
  | 'no pyc'
  | 'bad magic'
  | 'unknown flags'
  | 'truncated header'
  | 'mtime changed'
  | 'size changed'
  | 'hash changed'
  | 'corrupt body'
  | 'unreadable pyc'
  | 'writing disabled'
  | 'folder not writable'
  | 'main script'

export interface PycHeaderView {
  /** the four magic bytes as hex, and whether they are CPython 3.12's (3531) */
  magicHex: string
  magicOk: boolean
  flags: number | null
  mode: 'timestamp' | 'checked-hash' | 'unchecked-hash' | null
  /** timestamp pycs: what the header recorded */
  mtime: number | null
  size: number | null
  /** hash pycs: the 8-byte SipHash-1-3 of the source, hex */
  hashHex: string | null
}

export interface SourceView {
  /** int(st_mtime) & 0xFFFFFFFF and the size, as a timestamp pyc would record them */
  mtime: number
  size: number
  /** source_hash(source) hex, when it was computed (hash pycs) */
  hashHex: string | null
}

export interface CacheTimings {
  /** milliseconds */
  read: number
  validate: number
  unmarshal: number
  compile: number
  write: number
}

export interface CacheEvent {
  module: string
  sourcePath: string
  pycPath: string | null
  outcome: CacheOutcome
  /** null on a clean hit and on a first compile that wrote successfully after 'no pyc' */
  reason: CacheReason | null
  /** human explanation: importlib's message, the OS error, the timestamp trap... */
  detail: string | null
  /** where CPython 3.12 would not have recovered the way we did (e.g. EOFError on a truncated body) */
  cpythonWould: string | null
  header: PycHeaderView | null
  source: SourceView | null
  timings: CacheTimings
}

/** the freshness of one source file's pyc without running anything (`pyscope cache`) */
export interface CacheStatus {
  sourcePath: string
  pycPath: string
  state: 'fresh' | 'stale' | 'absent'
  reason: CacheReason | null
  detail: string | null
  header: PycHeaderView | null
  source: SourceView | null
}
