// The .pyc file of CPython 3.12 (PEP 552; Lib/importlib/_bootstrap_external.py):
// a 16-byte header, then marshal of the module code object.
//   bytes 0-3    MAGIC_NUMBER (3531, "\r\n")
//   bytes 4-7    flags, little-endian: 0 timestamp, 1 unchecked hash, 3 checked hash
//   bytes 8-15   timestamp: source mtime (int(st_mtime) & 0xFFFFFFFF) and size
//                (& 0xFFFFFFFF), little-endian uint32 each
//                hash: importlib.util.source_hash(source), 8 bytes
// Our files are named with our own cache tag, __pycache__/NAME.pyscope-312.pyc.

import type { PyHost } from '../host'
import type { CodeObject } from '../objects/code'
import { dumps } from '../marshal/dumps'
import { loadsCode } from '../marshal/loads'
import { MAGIC_NUMBER } from '../spec/opcodes.gen'
import { siphash13 } from './siphash'

export const PYC_MAGIC = Uint8Array.from(MAGIC_NUMBER)
/** importlib's _RAW_MAGIC_NUMBER: the magic bytes read as a little-endian int */
export const RAW_MAGIC_NUMBER = MAGIC_NUMBER[0] | (MAGIC_NUMBER[1] << 8) | (MAGIC_NUMBER[2] << 16) | (MAGIC_NUMBER[3] * 2 ** 24)
export const CACHE_TAG = 'pyscope-312'
export const HEADER_SIZE = 16

export type InvalidationMode = 'timestamp' | 'checked-hash' | 'unchecked-hash'

const FLAG_HASH_BASED = 0b01
const FLAG_CHECK_SOURCE = 0b10

/** importlib.util.source_hash(source): _imp.source_hash(_RAW_MAGIC_NUMBER, source) */
export function sourceHash(source: Uint8Array): Uint8Array {
  return siphash13(BigInt(RAW_MAGIC_NUMBER), 0n, source)
}

export interface SourceStat {
  /** seconds since the epoch, float, as os.stat().st_mtime */
  mtime: number
  size: number
}

/** int(st_mtime) & 0xFFFFFFFF, as _code_to_timestamp_pyc stores it */
export function pycMtime(mtime: number): number {
  const t = Math.trunc(mtime)
  return ((t % 2 ** 32) + 2 ** 32) % 2 ** 32
}

function u32(x: number): number {
  return ((x % 2 ** 32) + 2 ** 32) % 2 ** 32
}

/** the 16-byte header (_code_to_timestamp_pyc / _code_to_hash_pyc) */
export function buildPycHeader(source: Uint8Array, mode: InvalidationMode, stat?: SourceStat): Uint8Array {
  const h = new Uint8Array(HEADER_SIZE)
  const v = new DataView(h.buffer)
  h.set(PYC_MAGIC, 0)
  if (mode === 'timestamp') {
    const st = stat ?? { mtime: 0, size: source.length }
    v.setUint32(4, 0, true)
    v.setUint32(8, pycMtime(st.mtime), true)
    v.setUint32(12, u32(st.size), true)
  } else {
    v.setUint32(4, FLAG_HASH_BASED | (mode === 'checked-hash' ? FLAG_CHECK_SOURCE : 0), true)
    h.set(sourceHash(source), 8)
  }
  return h
}

/** the whole .pyc: header then marshal.dumps(code) */
export function buildPyc(code: CodeObject, source: Uint8Array, mode: InvalidationMode, stat?: SourceStat): Uint8Array {
  const header = buildPycHeader(source, mode, stat)
  const body = dumps(code)
  const out = new Uint8Array(HEADER_SIZE + body.length)
  out.set(header, 0)
  out.set(body, HEADER_SIZE)
  return out
}

export type PycProblem =
  | 'truncated'
  | 'bad magic'
  | 'bad flags'
  | 'mtime changed'
  | 'size changed'
  | 'hash changed'

export interface PycHeader {
  /** null when the header can be trusted for this source; otherwise why not */
  problem: PycProblem | null
  /** importlib's message for the problem (ImportError / EOFError text) */
  message: string | null
  mode: InvalidationMode | null
  flags: number | null
  /** timestamp pycs */
  mtime: number | null
  size: number | null
  /** hash pycs */
  hash: Uint8Array | null
}

export interface PycCheck {
  /** the source's stat, for timestamp pycs */
  stat?: SourceStat
  /** the source bytes, for checked-hash pycs */
  source?: Uint8Array
  /** _imp.check_hash_based_pycs: 'default' | 'always' | 'never' */
  checkHashBasedPycs?: 'default' | 'always' | 'never'
  name?: string
}

/**
 * Read and validate a .pyc header as importlib does (_classify_pyc, then
 * _validate_timestamp_pyc or _validate_hash_pyc). Freshness is checked only against
 * what `check` provides.
 */
