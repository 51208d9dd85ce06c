// float (Objects/floatobject.c): a boxed JS number.

import { PyObject, type Py, floatType, PyType } from './typeobject'
import { zeroDivisionError, overflowError } from './exceptions'
import { floatRepr } from './pystrtod'

export class PyFloat extends PyObject {
  declare readonly value: number
  constructor(value: number, type: PyType = floatType) {
    super(type)
    ;(this as { value: number }).value = value
  }
}

floatType.alloc = (t) => new PyFloat(0, t)

const ZERO = new PyFloat(0)
const ONE = new PyFloat(1)

export function newFloat(x: number): PyFloat {
  if (x === 0 && !Object.is(x, -0)) return ZERO
  if (x === 1) return ONE
  return new PyFloat(x)
}

export function floatStr(x: number): string {
  return floatRepr(x)
}

/** float_rem */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw zeroDivisionError('float modulo by zero')
  let mod = vx % wx
  if (mod) {
    if (wx < 0 !== mod < 0) mod += wx
  } else mod = wx < 0 ? -0 : 0
  return mod
}

/** float_divmod's floor quotient */
export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw zeroDivisionError('float floor division by zero')
  let mod = vx % wx
  let div = (vx - mod) / wx
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx
      div -= 1
    }
  }
  let floordiv: number
  if (div) {
    floordiv = Math.floor(div)
    if (div - floordiv > 0.5) floordiv += 1
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0
  return floordiv
}

export function floatDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float division by zero')
  return a / b
}

/** float_pow for real results */
export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power')
  if (a === 1 || b === 0) return 1
  const r = a ** b
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw overflowError('(34, \'Numerical result out of range\')')
  return r
}

export function floatCheckOverflow(r: number, a: number, b: number): number {
  void a
  void b
  return r
}

export function isPyFloat(v: Py): v is PyFloat {
  return v instanceof PyFloat
}
