// Generators and coroutines (Objects/genobject.c): a suspended frame resumed by send(),
// throw() and close(). Resuming runs a nested eval loop whose entry is the generator frame.

import { type Py, None, PyObject, generatorType, coroutineType, asyncGeneratorType, typeOf, PyType } from '../objects/typeobject'
import {
  PyBaseException, stopIteration, valueError, runtimeError, GeneratorExit, StopIteration, typeError, newExc, isExcType,
} from '../objects/exceptions'
import { CO_FLAGS } from '../objects/code'
import type { Frame } from './frame'
import { evalFrame } from './eval'
import { ts } from './state'
import * as A from '../objects/abstract'

export class PyGenerator extends PyObject {
  running = false
  finished = false
  started = false
  /** the exception being handled inside the generator while it is suspended */
  excState: PyBaseException | null = null
  awaitedBy: Py | null = null
  /** created for one for-loop only (see GET_ITER): closed when the loop drops it */
  temporary = false
  name: string
  qualname: string
  constructor(readonly frame: Frame, type: PyType) {
    super(type)
    this.name = frame.code.name
    this.qualname = frame.code.qualname
  }
}

export function newGenerator(f: Frame): PyGenerator {
  const flags = f.code.flags
  const type = flags & CO_FLAGS.COROUTINE ? coroutineType : flags & CO_FLAGS.ASYNC_GENERATOR ? asyncGeneratorType : generatorType
  const g = new PyGenerator(f, type)
  f.gen = g
  return g
}

export const tempGenerators = { count: 0 }

let lastDone = false
/** after genResume/genSendFromLoop: true when the generator returned (the value is its return value) */
export function genLastDone(): boolean {
  return lastDone
}

function kind(g: PyGenerator): string {
  return g.type === coroutineType ? 'coroutine' : 'generator'
}

/** gen_send_ex2: resume with a value (or an exception); sets lastDone */
export function genResume(g: PyGenerator, value: Py, exc: PyBaseException | null = null): Py {
  if (g.running) throw valueError(`${kind(g)} already executing`)
  if (g.finished) {
    if (exc !== null) {
      exc.reraise = false
      throw exc
    }
    if (g.type === coroutineType) throw runtimeError('cannot reuse already awaited coroutine')
    lastDone = true
    return None
  }
  if (!g.started && value !== None && exc === null)
    throw typeError(`can't send non-None value to a just-started ${kind(g)}`)
  g.started = true
  const f = g.frame
  if (exc === null) f.stack.push(value)
  g.running = true
  const outer = ts.handled
  ts.handled = g.excState
  let r: Py
  try {
    r = evalFrame(f, exc)
  } catch (e) {
    g.running = false
    g.finished = true
    ts.handled = outer
    throw e
  }
  g.running = false
  g.excState = ts.handled
  ts.handled = outer
  if (f.yielded) {
    lastDone = false
    return r
  }
  g.finished = true
  lastDone = true
  return r
}

/** next(gen) for iteration: undefined when finished */
export function genSend(g: PyGenerator, value: Py, forIter: boolean): Py | undefined {
  const r = genResume(g, value)
  if (lastDone) {
    if (forIter) return undefined
    throw stopIteration(r)
  }
  return r
}

/** SEND: resume a sub-iterator; lastDone tells whether it finished (r is then its value) */
export function genSendFromLoop(receiver: Py, v: Py): Py {
  if (receiver instanceof PyGenerator) return genResume(receiver, v)
  let r: Py | undefined
  try {
    if (v === None) {
      r = A.next(receiver)
      if (r === undefined) {
        lastDone = true
        return receiver instanceof AwaitIter ? receiver.returnValue : None
      }
    } else r = A.call(A.getAttr(receiver, 'send'), [v])
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) {
      lastDone = true
      return e.get('value')
    }
    throw e
  }
  lastDone = false
  return r
}

/** the sub-iterator a suspended `yield from`/`await` delegates to (_PyGen_yf) */
function delegate(g: PyGenerator): Py | null {
  const f = g.frame
  if (!g.started || g.finished) return null
  const code = f.code
  // suspended at YIELD_VALUE inside a SEND loop: the next instruction is RESUME with oparg >= 2
  const raw = code.co.co_code
  const nextOp = raw[2 * f.ip]
  const nextArg = raw[2 * f.ip + 1]
  if (nextOp === RESUME_OPCODE && nextArg >= 2 && f.stack.length > 0) return f.stack[f.stack.length - 1] as Py
  return null
}

import { opNumber } from '../bytecode/opcodes'
import { AwaitIter } from '../objects/iter'
const RESUME_OPCODE = opNumber('RESUME')

/** gen.throw(exc) (_gen_throw) */
export function genThrow(g: PyGenerator, exc: PyBaseException): Py {
  const yf = delegate(g)
  if (yf !== null) {
    let r: Py
    try {
      if (exc.type.isSubtype(GeneratorExit)) {
        g.running = true
        try {
          closeIter(yf)
        } finally {
          g.running = false
        }
        return throwInto(g, exc)
      }
      g.running = true
      try {
        if (yf instanceof PyGenerator) r = genThrow(yf, exc)
        else {
          const m = A.getAttrOrNull(yf, 'throw')
          if (m === null) {
            g.running = false
            return throwInto(g, exc)
          }
          r = A.call(m, [exc])
        }
      } finally {
        g.running = false
      }
      return r
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e
      // the delegate raised: continue in our frame with that exception (CLEANUP_THROW handles StopIteration)
      return throwInto(g, e)
    }
  }
  return throwInto(g, exc)
}

function throwInto(g: PyGenerator, exc: PyBaseException): Py {
  exc.reraise = false
  const r = genResume(g, None, exc)
  if (lastDone) throw stopIteration(r)
  return r
}

function closeIter(yf: Py): void {
  if (yf instanceof PyGenerator) {
    genClose(yf)
    return
  }
  const m = A.getAttrOrNull(yf, 'close')
  if (m !== null) A.call(m, [])
}

/** gen.close() */
export function genClose(g: PyGenerator): Py {
  if (g.finished || !g.started) {
    g.finished = true
    return None
  }
  try {
    genThrow(g, newExc(GeneratorExit))
  } catch (e) {
    if (e instanceof PyBaseException && (e.type.isSubtype(GeneratorExit) || e.type.isSubtype(StopIteration))) return None
    throw e
  }
  throw runtimeError(`${kind(g)} ignored GeneratorExit`)
}

/** throw(type[, value[, tb]]) argument normalisation */
export function makeThrown(typ: Py, val: Py | undefined): PyBaseException {
  if (typ instanceof PyBaseException) return typ
  if (isExcType(typ)) {
    if (val instanceof PyBaseException) return val
    const args = val === undefined || val === None ? [] : [val]
    return A.call(typ, args) as PyBaseException
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`)
}
