// operator (Lib/operator.py over Modules/_operator.c): the operators as functions, their
// in-place and dunder-named forms, and the itemgetter/attrgetter/methodcaller callables
// with CPython's reprs and argument errors.

import { type Py, PyType, typeType, objectType, PyObject, None, NotImplemented, typeOf } from '../objects/typeobject'
import { newTuple, PyTuple } from '../objects/tuple'
import { defineMethods, type KwNames } from '../objects/descr'
import { typeError, valueError } from '../objects/exceptions'
import { defineNew } from '../objects/objectmethods'
import * as A from '../objects/abstract'
import { makeModule, defineModule } from './native'
import type { NativeFn } from '../objects/descr'

function getterType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType])
  t.mro = [t, objectType]
  t.module = 'operator'
  return t
}

// ---------------------------------------------------------------- itemgetter, attrgetter

const itemgetterType = getterType('itemgetter')
const attrgetterType = getterType('attrgetter')
const methodcallerType = getterType('methodcaller')

class PyItemGetter extends PyObject {
  constructor(readonly items: Py[]) {
    super(itemgetterType)
  }
}
class PyAttrGetter extends PyObject {
  constructor(readonly names: string[]) {
    super(attrgetterType)
  }
}
class PyMethodCaller extends PyObject {
  constructor(readonly name: string, readonly args: Py[], readonly kwnames: string[]) {
    super(methodcallerType)
  }
}

function noKw(name: string, kw: KwNames): void {
  if (kw !== null && kw.length) throw typeError(`${name}() takes no keyword arguments`)
}

defineNew(itemgetterType, (_cls, a, kw) => {
  noKw('itemgetter', kw)
  if (a.length === 0) throw typeError('itemgetter expected 1 argument, got 0')
  return new PyItemGetter(a)
})
defineMethods(itemgetterType, {
  __call__(s, a, kw) {
    noKw('itemgetter', kw)
    if (a.length !== 1) throw typeError(`itemgetter expected 1 argument, got ${a.length}`)
    const g = s as PyItemGetter
    if (g.items.length === 1) return A.getItem(a[0], g.items[0])
    return newTuple(g.items.map((k) => A.getItem(a[0], k)))
  },
  __repr__: (s) => `operator.itemgetter(${(s as PyItemGetter).items.map(A.repr).join(', ')})`,
  __reduce__: (s) => newTuple([itemgetterType, newTuple((s as PyItemGetter).items)]),
})

defineNew(attrgetterType, (_cls, a, kw) => {
  noKw('attrgetter', kw)
  if (a.length === 0) throw typeError('attrgetter expected 1 argument, got 0')
  for (const n of a) if (typeof n !== 'string') throw typeError('attribute name must be a string')
  return new PyAttrGetter(a as string[])
})
function dotted(o: Py, name: string): Py {
  let v = o
  for (const part of name.split('.')) v = A.getAttr(v, part)
  return v
}
defineMethods(attrgetterType, {
  __call__(s, a, kw) {
    noKw('attrgetter', kw)
    if (a.length !== 1) throw typeError(`attrgetter expected 1 argument, got ${a.length}`)
    const g = s as PyAttrGetter
    if (g.names.length === 1) return dotted(a[0], g.names[0])
    return newTuple(g.names.map((n) => dotted(a[0], n)))
  },
  __repr__: (s) => `operator.attrgetter(${(s as PyAttrGetter).names.map(A.repr).join(', ')})`,
})

defineNew(methodcallerType, (_cls, a, kw) => {
  const nk = kw?.length ?? 0
  if (a.length - nk < 1) throw typeError('methodcaller needs at least one argument, the method name')
  if (typeof a[0] !== 'string') throw typeError('method name must be a string')
  return new PyMethodCaller(a[0], a.slice(1), kw ? [...kw] : [])
})
defineMethods(methodcallerType, {
  __call__(s, a, kw) {
    noKw('methodcaller', kw)
    if (a.length !== 1) throw typeError(`methodcaller expected 1 argument, got ${a.length}`)
    const m = s as PyMethodCaller
    return A.call(A.getAttr(a[0], m.name), m.args, m.kwnames.length ? m.kwnames : null)
  },
  __repr__(s) {
    const m = s as PyMethodCaller
    const nk = m.kwnames.length
    const pos = m.args.slice(0, m.args.length - nk).map(A.repr)
    const kws = m.kwnames.map((k, i) => `${k}=${A.repr(m.args[m.args.length - nk + i])}`)
    return `operator.methodcaller(${[A.repr(m.name), ...pos, ...kws].join(', ')})`
  },
})

// ---------------------------------------------------------------- the operator functions

