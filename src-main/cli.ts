#!/usr/bin/env node
// The `pyscope` command: mirrors `python3.12 [-B] [-c CMD | -m MOD | FILE | -] [ARGS...]`,
// plus `pyscope web [FOLDER]` for browser mode. Parsing is separate from acting so new
// options (running files, -c) slot into parseArgs and one case of main.

import * as path from 'node:path'
import { version as VERSION } from '../package.json'
import { TOOLS } from './python/tools/registry'
import { createNodePyHost } from './host/nodePyHost'
import { PYTHON_THREAD_LIMITS } from './host/workerLimits'
import type { CliRunRequest } from './cliWorker'

function usage(): string {
  return `usage: pyscope [option] ... [-c cmd | -m mod | file | -] [arg] ...
       pyscope web [FOLDER]
       pyscope cache [--json] [--clear] FOLDER
Options:
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
--trace-out FILE [--trace-level frames|instructions]
       : record the run's sys.settrace events (and opcodes) as JSON
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
web [FOLDER] : serve the Pyscope app to a browser on 127.0.0.1
               (PORT=n picks the port; the printed URL carries the access token)
`
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'web'; folder?: string }
  | { kind: 'cache'; args: string[] }
  | { kind: 'module'; module: string; args: string[] }
  /** FILE [ARGS], -c CMD [ARGS] or - [ARGS]: handed to the VM's runMain as they are */
  | { kind: 'run'; args: string[] }
  | { kind: 'error'; message: string }

export interface Flags {
  /** -B: don't write .pyc files */
  dontWriteBytecode: boolean
  /** -v: print importlib's messages about each import and its cache */
  verbose: boolean
  /** --trace-out FILE: record the run and write it as JSON (src-shared/trace.ts) */
  traceOut: string | null
  traceLevel: 'frames' | 'instructions'
}

/** Parse the command line the way python3.12 does: options first, then what to run. */
export function parseArgs(argv: string[]): { command: Command; flags: Flags } {
  const flags: Flags = { dontWriteBytecode: false, verbose: false, traceOut: null, traceLevel: 'frames' }
  if (argv[0] === 'web') {
    if (argv.length > 2) return { command: { kind: 'error', message: 'usage: pyscope web [FOLDER]' }, flags }
    return { command: { kind: 'web', folder: argv[1] }, flags }
  }
  if (argv[0] === 'cache') return { command: { kind: 'cache', args: argv.slice(1) }, flags }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '-h' || a === '--help' || a === '-?') return { command: { kind: 'help' }, flags }
    if (a === '-V' || a === '--version') return { command: { kind: 'version' }, flags }
    if (a === '-B') {
      flags.dontWriteBytecode = true
      continue
    }
    if (a === '-v') {
      flags.verbose = true
      continue
    }
    if (a === '--trace-out' || a === '--trace-level') {
      const v = argv[++i]
      if (v === undefined) return { command: { kind: 'error', message: `argument expected for ${a}` }, flags }
      if (a === '--trace-out') flags.traceOut = v
      else if (v === 'frames' || v === 'instructions') flags.traceLevel = v
      else return { command: { kind: 'error', message: `--trace-level must be frames or instructions, not ${v}` }, flags }
      continue
    }
    if (a === '-m') {
      const module = argv[i + 1]
      if (module === undefined) return { command: { kind: 'error', message: 'Argument expected for the -m option' }, flags }
      return { command: { kind: 'module', module, args: argv.slice(i + 2) }, flags }
    }
    if (a === '-c' || a === '-' || !a.startsWith('-')) return { command: { kind: 'run', args: argv.slice(i) }, flags }
    return { command: { kind: 'error', message: `unknown option or not yet supported: ${a}` }, flags }
  }
  return { command: { kind: 'error', message: 'nothing to run (the interactive prompt is not supported)' }, flags }
}

