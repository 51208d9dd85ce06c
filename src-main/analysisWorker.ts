// An analysis worker thread: the tokens/AST half or the bytecode half of a source text's
// analysis (host/analysisPool.ts runs one of each at once), off the main process so a
// keystroke's analysis never stalls the window, and kept warm between requests.

import { parentPort } from 'node:worker_threads'
import type { AnalysisJob, AnalysisReply } from './host/analysisPool'
import { CodeViews, analyzeFront, astDumpOf } from './host/analysis'

const port = parentPort!
const codes = new CodeViews()

port.on('message', (job: AnalysisJob) => {
  let reply: AnalysisReply
  try {
    switch (job.kind) {
      case 'front': {
        // serialized here, once: the main side splices the text into its reply
        const { code: _code, error, timings, ...rest } = analyzeFront(job.path, job.text, job.filename)
        reply = { id: job.id, ok: true, value: { json: JSON.stringify(rest), error, timings } }
        break
      }
      case 'code': {
        const { code, error, ms } = codes.analyze(job.text, job.filename)
        reply = { id: job.id, ok: true, value: { json: JSON.stringify(code), error, ms } }
        break
      }
      case 'instructions':
        reply = { id: job.id, ok: true, value: codes.instructions(job.text, job.filename, job.path) }
        break
      case 'dump':
        reply = { id: job.id, ok: true, value: astDumpOf(job.text, job.filename, job.indent) }
        break
    }
  } catch (e) {
    reply = { id: job.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }
  }
  port.postMessage(reply)
})
