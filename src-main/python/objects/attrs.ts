// Attribute access (Objects/object.c PyObject_GenericGetAttr/SetAttr, Objects/typeobject.c
// type_getattro/type_setattro, descriptor __get__ calls).

import { type Py, PyObject, PyType, typeOf, None, propertyType } from './typeobject'
import { PyBuiltinFunction, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr } from './descr'
import { PyFunction, PyMethod, PyStaticMethod, PyClassMethod, PyProperty, PyModule } from './function'
import { PyDict } from './dict'
import { PyBaseException, attributeError, typeError, AttributeError } from './exceptions'
import { call, callMethod } from './abstract'

var defaultGetattribute: Py | undefined
var defaultSetattr: Py | undefined
export function setDefaultAttrHooks(get: Py, set: Py): void {
  defaultGetattribute = get
  defaultSetattr = set
}

/** descr.__get__(obj, type) for a value found on a type (obj None when looked up on the class) */
export function descrGet(d: Py, obj: Py, type: PyType): Py {
  if (d instanceof PyFunction) return obj === None ? d : new PyMethod(d, obj)
  if (typeof d !== 'object') return d
  if (d instanceof PyMethodDescr) {
    if (obj === None) return d
    return new PyBuiltinFunction(d.name, (args, kw) => d.fn(obj, args, kw), obj, `${d.objclass.name}.${d.name}`)
  }
  if (d instanceof PyClassMethodDescr) {
    return new PyBuiltinFunction(d.name, (args, kw) => d.fn(type, args, kw), type, `${d.objclass.name}.${d.name}`)
  }
  if (d instanceof PyGetSetDescr) return obj === None ? d : d.get(obj)
  if (d instanceof PyStaticMethod) return d.func
  if (d instanceof PyClassMethod) return new PyMethod(d.func, type)
  // a property subclass may override __get__/__set__ (enum.property): only the exact type is inlined
  if (d instanceof PyProperty && d.type === propertyType) {
    if (obj === None) return d
    if (d.fget === None) throw attributeError(`property ${d.name === None ? '' : `'${d.name}' `}of '${typeOf(obj).name}' object has no getter`)
    return call(d.fget, [obj])
  }
  if (d instanceof PyType || d instanceof PyBuiltinFunction) return d
  const g = d.type.lookup('__get__')
  if (g === undefined) return d
  return callMethod(g, d, [obj, type])
}

function isDataDescr(d: Py): boolean {
  if (typeof d !== 'object') return false
  if (d instanceof PyProperty || d instanceof PyGetSetDescr) return true
  if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyType) return false
  const t = d.type
  return t.heap && (t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined)
}

/** the type uses object.__getattribute__ (so method/property shortcuts are valid) */
export function isPlainGetattr(t: PyType): boolean {
  return (t.plainAttrs(defaultGetattribute, defaultSetattr) & 1) !== 0
}

/** PyObject_GetAttr, or null when the attribute is missing (AttributeError not raised) */
export function getAttrOrNull(o: Py, name: string): Py | null {
  try {
    return getAttr(o, name)
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(AttributeError)) return null
    throw e
  }
}

export function hasAttr(o: Py, name: string): boolean {
  return getAttrOrNull(o, name) !== null
}

export function getAttr(o: Py, name: string): Py {
  const t = typeOf(o)
  const plain = (t.plainAttrs(defaultGetattribute, defaultSetattr) & 1) !== 0
  const ga = plain ? defaultGetattribute : t.lookup('__getattribute__')
  if (!plain && !(o instanceof PyType && ga === typeGetattribute)) {
    try {
      return callMethod(ga!, o, [name])
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(AttributeError)) {
        const gattr = t.lookup('__getattr__')
        if (gattr !== undefined) return callMethod(gattr, o, [name])
      }
      throw e
    }
  }
  const r = o instanceof PyType ? typeGetAttr(o, name) : genericGetAttr(o, name, t)
  if (r !== undefined) return r
  const gattr = t.lookup('__getattr__')
  if (gattr !== undefined) return callMethod(gattr, o, [name])
  if (o instanceof PyModule) {
    throw attributeError(`module '${o.name}' has no attribute '${name}'`, name, o)
  }
  if (o instanceof PyType) throw attributeError(`type object '${o.name}' has no attribute '${name}'`, name, o)
  throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, o)
}

var typeGetattribute: Py | undefined
export function setTypeGetattribute(d: Py): void {
  typeGetattribute = d
}

/**
 * descrGet for an attribute of the None object itself: descrGet reads obj None as "looked
 * up on the class", so None.__class__ and None.__eq__ bind here instead.
 */
function bindToNone(d: Py, t: PyType): Py {
  if (d instanceof PyFunction) return new PyMethod(d, None)
  if (d instanceof PyMethodDescr) return new PyBuiltinFunction(d.name, (args, kw) => d.fn(None, args, kw), None, `${d.objclass.name}.${d.name}`)
  if (d instanceof PyGetSetDescr) return d.get(None)
  return descrGet(d, None, t)
}

