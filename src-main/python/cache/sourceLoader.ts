// The bytecode cache on the import of a source module: importlib's
// SourceLoader.get_code (Lib/importlib/_bootstrap_external.py) with every decision
// recorded as a CacheEvent. Differences from CPython are deliberate and reported:
// a pyc whose header is valid but whose body is damaged makes CPython raise
// (EOFError / ValueError from marshal); we treat it as a miss, recompile and rewrite,
// and say in the event what CPython would have done.

import type { CacheEvent, CacheReason, CacheStatus, CacheTimings, PycHeaderView, SourceView } from '../../../src-shared/cache'
import type { PyHost, StdlibLocation } from '../host'
import type { CodeObject } from '../objects/code'
import {
  HEADER_SIZE,
  PYC_MAGIC,
  buildPyc,
  cacheFromSource,
  parsePycHeader,
  pycCode,
  pycMtime,
  sourceHash,
  type InvalidationMode,
  type PycHeader,
  type PycProblem,
  writePyc,
} from './pyc'

export interface CacheSettings {
  /** -B / PYTHONDONTWRITEBYTECODE: never write pycs */
  dontWriteBytecode: boolean
  /** PYTHONPYCACHEPREFIX: a separate tree for pycs */
  prefix: string | null
  /** the mode new pycs are written in (py_compile's --invalidation-mode) */
  invalidationMode: InvalidationMode
  /** -v: print importlib's verbose messages to stderr */
  verbose: boolean
  /** our stdlib: its modules' pycs go under its cache folder (see host.ts StdlibLocation) */
  stdlib?: StdlibLocation | null
}

export const DEFAULT_CACHE_SETTINGS: CacheSettings = {
  dontWriteBytecode: false,
  prefix: null,
  invalidationMode: 'timestamp',
  verbose: false,
  stdlib: null,
}

/** PYTHONDONTWRITEBYTECODE and PYTHONPYCACHEPREFIX as CPython reads them (non-empty = set) */
export function cacheSettingsFromEnv(host: PyHost, base: Partial<CacheSettings> = {}): CacheSettings {
  const dont = host.env('PYTHONDONTWRITEBYTECODE')
  const prefix = host.env('PYTHONPYCACHEPREFIX')
  return {
    ...DEFAULT_CACHE_SETTINGS,
    dontWriteBytecode: base.dontWriteBytecode || (dont !== undefined && dont !== ''),
    prefix: base.prefix ?? (prefix ? host.resolve(host.cwd(), prefix) : null),
    invalidationMode: base.invalidationMode ?? 'timestamp',
    verbose: base.verbose ?? false,
    stdlib: base.stdlib !== undefined ? base.stdlib : host.stdlib ?? null,
  }
}

/** Where the pyc of a source file lives: importlib's cache_from_source with the run's
 *  pycache prefix, except that our stdlib's pycs always go to its cache folder (placed as
 *  a pycache prefix places them), because the stdlib folder may be read-only. */
export function pycPathFor(sourcePath: string, settings: Pick<CacheSettings, 'prefix' | 'stdlib'>, cwd: string): string {
  const lib = settings.stdlib ?? null
  const inLib = lib !== null && lib.cacheDir !== null && sourcePath.startsWith(lib.dir.replace(/\/+$/, '') + '/')
  return cacheFromSource(sourcePath, { prefix: inLib ? lib.cacheDir : settings.prefix, cwd })
}

export type CompileSource = (source: Uint8Array, filename: string) => CodeObject

const PROBLEM_REASON: Record<PycProblem, CacheReason> = {
  truncated: 'truncated header',
  'bad magic': 'bad magic',
  'bad flags': 'unknown flags',
  'mtime changed': 'mtime changed',
  'size changed': 'size changed',
  'hash changed': 'hash changed',
}

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
}

