// The eval loop (Python/ceval.c _PyEval_EvalFrameDefault, Python/bytecodes.c). One switch
// over our own dense numbering of CPython's real instructions (Op below); the numbering
// is mapped from the opcode table in spec/opcodes.gen.ts when a code object is first run.
// Python-to-Python calls push a frame and continue in the same loop, so recursion depth
// is bounded by sys.getrecursionlimit(), never by the JavaScript stack.

import { type Py, None, typeOf, PyType, NotImplemented, boolType } from '../objects/typeobject'
import { PyCode } from '../objects/codeobj'
import { opName, cacheEntries, EXTENDED_ARG } from '../bytecode/opcodes'
import { OPCODES } from '../spec/opcodes.gen'
import { PyFunction, PyMethod, PyCell, PyProperty } from '../objects/function'
import { PyList, PyTuple, newTuple } from '../objects/tuple'
import { PyDict, PySet } from '../objects/dict'
import { PyFloat } from '../objects/float'
import {
  PyBaseException, nameError, systemError, RecursionError, newExc, AssertionError, KeyboardInterrupt, StopIteration,
} from '../objects/exceptions'
import * as A from '../objects/abstract'
import { Frame } from './frame'
import { ts, C_RECURSION_LIMIT } from './state'
import { makeFrame } from './call'
import * as X from './ops'
import { newGenerator, genSendFromLoop, genLastDone, PyGenerator, genClose, tempGenerators } from './generator'
import { addTraceback } from './traceback'
import { isPlainGetattr } from '../objects/attrs'

// Our numbering of the real instructions of CPython 3.12 (Lib/opcode.py opmap minus the
// specialized and instrumented forms). The switch below must handle every member.
const enum Op {
  CACHE, POP_TOP, PUSH_NULL, INTERPRETER_EXIT, END_FOR, END_SEND, NOP, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
  RESERVED, BINARY_SUBSCR, BINARY_SLICE, STORE_SLICE, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
  PUSH_EXC_INFO, CHECK_EXC_MATCH, CHECK_EG_MATCH, WITH_EXCEPT_START, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH,
  BEFORE_WITH, END_ASYNC_FOR, CLEANUP_THROW, STORE_SUBSCR, DELETE_SUBSCR, GET_ITER, GET_YIELD_FROM_ITER,
  LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, RETURN_GENERATOR, RETURN_VALUE, SETUP_ANNOTATIONS, LOAD_LOCALS,
  POP_EXCEPT, STORE_NAME, DELETE_NAME, UNPACK_SEQUENCE, FOR_ITER, UNPACK_EX, STORE_ATTR, DELETE_ATTR,
  STORE_GLOBAL, DELETE_GLOBAL, SWAP, LOAD_CONST, LOAD_NAME, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP,
  LOAD_ATTR, COMPARE_OP, IMPORT_NAME, IMPORT_FROM, JUMP_FORWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
  LOAD_GLOBAL, IS_OP, CONTAINS_OP, RERAISE, COPY, RETURN_CONST, BINARY_OP, SEND, LOAD_FAST, STORE_FAST,
  DELETE_FAST, LOAD_FAST_CHECK, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, RAISE_VARARGS, GET_AWAITABLE,
  MAKE_FUNCTION, BUILD_SLICE, JUMP_BACKWARD_NO_INTERRUPT, MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF,
  DELETE_DEREF, JUMP_BACKWARD, LOAD_SUPER_ATTR, CALL_FUNCTION_EX, LOAD_FAST_AND_CLEAR, EXTENDED_ARG,
  LIST_APPEND, SET_ADD, MAP_ADD, COPY_FREE_VARS, YIELD_VALUE, RESUME, MATCH_CLASS, FORMAT_VALUE,
  BUILD_CONST_KEY_MAP, BUILD_STRING, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, CALL, KW_NAMES,
  CALL_INTRINSIC_1, CALL_INTRINSIC_2, LOAD_FROM_DICT_OR_GLOBALS, LOAD_FROM_DICT_OR_DEREF,
}

