// Dev/bench entry: run a CPython-compiled code object (scripts/code_json.py output) in our VM.
// usage (after bundling): node runJson.js PROGRAM.code.json [ARGS...]   (cwd = the program's folder)

import { runCode } from '../../src-main/python/run'
import { createNodePyHost } from '../../src-main/host/nodePyHost'
import { loadProgram } from './programSupport'

const [jsonPath, ...args] = process.argv.slice(2)
const code = loadProgram(jsonPath)
const host = createNodePyHost()
const argv0 = jsonPath.replace(/\.code\.json$/, '.py').replace(/^.*\//, '')
process.exitCode = runCode(code, { argv: [argv0, ...args], host, mainPath: code.co_filename })
