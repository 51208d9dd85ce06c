// Cross-type protocols (Objects/abstract.c, Objects/object.c): repr/str, truth, hashing,
// rich comparison, the number protocol with its reflected-operand rules, item access,
// iteration and calls. Fast paths for int/float/str come first; everything else
// dispatches through special methods found on the type (built-in types register theirs
// as native method descriptors, so `int.__add__` exists and is what `a + b` uses).

import { type Py, PyObject, PyType, typeOf, None, NotImplemented, floatType, intType, strType, typeType } from './typeobject'
import { PyFloat, newFloat, floatMod, floatFloorDiv, floatDiv, floatPow } from './float'
import { floatRepr } from './pystrtod'
import { strRepr } from './strrepr'
import * as I from './int'
import { PyBuiltinFunction, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, type KwNames } from './descr'
import { PyFunction, PyMethod, PyStaticMethod, PyClassMethod, PyProperty, PyModule } from './function'
import { PyTuple, PyList } from './tuple'
import { PyDict, PySet } from './dict'
import { PyBaseException, typeError, StopIteration, indexError } from './exceptions'
import { callFunction } from '../vm/call'
import { typeCall } from './typecall'
import { NB_OPS } from '../spec/opcodes.gen'
import { strHash, intHash, floatHash, tupleHash, NONE_HASH, type HashValue } from './hashes'
import { PyGenerator, genSend } from '../vm/generator'
import { nativeIter, PyIterBase } from './iter'

// ---------------------------------------------------------------- calls

export function call(f: Py, args: Py[], kwnames: KwNames = null): Py {
  if (f instanceof PyFunction) return callFunction(f, args, kwnames)
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwnames)
  if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kwnames)
  if (f instanceof PyType) {
    // a metaclass defining __call__ (EnumType, singletons) is asked first, as tp_call is
    if (f.type !== typeType) {
      const c = f.type.lookup('__call__')
      if (c !== undefined && c !== typeType.attrs.get('__call__')) return callMethod(c, f, args, kwnames)
    }
    return typeCall(f, args, kwnames)
  }
  if (f instanceof PyMethodDescr) {
    if (args.length === 0 || (kwnames !== null && args.length === kwnames.length))
      throw typeError(`unbound method ${f.objclass.name}.${f.name}() needs an argument`)
    const self = args[0]
    if (!typeOf(self).isSubtype(f.objclass))
      throw typeError(`descriptor '${f.name}' for '${f.objclass.name}' objects doesn't apply to a '${typeOf(self).name}' object`)
    return f.fn(self, args.slice(1), kwnames)
  }
  const c = typeOf(f).lookup('__call__')
  if (c === undefined) throw typeError(`'${typeOf(f).name}' object is not callable`)
  return callMethod(c, f, args, kwnames)
}

/** call an unbound special method found on a type with `self` prepended */
export function callMethod(m: Py, self: Py, args: Py[], kwnames: KwNames = null): Py {
  if (m instanceof PyMethodDescr) return m.fn(self, args, kwnames)
  if (m instanceof PyFunction) return callFunction(m, [self, ...args], kwnames)
  return call(descrGet(m, self, typeOf(self)), args, kwnames)
}

/** look up a special method on the type and call it; undefined when the type lacks it */
export function callSpecial(o: Py, name: string, args: Py[]): Py | undefined {
  const m = typeOf(o).lookup(name)
  if (m === undefined) return undefined
  return callMethod(m, o, args)
}

// ---------------------------------------------------------------- repr / str

export function repr(v: Py): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v)
    case 'number':
      return String(v)
    case 'bigint':
      return I.intToStr(v)
    case 'boolean':
      return v ? 'True' : 'False'
  }
  if (v instanceof PyFloat && v.type === floatType) return floatRepr(v.value)
  const r = callSpecial(v, '__repr__', [])
  if (typeof r !== 'string') throw typeError(`__repr__ returned non-string (type ${typeOf(r!).name})`)
  return r
}

export function str(v: Py): string {
  switch (typeof v) {
    case 'string':
      return v
    case 'number':
      return String(v)
    case 'bigint':
      return I.intToStr(v)
    case 'boolean':
      return v ? 'True' : 'False'
  }
  if (v instanceof PyFloat && v.type === floatType) return floatRepr(v.value)
  const r = callSpecial(v, '__str__', [])
  if (typeof r !== 'string') throw typeError(`__str__ returned non-string (type ${typeOf(r!).name})`)
  return r
}

// ---------------------------------------------------------------- truth, hash

