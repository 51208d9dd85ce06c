// The last reordering a constant frozenset can go through in CPython 3.12: when a code
// object is made, its identifier-like str constants are interned (Objects/codeobject.c
// intern_constants), and a frozenset constant is rebuilt — so re-ordered, a set iterating
// in table order — if interning replaced one of its items by an equal string interned
// earlier: a name the parser already interned (every identifier of the module), or a
// string the interpreter interned before compiling (spec/internedAtStartup.gen.ts,
// measured for `python3.12 -m dis FILE`; for one character, the interpreter's static
// identifiers such as 'a', 'n' or 'x', twins of the cached character strings).

import type * as A from '../spec/astNodes.gen'
import type { CodeObject } from '../objects/code'
import { PyFrozensetConst, isCodeConst } from '../objects/constant'
import { setIterationOrder } from '../objects/frozensetOrder'
import { INTERNED_AT_STARTUP } from '../spec/internedAtStartup.gen'

/** all_name_chars: what intern_string_constants interns */
const NAME_CHARS = /^[A-Za-z0-9_]+$/

/**
 * The fields of type `identifier` in Python.asdl, by name (test/compiler/internConsts.test.ts
 * checks this list against the node table). Only these fields hold strings besides
 * Constant's value and kind and the type comments, which the walk does not look at.
 */
export const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set(['name', 'asname', 'arg', 'attr', 'module', 'names', 'id', 'rest', 'kwd_attrs'])

/** every identifier the parser interned for this module (dotted names by their parts) */
export function moduleIdentifiers(tree: A.mod): Set<string> {
  const out = new Set<string>()
  const add = (s: string): void => {
    for (const part of s.split('.')) out.add(part)
    out.add(s)
  }
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x)
      return
    }
    if (v === null || typeof v !== 'object') return
    const node = v as Record<string, unknown> & { _type?: string }
    if (node._type === undefined || node._type === 'Constant') return
    for (const key in node) {
      const x = node[key]
      if (typeof x === 'string') {
        if (IDENTIFIER_FIELDS.has(key)) add(x)
      } else if (Array.isArray(x) && IDENTIFIER_FIELDS.has(key) && typeof x[0] === 'string') {
        for (const s of x) add(s as string)
      } else if (typeof x === 'object') walk(x)
    }
  }
  walk(tree)
  return out
}

function replacedByInterning(v: unknown, names: () => ReadonlySet<string>): boolean {
  if (typeof v !== 'string' || !NAME_CHARS.test(v)) return false
  // a one-character constant is the cached character string, which the parser's
  // identifiers share: only a different twin interned at start-up replaces it
  return INTERNED_AT_STARTUP.has(v) || (v.length > 1 && names().has(v))
}

/** intern_constants over a compiled module: rebuild the frozensets CPython would rebuild
 *  (`names` gives the module's identifiers, computed on first need) */
export function internFrozensetConstants(code: CodeObject, names: () => ReadonlySet<string>): void {
  const consts = code.co_consts
  for (let i = 0; i < consts.length; i++) {
    const c = consts[i]
    if (isCodeConst(c)) internFrozensetConstants(c, names)
    else if (c instanceof PyFrozensetConst && c.items.some((x) => replacedByInterning(x, names))) {
      consts[i] = new PyFrozensetConst(setIterationOrder(c.items))
    }
  }
}
