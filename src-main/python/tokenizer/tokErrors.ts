// What the parser needs to know about a tokenizer error after the fact: which errors
// pegen raises itself (tok->done codes) and which happened inside an f-string, for
// Parser/pegen_errors.c's full-source check (restOfSourceError).

import type { PySyntaxError } from '../errors'

// the tok->done codes pegen turns into its own errors (Include/errcode.h)
export const E_EOF = 11
export const E_TABSPACE = 18
export const E_TOODEEP = 20
export const E_DEDENT = 21
export const E_LINECONT = 25

export interface TokErrorInfo {
  /** tok->done code for the errors pegen raises itself (E_EOF, E_DEDENT, ...); 0: the tokenizer's own */
  doneCode: number
  /** raised inside an f-string (tok_mode_stack_index > 0) */
  inFString: boolean
  /** the "'(' was never closed" error pegen would raise instead, brackets being open */
  unclosed: PySyntaxError | null
}

export const ERROR_INFO = new WeakMap<PySyntaxError, TokErrorInfo>()

/**
 * Tokenizer errors that pegen raises itself (the tok->done codes above, and "'(' was never
 * closed"): they go through _PyPegen_raise_error_known_location, whose columns are UTF-8
 * bytes turned into characters only when the tokenizer has an encoding (a str source, a BOM
 * or a coding cookie). The tokenizer's own errors are always in characters.
 */
export const PEGEN_LOCATED = new WeakSet<PySyntaxError>()

/**
 * Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors: after a parser
 * SyntaxError whose last fetched token is on line `errLine`, the rest of the source is
 * tokenized and a tokenizer error `e` found there replaces the parser's error — except
 * errors left to pegen (tok->done: EOF, dedent, tabs, continuation), which only give
 * "'(' was never closed" when the bracket opened before errLine, and errors inside an
 * f-string, which never replace it. Returns the error to raise, or null to keep the parser's.
 */
export function restOfSourceError(e: PySyntaxError, errLine: number): PySyntaxError | null {
  const info = ERROR_INFO.get(e)
  if (!info) return e
  if (info.doneCode) return info.unclosed && errLine > (info.unclosed.lineno ?? 0) ? info.unclosed : null
  return info.inFString ? null : e
}
