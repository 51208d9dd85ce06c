// The one error type of the runtime-support library. The VM turns it into the Python
// exception named by `pyType`, with `message` as its single argument.

export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'KeyError'
  | 'AttributeError'
  | 'UnicodeError'

export class PySupportError extends Error {
  readonly pyType: PyErrorType
  constructor(pyType: PyErrorType, message: string) {
    super(message)
    this.pyType = pyType
    this.name = pyType
  }
}

export function valueError(msg: string): PySupportError {
  return new PySupportError('ValueError', msg)
}
export function typeError(msg: string): PySupportError {
  return new PySupportError('TypeError', msg)
}
export function overflowError(msg: string): PySupportError {
  return new PySupportError('OverflowError', msg)
}
export function zeroDivision(msg: string): PySupportError {
  return new PySupportError('ZeroDivisionError', msg)
}
