// Helpers of the eval loop's less frequent instructions (Python/bytecodes.c, Python/ceval.c):
// names, unpacking, f-string formatting, pattern matching, with, raise, calls with * and **.

import { type Py, None, typeOf, PyType, PyObject, typeType, dictType, listType, tupleType, strType, bytesType, bytearrayType } from '../objects/typeobject'
import { PyList, PyTuple, newTuple } from '../objects/tuple'
import { PyDict } from '../objects/dict'
import { PyCell, PyFunction, PyMethod, PySuper } from '../objects/function'
import { PySlice } from '../objects/misc'
import {
  PyBaseException, typeError, valueError, nameError, systemError, runtimeError, RuntimeError, BaseException,
  StopIteration, StopAsyncIteration, newExc, isExcType, keyError, BaseExceptionGroup,
} from '../objects/exceptions'
import * as A from '../objects/abstract'
import { PyMethodDescr } from '../objects/descr'
import type { Frame } from './frame'
import type { PyCode } from '../objects/codeobj'
import { ts } from './state'
import { PyGenerator } from './generator'
import { format as formatBuiltin } from '../objects/format'
import { importModule } from './imports'
import { superGetAttr, zeroArgSuper } from '../objects/superobj'
import { isPlainGetattr } from '../objects/attrs'
import { excGroupSplit, prepReraiseStar } from '../objects/excgroup'
import { coroutineType } from '../objects/typeobject'

export function isSame(a: Py, b: Py): boolean {
  return a === b
}

export function RuntimeErrorType(): PyType {
  return RuntimeError
}

export function loadName(f: Frame, name: string): Py {
  const locals = f.locals
  if (locals !== null) {
    const v = locals.type === dictType ? locals.table.getStr(name) : mappingGet(locals, name)
    if (v !== undefined) return v
  }
  const g = f.globals.table.getStr(name)
  if (g !== undefined) return g
  const b = f.builtins.table.getStr(name)
  if (b !== undefined) return b
  throw nameError(name)
}

function mappingGet(m: PyDict, name: string): Py | undefined {
  try {
    return A.getItem(m, name)
  } catch (e) {
    if (e instanceof PyBaseException && e.type.name === 'KeyError') return undefined
    throw e
  }
}

export function storeName(locals: PyDict, name: string, v: Py): void {
  if (locals.type === dictType) locals.table.set(name, v)
  else A.setItem(locals, name, v)
}

export function deleteName(f: Frame, name: string): void {
  if (f.locals === null || !f.locals.delStr(name)) throw nameError(name)
}

export function loadFromDictOrGlobals(f: Frame, m: Py, name: string): Py {
  const v = m instanceof PyDict ? m.table.getStr(name) : undefined
  if (v !== undefined) return v
  const g = f.globals.table.getStr(name) ?? f.builtins.table.getStr(name)
  if (g === undefined) throw nameError(name)
  return g
}

export function loadFromDictOrDeref(f: Frame, m: Py, i: number): Py {
  const name = f.code.localNames[i]
  const v = m instanceof PyDict ? m.table.getStr(name) : undefined
  if (v !== undefined) return v
  const c = f.fast[i] as PyCell
  if (c.value === undefined) throw unboundDeref(f.code, i)
  return c.value
}

export function unboundDeref(code: PyCode, i: number): PyBaseException {
  const name = code.localNames[i]
  if (code.isFreeKind(i)) {
    const e = newExc(nameErrorType(), `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`)
    e.set('name', name)
    return e
  }
  return nameError(name, true)
}

function nameErrorType(): PyType {
  return nameError('x').type
}

/** LOAD_ATTR with the method bit: push [method, self] or [NULL, attribute] */
export function loadMethod(stack: (Py | null)[], owner: Py, name: string): void {
  const t = typeOf(owner)
  if (!(owner instanceof PyType)) {
    const d = t.lookup(name)
    if ((d instanceof PyFunction || d instanceof PyMethodDescr) && isPlainGetattr(t)) {
      const dict = typeof owner === 'object' ? owner.dict : null
      if (dict === null || dict.getStr(name) === undefined) {
        stack.push(d, owner)
        return
      }
    }
  }
  stack.push(null, A.getAttr(owner, name))
}

