// `pyscope -m ast`: Lib/ast.py main() of CPython 3.12 — parse a file (or stdin) with
// type comments on by default and print ast.dump(tree, indent=3). A SyntaxError is
// reported as the interpreter reports an uncaught one, exit status 1.

import type { PyHost } from '../host'
import { PyCompileError, PySyntaxError } from '../errors'
import { dump } from '../ast/dump'
import { formatSyntaxError } from '../ast/formatSyntaxError'
import { parseBytes, type ParseMode } from '../parser/index'

const USAGE = 'usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a]\n                     [-i INDENT]\n                     [infile]\n'

const HELP = `${USAGE}
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
`

const MODES = ['exec', 'single', 'eval', 'func_type']

function usageError(host: PyHost, msg: string): number {
  host.writeStderr(USAGE + 'python -m ast: error: ' + msg + '\n')
  return 2
}

export function main(argv: string[], host: PyHost): number {
  let mode: ParseMode = 'exec'
  let typeComments = true
  let attrs = false
  let indent = 3
  let infile: string | null = null
  let onlyPositional = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const takeValue = (opt: string): string | null => {
      if (a.length > opt.length && !a.startsWith('--')) return a.slice(opt.length)
      if (a.startsWith(opt + '=')) return a.slice(opt.length + 1)
      if (i + 1 >= argv.length) return null
      return argv[++i]
    }
    if (!onlyPositional && a === '--') {
      onlyPositional = true
    } else if (!onlyPositional && (a === '-h' || a === '--help')) {
      host.writeStdout(HELP)
      return 0
    } else if (!onlyPositional && (a.startsWith('-m') || a === '--mode' || a.startsWith('--mode='))) {
      const v = takeValue(a.startsWith('--') ? '--mode' : '-m')
      if (v === null) return usageError(host, 'argument -m/--mode: expected one argument')
      if (!MODES.includes(v)) {
        return usageError(host, `argument -m/--mode: invalid choice: '${v}' (choose from 'exec', 'single', 'eval', 'func_type')`)
      }
      mode = v as ParseMode
    } else if (!onlyPositional && a === '--no-type-comments') {
      typeComments = false
    } else if (!onlyPositional && (a === '-a' || a === '--include-attributes')) {
      attrs = true
    } else if (!onlyPositional && (a.startsWith('-i') || a === '--indent' || a.startsWith('--indent='))) {
      const v = takeValue(a.startsWith('--') ? '--indent' : '-i')
      if (v === null) return usageError(host, 'argument -i/--indent: expected one argument')
      if (!/^\s*[-+]?\d+\s*$/.test(v)) return usageError(host, `argument -i/--indent: invalid int value: '${v}'`)
      indent = parseInt(v, 10)
    } else if (!onlyPositional && a.startsWith('-') && a !== '-') {
      return usageError(host, `unrecognized arguments: ${a}`)
    } else if (infile === null) {
      infile = a
    } else {
      return usageError(host, `unrecognized arguments: ${a}`)
    }
  }
  let data: Uint8Array
  let name: string
  if (infile === null || infile === '-') {
    name = '<stdin>'
    let text = ''
    for (let l = host.readLine(); l !== null; l = host.readLine()) text += l
    data = new TextEncoder().encode(text)
  } else {
    name = infile
    try {
      data = host.readFile(infile)
    } catch (e) {
      const err = e as { code?: string }
      const why = err.code === 'EISDIR' ? 'Is a directory' : err.code === 'EACCES' ? 'Permission denied' : 'No such file or directory'
      const errno = err.code === 'EISDIR' ? 21 : err.code === 'EACCES' ? 13 : 2
      return usageError(host, `argument infile: can't open '${infile}': [Errno ${errno}] ${why}: '${infile}'`)
    }
  }
  try {
    const tree = parseBytes(data, { filename: name, mode, typeComments })
    host.writeStdout(dump(tree, { includeAttributes: attrs, indent }) + '\n')
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