export function truthy(v: Py): boolean {
  switch (typeof v) {
    case 'boolean':
      return v
    case 'number':
      return v !== 0
    case 'string':
      return v.length > 0
    case 'bigint':
      return v !== 0n
  }
  if (v === None) return false
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0
  if (v instanceof PyFloat) return v.value !== 0
  if (v instanceof PyDict || v instanceof PySet) return v.table.size > 0
  const t = v.type
  const b = t.lookup('__bool__')
  if (b !== undefined) {
    const r = callMethod(b, v, [])
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(r).name}`)
    return r
  }
  const l = t.lookup('__len__')
  if (l !== undefined) return len(v) > 0
  return true
}

export function hash(v: Py): HashValue {
  switch (typeof v) {
    case 'string':
      return strHash(v)
    case 'number':
    case 'bigint':
      return intHash(v)
    case 'boolean':
      return v ? 1 : 0
  }
  if (v === None) return NONE_HASH
  if (v instanceof PyFloat) return floatHash(v.value)
  if (v instanceof PyTuple && v.type.lookup('__hash__') === tupleHashDescr) return tupleHash(v.items.map(hash))
  const h = v.type.lookup('__hash__')
  if (h === None || h === undefined) throw typeError(`unhashable type: '${v.type.name}'`)
  const r = callMethod(h, v, [])
  if (typeof r === 'number') return r === -1 ? -2 : r
  if (typeof r === 'boolean') return r ? 1 : 0
  // slot_tp_hash: a result that fits Py_hash_t is the hash; a bigger int is hashed as an int
  if (typeof r === 'bigint') return r >= -(2n ** 63n) && r < 2n ** 63n ? (r === -1n ? -2 : r) : intHash(r)
  throw typeError('__hash__ method should return an integer')
}
var tupleHashDescr: Py | undefined
export function setTupleHashDescr(d: Py): void {
  tupleHashDescr = d
}

// ---------------------------------------------------------------- comparison

export const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
const CMP_SWAP = [4, 5, 2, 3, 0, 1]
const CMP_SYM = ['<', '<=', '==', '!=', '>', '>=']

function cmpNum(a: number | bigint, b: number | bigint, op: number): boolean {
  switch (op) {
    case 0: return a < b
    case 1: return a <= b
    case 2: return a == b // eslint-disable-line eqeqeq
    case 3: return a != b // eslint-disable-line eqeqeq
    case 4: return a > b
    default: return a >= b
  }
}

/** PyObject_RichCompare with op as in CMP_OP (0 '<' ... 5 '>=') */
export function richCompare(a: Py, b: Py, op: number): Py {
  const ta = typeof a
  const tb = typeof b
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return cmpNum(a as number, b as number, op)
  if (ta === 'string' && tb === 'string') return cmpNum(a as unknown as number, b as unknown as number, op)
  if (a instanceof PyFloat && b instanceof PyFloat) return cmpNum(a.value, b.value, op)
  return richCompareSlow(a, b, op)
}

function richCompareSlow(a: Py, b: Py, op: number): Py {
  const ta = typeOf(a)
  const tb = typeOf(b)
  let checkedReverse = false
  if (ta !== tb && tb.isSubtype(ta)) {
    const m = tb.lookup(CMP_NAMES[CMP_SWAP[op]])
    if (m !== undefined && tb.lookupOwner(CMP_NAMES[CMP_SWAP[op]]) !== ta.lookupOwner(CMP_NAMES[CMP_SWAP[op]])) {
      checkedReverse = true
      const r = callMethod(m, b, [a])
      if (r !== NotImplemented) return r
    }
  }
  const m = ta.lookup(CMP_NAMES[op])
  if (m !== undefined) {
    const r = callMethod(m, a, [b])
    if (r !== NotImplemented) return r
  }
  if (!checkedReverse) {
    const m2 = tb.lookup(CMP_NAMES[CMP_SWAP[op]])
    if (m2 !== undefined) {
      const r = callMethod(m2, b, [a])
      if (r !== NotImplemented) return r
    }
  }
  if (op === 2) return a === b
  if (op === 3) return a !== b
  throw typeError(`'${CMP_SYM[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`)
}

export function compareBool(a: Py, b: Py, op: number): boolean {
  const r = richCompare(a, b, op)
  return typeof r === 'boolean' ? r : truthy(r)
}

/** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality */
export function eq(a: Py, b: Py): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.value))
  const ta = typeof a
  if (ta === 'string' || ta === 'number') {
    const tb = typeof b
    if (tb === 'string' || tb === 'number') return false
  }
  return compareBool(a, b, 2)
}