let objGetattr: Py | undefined
export function defaultGetattr(): Py | undefined {
  return (objGetattr ??= (typeType.mro[1] as PyType).attrs.get('__getattribute__'))
}

export function loadSuperAttr(f: Frame, sup: Py, cls: Py, self: Py, name: string, twoArgs: boolean): Py {
  let s: Py
  if (sup === A.getAttr(f.builtins, '__class__') || !(sup instanceof PyType) || sup.name !== 'super') {
    s = A.call(sup, twoArgs ? [cls, self] : [])
  } else s = twoArgs ? A.call(sup, [cls, self]) : zeroArgSuper(f)
  if (s instanceof PySuper) return superGetAttr(s, name)
  return A.getAttr(s, name)
}

export function newSlice(start: Py, stop: Py, step: Py): PySlice {
  return new PySlice(start, stop, step)
}

export function binarySlice(o: Py, start: Py, stop: Py): Py {
  return A.getItem(o, new PySlice(start, stop, None))
}

export function storeSlice(o: Py, start: Py, stop: Py, v: Py): void {
  A.setItem(o, new PySlice(start, stop, None), v)
}

export function listExtend(l: PyList, v: Py): void {
  if (v instanceof PyList || v instanceof PyTuple) {
    for (const x of v.items) l.items.push(x)
    return
  }
  if (A.getIterOrNull(v) === null && typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined)
    throw typeError(`Value after * must be an iterable, not ${typeOf(v).name}`)
  for (const x of A.toArray(v)) l.items.push(x)
}

function mappingItems(v: Py): [Py, Py][] | null {
  if (v instanceof PyDict) return [...v.table.entries()]
  const keysM = A.getAttrOrNull(v, 'keys')
  if (keysM === null) return null
  const out: [Py, Py][] = []
  for (const k of A.toArray(A.call(keysM, []))) out.push([k, A.getItem(v, k)])
  return out
}

export function dictUpdate(d: PyDict, v: Py): void {
  const items = mappingItems(v)
  if (items === null) throw typeError(`'${typeOf(v).name}' object is not a mapping`)
  for (const [k, x] of items) d.table.set(k, x)
}

export function dictMerge(d: PyDict, v: Py, func: Py): void {
  const items = mappingItems(v)
  const fname = funcDesc(func)
  if (items === null) throw typeError(`${fname} argument after ** must be a mapping, not ${typeOf(v).name}`)
  for (const [k, x] of items) {
    if (typeof k !== 'string') throw typeError('keywords must be strings')
    if (d.table.find(k) >= 0) throw typeError(`${fname} got multiple values for keyword argument '${k}'`)
    d.table.set(k, x)
  }
}

/** _PyEval_GetFuncDesc-like name for messages: "f()" */
function funcDesc(f: Py): string {
  if (f instanceof PyFunction) return `${f.qualname}()`
  if (f instanceof PyMethod) return funcDesc(f.func)
  if (f instanceof PyType) return `${f.name}()`
  if (f instanceof PyObject && 'name' in f && typeof (f as { name: unknown }).name === 'string') return `${(f as unknown as { name: string }).name}()`
  return `${typeOf(f).name} object`
}

export function unpackSequence(seq: Py, n: number): Py[] {
  if ((seq instanceof PyTuple || seq instanceof PyList) && seq.type.solid === seq.type) {
    const items = seq.items
    if (items.length === n) return items
    if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`)
    throw valueError(`too many values to unpack (expected ${n})`)
  }
  const it = A.getIterOrNull(seq)
  if (it === null) throw typeError(`cannot unpack non-iterable ${typeOf(seq).name} object`)
  const out: Py[] = []
  for (let i = 0; i < n; i++) {
    const v = A.next(it)
    if (v === undefined) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`)
    out.push(v)
  }
  if (A.next(it) !== undefined) throw valueError(`too many values to unpack (expected ${n})`)
  return out
}

