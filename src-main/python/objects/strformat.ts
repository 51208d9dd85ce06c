// printf-style formatting (Objects/unicodeobject.c PyUnicode_Format) and str.format
// (Objects/stringlib/unicode_format.h): field parsing, conversions, nested specs.

import { type Py, None, typeOf } from './typeobject'
import { PyTuple } from './tuple'
import { PyDict } from './dict'
import { PyFloat } from './float'
import { typeError, valueError, indexError, keyError, overflowError } from './exceptions'
import * as A from './abstract'
import { format, formatAbs } from './format'
import type { KwNames } from './descr'
import { asciiRepr } from '../vm/ops'
import { isInt, asInt } from './int'
import { toInt } from './numbers'

function padTo(s: string, width: number, left: boolean, zero: boolean, signLen = 0): string {
  const len = A.strLen(s)
  if (width <= len) return s
  if (left) return s + ' '.repeat(width - len)
  if (zero) return s.slice(0, signLen) + '0'.repeat(width - len) + s.slice(signLen)
  return ' '.repeat(width - len) + s
}

export function percentFormat(fmt: string, args: Py): string {
  const isMap = args instanceof PyDict || (!(args instanceof PyTuple) && typeof args === 'object' && typeOf(args).lookup('__getitem__') !== undefined && !(typeof args === 'string'))
  const list: Py[] = args instanceof PyTuple ? args.items : [args]
  let ai = 0
  let out = ''
  let usedMap = false
  const nextArg = (): Py => {
    if (ai >= list.length) throw typeError('not enough arguments for format string')
    return list[ai++]
  }
  let i = 0
  while (i < fmt.length) {
    const c = fmt[i]
    if (c !== '%') {
      const j = fmt.indexOf('%', i)
      out += j < 0 ? fmt.slice(i) : fmt.slice(i, j)
      i = j < 0 ? fmt.length : j
      continue
    }
    const start = i
    i++
    let key: string | null = null
    if (fmt[i] === '(') {
      let depth = 1
      const k0 = i + 1
      i++
      while (i < fmt.length && depth > 0) {
        if (fmt[i] === '(') depth++
        else if (fmt[i] === ')') depth--
        i++
      }
      if (depth > 0) throw valueError('incomplete format key')
      key = fmt.slice(k0, i - 1)
    }
    let left = false
    let zero = false
    let plus = false
    let space = false
    let alt = false
    for (; i < fmt.length && '-0+ #'.includes(fmt[i]); i++) {
      const f = fmt[i]
      if (f === '-') left = true
      else if (f === '0') zero = true
      else if (f === '+') plus = true
      else if (f === ' ') space = true
      else alt = true
    }
    let width = -1
    if (fmt[i] === '*') {
      width = Number(A.index(nextArg()))
      if (width < 0) {
        left = true
        width = -width
      }
      i++
    } else {
      const m = /^\d+/.exec(fmt.slice(i))
      if (m) {
        width = Number(m[0])
        i += m[0].length
      }
    }
    let prec = -1
    if (fmt[i] === '.') {
      i++
      if (fmt[i] === '*') {
        prec = Number(A.index(nextArg()))
        i++
      } else {
        const m = /^\d+/.exec(fmt.slice(i))
        prec = m ? Number(m[0]) : 0
        if (m) i += m[0].length
      }
    }
    while ('hlL'.includes(fmt[i]) && i < fmt.length) i++
    if (i >= fmt.length) throw valueError('incomplete format')
    const type = fmt[i++]
    if (type === '%') {
      out += '%'
      continue
    }
    let v: Py
    if (key !== null) {
      if (!isMap) throw typeError('format requires a mapping')
      usedMap = true
      v = A.getItem(args, key)
    } else v = isMap && !(args instanceof PyTuple) && !usedMap && list.length === 1 && ai === 0 ? nextArg() : nextArg()
    const sign = (neg: boolean): string => (neg ? '-' : plus ? '+' : space ? ' ' : '')
    let body: string
    switch (type) {
      case 's':
        body = A.str(v)
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('')
        out += padTo(body, width, left, false)
        break
      case 'r':
      case 'a':
        body = type === 'r' ? A.repr(v) : asciiRepr(A.repr(v))
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('')
        out += padTo(body, width, left, false)
        break
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        let n: number | bigint
        if (isInt(v)) n = asInt(v)
        else if (v instanceof PyFloat && 'diu'.includes(type)) n = toInt(v)
        else if (typeof v === 'object' && typeOf(v).lookup(type === 'd' || type === 'i' || type === 'u' ? '__int__' : '__index__') !== undefined) n = toInt(v)
        else {
          if ('diu'.includes(type)) throw typeError(`%${type} format: a real number is required, not ${typeOf(v).name}`)
          throw typeError(`%${type} format: an integer is required, not ${typeOf(v).name}`)
        }
        const neg = n < 0
        const a = neg ? -BigInt(n) : BigInt(n)
        let digits = type === 'o' ? a.toString(8) : type === 'x' ? a.toString(16) : type === 'X' ? a.toString(16).toUpperCase() : a.toString()
        if (prec >= 0 && digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits
        const prefix = alt && type === 'o' ? '0o' : alt && type === 'x' ? '0x' : alt && type === 'X' ? '0X' : ''
        const s = sign(neg) + prefix
        out += padTo(s + digits, width, left, zero, s.length)
        break
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        let x: number
        if (v instanceof PyFloat) x = v.value
        else if (isInt(v)) x = Number(asInt(v))
        else {
          const f = A.callSpecial(v, '__float__', [])
          if (f === undefined) throw typeError(`must be real number, not ${typeOf(v).name}`)
          x = (f as PyFloat).value
        }
        const neg = x < 0 || Object.is(x, -0)
        body = formatAbs(x, type, prec < 0 ? 6 : prec, alt)
        const s = sign(neg && !Number.isNaN(x))
        out += padTo(s + body, width, left, zero && Number.isFinite(x), s.length)
        break
      }
      case 'c': {
        let ch: string
        if (typeof v === 'string') {
          if (A.strLen(v) !== 1) throw typeError('%c requires an int or a unicode character, not a string of length ' + A.strLen(v))
          ch = v
        } else if (isInt(v)) {
          const n = Number(asInt(v))
          if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)')
          ch = String.fromCodePoint(n)
        } else throw typeError(`%c requires an int or a unicode character, not ${typeOf(v).name}`)
        out += padTo(ch, width, left, false)
        break
      }
      default:
        throw valueError(`unsupported format character '${type}' (0x${type.codePointAt(0)!.toString(16)}) at index ${i - 1}`)
    }
    void start
  }
  if (!isMap && ai < list.length) throw typeError('not all arguments converted during string formatting')
  if (isMap && !usedMap && args instanceof PyTuple === false && ai === 0 && list.length === 1 && !(args instanceof PyDict))
    throw typeError('not all arguments converted during string formatting')
  return out
}