// ---------------------------------------------------------------- numbers

type Num = number | bigint | boolean

function numOf(v: Py): Num | PyFloat | null {
  const t = typeof v
  if (t === 'number' || t === 'bigint' || t === 'boolean') return v as Num
  return v instanceof PyFloat ? v : null
}

/** the BINARY_OP argument's operation on two ints */
export function intBinary(a: I.PyInt, b: I.PyInt, op: number): Py {
  switch (op) {
    case 0: return I.intAdd(a, b)
    case 1: return I.intAnd(a, b)
    case 2: return I.intFloorDiv(a, b)
    case 3: return I.intLshift(a, b)
    case 5: return I.intMul(a, b)
    case 6: return I.intMod(a, b)
    case 7: return I.intOr(a, b)
    case 8:
      if (b < 0) return newFloat(floatPow(I.intToFloat(a), I.intToFloat(b)))
      return I.intPow(a, b)
    case 9: return I.intRshift(a, b)
    case 10: return I.intSub(a, b)
    case 11: return newFloat(I.intTrueDiv(a, b))
    case 12: return I.intXor(a, b)
  }
  return NotImplemented
}

export function floatBinary(a: number, b: number, op: number): Py {
  switch (op) {
    case 0: return newFloat(a + b)
    case 2: return newFloat(floatFloorDiv(a, b))
    case 5: return newFloat(a * b)
    case 6: return newFloat(floatMod(a, b))
    case 8: {
      if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) return complexPowHook(a, b)
      return newFloat(floatPow(a, b))
    }
    case 10: return newFloat(a - b)
    case 11: return newFloat(floatDiv(a, b))
  }
  return NotImplemented
}

var complexPowHook: (a: number, b: number) => Py = () => NotImplemented
export function setComplexPowHook(f: (a: number, b: number) => Py): void {
  complexPowHook = f
}

const NB_NAMES: [string, string][] = [
  ['__add__', '__radd__'], ['__and__', '__rand__'], ['__floordiv__', '__rfloordiv__'], ['__lshift__', '__rlshift__'],
  ['__matmul__', '__rmatmul__'], ['__mul__', '__rmul__'], ['__mod__', '__rmod__'], ['__or__', '__ror__'],
  ['__pow__', '__rpow__'], ['__rshift__', '__rrshift__'], ['__sub__', '__rsub__'], ['__truediv__', '__rtruediv__'],
  ['__xor__', '__rxor__'],
]
const NB_INPLACE = ['__iadd__', '__iand__', '__ifloordiv__', '__ilshift__', '__imatmul__', '__imul__', '__imod__',
  '__ior__', '__ipow__', '__irshift__', '__isub__', '__itruediv__', '__ixor__']

/** BINARY_OP: op indexes NB_OPS (13.. are the in-place forms) */
export function binaryOp(a: Py, b: Py, op: number): Py {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case 0: case 13: {
        const r = a + b
        if (r <= 9007199254740991 && r >= -9007199254740991) return r
        break
      }
      case 10: case 23: {
        const r = a - b
        if (r <= 9007199254740991 && r >= -9007199254740991) return r
        break
      }
      case 5: case 18: {
        const r = a * b
        if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0
        break
      }
    }
    return intBinary(a, b, op >= 13 ? op - 13 : op)
  }
  if (a instanceof PyFloat && b instanceof PyFloat && a.type === floatType && b.type === floatType) {
    // float (op) float without going through the generic number checks
    switch (op) {
      case 0: case 13: return new PyFloat(a.value + b.value)
      case 10: case 23: return new PyFloat(a.value - b.value)
      case 5: case 18: return new PyFloat(a.value * b.value)
    }
    const r = floatBinary(a.value, b.value, op >= 13 ? op - 13 : op)
    if (r !== NotImplemented) return r
  }
  if (typeof a === 'string' && typeof b === 'string' && (op === 0 || op === 13)) return a + b
  const base = op >= 13 ? op - 13 : op
  const na = numOf(a)
  if (na !== null) {
    const nb = numOf(b)
    if (nb !== null) {
      if (!(na instanceof PyFloat) && !(nb instanceof PyFloat)) return intBinary(I.asInt(na), I.asInt(nb), base)
      if ((na instanceof PyFloat ? na.type === floatType : true) && (nb instanceof PyFloat ? nb.type === floatType : true)) {
        const x = na instanceof PyFloat ? na.value : I.intToFloat(I.asInt(na))
        const y = nb instanceof PyFloat ? nb.value : I.intToFloat(I.asInt(nb))
        const r = floatBinary(x, y, base)
        if (r !== NotImplemented) return r
      }
    }
  }
  if (op >= 13) {
    const m = typeOf(a).lookup(NB_INPLACE[base])
    if (m !== undefined) {
      const r = callMethod(m, a, [b])
      if (r !== NotImplemented) return r
    }
  }
  const r = binaryDispatch(a, b, base)
  if (r !== NotImplemented) return r
  throw binaryTypeError(a, b, op)
}

