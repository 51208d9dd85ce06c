// super (Objects/typeobject.c super_getattro, super_init_without_args).

import { type Py, PyType, typeOf, superType, None } from './typeobject'
import { PySuper, PyCell } from './function'
import { typeError, runtimeError, attributeError } from './exceptions'
import { descrGet, getAttr } from './abstract'
import { defineMethods } from './descr'
import type { Frame } from '../vm/frame'
import { ts } from '../vm/state'
import { PyStaticMethod } from './function'

function superCheck(t: PyType, obj: Py): PyType {
  if (obj instanceof PyType && obj.isSubtype(t)) return obj
  const ot = typeOf(obj)
  if (ot.isSubtype(t)) return ot
  throw typeError('super(type, obj): obj must be an instance or subtype of type')
}

export function newSuper(t: Py, obj: Py): PySuper {
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(t).name}`)
  if (obj === None) return new PySuper(t, None, null)
  return new PySuper(t, obj, superCheck(t, obj))
}

/** super() inside a method: __class__ cell and the first argument */
export function zeroArgSuper(f: Frame | null): PySuper {
  if (f === null) throw runtimeError('super(): no current frame')
  const code = f.code
  if (code.argcount === 0 && (code.flags & 0x4) === 0) throw runtimeError('super(): no arguments')
  let first = f.fast[0]
  if (first instanceof PyCell && code.isCellKind(0)) first = first.value
  if (first === undefined) throw runtimeError('super(): arg[0] deleted')
  const i = code.localNames.lastIndexOf('__class__')
  if (i < 0 || !code.isFreeKind(i)) throw runtimeError('super(): __class__ cell not found')
  const cell = f.fast[i]
  const cls = cell instanceof PyCell ? cell.value : undefined
  if (cls === undefined) throw runtimeError('super(): empty __class__ cell')
  if (!(cls instanceof PyType)) throw runtimeError(`super(): __class__ is not a type (${typeOf(cls).name})`)
  return newSuper(cls, first)
}

export function superGetAttr(s: PySuper, name: string): Py {
  const start = s.objType
  if (start !== null && name !== '__class__') {
    const mro = start.mro
    let i = mro.indexOf(s.thisType) + 1
    for (; i < mro.length; i++) {
      const v = mro[i].attrs.get(name)
      if (v !== undefined) {
        if (v instanceof PyStaticMethod) return v.func
        return descrGet(v, s.obj === start ? None : s.obj, start)
      }
    }
  }
  const d = superType.lookup(name)
  if (d !== undefined) return descrGet(d, s, superType)
  throw attributeError(`'super' object has no attribute '${name}'`, name, s)
}

defineMethods(superType, {
  __getattribute__: (self, args) => superGetAttr(self as PySuper, args[0] as string),
  __repr__: (self) => {
    const s = self as PySuper
    if (s.objType === null) return `<super: <class '${s.thisType.name}'>, NULL>`
    return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`
  },
})

export function superNew(args: Py[]): PySuper {
  if (args.length === 0) return zeroArgSuper(ts.frame)
  if (args.length === 1) return newSuper(args[0], None)
  return newSuper(args[0], args[1])
}
void getAttr
