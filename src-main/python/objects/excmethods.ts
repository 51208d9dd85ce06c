// Methods and attributes of BaseException and its special subclasses
// (Objects/exceptions.c BaseException_str/repr, KeyError_str, StopIteration, SystemExit,
// OSError, NameError/AttributeError name, add_note).

import { type Py, None, PyType, typeOf } from './typeobject'
import { defineMethods, defineGetSets } from './descr'
import {
  PyBaseException, BaseException, KeyError, StopIteration, SystemExit, NameError, AttributeError, ImportError,
  BaseExceptionGroup, typeError, StopAsyncIteration, OSError, SyntaxError, EXC,
} from './exceptions'
import { newTuple, PyTuple, PyList } from './tuple'
import { PyDict } from './dict'
import * as A from './abstract'
import { defineNew, instanceDictDescr } from './objectmethods'
import { newExceptionGroup, egExceptions, egSplit } from './excgroup'

const E = (s: Py): PyBaseException => s as PyBaseException

defineNew(BaseException, (cls, args, kw) => {
  const nk = kw?.length ?? 0
  const e = new PyBaseException(cls, args.slice(0, args.length - nk))
  if (cls.isSubtype(BaseExceptionGroup)) return newExceptionGroup(cls, args)
  return e
})

/** OSError(errno, strerror[, filename]) picks the subclass for the errno (Objects/exceptions.c oserror_use_init) */
const ERRNO_CLASS: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 110: 'TimeoutError', 111: 'ConnectionRefusedError',
}
defineNew(OSError, (cls, args, kw) => {
  const nk = kw?.length ?? 0
  const pos = args.slice(0, args.length - nk)
  if (cls === OSError && pos.length >= 2 && typeof pos[0] === 'number' && ERRNO_CLASS[pos[0]]) cls = EXC[ERRNO_CLASS[pos[0]]]
  const e = new PyBaseException(cls, pos.length >= 2 && pos.length <= 5 ? pos.slice(0, 2) : pos)
  if (pos.length >= 2 && pos.length <= 5) {
    e.set('errno', pos[0])
    e.set('strerror', pos[1])
    if (pos.length >= 3) e.set('filename', pos[2])
  }
  return e
})

defineMethods(BaseException, {
  __init__(s, args, kw) {
    const nk = kw?.length ?? 0
    if (nk > 0 && typeOf(s).lookup('__init__') === BaseException.attrs.get('__init__') && !typeOf(s).heap)
      throw typeError(`${typeOf(s).name}() takes no keyword arguments`)
    const e = E(s)
    if (!e.type.isSubtype(BaseExceptionGroup)) e.args = args.slice(0, args.length - nk)
    return None
  },
  __str__(s) {
    const a = E(s).args
    if (a.length === 0) return ''
    if (a.length === 1) return A.str(a[0])
    return A.str(newTuple(a))
  },
  __repr__(s) {
    const e = E(s)
    const name = e.type.name
    const a = e.args
    if (a.length === 1) return `${name}(${A.repr(a[0])})`
    return `${name}(${a.map(A.repr).join(', ')})`
  },
  with_traceback(s, a) {
    E(s).traceback = a[0] === None ? null : (a[0] as PyBaseException['traceback'])
    return s
  },
  add_note(s, a) {
    const note = a[0]
    if (typeof note !== 'string') throw typeError(`note must be a str, not '${typeOf(note).name}'`)
    const e = E(s)
    e.dict ??= new PyDict()
    let notes = e.dict.getStr('__notes__')
    if (notes === undefined) {
      notes = new PyList([])
      e.dict.setStr('__notes__', notes)
    }
    if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list')
    notes.items.push(note)
    return None
  },
  __reduce__: (s) => newTuple([E(s).type, newTuple(E(s).args)]),
})

defineGetSets(BaseException, {
  __dict__: [instanceDictDescr.get, instanceDictDescr.set!],
  args: [(s) => newTuple(E(s).args), (s, v) => {
    E(s).args = A.toArray(v!)
  }],
  __traceback__: [(s) => E(s).traceback ?? None, (s, v) => {
    E(s).traceback = v === None ? null : (v as PyBaseException['traceback'])
  }],
  __cause__: [(s) => E(s).cause, (s, v) => {
    E(s).cause = v!
    E(s).suppressContext = true
  }],
  __context__: [(s) => E(s).context, (s, v) => {
    E(s).context = v!
  }],
  __suppress_context__: [(s) => E(s).suppressContext, (s, v) => {
    E(s).suppressContext = A.truthy(v!)
  }],
})

defineMethods(KeyError, {
  __str__(s) {
    const a = E(s).args
    if (a.length === 1) return A.repr(a[0])
    return a.length === 0 ? '' : A.str(newTuple(a))
  },
})

