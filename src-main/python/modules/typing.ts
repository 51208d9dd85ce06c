// types.GenericAlias for list[int] and friends (Objects/genericaliasobject.c), a typing
// module reduced to subscriptable names (Lib/typing.py), and contextlib's contextmanager
// and suppress (Lib/contextlib.py).

import { type Py, PyObject, PyType, typeType, objectType, None, listType, dictType, tupleType, setType, frozensetType, typeOf } from '../objects/typeobject'
import { PyTuple, newTuple } from '../objects/tuple'
import { defineMethods, defineClassMethods, defineGetSets, builtinFn } from '../objects/descr'
import { PyBaseException, runtimeError, typeError, StopIteration } from '../objects/exceptions'
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
  __or__: (s) => s,
  __ror__: (s) => s,
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

defineModule('typing', () => {
  const names: Record<string, Py> = {}
  const special = ['Any', 'Optional', 'Union', 'Callable', 'Iterable', 'Iterator', 'Generator', 'Sequence', 'Mapping',
    'MutableMapping', 'Hashable', 'Sized', 'Awaitable', 'Coroutine', 'AsyncIterator', 'ClassVar', 'Final', 'Literal', 'NoReturn',
    'Self', 'Type', 'Annotated', 'TypeAlias', 'Never', 'SupportsInt', 'IO', 'TextIO']
  for (const n of special) names[n] = new PyGenericAlias(None, [], `typing.${n}`)
  const origins: [string, Py][] = [['List', listType], ['Dict', dictType], ['Tuple', tupleType], ['Set', setType], ['FrozenSet', frozensetType]]
  for (const [n, o] of origins) names[n] = new PyGenericAlias(o, [], `typing.${n}`)
  names.TYPE_CHECKING = false
  return makeModule('typing', {
    TypeVar: (a) => new PyGenericAlias(None, [], `~${A.str(a[0])}`),
    NamedTuple: () => {
      throw typeError('typing.NamedTuple is not supported')
    },
    cast: (a) => a[1],
    overload: (a) => a[0],
    final: (a) => a[0],
    get_type_hints: (a) => A.getAttr(a[0], '__annotations__'),
  }, names)
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