/** PyObject_GenericGetAttr; undefined when missing */
export function genericGetAttr(o: Py, name: string, t: PyType = typeOf(o)): Py | undefined {
  const d = t.lookup(name)
  if (o === None && d !== undefined) return bindToNone(d, t)
  if (d !== undefined && isDataDescr(d)) return descrGet(d, o, t)
  if (typeof o === 'object') {
    const dict = o.dict
    if (dict !== null) {
      const v = dict.getStr(name)
      if (v !== undefined) return v
    }
    if (o.slots !== null && d === undefined) {
      const v = o.slots.get(name)
      if (v !== undefined) return v
    }
  }
  if (d !== undefined) return descrGet(d, o, t)
  return undefined
}

/** type_getattro: metatype data descriptors, then the type's own MRO, then the metatype */
export function typeGetAttr(type: PyType, name: string): Py | undefined {
  const meta = type.type
  const md = meta.lookup(name)
  if (md !== undefined && isDataDescr(md)) return descrGet(md, type, meta)
  const v = type.lookup(name)
  if (v !== undefined) {
    if (v instanceof PyFunction) return v
    if (v instanceof PyMethodDescr) return v
    return descrGet(v, None, type)
  }
  if (md !== undefined) return descrGet(md, type, meta)
  return undefined
}

export function setAttr(o: Py, name: string, v: Py | null): void {
  const t = typeOf(o)
  if (v !== null && (t.plainAttrs(defaultGetattribute, defaultSetattr) & 2) !== 0) {
    genericSetAttr(o, name, v)
    return
  }
  const sa = t.lookup(v === null ? '__delattr__' : '__setattr__')
  if (sa !== defaultSetattr && sa !== undefined && !(sa instanceof PyMethodDescr)) {
    callMethod(sa, o, v === null ? [name] : [name, v])
    return
  }
  genericSetAttr(o, name, v)
}

export function delAttr(o: Py, name: string): void {
  setAttr(o, name, null)
}

export function genericSetAttr(o: Py, name: string, v: Py | null): void {
  const t = typeOf(o)
  if (o instanceof PyType) {
    if (!o.heap) throw typeError(`cannot set '${name}' attribute of immutable type '${o.name}'`)
    const md = t.lookup(name)
    if (md !== undefined && isDataDescr(md)) {
      setDescr(md, o, name, v)
      return
    }
    if (v === null) {
      if (!o.attrs.has(name)) throw attributeError(`type object '${o.name}' has no attribute '${name}'`, name, o)
      o.attrs.delete(name)
      o.setAttr('__dummy__', None)
      o.attrs.delete('__dummy__')
    } else o.setAttr(name, v)
    return
  }
  const d = t.lookup(name)
  if (d !== undefined && isDataDescr(d)) {
    setDescr(d, o, name, v)
    return
  }
  if (typeof o === 'object') {
    if (o.dict === null && t.hasDict) o.dict = new PyDict()
    if (o.dict !== null) {
      if (v === null) {
        if (!o.dict.delStr(name)) throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, o)
      } else o.dict.setStr(name, v)
      return
    }
    if (t.slotNames !== null && t.mro.some((b) => b.slotNames?.includes(name))) {
      o.slots ??= new Map()
      if (v === null) {
        if (!o.slots.delete(name)) throw attributeError(name, name, o)
      } else o.slots.set(name, v)
      return
    }
  }
  if (d === undefined)
    throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, o)
  throw attributeError(`'${t.name}' object attribute '${name}' is read-only`, name, o)
}

function setDescr(d: Py, o: Py, name: string, v: Py | null): void {
  if (d instanceof PyProperty && d.type === propertyType) {
    const f = v === null ? d.fdel : d.fset
    if (f === None) {
      const what = v === null ? 'deleter' : 'setter'
      throw attributeError(`property ${d.name === None ? '' : `'${d.name}' `}of '${typeOf(o).name}' object has no ${what}`)
    }
    call(f, v === null ? [o] : [o, v])
    return
  }
  if (d instanceof PyGetSetDescr) {
    if (d.set === null) throw attributeError(`attribute '${name}' of '${d.objclass.name}' objects is not writable`)
    d.set(o, v)
    return
  }
  const m = (d as PyObject).type.lookup(v === null ? '__delete__' : '__set__')
  if (m === undefined) throw attributeError(`__${v === null ? 'delete' : 'set'}__`)
  callMethod(m, d, v === null ? [o] : [o, v])
}

/** _PyObject_LookupSpecial: look on the type, bind to the instance */
export function lookupSpecial(o: Py, name: string): Py | undefined {
  const t = typeOf(o)
  const d = t.lookup(name)
  if (d === undefined) return undefined
  return o === None ? bindToNone(d, t) : descrGet(d, o, t)
}
