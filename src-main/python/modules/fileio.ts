// open() for text files through the host (Modules/_io, reduced to whole-file reads and writes).

import { type Py, PyObject, PyType, typeType, objectType, None, typeOf } from '../objects/typeobject'
import { defineMethods, type KwNames } from '../objects/descr'
import { PyList } from '../objects/tuple'
import { newExc, EXC, typeError, valueError } from '../objects/exceptions'
import { parseArgs } from './argparse'
import { ts } from '../vm/state'
import * as A from '../objects/abstract'

const fileType = new PyType(typeType, 'TextIOWrapper', [objectType])
fileType.mro = [fileType, objectType]
fileType.module = '_io'

class PyFile extends PyObject {
  pos = 0
  closed = false
  out = ''
  constructor(readonly path: string, readonly mode: string, public text: string) {
    super(fileType)
  }
}

export function openFile(args: Py[], kw: KwNames): Py {
  const [file, modeA] = parseArgs('open', args, kw, ['file', 'mode?', 'buffering?', 'encoding?', 'errors?', 'newline?', 'closefd?', 'opener?'])
  if (typeof file !== 'string') throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file!).name}`)
  const mode = (modeA as string | undefined) ?? 'r'
  const host = ts.host!
  const path = host.resolve(host.cwd(), file)
  if (mode.includes('r')) {
    const st = host.stat(path)
    if (st === null) {
      const e = newExc(EXC.FileNotFoundError)
      e.args = [2, 'No such file or directory']
      e.set('errno', 2)
      e.set('strerror', 'No such file or directory')
      e.set('filename', file)
      throw e
    }
    return new PyFile(path, mode, new TextDecoder().decode(host.readFile(path)))
  }
  return new PyFile(path, mode, '')
}

const F = (s: Py): PyFile => s as PyFile
function check(f: PyFile): void {
  if (f.closed) throw valueError('I/O operation on closed file.')
}
defineMethods(fileType, {
  read(s) {
    const f = F(s)
    check(f)
    const r = f.text.slice(f.pos)
    f.pos = f.text.length
    return r
  },
  readline(s) {
    const f = F(s)
    check(f)
    const i = f.text.indexOf('\n', f.pos)
    const end = i < 0 ? f.text.length : i + 1
    const r = f.text.slice(f.pos, end)
    f.pos = end
    return r
  },
  readlines(s) {
    const f = F(s)
    const out: Py[] = []
    for (;;) {
      const l = A.call(A.getAttr(f, 'readline'), []) as string
      if (l === '') return new PyList(out)
      out.push(l)
    }
  },
  write(s, a) {
    const f = F(s)
    check(f)
    f.out += a[0] as string
    return A.strLen(a[0] as string)
  },
  close(s) {
    const f = F(s)
    if (!f.closed && f.out && ts.host) {
      const prev = f.mode.includes('a') && ts.host.stat(f.path) ? new TextDecoder().decode(ts.host.readFile(f.path)) : ''
      ts.host.writeFileAtomic(f.path, new TextEncoder().encode(prev + f.out))
    }
    f.closed = true
    return None
  },
  __enter__: (s) => s,
  __exit__(s) {
    A.call(A.getAttr(s, 'close'), [])
    return None
  },
  __iter__: (s) => s,
  __next__(s) {
    const l = A.call(A.getAttr(s, 'readline'), []) as string
    if (l === '') throw newExc(EXC.StopIteration)
    return l
  },
})
