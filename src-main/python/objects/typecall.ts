// Calling a type and creating classes (Objects/typeobject.c type_call, type_new, object_new,
// object_init, mro_internal with C3 linearisation, __set_name__, __init_subclass__).

import { type Py, PyObject, PyType, typeType, objectType, None, typeOf, invalidateTypeCaches } from './typeobject'
import { PyDict } from './dict'
import { PyTuple, newTuple } from './tuple'
import { PyFunction, PyStaticMethod, PyClassMethod, PyCell } from './function'
import { typeError } from './exceptions'
import type { KwNames } from './descr'
import * as A from './abstract'
import { ts } from '../vm/state'

/** type_call: __new__ then __init__ when the result is an instance */
export function typeCall(t: PyType, args: Py[], kwnames: KwNames): Py {
  if (t === typeType && args.length === 1 && kwnames === null) return typeOf(args[0])
  const newM = t.lookup('__new__')
  if (newM === undefined) throw typeError(`cannot create '${t.name}' instances`)
  let obj: Py
  if (newM === objectNew) {
    obj = objectNewImpl(t, args, kwnames)
  } else {
    const fn = newM instanceof PyStaticMethod ? newM.func : newM
    obj = A.call(fn, [t, ...args], kwnames)
  }
  if (!typeOf(obj).isSubtype(t)) return obj
  const init = typeOf(obj).lookup('__init__')
  if (init !== undefined && init !== objectInit) {
    const r = A.callMethod(init, obj, args, kwnames)
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`)
  } else if (init === objectInit && args.length > 0 && newM === objectNew) {
    // object_new already complained
  }
  return obj
}

// `var`: set by objectmethods.ts, which may be evaluated before this module (import cycle)
// eslint-disable-next-line no-var
export var objectNew: Py | undefined
// eslint-disable-next-line no-var
export var objectInit: Py | undefined
export function setObjectNewInit(n: Py, i: Py): void {
  objectNew = n
  objectInit = i
}

function excessArgs(args: Py[]): boolean {
  return args.length > 0
}

/** object_new */
export function objectNewImpl(t: PyType, args: Py[], kwnames: KwNames): PyObject {
  if (excessArgs(args)) {
    if (t.lookup('__new__') !== objectNew) throw typeError('object.__new__() takes exactly one argument (the type to instantiate)')
    if (t.lookup('__init__') === objectInit) throw typeError(`${t.name}() takes no arguments`)
  }
  void kwnames
  if (t.lookup('__abstractmethods__') !== undefined) {
    const abs = A.toArray(A.getAttr(t, '__abstractmethods__'))
    if (abs.length) {
      const names = abs.map((x) => A.str(x)).sort()
      const s = names.length > 1 ? 's' : ''
      throw typeError(`Can't instantiate abstract class ${t.name} without an implementation for abstract method${s} ${names.map((n) => `'${n}'`).join(', ')}`)
    }
  }
  return allocInstance(t)
}

export function allocInstance(t: PyType): PyObject {
  const alloc = t.solid.alloc ?? objectType.alloc!
  const o = alloc(t)
  o.type = t
  return o
}

// ---------------------------------------------------------------- C3 MRO