export function headerView(data: Uint8Array, h: PycHeader): PycHeaderView {
  const magic = data.subarray(0, 4)
  return {
    magicHex: hex(magic),
    magicOk: magic.length === 4 && PYC_MAGIC.every((b, i) => magic[i] === b),
    flags: h.flags,
    mode: h.mode,
    mtime: h.mtime,
    size: h.size,
    hashHex: h.hash ? hex(h.hash) : null,
  }
}

function now(host: PyHost): number {
  return host.monotonic() * 1000
}

function zeroTimings(): CacheTimings {
  return { read: 0, validate: 0, unmarshal: 0, compile: 0, write: 0 }
}

/**
 * The timestamp trap: a source edited within the same second as the pyc was written,
 * keeping its size, still matches the header. We cannot see the edit either (that is
 * the point), but we can say when a hit is exposed to it.
 */
function timestampTrapNote(host: PyHost, sourceMtime: number, pycPath: string): string | null {
  const pyc = host.stat(pycPath)
  if (!pyc) return null
  if (Math.trunc(pyc.mtime) === Math.trunc(sourceMtime)) {
    return 'the pyc was written in the same second the source was last changed: an edit in that second that kept the size would go unnoticed by the timestamp check; checked-hash pycs compare the source hash instead'
  }
  return null
}

export interface LoadResult {
  code: CodeObject
  event: CacheEvent
}

/**
 * Get the code object for a source module through the cache, as
 * SourceLoader.get_code does: try the pyc, validate, unmarshal; otherwise compile
 * and write (unless disabled). Never throws for a damaged pyc; compile errors
 * (SyntaxError) propagate as the caller's import would raise them.
 */
export function loadSourceModule(
  host: PyHost,
  module: string,
  sourcePath: string,
  compileSource: CompileSource,
  settings: CacheSettings,
): LoadResult {
  const t = zeroTimings()
  const verbose = (msg: string) => {
    if (settings.verbose) host.writeStderr(`# ${msg}\n`)
  }
  const pycPath = pycPathFor(sourcePath, settings, host.cwd())
  const st = host.stat(sourcePath)
  const sourceView: SourceView | null = st ? { mtime: pycMtime(st.mtime), size: st.size, hashHex: null } : null
  let source: Uint8Array | null = null
  let reason: CacheReason | null = 'no pyc'
  let detail: string | null = null
  let cpythonWould: string | null = null
  let header: PycHeaderView | null = null

  let t0 = now(host)
  let data: Uint8Array | null = null
  try {
    if (host.stat(pycPath)) data = host.readFile(pycPath)
  } catch (e) {
    reason = 'unreadable pyc'
    detail = e instanceof Error ? e.message : String(e)
  }
  t.read = now(host) - t0

  if (data) {
    t0 = now(host)
    const needsSource = data.length >= 8 && (data[4] & 0b11) === 0b11
    if (needsSource) source = host.readFile(sourcePath)
    const h = parsePycHeader(data, { stat: st ?? undefined, source: source ?? undefined, name: module })
    header = headerView(data, h)
    if (source && sourceView) sourceView.hashHex = hex(sourceHash(source))
    t.validate = now(host) - t0
    if (h.problem) {
      reason = PROBLEM_REASON[h.problem]
      detail = h.message
      if (h.message) verbose(h.message)
    } else {
      t0 = now(host)
      try {
        const code = pycCode(data)
        t.unmarshal = now(host) - t0
        verbose(`${pycPath} matches ${sourcePath}`)
        verbose(`code object from '${pycPath}'`)
        const trap = st && h.mode === 'timestamp' ? timestampTrapNote(host, st.mtime, pycPath) : null
        return {
          code,
          event: {
            module, sourcePath, pycPath, outcome: 'hit', reason: null, detail: trap, cpythonWould: null,
            header, source: sourceView, timings: t,
          },
        }
      } catch (e) {
        t.unmarshal = now(host) - t0
        reason = 'corrupt body'
        detail = e instanceof Error ? e.message : String(e)
        cpythonWould =
          data.length <= HEADER_SIZE
            ? 'CPython 3.12 raises EOFError (marshal data too short) and the import fails'
            : `CPython 3.12 raises ${e instanceof Error && /EOF/.test(e.message) ? 'EOFError' : 'ValueError'} from marshal and the import fails`
      }
    }
  }

  // miss: compile from source
  if (source === null) source = host.readFile(sourcePath)
  t0 = now(host)
  const code = compileSource(source, sourcePath)
  t.compile = now(host) - t0
  verbose(`code object from ${sourcePath}`)

  const missReason = reason
  if (settings.dontWriteBytecode) {
    return {
      code,
      event: {
        module, sourcePath, pycPath, outcome: 'write skipped', reason: missReason ?? 'writing disabled',
        detail: detail ?? 'writing bytecode is disabled (-B or PYTHONDONTWRITEBYTECODE)', cpythonWould,
        header, source: sourceView, timings: t,
      },
    }
  }
  t0 = now(host)
  try {
    const pyc = buildPyc(code, source, settings.invalidationMode, st ? { mtime: st.mtime, size: st.size } : undefined)
    writePyc(host, pycPath, pyc)
    t.write = now(host) - t0
    verbose(`created '${pycPath}'`)
    return {
      code,
      event: {
        module, sourcePath, pycPath, outcome: 'written', reason: missReason, detail, cpythonWould,
        header, source: sourceView, timings: t,
      },
    }
  } catch (e) {
    t.write = now(host) - t0
    const msg = e instanceof Error ? e.message : String(e)
    verbose(`could not create '${pycPath}': ${msg}`)
    return {
      code,
      event: {
        module, sourcePath, pycPath, outcome: 'write skipped', reason: 'folder not writable',
        detail: `${missReason ? `${missReason}; ` : ''}could not write the pyc: ${msg}`, cpythonWould,
        header, source: sourceView, timings: t,
      },
    }
  }
}

