// The thread that runs a program for the `pyscope` command. The main thread stays free
// to notice Ctrl-C (SIGINT) and sets the shared interrupt flag, so `while True: pass`
// ends in KeyboardInterrupt as in CPython instead of never seeing the signal.

import { parentPort, workerData } from 'node:worker_threads'
import { createNodePyHost } from './host/nodePyHost'

export interface CliRunRequest {
  args: string[]
  cache: { verbose: boolean; dontWriteBytecode?: boolean }
  traceOut: string | null
  traceLevel: 'frames' | 'instructions'
  interrupt: Int32Array
  /** `-m TOOL`: one of python/tools/registry.ts instead of a program */
  tool: string | null
}

async function main(req: CliRunRequest): Promise<number> {
  const host = createNodePyHost()
  if (req.tool !== null) {
    const [{ TOOLS }, { hashSeedFromEnv }] = await Promise.all([import('./python/tools/registry'), import('./python/objects/support/pyhash')])
    // str and bytes hashes order the frozensets the compiler builds (dis, pycs)
    hashSeedFromEnv(process.env.PYTHONHASHSEED)
    return (await TOOLS[req.tool]()).main(req.args, host)
  }
  const [{ runMain }, { ts }] = await Promise.all([import('./python/run'), import('./python/vm/state')])
  ts.shareInterrupt(req.interrupt)
  if (req.traceOut === null) return runMain(req.args, host, { cache: req.cache })
  const [{ TraceRecorder }, fs] = await Promise.all([import('./python/trace/recorder'), import('node:fs')])
  const recorder = new TraceRecorder(req.traceLevel)
  const status = await runMain(req.args, host, { cache: req.cache, traceHook: recorder })
  recorder.finish()
  try {
    const fd = fs.openSync(req.traceOut, 'w')
    try {
      recorder.writeJson((chunk) => void fs.writeSync(fd, chunk), req.args)
    } finally {
      fs.closeSync(fd)
    }
  } catch (e) {
    host.writeStderr(`pyscope: cannot write the trace: ${e instanceof Error ? e.message : String(e)}\n`)
    return status || 1
  }
  return status
}

main(workerData as CliRunRequest).then(
  (status) => parentPort?.postMessage({ status }),
  (err) => {
    process.stderr.write(`pyscope: ${err && err.stack ? err.stack : err}\n`)
    parentPort?.postMessage({ status: 70 })
  },
)
