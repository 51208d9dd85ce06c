// The built-in exception hierarchy (Objects/exceptions.c). A Python exception travels
// through JavaScript as the PyBaseException object itself (thrown, not wrapped), so
// raising costs no JS Error with a captured stack.

import { PyObject, type Py, PyType, newStaticType, None, typeType, objectType } from './typeobject'
import { newTuple } from './tuple'
import type { SyntaxErrorInfo } from '../errors'

export class PyBaseException extends PyObject {
  declare args: Py[]
  declare traceback: PyObject | null
  declare cause: Py
  declare context: Py
  declare suppressContext: boolean
  /** set by RERAISE so the next handler does not add a traceback entry or context */
  declare reraise: boolean
  /** extra per-class state: StopIteration.value, SystemExit.code, NameError.name ... */
  declare extra: Record<string, Py> | null
  constructor(type: PyType, args: Py[] = []) {
    super(type)
    this.args = args
    this.traceback = null
    this.cause = None
    this.context = None
    this.suppressContext = false
    this.reraise = false
    this.extra = null
  }
  get(name: string): Py {
    return this.extra?.[name] ?? None
  }
  set(name: string, v: Py): void {
    ;(this.extra ??= {})[name] = v
  }
}

export const EXC: Record<string, PyType> = {}

function exc(name: string, base: PyType | null): PyType {
  const t = newStaticType(name, base ?? objectType)
  t.alloc = (tt) => new PyBaseException(tt)
  t.hasDict = true
  EXC[name] = t
  return t
}

export const BaseException = exc('BaseException', null)
const B = BaseException
export const BaseExceptionGroup = exc('BaseExceptionGroup', B)
export const GeneratorExit = exc('GeneratorExit', B)
export const KeyboardInterrupt = exc('KeyboardInterrupt', B)
export const SystemExit = exc('SystemExit', B)
export const Exception = exc('Exception', B)
const E = Exception
export const ArithmeticError = exc('ArithmeticError', E)
export const FloatingPointError = exc('FloatingPointError', ArithmeticError)
export const OverflowError = exc('OverflowError', ArithmeticError)
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError)
export const AssertionError = exc('AssertionError', E)
export const AttributeError = exc('AttributeError', E)
export const BufferError = exc('BufferError', E)
export const EOFError = exc('EOFError', E)
export const ExceptionGroup = exc('ExceptionGroup', BaseExceptionGroup)
ExceptionGroup.bases = [BaseExceptionGroup, E]
ExceptionGroup.mro = [ExceptionGroup, BaseExceptionGroup, E, B, objectType]
export const ImportError = exc('ImportError', E)
export const ModuleNotFoundError = exc('ModuleNotFoundError', ImportError)
export const LookupError = exc('LookupError', E)
export const IndexError = exc('IndexError', LookupError)
export const KeyError = exc('KeyError', LookupError)
export const MemoryError = exc('MemoryError', E)
export const NameError = exc('NameError', E)
export const UnboundLocalError = exc('UnboundLocalError', NameError)
export const OSError = exc('OSError', E)
for (const n of ['BlockingIOError', 'ChildProcessError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
  'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError']) exc(n, OSError)
export const ConnectionError = exc('ConnectionError', OSError)
for (const n of ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError']) exc(n, ConnectionError)
export const ReferenceError = exc('ReferenceError', E)
export const RuntimeError = exc('RuntimeError', E)
export const NotImplementedError = exc('NotImplementedError', RuntimeError)
export const RecursionError = exc('RecursionError', RuntimeError)
export const StopAsyncIteration = exc('StopAsyncIteration', E)
export const StopIteration = exc('StopIteration', E)
export const SyntaxError = exc('SyntaxError', E)
export const IndentationError = exc('IndentationError', SyntaxError)
export const TabError = exc('TabError', IndentationError)
export const SystemError = exc('SystemError', E)
export const TypeError = exc('TypeError', E)
export const ValueError = exc('ValueError', E)
export const UnicodeError = exc('UnicodeError', ValueError)
for (const n of ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']) exc(n, UnicodeError)
export const Warning = exc('Warning', E)
for (const n of ['BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning']) exc(n, Warning)
EXC.EnvironmentError = OSError
EXC.IOError = OSError

void typeType

/** a new exception instance of a built-in class with one message argument */
export function newExc(type: PyType, msg?: string): PyBaseException {
  return new PyBaseException(type, msg === undefined ? [] : [msg])
}

// Helpers that build (not throw) common errors: `throw typeError('...')`.
export const typeError = (msg: string): PyBaseException => newExc(TypeError, msg)
export const valueError = (msg: string): PyBaseException => newExc(ValueError, msg)
export const indexError = (msg: string): PyBaseException => newExc(IndexError, msg)
export const overflowError = (msg: string): PyBaseException => newExc(OverflowError, msg)
export const zeroDivisionError = (msg: string): PyBaseException => newExc(ZeroDivisionError, msg)
export const runtimeError = (msg: string): PyBaseException => newExc(RuntimeError, msg)
export const notImplementedError = (msg: string): PyBaseException => newExc(NotImplementedError, msg)
export const systemError = (msg: string): PyBaseException => newExc(SystemError, msg)

export function keyError(key: Py): PyBaseException {
  return new PyBaseException(KeyError, [key])
}

export function attributeError(msg: string, name?: string, obj?: Py): PyBaseException {
  const e = newExc(AttributeError, msg)
  if (name !== undefined) e.set('name', name)
  if (obj !== undefined) e.set('obj', obj)
  return e
}

export function nameError(name: string, unbound = false): PyBaseException {
  const e = unbound
    ? newExc(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`)
    : newExc(NameError, `name '${name}' is not defined`)
  e.set('name', name)
  return e
}

export function stopIteration(value: Py): PyBaseException {
  const e = new PyBaseException(StopIteration, value === None ? [] : [value])
  e.set('value', value)
  return e
}

export function isExcType(t: Py): t is PyType {
  return t instanceof PyType && t.isSubtype(BaseException)
}

export const memoryErrorNew = (): PyBaseException => newExc(MemoryError)

/**
 * A SyntaxError (or IndentationError, TabError) raised by compiling source, with the
 * attributes and args CPython gives it: args = (msg, (filename, lineno, offset, text,
 * end_lineno, end_offset)).
 */
export function newSyntaxError(info: SyntaxErrorInfo): PyBaseException {
  const t = info.kind === 'TabError' ? TabError : info.kind === 'IndentationError' ? IndentationError : SyntaxError
  const n = (v: number | null): Py => (v === null ? None : v)
  const details: Py[] = [info.filename, n(info.lineno), n(info.offset), info.text ?? None, n(info.end_lineno), n(info.end_offset)]
  const e = new PyBaseException(t, [info.msg, newTuple(details)])
  e.set('msg', info.msg)
  e.set('filename', info.filename)
  e.set('lineno', n(info.lineno))
  e.set('offset', n(info.offset))
  e.set('text', info.text ?? None)
  e.set('end_lineno', n(info.end_lineno))
  e.set('end_offset', n(info.end_offset))
  e.set('print_file_and_line', None)
  return e
}
