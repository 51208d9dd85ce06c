// ExceptionGroup (Objects/exceptions.c BaseExceptionGroup: split/subgroup/derive,
// _PyEval_ExceptionGroupMatch and _PyExc_PrepReraiseStar for except*).

import { type Py, None, PyType, typeOf } from './typeobject'
import {
  PyBaseException, BaseExceptionGroup, ExceptionGroup, Exception, typeError, valueError,
} from './exceptions'
import { PyTuple, newTuple } from './tuple'
import * as A from './abstract'

export function egExceptions(eg: PyBaseException): Py[] {
  return ((eg.args[1] as PyTuple) ?? newTuple([])).items
}

/** BaseExceptionGroup.__new__ */
export function newExceptionGroup(cls: PyType, args: Py[]): PyBaseException {
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`)
  const [msg, excs] = args
  if (typeof msg !== 'string') throw typeError(`argument 1 must be str, not ${typeOf(msg).name}`)
  let items: Py[]
  try {
    items = A.toArray(excs)
  } catch {
    throw typeError('second argument (exceptions) must be a sequence')
  }
  if (typeof excs === 'string' || excs instanceof PyTuple === false && !(typeOf(excs).lookup('__getitem__')))
    throw typeError('second argument (exceptions) must be a sequence')
  if (items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence')
  let allExc = true
  for (const [i, e] of items.entries()) {
    if (!(e instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`)
    if (!e.type.isSubtype(Exception)) allExc = false
  }
  if (cls === BaseExceptionGroup) {
    if (allExc) cls = ExceptionGroup
  } else if (cls === ExceptionGroup) {
    if (!allExc) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup')
  } else if (!allExc && !cls.isSubtype(BaseExceptionGroup)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`)
  }
  return new PyBaseException(cls, [msg, newTuple(items)])
}

function derive(eg: PyBaseException, excs: Py[]): PyBaseException {
  const d = A.call(A.getAttr(eg, 'derive'), [newTuple(excs)]) as PyBaseException
  d.cause = eg.cause
  d.context = eg.context
  d.traceback = eg.traceback
  const notes = eg.dict?.getStr('__notes__')
  if (notes !== undefined) {
    d.dict ??= new (eg.dict!.constructor as new () => typeof eg.dict & object)()
    d.dict!.setStr('__notes__', notes)
  }
  return d
}

function isEG(e: Py): boolean {
  return e instanceof PyBaseException && e.type.isSubtype(BaseExceptionGroup)
}

/** split by predicate into [match | null, rest | null] */
export function splitBy(e: PyBaseException, pred: (x: PyBaseException) => boolean): [PyBaseException | null, PyBaseException | null] {
  if (pred(e)) return [e, null]
  if (!isEG(e)) return [null, e]
  const m: Py[] = []
  const r: Py[] = []
  for (const x of egExceptions(e)) {
    const [a, b] = splitBy(x as PyBaseException, pred)
    if (a) m.push(a)
    if (b) r.push(b)
  }
  return [m.length ? derive(e, m) : null, r.length ? derive(e, r) : null]
}

function matcher(matchType: Py): (x: PyBaseException) => boolean {
  if (matchType instanceof PyType) return (x) => x.type.isSubtype(matchType)
  if (matchType instanceof PyTuple) return (x) => matchType.items.some((t) => x.type.isSubtype(t as PyType))
  return (x) => A.truthy(A.call(matchType, [x]))
}

export function egSplit(eg: PyBaseException, matchType: Py): [Py, Py] {
  const [m, r] = splitBy(eg, matcher(matchType))
  return [m ?? None, r ?? None]
}

/** CHECK_EG_MATCH: [rest, match] */
export function excGroupSplit(exc: PyBaseException, matchType: Py): [Py, Py] {
  const pred = matcher(matchType)
  if (pred(exc)) {
    if (isEG(exc)) return [None, exc]
    const wrapped = new PyBaseException(ExceptionGroup, ['', newTuple([exc])])
    wrapped.traceback = exc.traceback
    return [None, wrapped]
  }
  if (isEG(exc)) {
    const [m, r] = splitBy(exc, pred)
    return [r ?? None, m ?? None]
  }
  return [exc, None]
}

function leaves(e: PyBaseException, out: Set<PyBaseException>): void {
  if (isEG(e)) for (const x of egExceptions(e)) leaves(x as PyBaseException, out)
  else out.add(e)
}

/** _PyExc_PrepReraiseStar(orig, excs) */
export function prepReraiseStar(orig: Py, excs: Py): Py {
  const list = A.toArray(excs).filter((x) => x !== None) as PyBaseException[]
  if (list.length === 0) return None
  if (!isEG(orig as PyBaseException)) return list[0]
  const origLeaves = new Set<PyBaseException>()
  leaves(orig as PyBaseException, origLeaves)
  const reraised = new Set<PyBaseException>()
  const raised: PyBaseException[] = []
  for (const e of list) {
    const l = new Set<PyBaseException>()
    leaves(e, l)
    if ([...l].every((x) => origLeaves.has(x))) for (const x of l) reraised.add(x)
    else raised.push(e)
  }
  const [keep] = reraised.size ? splitBy(orig as PyBaseException, (x) => !isEG(x) && reraised.has(x)) : [null]
  const all: PyBaseException[] = [...raised]
  if (keep) all.push(keep)
  if (all.length === 1) return all[0]
  return new PyBaseException(ExceptionGroup, ['', newTuple(all)])
}