export function unpackEx(seq: Py, before: number, after: number): Py[] {
  const it = A.getIterOrNull(seq)
  if (it === null) throw typeError(`cannot unpack non-iterable ${typeOf(seq).name} object`)
  const all = A.toArray(it)
  if (all.length < before + after)
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${all.length})`)
  const out = all.slice(0, before)
  out.push(new PyList(all.slice(before, all.length - after)))
  for (const x of all.slice(all.length - after)) out.push(x)
  return out
}

export function formatValue(v: Py, conv: number, spec: string): string {
  if (conv === 1) v = A.str(v)
  else if (conv === 2) v = A.repr(v)
  else if (conv === 3) v = asciiRepr(A.repr(v))
  if (typeof v === 'string' && spec === '') return v
  return formatBuiltin(v, spec)
}

export function asciiRepr(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c < 0x80) out += ch
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0')
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0')
    else out += '\\U' + c.toString(16).padStart(8, '0')
  }
  return out
}

// ------------------------------------------------------------- pattern matching

export function isMapping(v: Py): boolean {
  return v instanceof PyDict || (typeof v === 'object' && typeOf(v).lookup('__match_mapping__') === true)
}

export function isSequence(v: Py): boolean {
  if (typeof v === 'string') return false
  if (v instanceof PyList || v instanceof PyTuple) return true
  const t = typeOf(v)
  if (t.isSubtype(strType) || t.isSubtype(bytesType) || t.isSubtype(bytearrayType) || v instanceof PyDict) return false
  return t.name === 'range' || t.name === 'deque' || t.name === 'memoryview'
}

export function matchKeys(subject: Py, keys: PyTuple): Py {
  const values: Py[] = []
  const get = A.getAttr(subject, 'get')
  const dummy = new PyObject(typeType.mro[1] as PyType)
  const seen: Py[] = []
  for (const k of keys.items) {
    if (seen.some((s) => A.eq(s, k))) throw valueError(`mapping pattern checks duplicate key (${A.repr(k)})`)
    seen.push(k)
    const v = A.call(get, [k, dummy])
    if (v === dummy) return None
    values.push(v)
  }
  return newTuple(values)
}

export function matchClass(subject: Py, cls: Py, nargs: number, kw: PyTuple): Py {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class')
  if (!typeOf(subject).isSubtype(cls)) return None
  const out: Py[] = []
  const seen = new Set<string>()
  if (nargs > 0) {
    const selfMatch = [boolType(), bytearrayType, bytesType, dictType, floatTypeOf(), 'frozenset', intTypeOf(), listType, 'set', strType, tupleType]
      .some((t) => (typeof t === 'string' ? cls.name === t && !cls.heap : cls === t))
    const margs = cls.lookup('__match_args__')
    if (margs === undefined) {
      if (!selfMatch) throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`)
      if (nargs > 1) throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${nargs} given)`)
      out.push(subject)
    } else {
      if (!(margs instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(margs).name})`)
      if (nargs > margs.items.length)
        throw typeError(`${cls.name}() accepts ${margs.items.length} positional sub-pattern${margs.items.length === 1 ? '' : 's'} (${nargs} given)`)
      for (let i = 0; i < nargs; i++) {
        const name = margs.items[i]
        if (typeof name !== 'string') throw typeError(`__match_args__ elements must be strings (got ${typeOf(name).name})`)
        seen.add(name)
        const v = A.getAttrOrNull(subject, name)
        if (v === null) return None
        out.push(v)
      }
    }
  }
  for (const name of kw.items as string[]) {
    if (seen.has(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`)
    seen.add(name)
    const v = A.getAttrOrNull(subject, name)
    if (v === null) return None
    out.push(v)
  }
  return newTuple(out)
}

function boolType(): PyType {
  return typeOf(true)
}
function intTypeOf(): PyType {
  return typeOf(0)
}
function floatTypeOf(): PyType {
  return typeOf(A.binaryOp(1, 2, 11))
}

// ------------------------------------------------------------- calls with * and **

export function callEx(func: Py, callargs: Py, kwargs: Py | null): Py {
  let args: Py[]
  if (callargs instanceof PyTuple) args = callargs.items.slice()
  else {
    if (A.getIterOrNull(callargs) === null) throw typeError(`${funcDesc(func)} argument after * must be an iterable, not ${typeOf(callargs).name}`)
    args = A.toArray(callargs)
  }
  if (kwargs === null || (kwargs instanceof PyDict && kwargs.table.size === 0)) return A.call(func, args)
  const names: string[] = []
  for (const [k, v] of (kwargs as PyDict).table.entries()) {
    names.push(k as string)
    args.push(v)
  }
  return A.call(func, args, names)
}

// ------------------------------------------------------------- intrinsics

export function intrinsic1(which: number, v: Py, f: Frame): Py {
  switch (which) {
    case 1: // INTRINSIC_PRINT
      if (v !== None) ts.host?.writeStdout(A.repr(v) + '\n')
      return None
    case 2: // INTRINSIC_IMPORT_STAR
      importStar(f, v)
      return None
    case 3: { // INTRINSIC_STOPITERATION_ERROR
      const e = v as PyBaseException
      if (e.type.isSubtype(StopIteration)) {
        const kind = f.gen?.type === coroutineType ? 'coroutine' : 'generator'
        const r = newExc(RuntimeError, `${kind} raised StopIteration`)
        r.cause = e
        r.context = e
        return r
      }
      if (e.type.isSubtype(StopAsyncIteration) && f.gen?.type.name === 'async_generator') {
        const r = newExc(RuntimeError, 'async generator raised StopAsyncIteration')
        r.cause = e
        r.context = e
        return r
      }
      return v
    }
    case 4: // INTRINSIC_ASYNC_GEN_WRAP
      return v
    case 5: // INTRINSIC_UNARY_POSITIVE
      return A.positive(v)
    case 6: // INTRINSIC_LIST_TO_TUPLE
      return newTuple((v as PyList).items.slice())
  }
  throw systemError(`intrinsic ${which} is not supported`)
}

export function intrinsic2(which: number, a: Py, b: Py): Py {
  if (which === 1) return prepReraiseStar(a, b)
  throw systemError(`intrinsic2 ${which} is not supported`)
}

function importStar(f: Frame, mod: Py): void {
  const locals = f.locals ?? f.globals
  const all = A.getAttrOrNull(mod, '__all__')
  const d = (mod as PyObject).dict
  if (all !== null) {
    for (const n of A.toArray(all)) locals.setStr(n as string, A.getAttr(mod, n as string))
  } else if (d instanceof PyDict) {
    for (const [k, v] of d.table.entries()) if (typeof k === 'string' && !k.startsWith('_')) locals.setStr(k, v)
  }
}

// ------------------------------------------------------------- generators, async

export function yieldFromIter(v: Py, code: PyCode): Py {
  if (v instanceof PyGenerator) {
    if (v.type === coroutineType && (code.flags & 0x180) === 0)
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
    return v
  }
  return A.getIter(v)
}

export function getAwaitable(v: Py, where: number): Py {
  if (v instanceof PyGenerator && v.type === coroutineType) {
    if (v.awaitedBy !== null) throw runtimeError('coroutine is being awaited already')
    return v
  }
  const m = typeOf(v).lookup('__await__')
  if (m === undefined) {
    const ctx = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: " :
      where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : "object "
    if (where === 0) throw typeError(`object ${typeOf(v).name} can't be used in 'await' expression`)
    throw typeError(ctx + typeOf(v).name)
  }
  const it = A.callMethod(m, v, [])
  if (it instanceof PyGenerator && it.type === coroutineType) throw typeError('__await__() returned a coroutine')
  if (typeOf(it).lookup('__next__') === undefined) throw typeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`)
  return it
}

export function getAIter(v: Py): Py {
  const m = typeOf(v).lookup('__aiter__')
  if (m === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeOf(v).name}`)
  const it = A.callMethod(m, v, [])
  if (typeOf(it).lookup('__anext__') === undefined)
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`)
  return it
}

export function getANext(v: Py): Py {
  const m = typeOf(v).lookup('__anext__')
  if (m === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeOf(v).name}`)
  return getAwaitable(A.callMethod(m, v, []), 0)
}