// ---------------------------------------------------------------- str.format

interface FmtState {
  auto: number
  mode: 'none' | 'auto' | 'manual'
}

function getField(name: string, args: Py[], kw: Map<string, Py>, mapping: Py | undefined, st: FmtState): Py {
  const m = /^([^.[]*)(.*)$/s.exec(name)!
  let first = m[1]
  let rest = m[2]
  let v: Py
  if (first === '') {
    if (st.mode === 'manual') throw valueError('cannot switch from manual field specification to automatic field numbering')
    st.mode = 'auto'
    first = String(st.auto++)
  } else if (/^\d+$/.test(first)) {
    if (st.mode === 'auto') throw valueError('cannot switch from automatic field numbering to manual field specification')
    st.mode = 'manual'
  }
  if (/^\d+$/.test(first)) {
    const i = Number(first)
    if (i >= args.length) throw indexError(`Replacement index ${i} out of range for positional args tuple`)
    v = args[i]
  } else if (mapping !== undefined) v = A.getItem(mapping, first)
  else {
    const x = kw.get(first)
    if (x === undefined) throw keyError(first)
    v = x
  }
  while (rest.length) {
    if (rest[0] === '.') {
      const mm = /^\.([^.[]+)/.exec(rest)
      if (!mm) throw valueError('Empty attribute in format string')
      v = A.getAttr(v, mm[1])
      rest = rest.slice(mm[0].length)
    } else if (rest[0] === '[') {
      const j = rest.indexOf(']')
      if (j < 0) throw valueError("Missing ']' in format string")
      const key = rest.slice(1, j)
      v = A.getItem(v, /^\d+$/.test(key) ? Number(key) : key)
      rest = rest.slice(j + 1)
    } else throw valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
  }
  return v
}

function render(fmt: string, args: Py[], kw: Map<string, Py>, mapping: Py | undefined, st: FmtState, depth: number): string {
  if (depth > 2) throw valueError('Max string recursion exceeded')
  let out = ''
  let i = 0
  while (i < fmt.length) {
    const c = fmt[i]
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{'
        i += 2
        continue
      }
      // find the matching close brace
      let d = 1
      let j = i + 1
      while (j < fmt.length && d > 0) {
        if (fmt[j] === '{') d++
        else if (fmt[j] === '}') d--
        if (d > 0) j++
      }
      if (j >= fmt.length) throw valueError("expected '}' before end of string")
      const field = fmt.slice(i + 1, j)
      i = j + 1
      let name = field
      let conv = ''
      let spec = ''
      const colon = field.search(/[:!]/)
      if (colon >= 0) {
        name = field.slice(0, colon)
        let rest = field.slice(colon)
        if (rest[0] === '!') {
          conv = rest[1] ?? ''
          rest = rest.slice(2)
          if (rest.length && rest[0] !== ':') throw valueError('expected \':\' after conversion specifier')
          if (!'rsa'.includes(conv) || conv === '') throw valueError(`Unknown conversion specifier ${conv || '\\0'}`)
        }
        if (rest[0] === ':') spec = rest.slice(1)
      }
      let v = getField(name, args, kw, mapping, st)
      if (conv === 'r') v = A.repr(v)
      else if (conv === 's') v = A.str(v)
      else if (conv === 'a') v = asciiRepr(A.repr(v))
      if (spec.includes('{')) spec = render(spec, args, kw, mapping, st, depth + 1)
      out += format(v, spec)
      continue
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}'
        i += 2
        continue
      }
      throw valueError("Single '}' encountered in format string")
    }
    out += c
    i++
  }
  return out
}

export function strFormat(fmt: string, args: Py[], kwnames: KwNames, mapping?: Py): string {
  const nk = kwnames?.length ?? 0
  const pos = args.slice(0, args.length - nk)
  const kw = new Map<string, Py>()
  kwnames?.forEach((k, i) => kw.set(k, args[pos.length + i]))
  return render(fmt, pos, kw, mapping, { auto: 0, mode: 'none' }, 0)
}

void None