async function main(argv: string[]): Promise<number> {
  const host = createNodePyHost()
  const { command, flags } = parseArgs(argv)
  switch (command.kind) {
    case 'help':
      host.writeStdout(usage())
      return 0
    case 'version':
      host.writeStdout(`Pyscope ${VERSION} (Python 3.12.1)\n`)
      return 0
    case 'web':
      return runWeb(command.folder)
    case 'module': {
      if (!TOOLS[command.module]) {
        host.writeStderr(`pyscope: No module named ${command.module}\n`)
        return 1
      }
      // on the thread programs run on, with its heap settings (workerLimits.ts)
      return runProgram(command.args, { verbose: false }, null, 'frames', command.module)
    }
    case 'cache': {
      const { cacheCommand } = await import('./python/cache/report')
      return cacheCommand(command.args, host)
    }
    case 'run': {
      // -B adds to PYTHONDONTWRITEBYTECODE, as sys.flags.dont_write_bytecode does
      const cache = { verbose: flags.verbose, ...(flags.dontWriteBytecode ? { dontWriteBytecode: true } : {}) }
      return runProgram(command.args, cache, flags.traceOut, flags.traceLevel)
    }
    case 'error':
      host.writeStderr(`pyscope: ${command.message}\n${usage()}`)
      return 2
  }
}

/**
 * Run a program in a worker thread (src-main/cliWorker.ts) so this thread can turn
 * Ctrl-C into KeyboardInterrupt through the shared flag, as CPython's signal handler does.
 */
async function runProgram(
  args: string[],
  cache: { verbose: boolean; dontWriteBytecode?: boolean },
  traceOut: string | null,
  traceLevel: 'frames' | 'instructions',
  tool: string | null = null,
): Promise<number> {
  const { Worker } = await import('node:worker_threads')
  const interrupt = new Int32Array(new SharedArrayBuffer(4))
  const worker = new Worker(path.join(__dirname, 'cliWorker.js'), {
    workerData: { args, cache, traceOut, traceLevel, interrupt, tool } satisfies CliRunRequest,
    resourceLimits: PYTHON_THREAD_LIMITS,
  })
  let interrupts = 0
  const onSigint = () => {
    // a second Ctrl-C while the program ignores the first ends it, as a stuck CPython would need
    if (++interrupts > 2) void worker.terminate()
    Atomics.store(interrupt, 0, 1)
  }
  process.on('SIGINT', onSigint)
  try {
    return await new Promise<number>((resolve) => {
      let status = 1
      worker.on('message', (m: { status: number }) => (status = m.status))
      worker.on('error', (e) => {
        process.stderr.write(`pyscope: ${e.stack ?? e.message}\n`)
        status = 70
      })
      worker.on('exit', () => resolve(interrupts > 2 ? 130 : status))
    })
  } finally {
    process.off('SIGINT', onSigint)
  }
}

async function runWeb(folder: string | undefined): Promise<number> {
  const { startWebServer } = await import('./web')
  const port = process.env.PORT ? Number(process.env.PORT) : 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`pyscope web: PORT must be a port number, not "${process.env.PORT}"\n`)
    return 2
  }
  let server: Awaited<ReturnType<typeof startWebServer>>
  try {
    // built layout: out/main/cli.js beside out/renderer; samples in resources/ at the top
    server = await startWebServer({
      folder: folder === undefined ? undefined : path.resolve(folder),
      port,
      rendererDir: path.join(__dirname, '../renderer'),
      samplesDir: path.join(__dirname, '../../resources/samples'),
      version: VERSION,
    })
  } catch (e) {
    process.stderr.write(`pyscope web: ${e instanceof Error ? e.message : String(e)}\n`)
    return 1
  }
  process.stdout.write(`Pyscope ${VERSION} in browser mode${folder ? ` (folder ${path.resolve(folder)})` : ''}\n`)
  process.stdout.write(`Open ${server.url}\n`)
  process.stdout.write('Press Ctrl+C to stop.\n')
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err) => {
    process.stderr.write(`pyscope: ${err && err.stack ? err.stack : err}\n`)
    process.exitCode = 70
  },
)