/** name -> our number; every real instruction of the table must appear here (checked by test/vm) */
export const OP_OF: Readonly<Record<string, Op>> = {
  CACHE: Op.CACHE, POP_TOP: Op.POP_TOP, PUSH_NULL: Op.PUSH_NULL, INTERPRETER_EXIT: Op.INTERPRETER_EXIT,
  END_FOR: Op.END_FOR, END_SEND: Op.END_SEND, NOP: Op.NOP, UNARY_NEGATIVE: Op.UNARY_NEGATIVE, UNARY_NOT: Op.UNARY_NOT,
  UNARY_INVERT: Op.UNARY_INVERT, RESERVED: Op.RESERVED, BINARY_SUBSCR: Op.BINARY_SUBSCR, BINARY_SLICE: Op.BINARY_SLICE,
  STORE_SLICE: Op.STORE_SLICE, GET_LEN: Op.GET_LEN, MATCH_MAPPING: Op.MATCH_MAPPING, MATCH_SEQUENCE: Op.MATCH_SEQUENCE,
  MATCH_KEYS: Op.MATCH_KEYS, PUSH_EXC_INFO: Op.PUSH_EXC_INFO, CHECK_EXC_MATCH: Op.CHECK_EXC_MATCH,
  CHECK_EG_MATCH: Op.CHECK_EG_MATCH, WITH_EXCEPT_START: Op.WITH_EXCEPT_START, GET_AITER: Op.GET_AITER,
  GET_ANEXT: Op.GET_ANEXT, BEFORE_ASYNC_WITH: Op.BEFORE_ASYNC_WITH, BEFORE_WITH: Op.BEFORE_WITH,
  END_ASYNC_FOR: Op.END_ASYNC_FOR, CLEANUP_THROW: Op.CLEANUP_THROW, STORE_SUBSCR: Op.STORE_SUBSCR,
  DELETE_SUBSCR: Op.DELETE_SUBSCR, GET_ITER: Op.GET_ITER, GET_YIELD_FROM_ITER: Op.GET_YIELD_FROM_ITER,
  LOAD_BUILD_CLASS: Op.LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR: Op.LOAD_ASSERTION_ERROR,
  RETURN_GENERATOR: Op.RETURN_GENERATOR, RETURN_VALUE: Op.RETURN_VALUE, SETUP_ANNOTATIONS: Op.SETUP_ANNOTATIONS,
  LOAD_LOCALS: Op.LOAD_LOCALS, POP_EXCEPT: Op.POP_EXCEPT, STORE_NAME: Op.STORE_NAME, DELETE_NAME: Op.DELETE_NAME,
  UNPACK_SEQUENCE: Op.UNPACK_SEQUENCE, FOR_ITER: Op.FOR_ITER, UNPACK_EX: Op.UNPACK_EX, STORE_ATTR: Op.STORE_ATTR,
  DELETE_ATTR: Op.DELETE_ATTR, STORE_GLOBAL: Op.STORE_GLOBAL, DELETE_GLOBAL: Op.DELETE_GLOBAL, SWAP: Op.SWAP,
  LOAD_CONST: Op.LOAD_CONST, LOAD_NAME: Op.LOAD_NAME, BUILD_TUPLE: Op.BUILD_TUPLE, BUILD_LIST: Op.BUILD_LIST,
  BUILD_SET: Op.BUILD_SET, BUILD_MAP: Op.BUILD_MAP, LOAD_ATTR: Op.LOAD_ATTR, COMPARE_OP: Op.COMPARE_OP,
  IMPORT_NAME: Op.IMPORT_NAME, IMPORT_FROM: Op.IMPORT_FROM, JUMP_FORWARD: Op.JUMP_FORWARD,
  POP_JUMP_IF_FALSE: Op.POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE: Op.POP_JUMP_IF_TRUE, LOAD_GLOBAL: Op.LOAD_GLOBAL,
  IS_OP: Op.IS_OP, CONTAINS_OP: Op.CONTAINS_OP, RERAISE: Op.RERAISE, COPY: Op.COPY, RETURN_CONST: Op.RETURN_CONST,
  BINARY_OP: Op.BINARY_OP, SEND: Op.SEND, LOAD_FAST: Op.LOAD_FAST, STORE_FAST: Op.STORE_FAST,
  DELETE_FAST: Op.DELETE_FAST, LOAD_FAST_CHECK: Op.LOAD_FAST_CHECK, POP_JUMP_IF_NOT_NONE: Op.POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_NONE: Op.POP_JUMP_IF_NONE, RAISE_VARARGS: Op.RAISE_VARARGS, GET_AWAITABLE: Op.GET_AWAITABLE,
  MAKE_FUNCTION: Op.MAKE_FUNCTION, BUILD_SLICE: Op.BUILD_SLICE, JUMP_BACKWARD_NO_INTERRUPT: Op.JUMP_BACKWARD_NO_INTERRUPT,
  MAKE_CELL: Op.MAKE_CELL, LOAD_CLOSURE: Op.LOAD_CLOSURE, LOAD_DEREF: Op.LOAD_DEREF, STORE_DEREF: Op.STORE_DEREF,
  DELETE_DEREF: Op.DELETE_DEREF, JUMP_BACKWARD: Op.JUMP_BACKWARD, LOAD_SUPER_ATTR: Op.LOAD_SUPER_ATTR,
  CALL_FUNCTION_EX: Op.CALL_FUNCTION_EX, LOAD_FAST_AND_CLEAR: Op.LOAD_FAST_AND_CLEAR, EXTENDED_ARG: Op.EXTENDED_ARG,
  LIST_APPEND: Op.LIST_APPEND, SET_ADD: Op.SET_ADD, MAP_ADD: Op.MAP_ADD, COPY_FREE_VARS: Op.COPY_FREE_VARS,
  YIELD_VALUE: Op.YIELD_VALUE, RESUME: Op.RESUME, MATCH_CLASS: Op.MATCH_CLASS, FORMAT_VALUE: Op.FORMAT_VALUE,
  BUILD_CONST_KEY_MAP: Op.BUILD_CONST_KEY_MAP, BUILD_STRING: Op.BUILD_STRING, LIST_EXTEND: Op.LIST_EXTEND,
  SET_UPDATE: Op.SET_UPDATE, DICT_MERGE: Op.DICT_MERGE, DICT_UPDATE: Op.DICT_UPDATE, CALL: Op.CALL,
  KW_NAMES: Op.KW_NAMES, CALL_INTRINSIC_1: Op.CALL_INTRINSIC_1, CALL_INTRINSIC_2: Op.CALL_INTRINSIC_2,
  LOAD_FROM_DICT_OR_GLOBALS: Op.LOAD_FROM_DICT_OR_GLOBALS, LOAD_FROM_DICT_OR_DEREF: Op.LOAD_FROM_DICT_OR_DEREF,
}

