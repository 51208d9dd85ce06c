// One activation of a code object (Include/internal/pycore_frame.h _PyInterpreterFrame,
// Objects/frameobject.c): localsplus, the value stack, the instruction pointer and the
// link to the caller. Frames are Python objects too (sys._getframe, tb_frame).

import { PyObject, type Py, frameType, None } from '../objects/typeobject'
import type { PyCode } from '../objects/codeobj'
import type { PyDict } from '../objects/dict'
import type { PyFunction } from '../objects/function'
import type { PyBaseException } from '../objects/exceptions'
import type { PyGenerator } from './generator'

/** a stack slot: a value, or null for CPython's NULL (PUSH_NULL, LOAD_ATTR method form) */
export type Slot = Py | null

export class Frame extends PyObject {
  /** locals, cells and free variables; undefined marks an unbound local */
  declare readonly fast: (Py | undefined)[]
  declare stack: Slot[]
  /** index of the next code unit to execute */
  declare ip: number
  /** code unit of the instruction executing or last executed (-1 before the first) */
  declare lasti: number
  declare back: Frame | null
  /** when this frame returns, the eval loop that started it returns to JavaScript */
  declare entry: boolean
  declare gen: PyGenerator | null
  /** set by YIELD_VALUE so the generator machinery can tell yield from return */
  declare yielded: boolean
  /** exception the frame is currently handling (for sys.exc_info and generators) */
  declare exc: PyBaseException | null
  /** last line reported to a tracer's onLine */
  declare traceLine: number
  declare readonly code: PyCode
  declare readonly globals: PyDict
  declare readonly builtins: PyDict
  /** the locals mapping for module and class bodies (LOAD_NAME/STORE_NAME) */
  declare locals: PyDict | null
  declare readonly func: PyFunction | null

  constructor(code: PyCode, globals: PyDict, builtins: PyDict, locals: PyDict | null, func: PyFunction | null) {
    super(frameType)
    const self = this as { -readonly [K in keyof Frame]: Frame[K] }
    self.code = code
    self.globals = globals
    self.builtins = builtins
    self.locals = locals
    self.func = func
    self.fast = new Array(code.nlocalsplus)
    self.stack = []
    self.ip = 0
    self.lasti = -1
    self.back = null
    self.entry = false
    self.gen = null
    self.yielded = false
    self.exc = null
    self.traceLine = -1
  }

  get lineno(): number {
    return this.code.lineAt(this.lasti)
  }
}

export const NULL = null
void None
