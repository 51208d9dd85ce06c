// Traceback objects and their printing (Python/traceback.c PyTraceBack_Here, tb_displayline,
// Python/pythonrun.c print_exception with chaining, Lib/traceback.py's caret anchors and
// "Did you mean" suggestions).

import { formatSyntaxError } from '../ast/formatSyntaxError'
import type { SyntaxErrorKind } from '../errors'
import { PyObject, type Py, tracebackType, None, typeOf, PyType } from '../objects/typeobject'
import { PyBaseException, NameError, AttributeError, ImportError, BaseExceptionGroup, SyntaxError } from '../objects/exceptions'
import { egExceptions } from '../objects/excgroup'
import type { Frame } from './frame'
import type { PyHost } from '../host'
import * as A from '../objects/abstract'
import { caretAnchors } from './anchors'
import { suggestion } from './suggestions'
import { STDLIB_MODULE_NAMES } from './stdlibNames.gen'

export class PyTraceback extends PyObject {
  constructor(
    readonly next: PyTraceback | null,
    readonly frame: Frame,
    readonly lasti: number,
  ) {
    super(tracebackType)
  }
  get lineno(): number {
    return this.frame.code.lineAt(this.lasti)
  }
}

/** PyTraceBack_Here: prepend an entry for the frame the exception passes through */
export function addTraceback(exc: PyBaseException, f: Frame, lasti: number): void {
  exc.traceback = new PyTraceback(exc.traceback as PyTraceback | null, f, lasti)
}

export interface SourceLines {
  getLine(filename: string, lineno: number): string | null
}

function fmtEntries(tb: PyTraceback | null, src: SourceLines): string {
  let out = ''
  let last: string | null = null
  let count = 0
  for (let t = tb; t !== null; t = t.next) {
    const code = t.frame.code
    const line = t.lineno
    const key = `${code.filename}\0${line}\0${code.name}`
    if (key === last) {
      count++
      if (count > 3) continue
    } else {
      if (count > 3) out += repeatedMsg(count - 3)
      last = key
      count = 1
    }
    out += `  File "${code.filename}", line ${line < 0 ? 'None' : line}, in ${code.name}\n`
    const text = line > 0 ? src.getLine(code.filename, line) : null
    if (text !== null && text.trim() !== '') out += sourceWithCarets(text, t, line)
  }
  if (count > 3) out += repeatedMsg(count - 3)
  return out
}