export function endAsyncFor(exc: PyBaseException): void {
  if (exc.type.isSubtype(StopAsyncIteration)) return
  exc.reraise = true
  throw exc
}

export function cleanupThrow(exc: PyBaseException): Py {
  if (exc.type.isSubtype(StopIteration)) return exc.get('value')
  exc.reraise = true
  throw exc
}

// ------------------------------------------------------------- with, except, raise

export function beforeWith(mgr: Py): [Py, Py] {
  const enter = A.lookupSpecial(mgr, '__enter__')
  if (enter === undefined) throw typeError(`'${typeOf(mgr).name}' object does not support the context manager protocol`)
  const exit = A.lookupSpecial(mgr, '__exit__')
  if (exit === undefined)
    throw typeError(`'${typeOf(mgr).name}' object does not support the context manager protocol (missed __exit__ method)`)
  return [exit, A.call(enter, [])]
}

export function beforeAsyncWith(mgr: Py): [Py, Py] {
  const enter = A.lookupSpecial(mgr, '__aenter__')
  if (enter === undefined) throw typeError(`'${typeOf(mgr).name}' object does not support the asynchronous context manager protocol`)
  const exit = A.lookupSpecial(mgr, '__aexit__')
  if (exit === undefined)
    throw typeError(`'${typeOf(mgr).name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`)
  return [exit, getAwaitable(A.call(enter, []), 1)]
}

