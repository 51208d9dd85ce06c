// Dev/bench entry: run a CPython-compiled code object (scripts/code_json.py output) in our VM.
// usage (after bundling): node runJson.js PROGRAM.code.json [ARGS...]   (cwd = the program's folder)

import * as fs from 'node:fs'
import { codeFromJson, type CodeJson } from '../support/codeJson'
import { runCode } from '../../src-main/python/run'
import { createNodePyHost } from '../../src-main/host/nodePyHost'

const [jsonPath, ...args] = process.argv.slice(2)
const code = codeFromJson(JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as CodeJson)
const host = createNodePyHost()
const status = runCode(code, { argv: [code.co_filename, ...args], host, mainPath: code.co_filename })
process.exitCode = status
