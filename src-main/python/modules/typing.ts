// types.GenericAlias for list[int] and friends (Objects/genericaliasobject.c),
// types.UnionType for int | str (Objects/unionobject.c), and contextlib's contextmanager
// and suppress (Lib/contextlib.py). The typing module itself is resources/lib/typing.py.

import { type Py, PyObject, PyType, typeType, objectType, None, NotImplemented, listType, dictType, tupleType, setType, frozensetType, typeOf } from '../objects/typeobject'
import { PyTuple, newTuple } from '../objects/tuple'
import { defineMethods, defineClassMethods, defineGetSets, builtinFn } from '../objects/descr'
import { PyBaseException, runtimeError, StopIteration } from '../objects/exceptions'
import * as A from '../objects/abstract'
import { makeModule, defineModule } from './native'
import { PyGenerator, genSend, genThrow, genLastDone, genResume } from '../vm/generator'
import { defineNew } from '../objects/objectmethods'

const aliasType = new PyType(typeType, 'GenericAlias', [objectType])
aliasType.mro = [aliasType, objectType]
aliasType.module = 'types'

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: Py, readonly args: Py[], readonly name: string | null = null) {
    super(aliasType)
  }
}

function argRepr(a: Py): string {
  if (a instanceof PyType) return a.module === 'builtins' ? a.qualname : `${a.module}.${a.qualname}`
  if (a === None) return 'None'
  if (a instanceof PyTuple && a.items.length === 0) return '()'
  if (typeof a === 'object' && a.type.name === 'ellipsis') return '...'
  return A.repr(a)
}

defineMethods(aliasType, {
  __repr__(s) {
    const g = s as PyGenericAlias
    const head = g.name ?? argRepr(g.origin)
    if (!g.args.length) return head
    return `${head}[${g.args.map(argRepr).join(', ')}]`
  },
  __getitem__: (s, a) => new PyGenericAlias((s as PyGenericAlias).origin, a[0] instanceof PyTuple ? a[0].items : [a[0]], (s as PyGenericAlias).name),
  __call__: (s, a, kw) => A.call((s as PyGenericAlias).origin, a, kw),
  __eq__: (s, a) => a[0] instanceof PyGenericAlias && A.eq((s as PyGenericAlias).origin, a[0].origin) && A.eq(newTuple((s as PyGenericAlias).args), newTuple(a[0].args)),
  __hash__: (s) => A.hash((s as PyGenericAlias).origin),
  __mro_entries__: (s) => newTuple([(s as PyGenericAlias).origin]),
})
defineGetSets(aliasType, {
  __origin__: [(s) => (s as PyGenericAlias).origin],
  __args__: [(s) => newTuple((s as PyGenericAlias).args)],
})

for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
  defineClassMethods(t, {
    __class_getitem__: (cls, a) => new PyGenericAlias(cls, a[0] instanceof PyTuple ? a[0].items : [a[0]]),
  })
}

// ---------------------------------------------------------------- types.UnionType

// int | str (Objects/unionobject.c): made by type.__or__; isinstance and issubclass accept
// it. The typing module (resources/lib/typing.py) is Python and builds its own Union, which
// compares equal to these.
const unionType = new PyType(typeType, 'UnionType', [objectType])
unionType.mro = [unionType, objectType]
unionType.module = 'types'

export class PyUnion extends PyObject {
  constructor(readonly args: Py[]) {
    super(unionType)
  }
}

/** what `X | Y` accepts as an operand: None, classes, aliases, unions */
function unionable(v: Py): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion
}

function makeUnion(a: Py, b: Py): Py {
  if (!unionable(a) || !unionable(b)) return NotImplemented
  const out: Py[] = []
  for (const v of [a, b]) {
    const parts = v instanceof PyUnion ? v.args : [v === None ? typeOf(None) : v]
    for (const p of parts) if (!out.some((x) => x === p || (x instanceof PyGenericAlias && A.eq(x, p)))) out.push(p)
  }
  return out.length === 1 ? out[0] : new PyUnion(out)
}

function unionArgRepr(a: Py): string {
  return a === typeOf(None) ? 'None' : argRepr(a)
}

defineMethods(unionType, {
  __repr__: (s) => (s as PyUnion).args.map(unionArgRepr).join(' | '),
  __or__: (s, a) => makeUnion(s, a[0]),
  __ror__: (s, a) => makeUnion(a[0], s),
  __eq__: (s, a) => {
    const other = a[0]
    if (!(other instanceof PyUnion)) return NotImplemented
    const mine = (s as PyUnion).args
    return mine.length === other.args.length && mine.every((x) => other.args.some((y) => A.eq(x, y)))
  },
  __hash__: (s) => A.hash(A.call(frozensetType, [newTuple((s as PyUnion).args)])),
  __instancecheck__: (s, a) => (s as PyUnion).args.some((t) => t instanceof PyType && typeOf(a[0]).isSubtype(t)),
  __subclasscheck__: (s, a) => (s as PyUnion).args.some((t) => t instanceof PyType && a[0] instanceof PyType && a[0].isSubtype(t)),
})
defineGetSets(unionType, {
  __args__: [(s) => newTuple((s as PyUnion).args)],
  __parameters__: [() => newTuple([])],
})
defineMethods(typeType, {
  __or__: (s, a) => makeUnion(s, a[0]),
  __ror__: (s, a) => makeUnion(a[0], s),
})
defineMethods(aliasType, {
  __or__: (s, a) => makeUnion(s, a[0]),
  __ror__: (s, a) => makeUnion(a[0], s),
})

// ---------------------------------------------------------------- contextlib

const cmType = new PyType(typeType, '_GeneratorContextManager', [objectType])
cmType.mro = [cmType, objectType]
cmType.module = 'contextlib'
class PyGenCM extends PyObject {
  constructor(readonly gen: Py) {
    super(cmType)
  }
}
defineMethods(cmType, {
  __enter__(s) {
    const g = (s as PyGenCM).gen
    const v = g instanceof PyGenerator ? genSend(g, None, true) : A.next(g)
    if (v === undefined) throw runtimeError("generator didn't yield")
    return v
  },
  __exit__(s, a) {
    const g = (s as PyGenCM).gen as PyGenerator
    const [typ, val] = a
    if (typ === None) {
      const r = genResume(g, None)
      if (genLastDone()) return false
      void r
      throw runtimeError("generator didn't stop")
    }
    const exc = val instanceof PyBaseException ? val : (A.call(typ, []) as PyBaseException)
    try {
      genThrow(g, exc)
    } catch (e) {
      if (e === exc) return false
      if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) return e !== exc
      throw e
    }
    throw runtimeError("generator didn't stop after throw()")
  },
})

const suppressType = new PyType(typeType, 'suppress', [objectType])
suppressType.mro = [suppressType, objectType]
suppressType.module = 'contextlib'
class PySuppress extends PyObject {
  constructor(readonly types: Py[]) {
    super(suppressType)
  }
}
defineNew(suppressType, (_cls, a) => new PySuppress(a))
defineMethods(suppressType, {
  __enter__: () => None,
  __exit__: (s, a) => a[0] !== None && (s as PySuppress).types.some((t) => (a[0] as PyType).isSubtype(t as PyType)),
})

defineModule('contextlib', () => makeModule('contextlib', {
  contextmanager: (a) => {
    const fn = a[0]
    const wrapper = builtinFn(A.str(A.getAttrOrNull(fn, '__name__') ?? 'helper'), (args, kw) => new PyGenCM(A.call(fn, args, kw)), 'contextlib')
    return wrapper
  },
}, { suppress: suppressType }))

void typeOf