export function parsePycHeader(data: Uint8Array, check: PycCheck = {}): PycHeader {
  const name = check.name ?? '?'
  const res: PycHeader = { problem: null, message: null, mode: null, flags: null, mtime: null, size: null, hash: null }
  const fail = (problem: PycProblem, message: string): PycHeader => ({ ...res, problem, message })
  if (data.length < 4 || !PYC_MAGIC.every((b, i) => data[i] === b)) {
    return fail('bad magic', `bad magic number in '${name}': ${bytesLiteral(data.subarray(0, 4))}`)
  }
  if (data.length < HEADER_SIZE) return fail('truncated', `reached EOF while reading pyc header of '${name}'`)
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const flags = v.getUint32(4, true)
  res.flags = flags
  if (flags & ~0b11) return fail('bad flags', `invalid flags ${flags} in '${name}'`)
  if (flags & FLAG_HASH_BASED) {
    res.mode = flags & FLAG_CHECK_SOURCE ? 'checked-hash' : 'unchecked-hash'
    res.hash = data.slice(8, 16)
    const policy = check.checkHashBasedPycs ?? 'default'
    const mustCheck = policy !== 'never' && (policy === 'always' || (flags & FLAG_CHECK_SOURCE) !== 0)
    if (mustCheck && check.source) {
      const h = sourceHash(check.source)
      if (!h.every((b, i) => res.hash![i] === b)) return fail('hash changed', `hash in bytecode doesn't match hash of source '${name}'`)
    }
    return res
  }
  res.mode = 'timestamp'
  res.mtime = v.getUint32(8, true)
  res.size = v.getUint32(12, true)
  if (check.stat) {
    if (res.mtime !== pycMtime(check.stat.mtime)) return fail('mtime changed', `bytecode is stale for '${name}'`)
    if (res.size !== u32(check.stat.size)) return fail('size changed', `bytecode is stale for '${name}'`)
  }
  return res
}

/** the module code of a .pyc whose header has been checked; throws MarshalError */
export function pycCode(data: Uint8Array): CodeObject {
  return loadsCode(data, HEADER_SIZE)
}

function bytesLiteral(b: Uint8Array): string {
  let s = "b'"
  for (const c of b) {
    if (c === 0x5c) s += '\\\\'
    else if (c === 0x27) s += "\\'"
    else if (c === 9) s += '\\t'
    else if (c === 10) s += '\\n'
    else if (c === 13) s += '\\r'
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + c.toString(16).padStart(2, '0')
    else s += String.fromCharCode(c)
  }
  return s + "'"
}

// ---- paths (importlib.util.cache_from_source / source_from_cache, POSIX) ----

function split(path: string): [string, string] {
  const i = path.lastIndexOf('/')
  if (i < 0) return ['', path]
  const head = path.slice(0, i + 1).replace(/\/+$/, '') || path.slice(0, i + 1)
  return [head, path.slice(i + 1)]
}

function join(...parts: string[]): string {
  let out = ''
  for (const p of parts) {
    if (!p) continue
    if (p.startsWith('/')) out = p
    else out = out === '' ? p : out.endsWith('/') ? out + p : out + '/' + p
  }
  return out
}

export interface CacheOptions {
  tag?: string
  /** like sys.pycache_prefix (PYTHONPYCACHEPREFIX) */
  prefix?: string | null
  /** '' (default), 1 or 2: the opt-N part of the name */
  optimization?: string | number
  /** the current directory, for relative paths under a prefix */
  cwd?: string
}

/** importlib.util.cache_from_source(path) with our cache tag */
export function cacheFromSource(path: string, opts: CacheOptions = {}): string {
  const tag = opts.tag ?? CACHE_TAG
  let [head, tail] = split(path)
  const dot = tail.lastIndexOf('.')
  const base = dot < 0 ? '' : tail.slice(0, dot)
  const sep = dot < 0 ? '' : '.'
  const rest = dot < 0 ? tail : tail.slice(dot + 1)
  let filename = (base || rest) + sep + tag
  const opt = opts.optimization === undefined ? '' : String(opts.optimization)
  if (opt !== '') {
    if (!/^[\p{L}\p{N}]+$/u.test(opt)) throw new Error(`${JSON.stringify(opt)} is not alphanumeric`)
    filename += `.opt-${opt}`
  }
  filename += '.pyc'
  if (opts.prefix) {
    if (!head.startsWith('/')) head = join(opts.cwd ?? '/', head)
    return join(opts.prefix, head.replace(/^\/+/, ''), filename)
  }
  return join(head, '__pycache__', filename)
}

/** importlib.util.source_from_cache(path); throws Error with importlib's ValueError text */
export function sourceFromCache(path: string, opts: CacheOptions = {}): string {
  let [head, pycacheFilename] = split(path)
  let inPrefix = false
  if (opts.prefix) {
    const stripped = opts.prefix.replace(/\/+$/, '')
    if (head.startsWith(stripped + '/')) {
      head = head.slice(stripped.length)
      inPrefix = true
    }
  }
  if (!inPrefix) {
    const [h, pycache] = split(head)
    if (pycache !== '__pycache__') throw new Error(`__pycache__ not bottom-level directory in '${path}'`)
    head = h
  }
  const dots = pycacheFilename.split('.').length - 1
  if (dots !== 2 && dots !== 3) throw new Error(`expected only 2 or 3 dots in '${pycacheFilename}'`)
  if (dots === 3) {
    const optimization = pycacheFilename.split('.').slice(-2)[0]
    if (!optimization.startsWith('opt-')) throw new Error(`optimization portion of filename does not start with 'opt-'`)
    const level = optimization.slice(4)
    if (!/^[\p{L}\p{N}]+$/u.test(level)) throw new Error(`optimization level '${level}' is not an alphanumeric value`)
  }
  const baseFilename = pycacheFilename.split('.')[0]
  return join(head, baseFilename + '.py')
}

/** write a .pyc, making its folder first; atomic through the host */
export function writePyc(host: PyHost, pycPath: string, data: Uint8Array): void {
  const folder = split(pycPath)[0]
  if (folder && !host.stat(folder)) mkdirs(host, folder)
  host.writeFileAtomic(pycPath, data)
}

function mkdirs(host: PyHost, folder: string): void {
  const parent = split(folder)[0]
  if (parent && parent !== folder && !host.stat(parent)) mkdirs(host, parent)
  host.mkdir(folder)
}
