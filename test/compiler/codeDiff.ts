// End-to-end comparison: the code object our whole compiler (front half + the back
// end's assembleCode) makes, against CPython's, recursively through nested code
// objects. Used to check the codegen of nested units (functions, classes, lambdas,
// comprehensions), which CPython's compiler_codegen hook does not expose.

import { opName, cacheEntries } from '../../src-main/python/bytecode/opcodes'
import type { CodeObject } from '../../src-main/python/objects/code'
import { isCodeConst, type ConstValue } from '../../src-main/python/objects/constant'
import { codeFromJson, type CodeJson } from '../support/codeJson'
import { constShape } from './codegenDiff'

function disasm(co: CodeObject): string[] {
  const out: string[] = []
  const b = co.co_code
  for (let i = 0; i < b.length; i += 2) {
    const op = b[i]
    out.push(`${i}: ${opName(op)} ${b[i + 1]}`)
    i += 2 * cacheEntries(op)
  }
  return out
}

/** differences between two code objects (and their nested ones), as text lines */
export function diffCode(ours: CodeObject, theirs: CodeObject, path = ''): string[] {
  const where = `${path}${theirs.co_qualname}`
  const lines: string[] = []
  const a = disasm(ours)
  const b = disasm(theirs)
  const n = Math.max(a.length, b.length)
  for (let k = 0; k < n; k++) {
    if (a[k] !== b[k]) {
      lines.push(`${where}: bytecode differs at #${k}`)
      for (let j = Math.max(0, k - 2); j < Math.min(n, k + 6); j++) lines.push(`${j === k ? '>' : ' '} ours: ${(a[j] ?? '-').padEnd(36)} cpython: ${b[j] ?? '-'}`)
      break
    }
  }
  const fields: [string, unknown, unknown][] = [
    ['co_names', ours.co_names, theirs.co_names],
    ['co_localsplusnames', ours.co_localsplusnames, theirs.co_localsplusnames],
    ['co_localspluskinds', Array.from(ours.co_localspluskinds), Array.from(theirs.co_localspluskinds)],
    ['co_flags', ours.co_flags, theirs.co_flags],
    ['co_argcount', ours.co_argcount, theirs.co_argcount],
    ['co_posonlyargcount', ours.co_posonlyargcount, theirs.co_posonlyargcount],
    ['co_kwonlyargcount', ours.co_kwonlyargcount, theirs.co_kwonlyargcount],
    ['co_firstlineno', ours.co_firstlineno, theirs.co_firstlineno],
    ['co_qualname', ours.co_qualname, theirs.co_qualname],
    ['co_consts', ours.co_consts.map(constShape), theirs.co_consts.map(constShape)],
    ['co_stacksize', ours.co_stacksize, theirs.co_stacksize],
    ['co_linetable', Array.from(ours.co_linetable).join(','), Array.from(theirs.co_linetable).join(',')],
    ['co_exceptiontable', Array.from(ours.co_exceptiontable).join(','), Array.from(theirs.co_exceptiontable).join(',')],
  ]
  for (const [what, x, y] of fields) {
    if (JSON.stringify(x) !== JSON.stringify(y)) lines.push(`${where}: ${what}: ours ${JSON.stringify(x)}\n      cpython ${JSON.stringify(y)}`)
  }
  const oc = ours.co_consts.filter(isCodeConst) as CodeObject[]
  const tc = theirs.co_consts.filter(isCodeConst) as CodeObject[]
  for (let i = 0; i < Math.min(oc.length, tc.length); i++) lines.push(...diffCode(oc[i], tc[i], `${where} > `))
  return lines
}

export function codeFromGolden(j: CodeJson): CodeObject {
  return codeFromJson(j)
}

export type { ConstValue }
