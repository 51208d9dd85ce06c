// `pyscope -m py_compile`: Lib/py_compile.py of CPython 3.12 — compile() writes
// __pycache__/NAME.pyscope-312.pyc (timestamp pyc, or checked-hash when
// SOURCE_DATE_EPOCH is set), and main() is its command line: [-q] FILE... or `-`
// to read the names from stdin; the first failure ends the run with status 1.
// Also home of compileSource(), the pipeline the bytecode tools share.

import type { PyHost } from '../host'
import { PyCompileError, PySyntaxError } from '../errors'
import { formatSyntaxError } from '../ast/formatSyntaxError'
import { parseBytes } from '../parser/index'
import { compile as compileTree } from '../compiler/compile'
import { assembleCode } from '../compiler/assemble'
import type { CodeObject } from '../objects/code'
import { buildPyc, cacheFromSource, writePyc, type InvalidationMode } from '../cache/pyc'

/** compile(source, filename, 'exec') through our parser, compiler and assembler */
export function compileSource(data: Uint8Array, filename: string, optimize = -1): CodeObject {
  const tree = parseBytes(data, { filename, mode: 'exec' })
  return compileTree(tree, filename, { mode: 'exec', optimize, consumeTree: true }, { assemble: assembleCode })
}

/** py_compile.PyCompileError: the message py_compile prints for a failed compile */
export class CompileFailure extends Error {
  constructor(readonly msg: string) {
    super(msg)
  }
}

/** an OSError, printed as str(error) */
export class OSFailure extends Error {
  constructor(readonly pyType: string, readonly errno: number, readonly strerror: string, readonly filename: string) {
    super(`[Errno ${errno}] ${strerror}: '${filename}'`)
  }
}

export function osFailure(e: unknown, filename: string): OSFailure {
  const code = (e as { code?: string }).code
  if (code === 'EISDIR') return new OSFailure('IsADirectoryError', 21, 'Is a directory', filename)
  if (code === 'EACCES') return new OSFailure('PermissionError', 13, 'Permission denied', filename)
  if (code === 'ENOTDIR') return new OSFailure('NotADirectoryError', 20, 'Not a directory', filename)
  return new OSFailure('FileNotFoundError', 2, 'No such file or directory', filename)
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1)
}

/** PyCompileError's text: format_exception_only for SyntaxError itself, else "Sorry: T: str(e)" */
export function compileErrorMessage(e: unknown, file: string): string | null {
  if (e instanceof PySyntaxError) {
    if (e.kind === 'SyntaxError') return formatSyntaxError(e)
    // IndentationError and TabError are not `SyntaxError` for py_compile's `is` test
    const where = e.lineno !== null ? ` (${basename(e.filename)}, line ${e.lineno})` : ` (${basename(e.filename)})`
    return `Sorry: ${e.kind}: ${e.msg}${where}`
  }
  if (e instanceof PyCompileError) return `Sorry: ${e.pyType}: ${e.message}`
  void file
  return null
}

/** py_compile._get_default_invalidation_mode */
export function defaultInvalidationMode(host: PyHost): InvalidationMode {
  return host.env('SOURCE_DATE_EPOCH') ? 'checked-hash' : 'timestamp'
}

/** sys.pycache_prefix from PYTHONPYCACHEPREFIX, made absolute */
export function pycachePrefix(host: PyHost): string | null {
  const p = host.env('PYTHONPYCACHEPREFIX')
  return p ? host.resolve(p) : null
}

export interface CompileFileOptions {
  cfile?: string
  dfile?: string
  optimize?: number
  mode?: InvalidationMode
}

/**
 * py_compile.compile(file, cfile, dfile, doraise=True): the .pyc path written.
 * Throws CompileFailure for a source that does not compile, OSFailure when the
 * source cannot be read.
 */
export function compileFile(host: PyHost, file: string, opts: CompileFileOptions = {}): string {
  const mode = opts.mode ?? defaultInvalidationMode(host)
  const optimize = opts.optimize ?? -1
  const cfile =
    opts.cfile ??
    cacheFromSource(file, {
      prefix: pycachePrefix(host),
      cwd: host.cwd(),
      optimization: optimize >= 1 ? optimize : '',
    })
  let source: Uint8Array
  try {
    source = host.readFile(file)
  } catch (e) {
    throw osFailure(e, file)
  }
  let code: CodeObject
  try {
    code = compileSource(source, opts.dfile ?? file, optimize)
  } catch (e) {
    const msg = compileErrorMessage(e, opts.dfile ?? file)
    if (msg === null) throw e
    throw new CompileFailure(msg)
  }
  const st = host.stat(file)
  const pyc = buildPyc(code, source, mode, st ? { mtime: st.mtime, size: st.size } : undefined)
  writePyc(host, cfile, pyc)
  return cfile
}

const USAGE = 'usage: py_compile.py [-h] [-q] filenames [filenames ...]\n'
const HELP = `${USAGE}
A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output
`

export function main(argv: string[], host: PyHost): number {
  let quiet = false
  let names: string[] = []
  let positional = false
  for (const a of argv) {
    if (!positional && a === '--') positional = true
    else if (!positional && (a === '-h' || a === '--help')) {
      host.writeStdout(HELP)
      return 0
    } else if (!positional && (a === '-q' || a === '--quiet')) quiet = true
    else if (!positional && a.startsWith('-') && a !== '-') {
      host.writeStderr(USAGE + `py_compile.py: error: unrecognized arguments: ${a}\n`)
      return 2
    } else names.push(a)
  }
  if (names.length === 0) {
    host.writeStderr(USAGE + 'py_compile.py: error: the following arguments are required: filenames\n')
    return 2
  }
  if (names.length === 1 && names[0] === '-') {
    names = []
    for (let l = host.readLine(); l !== null; l = host.readLine()) names.push(l.replace(/\n$/, ''))
  }
  for (const name of names) {
    try {
      compileFile(host, name)
    } catch (e) {
      if (e instanceof CompileFailure || e instanceof OSFailure) {
        if (!quiet) host.writeStderr(e instanceof CompileFailure ? e.msg : e.message)
        return 1
      }
      throw e
    }
  }
  return 0
}