function arity(name: string, a: Py[], n: number): void {
  if (a.length !== n) throw typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${a.length}`)
}

function absolute(v: Py): Py {
  const r = A.callSpecial(v, '__abs__', [])
  if (r === undefined) throw typeError(`bad operand type for abs(): '${typeOf(v).name}'`)
  return r
}

function isSequence(v: Py): boolean {
  return typeOf(v).lookup('__getitem__') !== undefined
}

function lengthHint(a: Py[]): Py {
  if (a.length < 1 || a.length > 2) throw typeError(`length_hint expected 1 or 2 arguments, got ${a.length}`)
  const [o, dflt] = a
  const d = dflt ?? 0
  if (typeOf(o).lookup('__len__') !== undefined) return A.callSpecial(o, '__len__', [])!
  const h = A.callSpecial(o, '__length_hint__', [])
  if (h === undefined || h === NotImplemented) return d
  return h
}

// BINARY_OP's operand order: add, and, floordiv, lshift, matmul, mul, mod, or, pow, rshift, sub, truediv, xor
const BIN = ['add', 'and_', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or_', 'pow', 'rshift', 'sub', 'truediv', 'xor']

defineModule('operator', () => {
  const funcs: Record<string, NativeFn> = {}
  const def = (name: string, n: number, fn: (a: Py[]) => Py, ...aliases: string[]): void => {
    const f: NativeFn = (a, kw) => {
      noKw(name, kw)
      arity(name, a, n)
      return fn(a)
    }
    funcs[name] = f
    for (const al of aliases) funcs[al] = f
  }
  BIN.forEach((name, op) => {
    const bare = name.replace(/_$/, '')
    def(name, 2, (a) => A.binaryOp(a[0], a[1], op), `__${bare}__`)
    def(`i${bare}`, 2, (a) => A.binaryOp(a[0], a[1], op + 13), `__i${bare}__`)
  })
  A.CMP_NAMES.forEach((dunder, op) => def(dunder.slice(2, -2), 2, (a) => A.richCompare(a[0], a[1], op), dunder))
  def('neg', 1, (a) => A.negative(a[0]), '__neg__')
  def('pos', 1, (a) => A.positive(a[0]), '__pos__')
  def('abs', 1, (a) => absolute(a[0]), '__abs__')
  def('inv', 1, (a) => A.invert(a[0]), 'invert', '__inv__', '__invert__')
  def('not_', 1, (a) => !A.truthy(a[0]), '__not__')
  def('truth', 1, (a) => A.truthy(a[0]))
  def('is_', 2, (a) => a[0] === a[1])
  def('is_not', 2, (a) => a[0] !== a[1])
  def('index', 1, (a) => A.index(a[0]), '__index__')
  def('contains', 2, (a) => A.contains(a[0], a[1]), '__contains__')
  def('getitem', 2, (a) => A.getItem(a[0], a[1]), '__getitem__')
  def('setitem', 3, (a) => (A.setItem(a[0], a[1], a[2]), None), '__setitem__')
  def('delitem', 2, (a) => (A.delItem(a[0], a[1]), None), '__delitem__')
  def('concat', 2, (a) => {
    if (!isSequence(a[0])) throw typeError(`'${typeOf(a[0]).name}' object can't be concatenated`)
    return A.binaryOp(a[0], a[1], 0)
  }, '__concat__')
  def('iconcat', 2, (a) => {
    if (!isSequence(a[0])) throw typeError(`'${typeOf(a[0]).name}' object can't be concatenated`)
    return A.binaryOp(a[0], a[1], 13)
  }, '__iconcat__')
  def('countOf', 2, (a) => {
    let n = 0
    const it = A.getIter(a[0])
    for (let v = A.next(it); v !== undefined; v = A.next(it)) if (v === a[1] || A.eq(v, a[1])) n++
    return n
  })
  def('indexOf', 2, (a) => {
    let i = 0
    const it = A.getIter(a[0])
    for (let v = A.next(it); v !== undefined; v = A.next(it), i++) if (v === a[1] || A.eq(v, a[1])) return i
    throw valueError('sequence.index(x): x not in sequence')
  })
  funcs.length_hint = (a, kw) => {
    noKw('length_hint', kw)
    return lengthHint(a)
  }
  funcs.call = (a, kw) => {
    if (a.length - (kw?.length ?? 0) < 1) throw typeError('call() missing 1 required positional argument')
    return A.call(a[0], a.slice(1), kw)
  }
  funcs.__call__ = funcs.call
  return makeModule('operator', funcs, {
    itemgetter: itemgetterType,
    attrgetter: attrgetterType,
    methodcaller: methodcallerType,
  })
})

void PyTuple