/** spec opcode number -> our number (255 = not a real instruction) */
const INTERNAL = new Uint8Array(256).fill(255)
for (const s of OPCODES) if (!s.pseudo && s.name in OP_OF) INTERNAL[s.code] = OP_OF[s.name]

function assertNever(x: never): never {
  throw new Error(`unhandled instruction ${String(x)}`)
}

/** decode co_code once: our op numbers, full opargs (EXTENDED_ARG folded in), next offsets */
export function prepare(code: PyCode): void {
  const raw = code.co.co_code
  const n = raw.length >> 1
  const ops = new Uint8Array(n)
  const args = new Int32Array(n)
  const next = new Int32Array(n)
  let ext = 0
  for (let i = 0; i < n; ) {
    const op = raw[2 * i]
    const arg = raw[2 * i + 1] | ext
    const internal = INTERNAL[op]
    if (internal === 255) throw systemError(`unknown opcode ${opName(op)}`)
    ops[i] = internal
    args[i] = arg
    ext = op === EXTENDED_ARG ? arg << 8 : 0
    const nx = i + 1 + cacheEntries(op)
    for (let j = i; j < nx && j < n; j++) next[j] = nx
    i = nx
  }
  code.ops = ops
  code.args = args
  code.next = next
}

function pushFrame(frame: Frame, back: Frame): void {
  if (ts.depth >= ts.recursionLimit) {
    throw newExc(RecursionError, 'maximum recursion depth exceeded')
  }
  ts.depth++
  frame.back = back
}

