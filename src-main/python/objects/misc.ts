// Small value types: range, slice, bytes, bytearray, complex, iterators over native
// sequences (Objects/rangeobject.c, sliceobject.c, bytesobject.c, complexobject.c,
// iterobject.c).

import {
  PyObject, type Py, PyType, rangeType, sliceType, bytesType, bytearrayType, complexType, iteratorType, None,
} from './typeobject'
import type { PyInt } from './int'

export class PyRange extends PyObject {
  constructor(readonly start: PyInt, readonly stop: PyInt, readonly step: PyInt) {
    super(rangeType)
  }
  get length(): number {
    const { start, stop, step } = this
    if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
      if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0
      return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0
    }
    const a = BigInt(start)
    const b = BigInt(stop)
    const s = BigInt(step)
    if (s > 0n) return a < b ? Number((b - a - 1n) / s + 1n) : 0
    return a > b ? Number((a - b - 1n) / -s + 1n) : 0
  }
}

export class PySlice extends PyObject {
  constructor(readonly start: Py, readonly stop: Py, readonly step: Py) {
    super(sliceType)
  }
}

export class PyBytes extends PyObject {
  constructor(public data: Uint8Array, type: PyType = bytesType) {
    super(type)
  }
}

export class PyByteArray extends PyObject {
  constructor(public data: number[], type: PyType = bytearrayType) {
    super(type)
  }
}

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number, type: PyType = complexType) {
    super(type)
  }
}

bytesType.alloc = (t) => new PyBytes(new Uint8Array(0), t)
bytearrayType.alloc = (t) => new PyByteArray([], t)
complexType.alloc = (t) => new PyComplex(0, 0, t)

/** iterator over a native JS producer; next() returns undefined when exhausted */
export class PyNativeIter extends PyObject {
  constructor(readonly next: () => Py | undefined, type: PyType = iteratorType, readonly lengthHint: (() => number) | null = null) {
    super(type)
  }
}

export function newIterType(name: string): PyType {
  const t = new PyType(iteratorType.type, name, [iteratorType.bases[0]])
  t.mro = [t, ...iteratorType.bases[0].mro]
  return t
}

void None
