// `from __future__ import ...` at the top of a module (CPython 3.12 Python/future.c
// future_parse / future_check_features): which CO_FUTURE_* flags apply, and where
// the last future import is (later ones are errors, reported by codegen).

import type * as A from '../spec/astNodes.gen'
import { PySyntaxError } from '../errors'
import { CO_FLAGS } from '../objects/code'
import type { Location } from './instrSequence'
import { LOC } from './compiler'
import { getDocstring } from './codegenStmt'

export interface Future {
  flags: number
  location: Location
}

const IGNORED = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'generator_stop'])

export function futureFromAst(mod: A.mod, filename: string): Future {
  const ff: Future = { flags: 0, location: { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 } }
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return ff
  const body = mod.body
  let i = getDocstring(body) !== null ? 1 : 0
  for (; i < body.length; i++) {
    const s = body[i]
    if (s._type !== 'ImportFrom' || (s.level ?? 0) !== 0 || s.module !== '__future__') break
    for (const a of s.names) {
      const f = a.name
      if (IGNORED.has(f)) continue
      if (f === 'barry_as_FLUFL') ff.flags |= CO_FLAGS.FUTURE_BARRY_AS_BDFL
      else if (f === 'annotations') ff.flags |= CO_FLAGS.FUTURE_ANNOTATIONS
      else {
        const msg = f === 'braces' ? 'not a chance' : `future feature ${f} is not defined`
        throw new PySyntaxError({ kind: 'SyntaxError', msg, filename, lineno: s.lineno, offset: s.col_offset + 1, text: null, end_lineno: s.lineno, end_offset: null })
      }
    }
    ff.location = LOC(s)
  }
  return ff
}