export function c3(t: PyType, bases: PyType[]): PyType[] {
  const seqs = bases.map((b) => b.mro.slice())
  seqs.push(bases.slice())
  const out: PyType[] = [t]
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0)
    if (nonEmpty.length === 0) return out
    let cand: PyType | null = null
    for (const s of nonEmpty) {
      const h = s[0]
      if (!nonEmpty.some((o) => o.indexOf(h) > 0)) {
        cand = h
        break
      }
    }
    if (cand === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))]
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`)
    }
    out.push(cand)
    for (const s of nonEmpty) if (s[0] === cand) s.shift()
  }
}

function solidBase(bases: PyType[]): PyType {
  let solid = objectType
  for (const b of bases) {
    const s = b.solid
    if (solid.isSubtype(s)) continue
    if (s.isSubtype(solid)) solid = s
    else throw typeError('multiple bases have instance lay-out conflict')
  }
  return solid
}

/** type.__new__(meta, name, bases, ns, **kw) */
export function typeNew(meta: PyType, name: string, basesT: PyTuple, ns: PyDict, kw: [string, Py][] = []): PyType {
  let bases = basesT.items as PyType[]
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`)
    if (b.flags & 4) throw typeError(`type '${b.name}' is not an acceptable base type`)
  }
  if (bases.length === 0) bases = [objectType]
  const t = new PyType(meta, name, bases)
  t.heap = true
  t.solid = solidBase(bases)
  t.mro = c3(t, bases)
  for (const [k, v] of ns.table.entries()) if (typeof k === 'string') t.attrs.set(k, v)
  const slots = ns.getStr('__slots__')
  if (slots !== undefined) {
    const names = typeof slots === 'string' ? [slots] : A.toArray(slots).map((x) => A.str(x))
    t.slotNames = names.filter((n) => n !== '__dict__')
    t.hasDict = names.includes('__dict__') || bases.some((b) => b.hasDict)
    for (const n of t.slotNames) t.attrs.set(n, slotDescriptor(t, n))
  } else t.hasDict = true
  const qn = ns.getStr('__qualname__')
  if (typeof qn === 'string') {
    t.qualname = qn
    t.attrs.delete('__qualname__')
  }
  let mod = ns.getStr('__module__')
  if (mod === undefined && ts.frame !== null) {
    // type_new_set_module: type('T', (), {}) belongs to the calling code's module
    mod = ts.frame.globals.getStr('__name__')
    if (mod !== undefined) t.attrs.set('__module__', mod)
  }
  if (typeof mod === 'string') t.module = mod
  const nw = t.attrs.get('__new__')
  if (nw instanceof PyFunction) t.attrs.set('__new__', new PyStaticMethod(nw))
  for (const cm of ['__init_subclass__', '__class_getitem__']) {
    const f = t.attrs.get(cm)
    if (f instanceof PyFunction) t.attrs.set(cm, new PyClassMethod(f))
  }
  if (t.attrs.get('__eq__') !== undefined && !t.attrs.has('__hash__')) t.attrs.set('__hash__', None)
  const cell = t.attrs.get('__classcell__')
  if (cell instanceof PyCell) {
    cell.value = t
    t.attrs.delete('__classcell__')
  }
  if (!t.attrs.has('__doc__')) t.attrs.set('__doc__', None)
  if (t.hasDict && t.mro.slice(1).every((b) => !b.attrs.has('__dict__'))) {
    t.attrs.set('__dict__', new PyGetSetDescr('__dict__', instanceDictDescr.get, instanceDictDescr.set, t))
    t.attrs.set('__weakref__', new PyGetSetDescr('__weakref__', weakrefDescr.get, null, t))
  }
  invalidateTypeCaches()
  // __set_name__
  for (const [k, v] of [...t.attrs]) {
    const sn = typeof v === 'object' ? typeOf(v).lookup('__set_name__') : undefined
    if (sn !== undefined) A.callMethod(sn, v, [t, k])
  }
  // super(t, t).__init_subclass__(**kw)
  // super() walks t's own MRO past t (not the first base's MRO: class C(Mixin, Base))
  let isub: Py | undefined
  for (let i = 1; i < t.mro.length && isub === undefined; i++) isub = t.mro[i].attrs.get('__init_subclass__')
  if (isub !== undefined) {
    const f = isub instanceof PyClassMethod ? isub.func : isub
    if (isub instanceof PyClassMethod) A.call(f, [t, ...kw.map((e) => e[1])], kw.length ? kw.map((e) => e[0]) : null)
    else A.call(A.descrGet(isub, None, t), kw.map((e) => e[1]), kw.length ? kw.map((e) => e[0]) : null)
  } else if (kw.length) throw typeError(`${t.name}.__init_subclass__() takes no keyword arguments`)
  return t
}

import { PyGetSetDescr } from './descr'
import { instanceDictDescr, weakrefDescr } from './objectmethods'
import { attributeError } from './exceptions'
function slotDescriptor(t: PyType, n: string): PyGetSetDescr {
  return new PyGetSetDescr(
    n,
    (self) => {
      const v = (self as PyObject).slots?.get(n)
      if (v === undefined) throw attributeError(`'${typeOf(self).name}' object has no attribute '${n}'`, n, self)
      return v
    },
    (self, v) => {
      const o = self as PyObject
      o.slots ??= new Map()
      if (v === null) {
        if (!o.slots.delete(n)) throw attributeError(`'${typeOf(self).name}' object has no attribute '${n}'`, n, self)
      } else o.slots.set(n, v)
    },
    t,
  )
}

/** the most derived metaclass (_PyType_CalculateMetaclass) */
export function calculateMeta(meta: PyType, bases: Py[]): PyType {
  let winner = meta
  for (const b of bases) {
    const bt = typeOf(b)
    if (winner.isSubtype(bt)) continue
    if (bt.isSubtype(winner)) {
      winner = bt
      continue
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases')
  }
  return winner
}

export { newTuple }
