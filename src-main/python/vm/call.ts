// Calling Python functions: binding arguments to a new frame (Python/ceval.c
// initialize_locals and its error messages) and running it from JavaScript.

import { type Py, None } from '../objects/typeobject'
import { PyFunction } from '../objects/function'
import { typeError } from '../objects/exceptions'
import { PyDict } from '../objects/dict'
import { newTuple } from '../objects/tuple'
import { CO_FLAGS } from '../objects/code'
import type { KwNames } from '../objects/descr'
import { Frame } from './frame'
import { evalFrame } from './eval'
import { repr } from '../objects/abstract'

/** make the frame of a call to f with bound arguments */
export function makeFrame(f: PyFunction, args: Py[], kwnames: KwNames): Frame {
  const code = f.code
  const frame = new Frame(code, f.globals, f.builtins, null, f)
  const fast = frame.fast
  const argcount = code.argcount
  const flags = code.flags
  if (kwnames === null && args.length === argcount && (flags & (CO_FLAGS.VARARGS | CO_FLAGS.VARKEYWORDS)) === 0 && code.kwonly === 0) {
    for (let i = 0; i < argcount; i++) fast[i] = args[i]
    return frame
  }
  bindSlow(f, frame, args, kwnames)
  return frame
}

function bindSlow(f: PyFunction, frame: Frame, args: Py[], kwnames: KwNames): void {
  const code = f.code
  const fast = frame.fast
  const argcount = code.argcount
  const kwonly = code.kwonly
  const total = argcount + kwonly
  const hasVarargs = (code.flags & CO_FLAGS.VARARGS) !== 0
  const hasVarkw = (code.flags & CO_FLAGS.VARKEYWORDS) !== 0
  const names = code.localNames
  const nkw = kwnames === null ? 0 : kwnames.length
  const npos = args.length - nkw
  const qn = f.qualname
  let kwdict: PyDict | null = null
  if (hasVarkw) {
    kwdict = new PyDict()
    fast[total + (hasVarargs ? 1 : 0)] = kwdict
  }
  const n = Math.min(npos, argcount)
  for (let i = 0; i < n; i++) fast[i] = args[i]
  if (hasVarargs) fast[total] = newTuple(args.slice(n, npos))
  else if (npos > argcount) {
    throw tooManyPositional(f, npos, kwnames, args)
  }
  const posonlyPassedAsKw: string[] = []
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]
    const value = args[npos + k]
    let j = -1
    for (let i = code.posonly; i < total; i++) {
      if (names[i] === name) {
        j = i
        break
      }
    }
    if (j < 0) {
      if (kwdict !== null) {
        kwdict.setStr(name, value)
        continue
      }
      if (names.slice(0, code.posonly).includes(name)) {
        posonlyPassedAsKw.push(name)
        continue
      }
      throw typeError(`${qn}() got an unexpected keyword argument '${name}'`)
    }
    if (fast[j] !== undefined) throw typeError(`${qn}() got multiple values for argument '${name}'`)
    fast[j] = value
  }
  if (posonlyPassedAsKw.length)
    throw typeError(`${qn}() got some positional-only arguments passed as keyword arguments: '${posonlyPassedAsKw.join(', ')}'`)
  // defaults
  const defaults = f.defaults ?? []
  const ndef = defaults.length
  if (npos < argcount) {
    const missing: string[] = []
    for (let i = npos; i < argcount; i++) {
      if (fast[i] === undefined) {
        const d = i - (argcount - ndef)
        if (d >= 0) fast[i] = defaults[d]
        else missing.push(names[i])
      }
    }
    if (missing.length) throw missingArgs(qn, missing, 'positional')
  }
  if (kwonly > 0) {
    const missing: string[] = []
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue
      const d = f.kwdefaults?.getStr(names[i])
      if (d !== undefined) fast[i] = d
      else missing.push(names[i])
    }
    if (missing.length) throw missingArgs(qn, missing, 'keyword-only')
  }
}

function missingArgs(qn: string, missing: string[], kind: string) {
  const q = missing.map((m) => `'${m}'`)
  let list: string
  if (q.length === 1) list = q[0]
  else if (q.length === 2) list = `${q[0]} and ${q[1]}`
  else list = `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`
  const s = missing.length === 1 ? '' : 's'
  return typeError(`${qn}() missing ${missing.length} required ${kind} argument${s}: ${list}`)
}

function tooManyPositional(f: PyFunction, given: number, kwnames: KwNames, args: Py[]) {
  const code = f.code
  const argcount = code.argcount
  const ndef = f.defaults?.length ?? 0
  let kwonlyGiven = 0
  if (kwnames !== null) {
    const names = code.localNames
    for (const k of kwnames) if (names.slice(argcount, argcount + code.kwonly).includes(k)) kwonlyGiven++
  }
  void args
  const plural = argcount !== 1 || ndef > 0 ? 's' : ''
  const sig = ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`
  const givenS = given === 1 && kwonlyGiven === 0 ? 'was' : 'were'
  let kwMsg = ''
  if (kwonlyGiven) {
    kwMsg = ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    return typeError(`${f.qualname}() takes ${sig} positional argument${plural} but ${given}${kwMsg} were given`)
  }
  return typeError(`${f.qualname}() takes ${sig} positional argument${plural} but ${given} ${givenS} given`)
}

/** call a Python function from JavaScript: runs a nested eval loop */
export function callFunction(f: PyFunction, args: Py[], kwnames: KwNames): Py {
  const frame = makeFrame(f, args, kwnames)
  return evalFrame(frame)
}

void None
void repr
