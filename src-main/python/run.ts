// Running a program as python3.12 does (Modules/main.c pymain_run_python, Python/pythonrun.c
// _PyRun_SimpleFileObject, handle_system_exit): set up sys and __main__, execute, print an
// uncaught exception's traceback, map SystemExit to the exit status.

import './objects/index'
import type { CodeObject } from './objects/code'
import type { PyHost } from './host'
import { type Py, None } from './objects/typeobject'
import { PyBaseException, SystemExit, KeyboardInterrupt } from './objects/exceptions'
import { PyDict } from './objects/dict'
import { PyModule } from './objects/function'
import { pyCode } from './objects/codeobj'
import * as A from './objects/abstract'
import * as I from './objects/int'
import { hashSeedFromEnv } from './objects/support/pyhash'
import { Frame } from './vm/frame'
import { evalFrame } from './vm/eval'
import { ts, type Tracer } from './vm/state'
import { formatException, type SourceLines } from './vm/traceback'
import { flushOut, writeErr } from './vm/io'
import { builtinsDict, builtinsModule } from './modules/builtins'
import { initSys, sysModule, sysDict } from './modules/sys'
import { sysModules, newModule, builtinModule } from './vm/imports'
import { installImportSystem } from './vm/importlib'
import { PyList } from './objects/tuple'
import { cacheSettingsFromEnv, mainScriptEvent, type CacheSettings } from './cache/sourceLoader'
import type { CacheEvent } from '../../src-shared/cache'
import { PySyntaxError, PyCompileError } from './errors'
import { formatSyntaxError } from './ast/formatSyntaxError'

export interface RunOptions {
  argv: string[]
  host: PyHost
  mainPath?: string
  traceHook?: Tracer
  /** -B, PYTHONPYCACHEPREFIX, -v ...; unset fields come from the environment */
  cache?: Partial<CacheSettings>
  /** every import's trip through __pycache__ */
  onCacheEvent?: (e: CacheEvent) => void
}

/** source text for traceback lines, read through the host (Lib/linecache.py) */
function sourceLines(host: PyHost, overrides: Map<string, string>): SourceLines {
  const cache = new Map<string, string[] | null>()
  return {
    getLine(filename: string, lineno: number): string | null {
      let lines = cache.get(filename)
      if (lines === undefined) {
        lines = null
        const text = overrides.get(filename)
        if (text !== undefined) lines = text.split(/(?<=\n)/)
        else {
          try {
            const p = host.resolve(host.cwd(), filename)
            if (host.stat(p)) lines = new TextDecoder().decode(host.readFile(p)).split(/(?<=\n)/)
          } catch {
            lines = null
          }
        }
        cache.set(filename, lines)
      }
      if (lines === null || lineno < 1 || lineno > lines.length) return null
      return lines[lineno - 1]
    },
  }
}

const sourceOverrides = new Map<string, string>()
/** register source text for a pseudo-filename such as <string> or <stdin> */
export function registerSource(filename: string, text: string): void {
  sourceOverrides.set(filename, text)
}

/** handle_system_exit: the exit status a SystemExit asks for, printing a message if needed */
function systemExitStatus(e: PyBaseException): number {
  const code: Py = e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : A.call(A.getAttr(builtinsModule, 'tuple'), [])
  const c = e.extra && 'code' in e.extra ? e.extra.code : code
  if (c === None) return 0
  if (I.isInt(c)) return Number(BigInt.asIntN(32, BigInt(I.asInt(c)))) & 0xff
  writeErr(A.str(c) + '\n')
  return 1
}

/** sys.path as CPython builds it for a script: the script's folder, PYTHONPATH's entries,
 *  then the standard library (ours: resources/lib) */
function sysPathFor(scriptDir: string, host: PyHost): string[] {
  const extra = (host.env('PYTHONPATH') ?? '').split(':').filter((p) => p !== '').map((p) => host.resolve(host.cwd(), p))
  return [scriptDir, ...extra, ...(host.stdlib ? [host.stdlib.dir] : [])]
}