/** run a frame until it returns (or, for generator frames, yields); `throwing` raises at its current instruction */
export function evalFrame(entry: Frame, throwing: PyBaseException | null = null): Py {
  if (ts.cDepth >= C_RECURSION_LIMIT) throw newExc(RecursionError, 'maximum recursion depth exceeded')
  if (entry.gen === null) {
    if (ts.depth >= ts.recursionLimit) throw newExc(RecursionError, 'maximum recursion depth exceeded')
    ts.depth++
  }
  ts.cDepth++
  entry.entry = true
  entry.back = ts.frame
  let f = entry
  let code = f.code
  if (code.ops === null) prepare(code)
  let ops = code.ops!
  let oargs = code.args!
  let nexts = code.next!
  let consts = code.consts
  let names = code.names
  let fast = f.fast
  let stack = f.stack
  let ip = f.ip
  let lasti = f.lasti
  let kwnames: readonly string[] | null = null
  /** RERAISE's restored lasti: pushed by an outer handler, while the handler is found from the RERAISE itself */
  let restored = -1
  let pending: PyBaseException | null = throwing
  const tracer = ts.tracer
  ts.frame = f
  if (tracer !== null && tracer.onCall && !throwing && f.lasti < 0) tracer.onCall(f)

  for (;;) {
    try {
      if (pending !== null) {
        const p = pending
        pending = null
        throw p
      }
      for (;;) {
        lasti = ip
        const op = ops[ip] as Op
        const oparg = oargs[ip]
        ip = nexts[ip]
        if (tracer !== null) {
          // sys.settrace-style events; the host may block here (pause) and resume later
          f.lasti = lasti
          if (tracer.onLine && op !== Op.RESUME) {
            const line = code.lineAt(lasti)
            if (line !== f.traceLine && line > 0) {
              f.traceLine = line
              tracer.onLine(f, line)
            }
          }
          if (tracer.onInstruction !== undefined) {
            const marks = tracer.sparse === true ? code.traceMarks : null
            if (marks === null || marks[lasti] === 1) tracer.onInstruction(f, lasti)
          }
        }
        switch (op) {
          case Op.NOP:
          case Op.EXTENDED_ARG:
          case Op.CACHE:
          case Op.RESERVED:
            break
          case Op.RESUME:
            if (ts.interrupt) {
              ts.interrupt = false
              throw newExc(KeyboardInterrupt)
            }
            break
          case Op.INTERPRETER_EXIT:
            throw systemError('INTERPRETER_EXIT')
          case Op.LOAD_FAST: {
            stack.push(fast[oparg] as Py)
            break
          }
          case Op.LOAD_FAST_CHECK: {
            const v = fast[oparg]
            if (v === undefined) throw nameError(code.localNames[oparg], true)
            stack.push(v)
            break
          }
          case Op.LOAD_FAST_AND_CLEAR: {
            const v = fast[oparg]
            stack.push(v === undefined ? null : v)
            fast[oparg] = undefined
            break
          }
          case Op.STORE_FAST: {
            const v = stack.pop()
            fast[oparg] = v === null ? undefined : v
            break
          }
          case Op.DELETE_FAST: {
            if (fast[oparg] === undefined) throw nameError(code.localNames[oparg], true)
            fast[oparg] = undefined
            break
          }
          case Op.LOAD_CONST:
            stack.push(consts[oparg])
            break
          case Op.POP_TOP: {
            const v = stack.pop()
            if (tempGenerators.count > 0 && v instanceof PyGenerator && v.temporary) {
              v.temporary = false
              tempGenerators.count--
              if (!v.finished) genClose(v)
            }
            break
          }
          case Op.PUSH_NULL:
            stack.push(null)
            break
          case Op.END_FOR: {
            const it = stack[stack.length - 2]
            if (tempGenerators.count > 0 && it instanceof PyGenerator && it.temporary) {
              it.temporary = false
              tempGenerators.count--
            }
            stack.length -= 2
            break
          }
          case Op.END_SEND: {
            const v = stack.pop()!
            stack[stack.length - 1] = v
            break
          }
          case Op.COPY:
            stack.push(stack[stack.length - oparg])
            break
          case Op.SWAP: {
            const top = stack.length - 1
            const other = stack.length - oparg
            const t = stack[top]
            stack[top] = stack[other]
            stack[other] = t
            break
          }
          case Op.UNARY_NEGATIVE:
            stack.push(A.negative(stack.pop() as Py))
            break
          case Op.UNARY_NOT:
            stack.push(!A.truthy(stack.pop() as Py))
            break
          case Op.UNARY_INVERT:
            stack.push(A.invert(stack.pop() as Py))
            break
          case Op.BINARY_OP: {
            const b = stack.pop() as Py
            const a = stack[stack.length - 1] as Py
            stack[stack.length - 1] = A.binaryOp(a, b, oparg)
            break
          }
          case Op.COMPARE_OP: {
            const b = stack.pop() as Py
            const a = stack[stack.length - 1] as Py
            stack[stack.length - 1] = A.richCompare(a, b, oparg >> 4)
            break
          }
          case Op.IS_OP: {
            const b = stack.pop() as Py
            const a = stack[stack.length - 1] as Py
            stack[stack.length - 1] = X.isSame(a, b) !== (oparg === 1)
            break
          }
          case Op.CONTAINS_OP: {
            const b = stack.pop() as Py
            const a = stack[stack.length - 1] as Py
            stack[stack.length - 1] = A.contains(b, a) !== (oparg === 1)
            break
          }
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack.pop()
            if (v === false || (v !== true && !A.truthy(v as Py))) ip += oparg
            break
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack.pop()
            if (v === true || (v !== false && A.truthy(v as Py))) ip += oparg
            break
          }
          case Op.POP_JUMP_IF_NONE:
            if (stack.pop() === None) ip += oparg
            break
          case Op.POP_JUMP_IF_NOT_NONE:
            if (stack.pop() !== None) ip += oparg
            break
          case Op.JUMP_FORWARD:
            ip += oparg
            break
          case Op.JUMP_BACKWARD:
            ip -= oparg
            if (ts.interrupt) {
              ts.interrupt = false
              throw newExc(KeyboardInterrupt)
            }
            break
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            ip -= oparg
            break
          case Op.GET_ITER: {
            const o = stack[stack.length - 1] as Py
            // a generator called just for this loop has no other reference: CPython closes
            // it when the loop drops it (break), so its finally blocks run at that point
            if (o instanceof PyGenerator && lasti >= 4 && ops[lasti - 4] === Op.CALL) {
              o.temporary = true
              tempGenerators.count++
            }
            stack[stack.length - 1] = A.getIter(o)
            break
          }
          case Op.GET_YIELD_FROM_ITER:
            stack[stack.length - 1] = X.yieldFromIter(stack[stack.length - 1] as Py, code)
            break
          case Op.FOR_ITER: {
            const it = stack[stack.length - 1] as Py
            const v = A.next(it)
            if (v === undefined) {
              stack.pop()
              if (tempGenerators.count > 0 && it instanceof PyGenerator && it.temporary) {
                it.temporary = false
                tempGenerators.count--
              }
              ip += oparg + 1
            } else stack.push(v)
            break
          }
          case Op.LOAD_GLOBAL: {
            const name = names[oparg >> 1]
            let v = f.globals.table.getStr(name)
            if (v === undefined) {
              v = f.builtins.table.getStr(name)
              if (v === undefined) throw nameError(name)
            }
            if (oparg & 1) stack.push(null)
            stack.push(v)
            break
          }
          case Op.STORE_GLOBAL:
            f.globals.setStr(names[oparg], stack.pop() as Py)
            break
          case Op.DELETE_GLOBAL:
            if (!f.globals.delStr(names[oparg])) throw nameError(names[oparg])
            break
          case Op.LOAD_NAME:
            stack.push(X.loadName(f, names[oparg]))
            break
          case Op.STORE_NAME: {
            const v = stack.pop() as Py
            if (f.locals === null) throw systemError(`no locals found when storing '${names[oparg]}'`)
            X.storeName(f.locals, names[oparg], v)
            break
          }
          case Op.DELETE_NAME:
            X.deleteName(f, names[oparg])
            break
          case Op.LOAD_LOCALS:
            if (f.locals === null) throw systemError('no locals found')
            stack.push(f.locals)
            break
          case Op.LOAD_FROM_DICT_OR_GLOBALS: {
            const m = stack.pop() as Py
            stack.push(X.loadFromDictOrGlobals(f, m, names[oparg]))
            break
          }
          case Op.LOAD_FROM_DICT_OR_DEREF: {
            const m = stack.pop() as Py
            stack.push(X.loadFromDictOrDeref(f, m, oparg))
            break
          }
          case Op.LOAD_ATTR: {
            const owner = stack.pop() as Py
            const name = names[oparg >> 1]
            if (typeof owner === 'object' && !(owner instanceof PyType) && isPlainGetattr(owner.type)) {
              const d = owner.type.lookup(name)
              if (d === undefined && (oparg & 1) === 0) {
                // LOAD_ATTR_INSTANCE_VALUE: nothing on the type, the instance dict answers
                const dict = owner.dict
                const v = dict !== null ? dict.getStr(name) : undefined
                if (v !== undefined) {
                  stack.push(v)
                  break
                }
              }
              // LOAD_ATTR_PROPERTY: a Python property getter runs as an inline call
              if (d instanceof PyProperty) {
                const getter = d.fget
                if (getter instanceof PyFunction && getter.code.simpleArgs && getter.code.argcount === 1) {
                  if (oparg & 1) stack.push(null)
                  const gcode = getter.code
                  const nf = new Frame(gcode, getter.globals, getter.builtins, null, getter)
                  nf.fast[0] = owner
                  f.ip = ip
                  f.lasti = lasti
                  pushFrame(nf, f)
                  f = nf
                  code = gcode
                  if (code.ops === null) prepare(code)
                  ops = code.ops!
                  oargs = code.args!
                  nexts = code.next!
                  consts = code.consts
                  names = code.names
                  fast = f.fast
                  stack = f.stack
                  ip = 0
                  lasti = -1
                  ts.frame = f
                  if (tracer !== null && tracer.onCall) tracer.onCall(f)
                  break
                }
              }
            }
            if (oparg & 1) X.loadMethod(stack, owner, name)
            else stack.push(A.getAttr(owner, name))
            break
          }
          case Op.STORE_ATTR: {
            const owner = stack.pop() as Py
            const v = stack.pop() as Py
            A.setAttr(owner, names[oparg], v)
            break
          }
          case Op.DELETE_ATTR:
            A.delAttr(stack.pop() as Py, names[oparg])
            break
          case Op.LOAD_SUPER_ATTR: {
            const self = stack.pop() as Py
            const cls = stack.pop() as Py
            const sup = stack.pop() as Py
            const r = X.loadSuperAttr(f, sup, cls, self, names[oparg >> 2], (oparg & 2) !== 0)
            if (oparg & 1) stack.push(null)
            stack.push(r)
            break
          }
          case Op.BINARY_SUBSCR: {
            const k = stack.pop() as Py
            stack[stack.length - 1] = A.getItem(stack[stack.length - 1] as Py, k)
            break
          }
          case Op.STORE_SUBSCR: {
            const k = stack.pop() as Py
            const o = stack.pop() as Py
            A.setItem(o, k, stack.pop() as Py)
            break
          }
          case Op.DELETE_SUBSCR: {
            const k = stack.pop() as Py
            A.delItem(stack.pop() as Py, k)
            break
          }
          case Op.BINARY_SLICE: {
            const stop = stack.pop() as Py
            const start = stack.pop() as Py
            stack[stack.length - 1] = X.binarySlice(stack[stack.length - 1] as Py, start, stop)
            break
          }
          case Op.STORE_SLICE: {
            const stop = stack.pop() as Py
            const start = stack.pop() as Py
            const o = stack.pop() as Py
            X.storeSlice(o, start, stop, stack.pop() as Py)
            break
          }
          case Op.BUILD_SLICE: {
            const step = oparg === 3 ? (stack.pop() as Py) : None
            const stop = stack.pop() as Py
            const start = stack.pop() as Py
            stack.push(X.newSlice(start, stop, step))
            break
          }
          case Op.BUILD_TUPLE:
            stack.push(newTuple(stack.splice(stack.length - oparg, oparg) as Py[]))
            break
          case Op.BUILD_LIST:
            stack.push(new PyList(stack.splice(stack.length - oparg, oparg) as Py[]))
            break
          case Op.BUILD_SET: {
            const s = new PySet()
            for (const x of stack.splice(stack.length - oparg, oparg)) s.add(x as Py)
            stack.push(s)
            break
          }
          case Op.BUILD_MAP: {
            const items = stack.splice(stack.length - 2 * oparg, 2 * oparg) as Py[]
            const d = new PyDict()
            for (let i = 0; i < items.length; i += 2) d.table.set(items[i], items[i + 1])
            stack.push(d)
            break
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = (stack.pop() as PyTuple).items
            const vals = stack.splice(stack.length - oparg, oparg) as Py[]
            const d = new PyDict()
            for (let i = 0; i < keys.length; i++) d.table.set(keys[i], vals[i])
            stack.push(d)
            break
          }
          case Op.BUILD_STRING: {
            const parts = stack.splice(stack.length - oparg, oparg)
            stack.push(parts.join(''))
            break
          }
          case Op.LIST_APPEND: {
            const v = stack.pop() as Py
            ;(stack[stack.length - oparg] as PyList).items.push(v)
            break
          }
          case Op.SET_ADD: {
            const v = stack.pop() as Py
            ;(stack[stack.length - oparg] as PySet).add(v)
            break
          }
          case Op.MAP_ADD: {
            const v = stack.pop() as Py
            const k = stack.pop() as Py
            ;(stack[stack.length - oparg] as PyDict).table.set(k, v)
            break
          }
          case Op.LIST_EXTEND: {
            const v = stack.pop() as Py
            X.listExtend(stack[stack.length - oparg] as PyList, v)
            break
          }
          case Op.SET_UPDATE: {
            const v = stack.pop() as Py
            for (const x of A.toArray(v)) (stack[stack.length - oparg] as PySet).add(x)
            break
          }
          case Op.DICT_UPDATE: {
            const v = stack.pop() as Py
            X.dictUpdate(stack[stack.length - oparg] as PyDict, v)
            break
          }
          case Op.DICT_MERGE: {
            const v = stack.pop() as Py
            X.dictMerge(stack[stack.length - oparg] as PyDict, v, stack[stack.length - oparg - 2] as Py)
            break
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = stack.pop() as Py
            const items = X.unpackSequence(seq, oparg)
            for (let i = items.length - 1; i >= 0; i--) stack.push(items[i])
            break
          }
          case Op.UNPACK_EX: {
            const seq = stack.pop() as Py
            const items = X.unpackEx(seq, oparg & 0xff, oparg >> 8)
            for (let i = items.length - 1; i >= 0; i--) stack.push(items[i])
            break
          }
          case Op.FORMAT_VALUE: {
            const spec = (oparg & 4) !== 0 ? (stack.pop() as string) : ''
            stack.push(X.formatValue(stack.pop() as Py, oparg & 3, spec))
            break
          }
          case Op.GET_LEN:
            stack.push(A.len(stack[stack.length - 1] as Py))
            break
          case Op.MATCH_MAPPING:
            stack.push(X.isMapping(stack[stack.length - 1] as Py))
            break
          case Op.MATCH_SEQUENCE:
            stack.push(X.isSequence(stack[stack.length - 1] as Py))
            break
          case Op.MATCH_KEYS:
            stack.push(X.matchKeys(stack[stack.length - 2] as Py, stack[stack.length - 1] as PyTuple))
            break
          case Op.MATCH_CLASS: {
            const kw = stack.pop() as PyTuple
            const cls = stack.pop() as Py
            const subject = stack.pop() as Py
            stack.push(X.matchClass(subject, cls, oparg, kw))
            break
          }
          case Op.MAKE_CELL:
            fast[oparg] = new PyCell(fast[oparg])
            break
          case Op.LOAD_CLOSURE:
            stack.push(fast[oparg] as Py)
            break
          case Op.LOAD_DEREF: {
            const v = (fast[oparg] as PyCell).value
            if (v === undefined) throw X.unboundDeref(code, oparg)
            stack.push(v)
            break
          }
          case Op.STORE_DEREF:
            ;(fast[oparg] as PyCell).value = stack.pop() as Py
            break
          case Op.DELETE_DEREF: {
            const c = fast[oparg] as PyCell
            if (c.value === undefined) throw X.unboundDeref(code, oparg)
            c.value = undefined
            break
          }
          case Op.COPY_FREE_VARS: {
            const closure = f.func!.closure!
            const base = code.nlocalsplus - oparg
            for (let i = 0; i < oparg; i++) fast[base + i] = closure[i]
            break
          }
          case Op.MAKE_FUNCTION: {
            const c = stack.pop() as PyCode
            const fn = new PyFunction(c, f.globals, f.builtins)
            if (oparg & 8) fn.closure = (stack.pop() as PyTuple).items as PyCell[]
            if (oparg & 4) fn.annotations = stack.pop() as Py
            if (oparg & 2) fn.kwdefaults = stack.pop() as PyDict
            if (oparg & 1) fn.defaults = (stack.pop() as PyTuple).items
            fn.module = f.globals.table.getStr('__name__') ?? None
            const doc = c.consts.length > 0 && typeof c.consts[0] === 'string' ? c.consts[0] : None
            fn.doc = doc
            stack.push(fn)
            break
          }
          case Op.KW_NAMES:
            kwnames = (consts[oparg] as PyTuple).items as string[]
            break
          case Op.CALL: {
            const kw = kwnames
            kwnames = null
            const base = stack.length - oparg - 2
            let callable = stack[base]
            let argStart: number
            let nargs: number
            if (callable !== null) {
              argStart = base + 1
              nargs = oparg + 1
            } else {
              callable = stack[base + 1]
              argStart = base + 2
              nargs = oparg
              if (callable instanceof PyMethod) {
                stack[base + 1] = callable.self
                callable = callable.func
                argStart = base + 1
                nargs++
              }
            }
            if (callable instanceof PyFunction) {
              const fcode = callable.code
              let nf: Frame
              if (kw === null && fcode.simpleArgs && nargs === fcode.argcount) {
                // _PyFunction_Vectorcall's fast path: positional arguments straight into localsplus
                nf = new Frame(fcode, callable.globals, callable.builtins, null, callable)
                const nfast = nf.fast
                for (let i = 0; i < nargs; i++) nfast[i] = stack[argStart + i] as Py
              } else nf = makeFrame(callable, stack.slice(argStart, argStart + nargs) as Py[], kw)
              stack.length = base
              f.ip = ip
              f.lasti = lasti
              pushFrame(nf, f)
              f = nf
              code = fcode
              if (code.ops === null) prepare(code)
              ops = code.ops!
              oargs = code.args!
              nexts = code.next!
              consts = code.consts
              names = code.names
              fast = f.fast
              stack = f.stack
              ip = 0
              lasti = -1
              ts.frame = f
              if (tracer !== null && tracer.onCall) tracer.onCall(f)
              break
            }
            const args = stack.slice(argStart, argStart + nargs) as Py[]
            stack.length = base
            f.ip = ip
            f.lasti = lasti
            stack.push(A.call(callable as Py, args, kw))
            break
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = oparg & 1 ? (stack.pop() as Py) : null
            const callargs = stack.pop() as Py
            const func = stack.pop() as Py
            stack.pop()
            f.lasti = lasti
            stack.push(X.callEx(func, callargs, kwargs))
            break
          }
          case Op.CALL_INTRINSIC_1:
            stack[stack.length - 1] = X.intrinsic1(oparg, stack[stack.length - 1] as Py, f)
            break
          case Op.CALL_INTRINSIC_2: {
            const b = stack.pop() as Py
            stack[stack.length - 1] = X.intrinsic2(oparg, stack[stack.length - 1] as Py, b)
            break
          }
          case Op.RETURN_CONST:
          case Op.RETURN_VALUE: {
            const v = op === Op.RETURN_CONST ? consts[oparg] : (stack.pop() as Py)
            f.lasti = lasti
            if (tracer !== null && tracer.onReturn) tracer.onReturn(f, v)
            if (f.gen === null) ts.depth--
            if (f === entry) {
              ts.frame = f.back
              ts.cDepth--
              f.yielded = false
              return v
            }
            f = f.back!
            code = f.code
            ops = code.ops!
            oargs = code.args!
            nexts = code.next!
            consts = code.consts
            names = code.names
            fast = f.fast
            stack = f.stack
            ip = f.ip
            lasti = f.lasti
            ts.frame = f
            stack.push(v)
            break
          }
          case Op.RETURN_GENERATOR: {
            f.ip = ip
            f.lasti = lasti
            const gen = newGenerator(f)
            ts.depth--
            if (f === entry) {
              ts.frame = f.back
              ts.cDepth--
              f.back = null
              f.entry = false
              return gen
            }
            const caller = f.back!
            f.back = null
            f = caller
            code = f.code
            ops = code.ops!
            oargs = code.args!
            nexts = code.next!
            consts = code.consts
            names = code.names
            fast = f.fast
            stack = f.stack
            ip = f.ip
            lasti = f.lasti
            ts.frame = f
            stack.push(gen)
            break
          }
          case Op.YIELD_VALUE: {
            const v = stack.pop() as Py
            f.ip = ip
            f.lasti = lasti
            f.yielded = true
            // settrace reports a yield as the frame's 'return' (PY_YIELD in legacy tracing)
            if (tracer !== null && tracer.onReturn) tracer.onReturn(f, v)
            ts.frame = f.back
            ts.cDepth--
            return v
          }
          case Op.SEND: {
            const v = stack.pop() as Py
            const receiver = stack[stack.length - 1] as Py
            f.lasti = lasti
            const r = genSendFromLoop(receiver, v)
            if (genLastDone()) {
              // the subiterator finished: CPython raises an artificial StopIteration here,
              // which settrace reports as an 'exception' event (STOP_ITERATION monitoring)
              if (tracer !== null && tracer.onException) tracer.onException(f, newExc(StopIteration))
              stack.push(r)
              ip += oparg
            } else stack.push(r)
            break
          }
          case Op.GET_AWAITABLE:
            stack[stack.length - 1] = X.getAwaitable(stack[stack.length - 1] as Py, oparg)
            break
          case Op.GET_AITER:
            stack[stack.length - 1] = X.getAIter(stack[stack.length - 1] as Py)
            break
          case Op.GET_ANEXT:
            stack.push(X.getANext(stack[stack.length - 1] as Py))
            break
          case Op.END_ASYNC_FOR: {
            const exc = stack.pop() as PyBaseException
            stack.pop()
            X.endAsyncFor(exc)
            break
          }
          case Op.CLEANUP_THROW: {
            const exc = stack.pop() as PyBaseException
            stack.length -= 2
            stack.push(None, X.cleanupThrow(exc))
            break
          }
          case Op.BEFORE_WITH: {
            const mgr = stack.pop() as Py
            const [exit, res] = X.beforeWith(mgr)
            stack.push(exit, res)
            break
          }
          case Op.BEFORE_ASYNC_WITH: {
            const mgr = stack.pop() as Py
            const [exit, res] = X.beforeAsyncWith(mgr)
            stack.push(exit, res)
            break
          }
          case Op.WITH_EXCEPT_START: {
            const val = stack[stack.length - 1] as PyBaseException
            const exit = stack[stack.length - 4] as Py
            stack.push(A.call(exit, [typeOf(val), val, val.traceback ?? None]))
            break
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack[stack.length - 1] as PyBaseException
            stack[stack.length - 1] = ts.handled ?? None
            stack.push(exc)
            ts.handled = exc
            break
          }
          case Op.POP_EXCEPT: {
            const v = stack.pop()
            ts.handled = v === None || v === null ? null : (v as PyBaseException)
            break
          }
          case Op.CHECK_EXC_MATCH: {
            const right = stack.pop() as Py
            stack.push(X.checkExcMatch(stack[stack.length - 1] as PyBaseException, right))
            break
          }
          case Op.CHECK_EG_MATCH: {
            const matchType = stack.pop() as Py
            const exc = stack.pop() as PyBaseException
            const [rest, match] = X.checkEgMatch(exc, matchType)
            stack.push(rest, match)
            break
          }
          case Op.RERAISE: {
            const exc = stack.pop() as PyBaseException
            if (oparg) restored = stack[stack.length - oparg] as number
            exc.reraise = true
            throw exc
          }
          case Op.RAISE_VARARGS: {
            f.lasti = lasti
            if (oparg === 0) {
              const e = ts.handled
              if (e === null) throw newExc(X.RuntimeErrorType(), 'No active exception to reraise')
              e.reraise = true
              throw e
            }
            const cause = oparg === 2 ? (stack.pop() as Py) : undefined
            throw X.makeRaise(stack.pop() as Py, cause)
          }
          case Op.LOAD_ASSERTION_ERROR:
            stack.push(AssertionError)
            break
          case Op.LOAD_BUILD_CLASS: {
            const bc = f.builtins.table.getStr('__build_class__')
            if (bc === undefined) throw nameError('__build_class__')
            stack.push(bc)
            break
          }
          case Op.SETUP_ANNOTATIONS:
            X.setupAnnotations(f)
            break
          case Op.IMPORT_NAME: {
            const fromlist = stack.pop() as Py
            const level = stack.pop() as Py
            f.lasti = lasti
            stack.push(X.importName(f, names[oparg], fromlist, level))
            break
          }
          case Op.IMPORT_FROM:
            stack.push(X.importFrom(stack[stack.length - 1] as Py, names[oparg]))
            break
          default:
            assertNever(op)
        }
      }
    } catch (e) {
      // exception_unwind: find a handler in this frame or pop frames until one has one
      const exc = X.toPyException(e)
      if (!exc.reraise) X.setContext(exc)
      for (;;) {
        if (!exc.reraise) addTraceback(exc, f, lasti)
        exc.reraise = false
        if (tracer !== null && tracer.onException) tracer.onException(f, exc)
        const h = lasti >= 0 ? f.code.findHandler(lasti) : null
        if (h !== null) {
          stack.length = h.depth
          if (h.lasti) stack.push(restored >= 0 ? restored : lasti)
          restored = -1
          stack.push(exc)
          ip = h.target
          break
        }
        restored = -1
        if (f.gen === null) ts.depth--
        if (f === entry) {
          ts.frame = f.back
          ts.cDepth--
          f.yielded = false
          f.lasti = lasti
          throw exc
        }
        f = f.back!
        code = f.code
        ops = code.ops!
        oargs = code.args!
        nexts = code.next!
        consts = code.consts
        names = code.names
        fast = f.fast
        stack = f.stack
        ip = f.ip
        lasti = f.lasti
        kwnames = null
        ts.frame = f
      }
    }
  }
}

void PyType
void NotImplemented
void boolType
void PyFloat
