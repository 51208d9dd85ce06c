// Instances of Python subclasses of int and str (class Color(IntEnum), class Name(str)).
// Our ints and strs are JS primitives, so an instance of a subclass is an object holding
// the primitive beside its __dict__, as CPython's PyLongObject/PyUnicodeObject subtype
// instances carry the value in the same memory as the instance's dict pointer.
// The built-in methods of int and str see the plain value: unboxMethods wraps them once
// both types are complete, as long_add and friends read ob_digit whatever the subtype.

import { type Py, PyObject, PyType, wrapperDescrType } from './typeobject'
import { PyMethodDescr, PyGetSetDescr } from './descr'
import type { PyInt } from './int'

export class PyIntSub extends PyObject {
  constructor(type: PyType, readonly value: PyInt) {
    super(type)
  }
}

export class PyStrSub extends PyObject {
  constructor(type: PyType, readonly value: string) {
    super(type)
  }
}

/** the primitive inside an int or str subclass instance; other values unchanged */
export function unbox(v: Py): Py {
  return v instanceof PyIntSub || v instanceof PyStrSub ? v.value : v
}

/**
 * Rewrap the type's native methods and getters so `self` (and, when `args` is set, each
 * positional argument: 'a' + Name('b') concatenates as str_concat accepts subtypes) is the
 * primitive value when it arrives boxed.
 */
export function unboxMethods(t: PyType, args: boolean): void {
  for (const [name, d] of t.attrs) {
    if (d instanceof PyMethodDescr) {
      const fn = d.fn
      const wrapped = args
        ? (self: Py, a: Py[], kw: readonly string[] | null): Py => {
            if (typeof self === 'object') self = unbox(self)
            for (let i = 0; i < a.length; i++) if (a[i] instanceof PyStrSub) a = a.map(unbox)
            return fn(self, a, kw)
          }
        : (self: Py, a: Py[], kw: readonly string[] | null): Py => fn(typeof self === 'object' ? unbox(self) : self, a, kw)
      t.attrs.set(name, new PyMethodDescr(d.name, wrapped, d.objclass, d.type === wrapperDescrType))
    } else if (d instanceof PyGetSetDescr) {
      const get = d.get
      t.attrs.set(name, new PyGetSetDescr(d.name, (self) => get(typeof self === 'object' ? unbox(self) : self), d.set, d.objclass))
    }
  }
}