function repeatedMsg(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`
}

function byteToChar(line: string, off: number): number {
  const b = new TextEncoder().encode(line)
  return new TextDecoder().decode(b.slice(0, off)).length
}

function sourceWithCarets(text: string, t: PyTraceback, line: number): string {
  const stripped = text.replace(/^[ \t\f]+/, '').replace(/[\r\n]+$/, '')
  let out = `    ${stripped.replace(/\s+$/, '')}\n`
  const pos = t.frame.code.pos
  const i = t.lasti
  if (i < 0 || i >= pos.line.length) return out
  const l0 = pos.line[i]
  const l1 = pos.endLine[i]
  let c0 = pos.col[i]
  let c1 = pos.endCol[i]
  if (l0 !== line || c0 < 0 || c1 < 0 || l1 < l0) return out
  const raw = text.replace(/[\r\n]+$/, '')
  c0 = byteToChar(raw, c0)
  c1 = l1 === l0 ? byteToChar(raw, c1) : raw.replace(/\s+$/, '').length
  const indent = raw.length - raw.replace(/^[ \t\f]+/, '').length
  const segment = raw.slice(c0, c1)
  const anchors = l1 === l0 ? caretAnchors(segment) : null
  const strippedLen = raw.trim().length
  if (c1 - c0 >= strippedLen && anchors === null) return out
  let carets = ' '.repeat(4 + c0 - indent)
  if (anchors !== null) {
    carets += '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(c1 - c0 - anchors[1])
  } else carets += '^'.repeat(Math.max(1, c1 - c0))
  out += carets + '\n'
  return out
}

/** the "Type: message" line (traceback.format_exception_only) */
export function exceptionOnly(exc: PyBaseException): string {
  const t = exc.type
  let name = t.qualname
  const mod = t.module
  if (mod !== 'builtins' && mod !== '__main__') name = `${mod}.${name}`
  let msg: string
  try {
    msg = A.str(exc)
  } catch {
    msg = '<exception str() failed>'
  }
  let out = msg === '' ? `${name}\n` : `${name}: ${msg}\n`
  // print_exception_file_and_line + print_error_text: a SyntaxError shows where in the source
  if (t.isSubtype(SyntaxError) && exc.extra && 'lineno' in exc.extra) {
    const num = (v: Py): number | null => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : null)
    const filename = exc.get('filename')
    const text = exc.get('text')
    out = formatSyntaxError({
      kind: name as SyntaxErrorKind,
      msg: A.str(exc.get('msg')),
      filename: typeof filename === 'string' ? filename : '<string>',
      lineno: num(exc.get('lineno')),
      offset: num(exc.get('offset')),
      text: typeof text === 'string' ? text : null,
      end_lineno: num(exc.get('end_lineno')),
      end_offset: num(exc.get('end_offset')),
    })
  }
  // _Py_Offer_Suggestions checks the exact types, not subclasses
  if (t === NameError || t === AttributeError || t === ImportError) {
    const s = suggestion(exc)
    if (s !== null) out = out.slice(0, -1) + `. Did you mean: '${s}'?\n`
    const name = exc.get('name')
    if (t === NameError && typeof name === 'string' && STDLIB_MODULE_NAMES.has(name)) {
      out = out.slice(0, -1) + (s !== null ? ` Or did you forget to import '${name}'?\n` : `. Did you forget to import '${name}'?\n`)
    }
  }
  const notes = exc.dict?.getStr('__notes__')
  if (notes !== undefined) {
    for (const n of A.toArray(notes)) out += (typeof n === 'string' ? n : A.repr(n)) + '\n'
  }
  return out
}

/** Lib/traceback.py _ExceptionPrintContext: group depth, margins and the seen set */
class PrintContext {
  seen = new Set<PyBaseException>()
  depth = 0
  needClose = false
  indent(): string {
    return ' '.repeat(2 * this.depth)
  }
  emit(text: string, margin = '|'): string {
    let prefix = this.indent()
    if (this.depth) prefix += margin + ' '
    if (!prefix) return text
    return text.split(/(?<=\n)/).map((l) => prefix + l).join('')
  }
}

const MAX_GROUP_WIDTH = 15
const MAX_GROUP_DEPTH = 10

function isGroup(e: PyBaseException): boolean {
  return e.type.isSubtype(BaseExceptionGroup)
}

/** TracebackException.format: causes and contexts first, then this exception (boxed for groups) */
function formatWith(exc: PyBaseException, src: SourceLines, ctx: PrintContext): string {
  const chain: [string | null, PyBaseException][] = []
  let e: PyBaseException | null = exc
  let msg: string | null = null
  while (e !== null && !ctx.seen.has(e)) {
    ctx.seen.add(e)
    chain.push([msg, e])
    const cause: Py = e.cause
    const c: Py = e.context
    if (cause instanceof PyBaseException) {
      msg = '\nThe above exception was the direct cause of the following exception:\n\n'
      e = cause
    } else if (c instanceof PyBaseException && !e.suppressContext) {
      msg = '\nDuring handling of the above exception, another exception occurred:\n\n'
      e = c
    } else e = null
  }
  let out = ''
  for (let i = chain.length - 1; i >= 0; i--) {
    const [m, x] = chain[i]
    if (!isGroup(x)) {
      if (x.traceback !== null) out += ctx.emit('Traceback (most recent call last):\n') + ctx.emit(fmtEntries(x.traceback as PyTraceback, src))
      out += ctx.emit(exceptionOnly(x))
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      out += ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`)
    } else {
      const top = ctx.depth === 0
      if (top) ctx.depth++
      if (x.traceback !== null) {
        out += ctx.emit('Exception Group Traceback (most recent call last):\n', top ? '+' : '|')
        out += ctx.emit(fmtEntries(x.traceback as PyTraceback, src))
      }
      out += ctx.emit(exceptionOnly(x))
      const subs = egExceptions(x)
      const n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1
      ctx.needClose = false
      for (let k = 0; k < n; k++) {
        const last = k === n - 1
        if (last) ctx.needClose = true
        const truncated = k >= MAX_GROUP_WIDTH
        const title = truncated ? '...' : String(k + 1)
        out += ctx.indent() + (k === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`
        ctx.depth++
        if (!truncated) out += formatWith(subs[k] as PyBaseException, src, ctx)
        else {
          const rem = subs.length - MAX_GROUP_WIDTH
          out += ctx.emit(`and ${rem} more exception${rem > 1 ? 's' : ''}\n`)
        }
        if (last && ctx.needClose) {
          out += ctx.indent() + '+------------------------------------\n'
          ctx.needClose = false
        }
        ctx.depth--
      }
      if (top) ctx.depth = 0
    }
    if (i > 0) {
      const next = chain[i - 1][0]
      void next
    }
    if (m !== null) out += ctx.emit(m)
  }
  return out
}

export function formatException(exc: PyBaseException, src: SourceLines): string {
  return formatWith(exc, src, new PrintContext())
}

export function printException(exc: PyBaseException, host: PyHost, src: SourceLines): void {
  host.writeStderr(formatException(exc, src))
}

void None
void typeOf
void PyType
export type { Py }