/** binary_op1: a.__op__(b), then b.__rop__(a), with the subclass-first rule */
export function binaryDispatch(a: Py, b: Py, base: number): Py {
  const [name, rname] = NB_NAMES[base]
  const ta = typeOf(a)
  const tb = typeOf(b)
  const m = ta.lookup(name)
  let rm = tb !== ta ? tb.lookup(rname) : undefined
  if (rm !== undefined && m !== undefined && tb.isSubtype(ta) && tb.lookupOwner(rname) !== ta.lookupOwner(rname)) {
    const r = callMethod(rm, b, [a])
    if (r !== NotImplemented) return r
    rm = undefined
  }
  if (m !== undefined) {
    const r = callMethod(m, a, [b])
    if (r !== NotImplemented) return r
  }
  if (rm !== undefined) return callMethod(rm, b, [a])
  return NotImplemented
}

function binaryTypeError(a: Py, b: Py, op: number): PyBaseException {
  const sym = NB_OPS[op][1]
  const base = op >= 13 ? op - 13 : op
  const ta = typeOf(a)
  if (base === 0 && (ta.isSubtype(strType) || a instanceof PyList || a instanceof PyTuple)) {
    const n = a instanceof PyList ? 'list' : a instanceof PyTuple ? 'tuple' : 'str'
    if (n === 'str' || !(typeOf(b).lookup('__radd__')))
      return typeError(`can only concatenate ${n} (not "${typeOf(b).name}") to ${n}`)
  }
  if (base === 5) {
    const seqA = typeof a === 'string' || a instanceof PyList || a instanceof PyTuple
    const seqB = typeof b === 'string' || b instanceof PyList || b instanceof PyTuple
    if (seqA && typeOf(b).lookup('__index__') === undefined)
      return typeError(`can't multiply sequence by non-int of type '${typeOf(b).name}'`)
    if (seqB && !seqA && typeOf(a).lookup('__index__') === undefined)
      return typeError(`can't multiply sequence by non-int of type '${typeOf(a).name}'`)
  }
  if (base === 8) return typeError(`unsupported operand type(s) for ** or pow(): '${ta.name}' and '${typeOf(b).name}'`)
  return typeError(`unsupported operand type(s) for ${sym}: '${ta.name}' and '${typeOf(b).name}'`)
}

export function negative(v: Py): Py {
  if (typeof v === 'number') return 0 - v
  if (typeof v === 'bigint' || typeof v === 'boolean') return I.intNeg(I.asInt(v))
  if (v instanceof PyFloat && v.type === floatType) return newFloat(-v.value)
  return unarySpecial(v, '__neg__', '-')
}

export function positive(v: Py): Py {
  if (typeof v === 'number' || typeof v === 'bigint') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  return unarySpecial(v, '__pos__', '+')
}

export function invert(v: Py): Py {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return I.intInvert(I.asInt(v))
  return unarySpecial(v, '__invert__', '~')
}

function unarySpecial(v: Py, name: string, sym: string): Py {
  const r = callSpecial(v, name, [])
  if (r === undefined) throw typeError(`bad operand type for unary ${sym}: '${typeOf(v).name}'`)
  return r
}

/** PyNumber_Index */
export function index(v: Py): I.PyInt {
  if (typeof v === 'number' || typeof v === 'bigint') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  const r = callSpecial(v, '__index__', [])
  if (r === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`)
  if (!I.isInt(r)) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`)
  return I.asInt(r)
}

// ---------------------------------------------------------------- items, length

export function len(v: Py): number {
  if (typeof v === 'string') return strLen(v)
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length
  if (v instanceof PyDict || v instanceof PySet) return v.table.size
  const r = callSpecial(v, '__len__', [])
  if (r === undefined) throw typeError(`object of type '${typeOf(v).name}' has no len()`)
  const n = index(r)
  if (n < 0) throw newValueError('__len__() should return >= 0')
  if (typeof n === 'bigint') throw newOverflow("cannot fit 'int' into an index-sized integer")
  return n
}