/** the main script is compiled but never cached, as in CPython (runpy / pymain_run_file) */
export function mainScriptEvent(module: string, sourcePath: string, compileMs: number): CacheEvent {
  return {
    module, sourcePath, pycPath: null, outcome: 'not cached', reason: 'main script',
    detail: 'the script being run is compiled every time; only imported modules are cached',
    cpythonWould: null, header: null, source: null,
    timings: { ...zeroTimings(), compile: compileMs },
  }
}

/** freshness of one source's pyc without compiling or running anything */
export function cacheStatus(host: PyHost, sourcePath: string, settings: Pick<CacheSettings, 'prefix' | 'stdlib'>): CacheStatus {
  const pycPath = pycPathFor(sourcePath, settings, host.cwd())
  const st = host.stat(sourcePath)
  const source: SourceView | null = st ? { mtime: pycMtime(st.mtime), size: st.size, hashHex: null } : null
  const base = { sourcePath, pycPath, source }
  if (!host.stat(pycPath)) return { ...base, state: 'absent', reason: 'no pyc', detail: null, header: null }
  let data: Uint8Array
  try {
    data = host.readFile(pycPath)
  } catch (e) {
    return { ...base, state: 'stale', reason: 'unreadable pyc', detail: e instanceof Error ? e.message : String(e), header: null }
  }
  const checked = data.length >= 8 && (data[4] & 0b11) === 0b11
  const src = checked ? host.readFile(sourcePath) : undefined
  if (src && source) source.hashHex = hex(sourceHash(src))
  const h = parsePycHeader(data, { stat: st ?? undefined, source: src })
  const header = headerView(data, h)
  if (h.problem) return { ...base, state: 'stale', reason: PROBLEM_REASON[h.problem], detail: h.message, header }
  try {
    pycCode(data)
  } catch (e) {
    return { ...base, state: 'stale', reason: 'corrupt body', detail: e instanceof Error ? e.message : String(e), header }
  }
  return { ...base, state: 'fresh', reason: null, detail: null, header }
}
