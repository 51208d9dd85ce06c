// Methods of callables and descriptors: function, method, builtin_function_or_method,
// method_descriptor, property, staticmethod, classmethod, generator and coroutine
// (Objects/funcobject.c, classobject.c, methodobject.c, descrobject.c, genobject.c).

import {
  type Py, functionType, methodType, builtinFunctionType, methodDescrType, wrapperDescrType, getsetDescrType, propertyType,
  staticmethodType, classmethodType, generatorType, coroutineType, None, typeOf, PyType, asyncGeneratorType,
} from './typeobject'
import { defineMethods, defineGetSets, PyBuiltinFunction, PyMethodDescr, PyGetSetDescr } from './descr'
import { PyFunction, PyMethod, PyProperty, PyStaticMethod, PyClassMethod, PyCell, PyModule } from './function'
import { PyCode } from './codeobj'
import { ts } from '../vm/state'
import { PyDict } from './dict'
import { newTuple, PyTuple } from './tuple'
import { typeError, attributeError } from './exceptions'
import * as A from './abstract'
import { defineNew, hexId, instanceDictDescr } from './objectmethods'
import { PyGenerator, genSend, genThrow, genClose, makeThrown } from '../vm/generator'

const Fn = (s: Py): PyFunction => s as PyFunction

defineMethods(functionType, {
  __repr__: (s) => `<function ${Fn(s).qualname} at ${hexId(s)}>`,
  __get__: (s, a) => (a[0] === None ? s : new PyMethod(s, a[0])),
  __call__: (s, a, kw) => A.call(s, a, kw),
})
defineGetSets(functionType, {
  __name__: [(s) => Fn(s).name, (s, v) => {
    if (typeof v !== 'string') throw typeError('__name__ must be set to a string object')
    Fn(s).name = v
  }],
  __qualname__: [(s) => Fn(s).qualname, (s, v) => {
    Fn(s).qualname = v as string
  }],
  __doc__: [(s) => Fn(s).doc, (s, v) => {
    Fn(s).doc = v ?? None
  }],
  __module__: [(s) => Fn(s).module, (s, v) => {
    Fn(s).module = v ?? None
  }],
  __defaults__: [(s) => (Fn(s).defaults ? newTuple(Fn(s).defaults!) : None), (s, v) => {
    Fn(s).defaults = v === None || v === null ? null : (v as PyTuple).items
  }],
  __kwdefaults__: [(s) => Fn(s).kwdefaults ?? None, (s, v) => {
    Fn(s).kwdefaults = v === None || v === null ? null : (v as PyDict)
  }],
  __dict__: [instanceDictDescr.get, instanceDictDescr.set!],
  __code__: [(s) => Fn(s).code],
  __globals__: [(s) => Fn(s).globals],
  __builtins__: [(s) => Fn(s).builtins],
  __closure__: [(s) => (Fn(s).closure ? newTuple(Fn(s).closure as PyCell[]) : None)],
  __annotations__: [(s) => {
    const f = Fn(s)
    if (f.annotations === None) f.annotations = new PyDict()
    else if (f.annotations instanceof PyTuple) {
      const d = new PyDict()
      const it = f.annotations.items
      for (let i = 0; i < it.length; i += 2) d.set(it[i], it[i + 1])
      f.annotations = d
    }
    return f.annotations
  }, (s, v) => {
    Fn(s).annotations = v ?? None
  }],
  __type_params__: [() => newTuple([])],
})

