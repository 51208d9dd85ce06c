// The bytecode panel's view model (src-shared/bytecode.ts) from a code object: the
// same decoding dis uses (instructions.ts), with the inline caches attached to their
// instruction instead of printed as CACHE lines, nested code objects as children in
// dis's order.

import type { CacheEntryRow, CodeObjectView, InstructionRow } from '../../../src-shared/bytecode'
import type { CodeObject } from '../objects/code'
import { constRepr, isCodeConst } from '../objects/constant'
import { strRepr } from '../objects/strrepr'
import { codeInfo, codeRepr, flagNames } from './dis'
import { exceptionEntries, getInstructions, type ArgVal } from './instructions'
import { coLines } from './linetable'

/** repr() of dis's argval */
function argvalRepr(v: ArgVal): string | null {
  switch (v.kind) {
    case 'none':
      return null
    case 'int':
      return String(v.value)
    case 'const':
      return v.value === undefined ? null : constRepr(v.value, codeRepr)
    case 'name':
      return strRepr(v.value)
    case 'format': {
      const conv = v.converter === 'None' ? 'None' : v.converter === 'str' ? "<class 'str'>" : `<built-in function ${v.converter}>`
      return `(${conv}, ${v.withFormat ? 'True' : 'False'})`
    }
  }
}

export function buildCodeView(co: CodeObject, path: number[] = []): CodeObjectView {
  const entries = exceptionEntries(co)
  const rows: InstructionRow[] = []
  for (const ins of getInstructions(co, { showCaches: true, codeRepr, exceptionEntries: entries })) {
    if (ins.cacheOf !== undefined) {
      if (ins.cache && rows.length) {
        const c: CacheEntryRow = { offset: ins.offset, name: ins.cache.name, size: ins.cache.size, value: ins.cache.value }
        rows[rows.length - 1].caches.push(c)
      }
      continue
    }
    rows.push({
      offset: ins.offset,
      opname: ins.opname,
      opcode: ins.opcode,
      arg: ins.arg,
      argval: argvalRepr(ins.argval),
      argrepr: ins.argrepr,
      startsLine: ins.startsLine,
      line: ins.positions.lineno,
      positions: { ...ins.positions },
      isJumpTarget: ins.isJumpTarget,
      jumpTarget: ins.jumpTarget,
      caches: [],
    })
  }
  const children: CodeObjectView[] = []
  co.co_consts.forEach((c, i) => {
    if (isCodeConst(c)) children.push(buildCodeView(c, [...path, i]))
  })
  return {
    path,
    name: co.co_name,
    qualname: co.co_qualname,
    filename: co.co_filename,
    firstlineno: co.co_firstlineno,
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    nlocals: co.co_nlocals,
    stacksize: co.co_stacksize,
    flags: co.co_flags,
    flagNames: flagNames(co.co_flags),
    consts: co.co_consts.map((c) => constRepr(c, codeRepr)),
    names: [...co.co_names],
    varnames: co.co_varnames,
    cellvars: co.co_cellvars,
    freevars: co.co_freevars,
    instructions: rows,
    exceptionTable: entries.map((e) => ({ ...e })),
    lineTable: coLines(co.co_linetable, co.co_firstlineno),
    info: codeInfo(co),
    children,
  }
}
