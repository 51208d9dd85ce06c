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
  readonly fast: (Py | undefined)[]
  stack: Slot[] = []
  /** index of the next code unit to execute */
  ip = 0
  /** code unit of the instruction executing or last executed (-1 before the first) */
  lasti = -1
  back: Frame | null = null
  /** when this frame returns, the eval loop that started it returns to JavaScript */
  entry = false
  gen: PyGenerator | null = null
  /** set by YIELD_VALUE so the generator machinery can tell yield from return */
  yielded = false
  /** exception the frame is currently handling (for sys.exc_info and generators) */
  exc: PyBaseException | null = null

  constructor(
    readonly code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** the locals mapping for module and class bodies (LOAD_NAME/STORE_NAME) */
    public locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    super(frameType)
    this.fast = new Array(code.nlocalsplus)
  }

  get lineno(): number {
    return this.code.lineAt(this.lasti)
  }
}

export const NULL = null
void None