function checkExcClass(right: Py, star: boolean): void {
  const bad = (t: Py): boolean => !isExcType(t)
  if (right instanceof PyTuple ? right.items.some(bad) : bad(right))
    throw typeError('catching classes that do not inherit from BaseException is not allowed')
  if (star) {
    const isEG = (t: Py): boolean => t instanceof PyType && t.isSubtype(BaseExceptionGroup)
    if (right instanceof PyTuple ? right.items.some(isEG) : isEG(right))
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
  }
}

export function excMatches(exc: Py, right: Py): boolean {
  const t = typeOf(exc)
  if (right instanceof PyTuple) return right.items.some((r) => r instanceof PyType && t.isSubtype(r))
  return right instanceof PyType && t.isSubtype(right)
}

export function checkExcMatch(exc: PyBaseException, right: Py): boolean {
  checkExcClass(right, false)
  return excMatches(exc, right)
}

export function checkEgMatch(exc: PyBaseException, matchType: Py): [Py, Py] {
  checkExcClass(matchType, true)
  return excGroupSplit(exc, matchType)
}

/** RAISE_VARARGS: instantiate classes, check types, attach the cause */
export function makeRaise(v: Py, cause: Py | undefined): PyBaseException {
  let exc: Py = v
  if (v instanceof PyType) {
    if (!isExcType(v)) throw typeError('exceptions must derive from BaseException')
    exc = A.call(v, [])
    if (!(exc instanceof PyBaseException))
      throw typeError(`calling ${A.repr(v)} should have returned an instance of BaseException, not ${typeOf(exc).name}`)
  } else if (!(v instanceof PyBaseException)) throw typeError('exceptions must derive from BaseException')
  const e = exc as PyBaseException
  if (cause !== undefined) {
    let c: Py = cause
    if (cause instanceof PyType && isExcType(cause)) c = A.call(cause, [])
    else if (cause !== None && !(cause instanceof PyBaseException))
      throw typeError('exception causes must derive from BaseException')
    e.cause = c
    e.suppressContext = true
  }
  e.reraise = false
  return e
}

/** _PyErr_SetObject's implicit chaining: the handled exception becomes __context__ */
export function setContext(exc: PyBaseException): void {
  const h = ts.handled
  if (h === null || h === exc) return
  // avoid cycles: cut the chain where it would reach exc
  let o: PyBaseException = h
  for (;;) {
    const c = o.context
    if (!(c instanceof PyBaseException)) break
    if (c === exc) {
      o.context = None
      break
    }
    o = c
  }
  exc.context = h
}

export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e
  if (e instanceof RangeError && /call stack/.test(e.message)) return newExc(recursionErrorType(), 'maximum recursion depth exceeded')
  if (e instanceof RangeError && /(Invalid array length|Invalid string length|Array buffer allocation|allocation failed)/i.test(e.message))
    return newExc(memoryErrorType())
  const err = e as Error
  return systemError(`internal error: ${err?.stack ?? String(e)}`)
}

import { RecursionError, MemoryError } from '../objects/exceptions'
function recursionErrorType(): PyType {
  return RecursionError
}
function memoryErrorType(): PyType {
  return MemoryError
}

export function setupAnnotations(f: Frame): void {
  const locals = f.locals
  if (locals === null) throw systemError('no locals found when setting up annotations')
  if (locals.getStr('__annotations__') === undefined) locals.setStr('__annotations__', new PyDict())
}

// ------------------------------------------------------------- import

export function importName(f: Frame, name: string, fromlist: Py, level: Py): Py {
  return importModule(name, f.globals, fromlist, level as number)
}

export { importFrom } from './importlib'


void keyError
void BaseException
void PyCell