function attrFromArgsOrExtra(name: string, index: number): [(s: Py) => Py, (s: Py, v: Py | null) => void] {
  return [
    (s) => {
      const e = E(s)
      if (e.extra && name in e.extra) return e.extra[name]
      return index >= 0 ? e.args[index] ?? None : None
    },
    (s, v) => E(s).set(name, v ?? None),
  ]
}

defineGetSets(StopIteration, { value: attrFromArgsOrExtra('value', 0) })
defineGetSets(StopAsyncIteration, { value: attrFromArgsOrExtra('value', 0) })
defineGetSets(SystemExit, {
  code: [(s) => {
    const e = E(s)
    if (e.extra && 'code' in e.extra) return e.extra.code
    return e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args)
  }, (s, v) => E(s).set('code', v ?? None)],
})
defineGetSets(NameError, { name: attrFromArgsOrExtra('name', -1) })
defineGetSets(AttributeError, { name: attrFromArgsOrExtra('name', -1), obj: attrFromArgsOrExtra('obj', -1) })
defineGetSets(ImportError, { name: attrFromArgsOrExtra('name', -1), msg: attrFromArgsOrExtra('msg', 0), path: attrFromArgsOrExtra('path', -1) })
defineGetSets(OSError, { errno: attrFromArgsOrExtra('errno', -1), strerror: attrFromArgsOrExtra('strerror', -1), filename: attrFromArgsOrExtra('filename', -1) })
defineGetSets(SyntaxError, {
  msg: attrFromArgsOrExtra('msg', 0),
  lineno: attrFromArgsOrExtra('lineno', -1),
  filename: attrFromArgsOrExtra('filename', -1),
  offset: attrFromArgsOrExtra('offset', -1),
  text: attrFromArgsOrExtra('text', -1),
  end_lineno: attrFromArgsOrExtra('end_lineno', -1),
  end_offset: attrFromArgsOrExtra('end_offset', -1),
})

// Objects/exceptions.c SyntaxError_str: "msg (file.py, line 3)" with the file's basename
defineMethods(SyntaxError, {
  __str__(s) {
    const e = E(s)
    const msgv = e.extra && 'msg' in e.extra ? e.extra.msg : e.args[0] ?? None
    const msg = A.str(msgv)
    const filename = e.get('filename')
    const lineno = e.get('lineno')
    const base = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null
    const hasLine = typeof lineno === 'number' || typeof lineno === 'bigint'
    if (base !== null && hasLine) return `${msg} (${base}, line ${lineno})`
    if (base !== null) return `${msg} (${base})`
    if (hasLine) return `${msg} (line ${lineno})`
    return msg
  },
})
defineMethods(OSError, {
  __str__(s) {
    const a = E(s).args
    if (a.length >= 2) {
      const fn = E(s).get('filename')
      if (fn !== None) return `[Errno ${A.str(a[0])}] ${A.str(a[1])}: ${A.repr(fn)}`
      return `[Errno ${A.str(a[0])}] ${A.str(a[1])}`
    }
    return a.length === 1 ? A.str(a[0]) : ''
  },
})
defineMethods(ImportError, {
  __init__(s, args, kw) {
    const e = E(s)
    const nk = kw?.length ?? 0
    e.args = args.slice(0, args.length - nk)
    kw?.forEach((k, i) => e.set(k, args[args.length - nk + i]))
    return None
  },
})

for (const n of ['UnicodeDecodeError', 'UnicodeEncodeError']) {
  defineMethods(EXC[n], {
    __str__(s) {
      const a = E(s).args
      if (a.length < 5) return A.str(newTuple(a))
      const obj = a[1]
      const start = Number(a[2])
      const ch = typeof obj === 'string' ? obj.codePointAt(start)! : 0
      const what = n === 'UnicodeEncodeError' ? `character '\\x${ch.toString(16).padStart(2, '0')}'` : 'byte'
      const w = ch > 0xff ? `character '\\u${ch.toString(16).padStart(4, '0')}'` : what
      return `'${A.str(a[0])}' codec can't ${n === 'UnicodeEncodeError' ? 'encode' : 'decode'} ${w} in position ${start}: ${A.str(a[4])}`
    },
  })
}

// ---------------------------------------------------------------- exception groups

defineMethods(BaseExceptionGroup, {
  __init__: () => None,
  __str__(s) {
    const n = egExceptions(E(s)).length
    return `${A.str(E(s).args[0])} (${n} sub-exception${n > 1 ? 's' : ''})`
  },
  __repr__(s) {
    const e = E(s)
    return `${e.type.name}(${A.repr(e.args[0])}, ${A.repr(new PyList(egExceptions(e).slice()))})`
  },
  derive: (s, a) => newExceptionGroup(BaseExceptionGroup, [E(s).args[0], a[0]]),
  split: (s, a) => newTuple(egSplit(E(s), a[0])),
  subgroup: (s, a) => egSplit(E(s), a[0])[0],
})
defineGetSets(BaseExceptionGroup, {
  message: [(s) => E(s).args[0]],
  exceptions: [(s) => E(s).args[1] as PyTuple],
})

void PyType
