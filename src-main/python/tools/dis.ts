// `pyscope -m dis`: Lib/dis.py main() of CPython 3.12 — read a file (or stdin with
// `-` or no argument), compile(source, name, 'exec') and print dis(code), nested code
// objects included. 3.12's command line has no options besides -h (-C arrived in
// 3.13). A SyntaxError is reported as the interpreter reports an uncaught one,
// exit status 1.

import type { PyHost } from '../host'
import { PyCompileError, PySyntaxError } from '../errors'
import { formatSyntaxError } from '../ast/formatSyntaxError'
import { dis } from '../bytecode/dis'
import { compileSource, osFailure } from './py_compile'

const USAGE = 'usage: dis.py [-h] [infile]\n'
const HELP = `${USAGE}
positional arguments:
  infile

options:
  -h, --help  show this help message and exit
`

function usageError(host: PyHost, msg: string): number {
  host.writeStderr(USAGE + 'dis.py: error: ' + msg + '\n')
  return 2
}

export function main(argv: string[], host: PyHost): number {
  let infile: string | null = null
  let positional = false
  for (const a of argv) {
    if (!positional && a === '--') positional = true
    else if (!positional && (a === '-h' || a === '--help')) {
      host.writeStdout(HELP)
      return 0
    } else if (!positional && a.startsWith('-') && a !== '-') return usageError(host, `unrecognized arguments: ${a}`)
    else if (infile === null) infile = a
    else return usageError(host, `unrecognized arguments: ${a}`)
  }
  let source: Uint8Array
  let name: string
  if (infile === null || infile === '-') {
    name = '<stdin>'
    let text = ''
    for (let l = host.readLine(); l !== null; l = host.readLine()) text += l
    source = new TextEncoder().encode(text)
  } else {
    name = infile
    try {
      source = host.readFile(infile)
    } catch (e) {
      return usageError(host, `argument infile: can't open '${infile}': ${osFailure(e, infile).message}`)
    }
  }
  try {
    host.writeStdout(dis(compileSource(source, name)))
    return 0
  } catch (e) {
    if (e instanceof PySyntaxError) {
      host.writeStderr('Traceback (most recent call last):\n' + formatSyntaxError(e))
      return 1
    }
    if (e instanceof PyCompileError) {
      host.writeStderr(`Traceback (most recent call last):\n${e.pyType}: ${e.message}\n`)
      return 1
    }
    throw e
  }
}