import { valueError as newValueError, overflowError as newOverflow } from './exceptions'

export function strLen(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

export function getItem(o: Py, k: Py): Py {
  if (o instanceof PyList && typeof k === 'number' && o.type.solid === o.type) {
    const items = o.items
    const i = k < 0 ? k + items.length : k
    if (i >= 0 && i < items.length) return items[i]
    throw indexError('list index out of range')
  }
  if (o instanceof PyDict && o.type.attrs.size === 0) {
    const v = o.table.get(k)
    if (v !== undefined) return v
  }
  const m = typeOf(o).lookup('__getitem__')
  if (m === undefined) {
    if (o instanceof PyType) {
      if (o === typeType) return o
      const cg = o.lookup('__class_getitem__')
      if (cg !== undefined) return call(descrGet(cg, None, o), [k])
      throw typeError(`type '${o.name}' is not subscriptable`)
    }
    throw typeError(`'${typeOf(o).name}' object is not subscriptable`)
  }
  return callMethod(m, o, [k])
}

export function setItem(o: Py, k: Py, v: Py): void {
  if (o instanceof PyList && typeof k === 'number' && o.type.solid === o.type) {
    const items = o.items
    const i = k < 0 ? k + items.length : k
    if (i >= 0 && i < items.length) {
      items[i] = v
      return
    }
    throw indexError('list assignment index out of range')
  }
  if (o instanceof PyDict && o.type.attrs.size === 0) {
    o.table.set(k, v)
    return
  }
  const m = typeOf(o).lookup('__setitem__')
  if (m === undefined) throw typeError(`'${typeOf(o).name}' object does not support item assignment`)
  callMethod(m, o, [k, v])
}

export function delItem(o: Py, k: Py): void {
  const m = typeOf(o).lookup('__delitem__')
  if (m === undefined) throw typeError(`'${typeOf(o).name}' object does not support item deletion`)
  callMethod(m, o, [k])
}

export function contains(container: Py, item: Py): boolean {
  if (container instanceof PyDict || container instanceof PySet) {
    if (container.type.attrs.size === 0) return container.table.find(item) >= 0
  }
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeOf(item).name}`)
    return container.includes(item)
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || eq(x, item)) return true
    return false
  }
  const m = typeOf(container).lookup('__contains__')
  if (m !== undefined) return truthy(callMethod(m, container, [item]))
  const it = getIterOrNull(container)
  if (it === null) throw typeError(`argument of type '${typeOf(container).name}' is not iterable`)
  for (let x = next(it); x !== undefined; x = next(it)) if (x === item || eq(x, item)) return true
  return false
}

// ---------------------------------------------------------------- iteration

export function getIter(o: Py): Py {
  const it = getIterOrNull(o)
  if (it === null) throw typeError(`'${typeOf(o).name}' object is not iterable`)
  return it
}

export function getIterOrNull(o: Py): Py | null {
  const n = nativeIter(o)
  if (n !== null) return n
  const t = typeOf(o)
  const m = t.lookup('__iter__')
  if (m === None) return null
  if (m !== undefined) {
    const it = callMethod(m, o, [])
    if (typeOf(it).lookup('__next__') === undefined)
      throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`)
    return it
  }
  if (t.lookup('__getitem__') !== undefined) return nativeIter(o, true)
  return null
}

/** one step of an iterator; undefined when it is exhausted (StopIteration swallowed) */
export function next(it: Py): Py | undefined {
  if (it instanceof PyIterBase) return it.nextValue()
  if (it instanceof PyGenerator) return genSend(it, None, true)
  const m = typeOf(it).lookup('__next__')
  if (m === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`)
  try {
    return callMethod(m, it, [])
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) return undefined
    throw e
  }
}

/** list(iterable) as a JS array */
export function toArray(o: Py): Py[] {
  if ((o instanceof PyList || o instanceof PyTuple) && o.type.solid === o.type) return o.items.slice()
  if (typeof o === 'string') return Array.from(o)
  const it = getIter(o)
  const out: Py[] = []
  for (let x = next(it); x !== undefined; x = next(it)) out.push(x)
  return out
}

// ---------------------------------------------------------------- attributes

export { getAttr, setAttr, delAttr, descrGet, lookupSpecial, hasAttr, getAttrOrNull } from './attrs'
import { descrGet } from './attrs'

void intType
void PyObject
void PyStaticMethod
void PyClassMethod
void PyProperty
void PyModule
void PyGetSetDescr
void PyClassMethodDescr