// function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)
// (types.FunctionType, func_new_impl)
defineNew(functionType, (_cls, a, kw) => {
  const params = ['code', 'globals', 'name', 'argdefs', 'closure', 'kwdefaults']
  const nk = kw?.length ?? 0
  const v: (Py | undefined)[] = params.map((_, i) => (i < a.length - nk ? a[i] : undefined))
  kw?.forEach((k, i) => {
    const at = params.indexOf(k)
    if (at < 0) throw typeError(`function() got an unexpected keyword argument '${k}'`)
    v[at] = a[a.length - nk + i]
  })
  const [code, globals, name, argdefs, closure, kwdefaults] = v
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${typeOf(code ?? None).name}`)
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeOf(globals ?? None).name}`)
  const b = globals.getStr('__builtins__')
  const builtins = b instanceof PyDict ? b : b instanceof PyModule ? b.dict : ts.frame !== null ? ts.frame.builtins : new PyDict()
  const fn = new PyFunction(code, globals, builtins)
  if (name !== undefined && name !== None) {
    if (typeof name !== 'string') throw typeError('arg 3 (name) must be None or string')
    fn.name = name
  }
  if (argdefs !== undefined && argdefs !== None) {
    if (!(argdefs instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple')
    fn.defaults = argdefs.items
  }
  if (closure !== undefined && closure !== None) fn.closure = A.toArray(closure) as PyCell[]
  if (kwdefaults !== undefined && kwdefaults !== None) fn.kwdefaults = kwdefaults as PyDict
  fn.module = globals.getStr('__name__') ?? None
  return fn
})

const Me = (s: Py): PyMethod => s as PyMethod
// method(function, instance) (types.MethodType): method_new
defineNew(methodType, (_cls, args, kw) => {
  if (kw !== null && kw.length) throw typeError('method() takes no keyword arguments')
  if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`)
  if (typeOf(args[0]).lookup('__call__') === undefined) throw typeError('first argument must be callable')
  if (args[1] === None) throw typeError('instance must not be None')
  return new PyMethod(args[0], args[1])
})
defineMethods(methodType, {
  __repr__(s) {
    const m = Me(s)
    const f = m.func
    const name = f instanceof PyFunction ? f.qualname : A.str(A.getAttrOrNull(f, '__qualname__') ?? A.getAttrOrNull(f, '__name__') ?? '?')
    return `<bound method ${name} of ${A.repr(m.self)}>`
  },
  __call__: (s, a, kw) => A.call(Me(s).func, [Me(s).self, ...a], kw),
  __eq__: (s, a) => a[0] instanceof PyMethod && Me(s).func === a[0].func && Me(s).self === a[0].self,
  // meth_hash mixes in the address of self; ours: the function's hash, low bits varied
  __hash__: (s) => Number(BigInt.asIntN(32, BigInt(A.hash(Me(s).func as Py)))) ^ 0x5a5a,
  __getattribute__(s, a) {
    const name = a[0] as string
    const d = methodType.lookup(name)
    if (d !== undefined) return A.descrGet(d, s, methodType)
    return A.getAttr(Me(s).func, name)
  },
})
defineGetSets(methodType, {
  __func__: [(s) => Me(s).func],
  __self__: [(s) => Me(s).self],
  __name__: [(s) => A.getAttr(Me(s).func, '__name__')],
  __qualname__: [(s) => A.getAttr(Me(s).func, '__qualname__')],
  __doc__: [(s) => A.getAttr(Me(s).func, '__doc__')],
})

const B = (s: Py): PyBuiltinFunction => s as PyBuiltinFunction
defineMethods(builtinFunctionType, {
  __repr__(s) {
    const f = B(s)
    if (f.self === null || f.self === undefined) return `<built-in function ${f.name}>`
    if (f.self instanceof PyType) return `<built-in method ${f.name} of type object at ${hexId(f.self)}>`
    return `<built-in method ${f.name} of ${typeOf(f.self).name} object at ${hexId(f.self)}>`
  },
  __call__: (s, a, kw) => B(s).fn(a, kw),
})
defineGetSets(builtinFunctionType, {
  __name__: [(s) => B(s).name],
  __qualname__: [(s) => B(s).qualname],
  __self__: [(s) => B(s).self ?? None],
  __module__: [(s) => B(s).module ?? None],
  __doc__: [(s) => B(s).doc ?? None],
})

for (const t of [methodDescrType, wrapperDescrType]) {
  defineMethods(t, {
    __repr__(s) {
      const d = s as PyMethodDescr
      return t === wrapperDescrType ? `<slot wrapper '${d.name}' of '${d.objclass.name}' objects>` : `<method '${d.name}' of '${d.objclass.name}' objects>`
    },
    __get__: (s, a) => A.descrGet(s, a[0], (a[1] ?? typeOf(a[0])) as PyType),
    __call__: (s, a, kw) => A.call(s, a, kw),
  })
  defineGetSets(t, {
    __name__: [(s) => (s as PyMethodDescr).name],
    __qualname__: [(s) => `${(s as PyMethodDescr).objclass.name}.${(s as PyMethodDescr).name}`],
    __objclass__: [(s) => (s as PyMethodDescr).objclass],
  })
}
defineMethods(getsetDescrType, {
  __repr__: (s) => `<attribute '${(s as PyGetSetDescr).name}' of '${(s as PyGetSetDescr).objclass.name}' objects>`,
  __get__: (s, a) => (a[0] === None ? s : (s as PyGetSetDescr).get(a[0])),
  __set__(s, a) {
    const d = s as PyGetSetDescr
    if (!d.set) throw attributeError(`attribute '${d.name}' of '${d.objclass.name}' objects is not writable`)
    d.set(a[0], a[1])
    return None
  },
})

// ---------------------------------------------------------------- property

const P = (s: Py): PyProperty => s as PyProperty
defineNew(propertyType, (cls) => new PyProperty(None, None, None, None, cls))
function propCopy(p: PyProperty, fget: Py, fset: Py, fdel: Py): PyProperty {
  const n = A.call(typeOf(p), [fget, fset, fdel, p.doc]) as PyProperty
  n.name = p.name
  return n
}
defineMethods(propertyType, {
  __init__(s, a, kw) {
    const names = ['fget', 'fset', 'fdel', 'doc']
    const nk = kw?.length ?? 0
    const vals: Py[] = [None, None, None, None]
    a.slice(0, a.length - nk).forEach((v, i) => (vals[i] = v))
    kw?.forEach((k, i) => {
      const j = names.indexOf(k)
      if (j < 0) throw typeError(`property() got an unexpected keyword argument '${k}'`)
      vals[j] = a[a.length - nk + i]
    })
    const p = P(s)
    ;[p.fget, p.fset, p.fdel, p.doc] = vals
    if (p.doc === None && p.fget !== None) p.doc = A.getAttrOrNull(p.fget, '__doc__') ?? None
    return None
  },
  __get__: (s, a) => A.descrGet(s, a[0], (a[1] ?? typeOf(a[0])) as PyType),
  __set__(s, a) {
    if (P(s).fset === None) throw attributeError(`property ${P(s).name === None ? '' : `'${A.str(P(s).name)}' `}of '${typeOf(a[0]).name}' object has no setter`)
    A.call(P(s).fset, [a[0], a[1]])
    return None
  },
  __delete__(s, a) {
    A.call(P(s).fdel, [a[0]])
    return None
  },
  __set_name__(s, a) {
    P(s).name = a[1]
    return None
  },
  getter: (s, a) => propCopy(P(s), a[0], P(s).fset, P(s).fdel),
  setter: (s, a) => propCopy(P(s), P(s).fget, a[0], P(s).fdel),
  deleter: (s, a) => propCopy(P(s), P(s).fget, P(s).fset, a[0]),
})
defineGetSets(propertyType, {
  fget: [(s) => P(s).fget],
  fset: [(s) => P(s).fset],
  fdel: [(s) => P(s).fdel],
  __doc__: [(s) => P(s).doc, (s, v) => {
    P(s).doc = v ?? None
  }],
  __isabstractmethod__: [(s) => A.truthy(A.getAttrOrNull(P(s).fget, '__isabstractmethod__') ?? false)],
})

// ---------------------------------------------------------------- staticmethod / classmethod

for (const [t, K] of [[staticmethodType, PyStaticMethod], [classmethodType, PyClassMethod]] as const) {
  defineNew(t, (cls, a) => {
    const o = new K(None, cls)
    o.func = a[0] ?? None
    return o
  })
  defineMethods(t, {
    __init__(s, a) {
      ;(s as PyStaticMethod).func = a[0]
      return None
    },
    __get__: (s, a) => A.descrGet(s, a[0], (a[1] === undefined || a[1] === None ? typeOf(a[0]) : a[1]) as PyType),
    __repr__: (s) => `<${t.name}(${A.repr((s as PyStaticMethod).func)})>`,
    __call__: (s, a, kw) => A.call((s as PyStaticMethod).func, a, kw),
  })
  defineGetSets(t, {
    __func__: [(s) => (s as PyStaticMethod).func],
    __wrapped__: [(s) => (s as PyStaticMethod).func],
    __isabstractmethod__: [(s) => A.truthy(A.getAttrOrNull((s as PyStaticMethod).func, '__isabstractmethod__') ?? false)],
  })
}

// ---------------------------------------------------------------- generators and coroutines

const G = (s: Py): PyGenerator => s as PyGenerator
for (const t of [generatorType, coroutineType, asyncGeneratorType]) {
  const kind = t.name
  defineMethods(t, {
    __repr__: (s) => `<${kind} object ${G(s).qualname} at ${hexId(s)}>`,
    send: (s, a) => genSend(G(s), a[0], false)!,
    throw: (s, a) => genThrow(G(s), makeThrown(a[0], a[1])),
    close: (s) => genClose(G(s)),
  })
  defineGetSets(t, {
    __name__: [(s) => G(s).name, (s, v) => {
      G(s).name = v as string
    }],
    __qualname__: [(s) => G(s).qualname, (s, v) => {
      G(s).qualname = v as string
    }],
  })
}
defineMethods(generatorType, {
  __iter__: (s) => s,
  __next__: (s) => genSend(G(s), None, false)!,
})
defineGetSets(generatorType, {
  gi_frame: [(s) => (G(s).finished ? None : G(s).frame)],
  gi_running: [(s) => G(s).running],
  gi_code: [(s) => G(s).frame.code],
  gi_suspended: [(s) => G(s).started && !G(s).finished && !G(s).running],
  gi_yieldfrom: [() => None],
})
defineGetSets(coroutineType, {
  cr_frame: [(s) => (G(s).finished ? None : G(s).frame)],
  cr_running: [(s) => G(s).running],
  cr_code: [(s) => G(s).frame.code],
  cr_await: [() => None],
})
defineMethods(coroutineType, {
  __await__: (s) => new CoroWrapper(G(s)),
})

import { PyIterBase, makeIterType } from './iter'
const coroWrapperType = makeIterType('coroutine_wrapper')
class CoroWrapper extends PyIterBase {
  constructor(readonly coro: PyGenerator) {
    super(coroWrapperType)
  }
  nextValue(): Py | undefined {
    return genSend(this.coro, None, true)
  }
}
defineMethods(coroWrapperType, {
  send: (s, a) => genSend((s as CoroWrapper).coro, a[0], false)!,
  throw: (s, a) => genThrow((s as CoroWrapper).coro, makeThrown(a[0], a[1])),
  close: (s) => genClose((s as CoroWrapper).coro),
})
