// Shared by the corpus test and the dev runner: load a corpus program's CPython code JSON
// with co_filename made absolute (CPython runs `python3.12 NAME.py` with the script's
// absolute path as the code's filename), and a PyHost that captures output.

import * as fs from 'node:fs'
import * as path from 'node:path'
import { codeFromJson, type CodeJson } from '../support/codeJson'
import { CodeObject } from '../../src-main/python/objects/code'
import { isCodeConst, type ConstValue } from '../../src-main/python/objects/constant'
import { createNodePyHost } from '../../src-main/host/nodePyHost'
import type { PyHost } from '../../src-main/python/host'

export function withFilename(c: CodeObject, filename: string): CodeObject {
  c.co_filename = filename
  for (const k of c.co_consts as ConstValue[]) if (isCodeConst(k)) withFilename(k as CodeObject, filename)
  return c
}

export function loadProgram(jsonPath: string): CodeObject {
  const code = codeFromJson(JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as CodeJson)
  const dir = path.dirname(path.resolve(jsonPath))
  return withFilename(code, path.join(dir, code.co_filename))
}

export interface Captured {
  host: PyHost
  stdout: () => string
  stderr: () => string
}

export function captureHost(cwd: string, stdin = ''): Captured {
  let out = ''
  let err = ''
  const lines = stdin.split(/(?<=\n)/).filter((l) => l !== '')
  const base = createNodePyHost({ stdout: (t) => (out += t), stderr: (t) => (err += t), readLine: () => lines.shift() ?? null })
  const host: PyHost = { ...base, cwd: () => cwd, resolve: (...parts) => path.resolve(cwd, ...parts) }
  return { host, stdout: () => out, stderr: () => err }
}
