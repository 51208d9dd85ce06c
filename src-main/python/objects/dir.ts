// dir() (Objects/object.c PyObject_Dir, Objects/typeobject.c object___dir__ and type___dir__).

import { type Py, PyType, typeOf } from './typeobject'
import { PyModule } from './function'
import * as A from './abstract'

function typeNames(t: PyType, out: Set<string>): void {
  for (const b of t.mro) for (const k of b.attrs.keys()) out.add(k)
}

/** sorted attribute names, as dir(obj) returns them */
export function dirOf(o: Py): string[] {
  const m = typeOf(o).lookup('__dir__')
  if (m !== undefined && typeOf(o).heap && typeOf(o).lookupOwner('__dir__')?.heap) {
    return A.toArray(A.callMethod(m, o, [])).map((x) => A.str(x)).sort()
  }
  const out = new Set<string>()
  if (o instanceof PyModule) {
    for (const k of o.dict.table.keyList()) if (typeof k === 'string') out.add(k)
    return [...out].sort()
  }
  if (o instanceof PyType) {
    typeNames(o, out)
    return [...out].sort()
  }
  if (typeof o === 'object' && o.dict !== null) {
    const d = o.dict as unknown as { table: { keyList(): Py[] } }
    for (const k of d.table.keyList()) if (typeof k === 'string') out.add(k)
  }
  if (typeof o === 'object' && o.slots !== null) for (const k of o.slots.keys()) out.add(k)
  typeNames(typeOf(o), out)
  return [...out].sort()
}
