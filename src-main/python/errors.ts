// Errors the compile pipeline reports to its callers, shaped like CPython's
// SyntaxError attributes (Objects/exceptions.c SyntaxError_init): msg, filename,
// lineno, offset (1-based, in characters), text, end_lineno, end_offset.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError'

export interface SyntaxErrorInfo {
  kind: SyntaxErrorKind
  msg: string
  filename: string
  lineno: number | null
  offset: number | null
  text: string | null
  end_lineno: number | null
  end_offset: number | null
}

export class PySyntaxError extends Error implements SyntaxErrorInfo {
  kind: SyntaxErrorKind
  msg: string
  filename: string
  lineno: number | null
  offset: number | null
  text: string | null
  end_lineno: number | null
  end_offset: number | null

  constructor(info: SyntaxErrorInfo) {
    super(info.msg)
    this.name = info.kind
    this.kind = info.kind
    this.msg = info.msg
    this.filename = info.filename
    this.lineno = info.lineno
    this.offset = info.offset
    this.text = info.text
    this.end_lineno = info.end_lineno
    this.end_offset = info.end_offset
  }
}

/**
 * An error CPython raises from compile() that is not a SyntaxError (ValueError for
 * "source code string cannot contain null bytes", SyntaxWarning as error, ...).
 */
export class PyCompileError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message)
    this.name = pyType
  }
}