export function runCode(code: CodeObject, opts: RunOptions): number {
  const host = opts.host
  ts.host = host
  ts.builtins = builtinsDict
  ts.tracer = opts.traceHook ?? null
  ts.depth = 0
  ts.cDepth = 0
  ts.frame = null
  ts.handled = null
  ts.recursionLimit = 1000
  ts.interrupt = false
  I.setIntMaxStrDigits(I.INT_MAX_STR_DIGITS)
  sysModules().table.clear()
  const dir = opts.mainPath ? opts.mainPath.replace(/[\\/][^\\/]*$/, '') : host.cwd()
  const cacheSettings = cacheSettingsFromEnv(host, opts.cache)
  initSys(opts.argv, sysPathFor(dir, host))
  sysDict.setStr('dont_write_bytecode', cacheSettings.dontWriteBytecode)
  installImportSystem({
    host,
    settings: cacheSettings,
    compileSource: (source, filename) => {
      if (compileFn === null) throw new PyCompileError('ImportError', 'the compiler is not loaded')
      return compileFn(source, filename)
    },
    builtin: builtinModule,
    sysModules,
    sysPath: () => {
      const p = sysDict.getStr('path')
      return p instanceof PyList ? p.items.filter((x): x is string => typeof x === 'string') : []
    },
    builtins: () => builtinsDict,
    onCacheEvent: opts.onCacheEvent,
  })
  sysModules().setStr('sys', sysModule)
  sysModules().setStr('builtins', builtinsModule)
  const main: PyModule = newModule('__main__')
  const g: PyDict = main.dict
  g.setStr('__builtins__', builtinsModule)
  if (opts.mainPath !== undefined) g.setStr('__file__', opts.mainPath)
  g.setStr('__cached__', None)
  sysModules().setStr('__main__', main)
  const src = sourceLines(host, sourceOverrides)
  let status = 0
  try {
    const frame = new Frame(pyCode(code), g, builtinsDict, g, null)
    evalFrame(frame)
  } catch (e) {
    const exc = e instanceof PyBaseException ? e : null
    if (exc === null) {
      flushOut()
      throw e
    }
    if (exc.type.isSubtype(SystemExit)) status = systemExitStatus(exc)
    else {
      flushOut()
      let text: string
      try {
        text = formatException(exc, src)
      } catch (e2) {
        text = `Error in sys.excepthook:\n${String(e2)}\n`
      }
      writeErr(text)
      status = exc.type.isSubtype(KeyboardInterrupt) ? 130 : 1
    }
  }
  flushOut()
  return status
}

/** Ctrl-C: KeyboardInterrupt is raised in the program at its next RESUME or backward jump */
export function requestInterrupt(): void {
  ts.interrupt = true
}

/** compile hook: (source bytes, filename) -> code object; wired to our parser+compiler when they exist */
export type CompileFn = (source: Uint8Array, filename: string) => CodeObject
let compileFn: CompileFn | null = null

/** our parser + compiler, loaded on first use so running code objects does not depend on them */
async function defaultCompiler(): Promise<CompileFn> {
  const [{ parseBytes }, { compile }] = await Promise.all([import('./parser/index'), import('./compiler/compile'), import('./tokenizer/index')])
  return (source, filename) => compile(parseBytes(source, { filename }), filename, { consumeTree: true })
}
export function setCompiler(f: CompileFn): void {
  compileFn = f
}

/** `pyscope FILE [ARGS]`, `pyscope -c CMD [ARGS]`, `pyscope - [ARGS]` */
export async function runMain(
  argv: string[],
  host: PyHost,
  opts: Pick<RunOptions, 'cache' | 'onCacheEvent' | 'traceHook'> = {},
): Promise<number> {
  hashSeedFromEnv(host.env('PYTHONHASHSEED'))
  let source: Uint8Array
  let filename: string
  let pyArgv: string[]
  let mainPath: string | undefined
  if (argv[0] === '-c') {
    if (argv.length < 2) {
      host.writeStderr('Argument expected for the -c option\n')
      return 2
    }
    source = new TextEncoder().encode(argv[1])
    filename = '<string>'
    pyArgv = ['-c', ...argv.slice(2)]
  } else if (argv[0] === '-' || argv.length === 0) {
    const lines: string[] = []
    for (let l = host.readLine(); l !== null; l = host.readLine()) lines.push(l)
    const text = lines.join('')
    source = new TextEncoder().encode(text)
    filename = '<stdin>'
    pyArgv = argv.length ? ['-', ...argv.slice(1)] : ['']
  } else {
    mainPath = host.resolve(host.cwd(), argv[0])
    filename = mainPath
    if (!host.stat(mainPath)) {
      host.writeStderr(`python3.12: can't open file '${mainPath}': [Errno 2] No such file or directory\n`)
      return 2
    }
    source = host.readFile(mainPath)
    pyArgv = argv.slice()
  }
  let code: CodeObject
  try {
    compileFn ??= await defaultCompiler()
    const t0 = host.monotonic()
    code = compileFn(source, filename)
    // the main script is compiled every run and never cached, as in CPython
    opts.onCacheEvent?.(mainScriptEvent('__main__', filename, (host.monotonic() - t0) * 1000))
  } catch (e) {
    if (e instanceof PySyntaxError) {
      host.writeStderr(formatSyntaxError(e))
      return 1
    }
    if (e instanceof PyCompileError) {
      host.writeStderr(`pyscope: ${e.message}\n`)
      return 1
    }
    throw e
  }
  return runCode(code, { argv: pyArgv, host, mainPath, ...opts })
}
