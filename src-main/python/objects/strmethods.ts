// Methods of str (Objects/unicodeobject.c, Objects/stringlib/*): indexing by code point,
// searching, splitting, case mapping, predicates, padding.

import { type Py, strType, NotImplemented, None, typeOf } from './typeobject'
import { defineMethods, defineClassMethods, type NativeMethod, type KwNames } from './descr'
import { PyList, newTuple, PyTuple } from './tuple'
import { PyDict } from './dict'
import { PySlice, PyBytes } from './misc'
import { indexError, typeError, valueError, memoryErrorNew, overflowError } from './exceptions'
import * as A from './abstract'
import { sliceIndices, isWide, seqIndex } from './slice'
import { strRepr } from './strrepr'
import { strHash } from './hashes'
import { format } from './format'
import { defineNew } from './objectmethods'
import { percentFormat, strFormat } from './strformat'
import { PyStrIter } from './iter'
import { PyStrSub, unboxMethods, unbox } from './boxed'

const S = (s: Py): string => s as string

function argStr(v: Py, meth: string, n = 1): string {
  if (typeof v !== 'string') throw typeError(`${meth}() argument ${n} must be str, not ${typeOf(v).name}`)
  return v
}

function optStr(v: Py | undefined, meth: string): string | null {
  if (v === undefined || v === None) return null
  if (typeof v !== 'string') throw typeError(`${meth} arg must be None or str`)
  return v
}

const WS = /[\s\u001c-\u001f\u0085]/
function isSpaceCh(c: string): boolean {
  return WS.test(c) && c !== '\u200b' && c !== '\ufeff'
}

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const test = chars === null ? isSpaceCh : (c: string) => chars.includes(c)
  const cps = Array.from(s)
  let i = 0
  let j = cps.length
  if (left) while (i < j && test(cps[i])) i++
  if (right) while (j > i && test(cps[j - 1])) j--
  return cps.slice(i, j).join('')
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = []
  const cps = Array.from(s)
  let i = 0
  const n = cps.length
  while (i < n) {
    while (i < n && isSpaceCh(cps[i])) i++
    if (i >= n) break
    if (maxsplit >= 0 && out.length >= maxsplit) {
      let j = n
      while (j > i && isSpaceCh(cps[j - 1])) j--
      out.push(cps.slice(i, j).join(''))
      return out
    }
    let j = i
    while (j < n && !isSpaceCh(cps[j])) j++
    out.push(cps.slice(i, j).join(''))
    i = j
  }
  return out
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = []
  const cps = Array.from(s)
  let j = cps.length
  while (j > 0) {
    while (j > 0 && isSpaceCh(cps[j - 1])) j--
    if (j <= 0) break
    if (maxsplit >= 0 && out.length >= maxsplit) {
      let i = 0
      while (i < j && isSpaceCh(cps[i])) i++
      out.push(cps.slice(i, j).join(''))
      break
    }
    let i = j
    while (i > 0 && !isSpaceCh(cps[i - 1])) i--
    out.push(cps.slice(i, j).join(''))
    j = i
  }
  return out.reverse()
}

/** parse (sub[, start[, end]]) of find/count/startswith, converting to UTF-16 bounds */
function range3(s: string, args: Py[]): [number, number] {
  const len = A.strLen(s)
  let start = args.length > 1 && args[1] !== None ? Number(A.index(args[1])) : 0
  let end = args.length > 2 && args[2] !== None ? Number(A.index(args[2])) : len
  if (start < 0) start = Math.max(0, start + len)
  if (end < 0) end = Math.max(0, end + len)
  end = Math.min(end, len)
  return [start, end]
}

function cpToUnit(s: string, cp: number): number {
  if (!isWide(s)) return cp
  let u = 0
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u)
    u += c >= 0xd800 && c <= 0xdbff ? 2 : 1
  }
  return u
}

function unitToCp(s: string, u: number): number {
  if (!isWide(s)) return u
  return Array.from(s.slice(0, u)).length
}

function findImpl(s: string, args: Py[], meth: string, rev: boolean): number {
  const sub = argStr(args[0], meth)
  const [start, end] = range3(s, args)
  if (start > end) return -1
  const us = cpToUnit(s, start)
  const ue = cpToUnit(s, end)
  const hay = s.slice(us, ue)
  const r = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub)
  if (r < 0) return -1
  return unitToCp(s, us + r)
}

function countImpl(s: string, args: Py[]): number {
  const sub = argStr(args[0], 'count')
  const [start, end] = range3(s, args)
  if (start > end) return 0
  const hay = s.slice(cpToUnit(s, start), cpToUnit(s, end))
  if (sub === '') return A.strLen(hay) + 1
  let n = 0
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++
  return n
}

function affix(s: string, args: Py[], meth: string, ends: boolean): boolean {
  const p = args[0]
  const [start, end] = range3(s, args)
  if (start > A.strLen(s)) return false
  const hay = s.slice(cpToUnit(s, start), cpToUnit(s, end))
  const test = (x: Py): boolean => {
    if (typeof x !== 'string') throw typeError(`tuple for ${meth} must only contain str, not ${typeOf(x).name}`)
    return ends ? hay.endsWith(x) && A.strLen(hay) >= A.strLen(x) && end >= start : hay.startsWith(x) && end >= start
  }
  if (p instanceof PyTuple) return p.items.some(test)
  if (typeof p !== 'string') throw typeError(`${meth} first arg must be str or a tuple of str, not ${typeOf(p).name}`)
  return test(p)
}

function pad(s: string, width: Py, fill: Py | undefined, mode: 'l' | 'r' | 'c', meth: string): string {
  const w = Number(A.index(width))
  let f = ' '
  if (fill !== undefined) {
    if (typeof fill !== 'string' || A.strLen(fill) !== 1) throw typeError(`The fill character must be exactly one character long`)
    f = fill
  }
  void meth
  const len = A.strLen(s)
  if (w <= len) return s
  const n = w - len
  if (mode === 'l') return s + f.repeat(n)
  if (mode === 'r') return f.repeat(n) + s
  const left = Math.floor(n / 2) + (n & w & 1)
  return f.repeat(left) + s + f.repeat(n - left)
}

const TITLE: Record<string, string> = { Ǆ: 'ǅ', ǅ: 'ǅ', ǆ: 'ǅ', Ǉ: 'ǈ', ǈ: 'ǈ', ǉ: 'ǈ', Ǌ: 'ǋ', ǋ: 'ǋ', ǌ: 'ǋ', Ǳ: 'ǲ', ǲ: 'ǲ', ǳ: 'ǲ' }
function toTitle(c: string): string {
  return TITLE[c] ?? c.toUpperCase()
}

function titleCase(s: string): string {
  let out = ''
  let prevCased = false
  for (const c of s) {
    const cased = c.toLowerCase() !== c.toUpperCase()
    if (cased) out += prevCased ? c.toLowerCase() : toTitle(c)
    else out += c
    prevCased = cased || /\p{Ll}|\p{Lu}|\p{Lt}/u.test(c)
    if (!cased && !/\p{L}/u.test(c)) prevCased = false
  }
  return out
}

const pred = (re: RegExp) => (s: Py) => S(s).length > 0 && Array.from(S(s)).every((c) => re.test(c))

function kwArgs(args: Py[], kw: KwNames, names: string[], meth: string): (Py | undefined)[] {
  const nk = kw?.length ?? 0
  const out: (Py | undefined)[] = args.slice(0, args.length - nk)
  kw?.forEach((k, i) => {
    const j = names.indexOf(k)
    if (j < 0) throw typeError(`${meth}() got an unexpected keyword argument '${k}'`)
    out[j] = args[args.length - nk + i]
  })
  return out
}

const strMethods: Record<string, NativeMethod> = {
  __len__: (s) => A.strLen(S(s)),
  __hash__: (s) => strHash(S(s)),
  __repr__: (s) => strRepr(S(s)),
  __str__: (s) => S(s),
  __iter__: (s) => new PyStrIter(S(s)),
  __contains__(s, args) {
    if (typeof args[0] !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeOf(args[0]).name}`)
    return S(s).includes(args[0])
  },
  __getitem__(s, args) {
    const str = S(s)
    const k = args[0]
    if (k instanceof PySlice) {
      if (!isWide(str)) {
        const [start, stop, step, n] = sliceIndices(k, str.length)
        if (step === 1) return str.slice(start, Math.max(start, stop))
        let out = ''
        for (let i = 0, j = start; i < n; i++, j += step) out += str[j]
        return out
      }
      const cps = Array.from(str)
      const [start, , step, n] = sliceIndices(k, cps.length)
      let out = ''
      for (let i = 0, j = start; i < n; i++, j += step) out += cps[j]
      return out
    }
    if (!isWide(str)) {
      const i = seqIndex(k, str.length, 'string')
      if (i < 0 || i >= str.length) throw indexError('string index out of range')
      return str[i]
    }
    const cps = Array.from(str)
    const i = seqIndex(k, cps.length, 'string')
    if (i < 0 || i >= cps.length) throw indexError('string index out of range')
    return cps[i]
  },
  __add__(s, args) {
    if (typeof args[0] !== 'string') return NotImplemented
    return S(s) + args[0]
  },
  __mul__: (s, args) => strRepeat(S(s), args[0]),
  // sq_repeat answers both orders: 3 * 'ab'
  __rmul__: (s, args) => strRepeat(S(s), args[0]),
  __mod__: (s, args) => percentFormat(S(s), args[0]),
  __rmod__: () => NotImplemented,
  __format__: (s, args) => format(S(s), argStr(args[0], 'format')),
  __getnewargs__: (s) => newTuple([S(s)]),
  join(s, args) {
    let parts = A.toArray(args[0])
    for (let i = 0; i < parts.length; i++)
      if (parts[i] instanceof PyStrSub) parts = parts.map(unbox)
      else if (typeof parts[i] !== 'string') throw typeError(`sequence item ${i}: expected str instance, ${typeOf(parts[i]).name} found`)
    return parts.join(S(s))
  },
  split(s, args, kw) {
    const [sepA, maxA] = kwArgs(args, kw, ['sep', 'maxsplit'], 'split')
    const sep = optStr(sepA, 'must be str or None, not ' + typeOf(sepA ?? None).name)
    const max = maxA === undefined ? -1 : Number(A.index(maxA))
    if (sep === null) return new PyList(splitWhitespace(S(s), max))
    if (sep === '') throw valueError('empty separator')
    const parts = S(s).split(sep)
    if (max >= 0 && parts.length > max + 1) return new PyList([...parts.slice(0, max), parts.slice(max).join(sep)])
    return new PyList(parts)
  },
  rsplit(s, args, kw) {
    const [sepA, maxA] = kwArgs(args, kw, ['sep', 'maxsplit'], 'rsplit')
    const sep = optStr(sepA, 'must be str or None')
    const max = maxA === undefined ? -1 : Number(A.index(maxA))
    if (sep === null) return new PyList(rsplitWhitespace(S(s), max))
    if (sep === '') throw valueError('empty separator')
    const parts = S(s).split(sep)
    if (max >= 0 && parts.length > max + 1) return new PyList([parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)])
    return new PyList(parts)
  },
  splitlines(s, args, kw) {
    const [keepA] = kwArgs(args, kw, ['keepends'], 'splitlines')
    const keep = keepA !== undefined && A.truthy(keepA)
    const out: string[] = []
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g
    const str = S(s)
    let last = 0
    for (let m = re.exec(str); m; m = re.exec(str)) {
      out.push(str.slice(last, keep ? m.index + m[0].length : m.index))
      last = m.index + m[0].length
    }
    if (last < str.length) out.push(str.slice(last))
    return new PyList(out)
  },
  strip: (s, a) => stripChars(S(s), optStr(a[0], 'strip'), true, true),
  lstrip: (s, a) => stripChars(S(s), optStr(a[0], 'lstrip'), true, false),
  rstrip: (s, a) => stripChars(S(s), optStr(a[0], 'rstrip'), false, true),
  upper: (s) => S(s).toUpperCase(),
  lower: (s) => S(s).toLowerCase(),
  casefold: (s) => S(s).toLowerCase().replace(/ß/g, 'ss'),
  swapcase: (s) => Array.from(S(s)).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  capitalize(s) {
    const cps = Array.from(S(s))
    if (!cps.length) return ''
    return toTitle(cps[0]) + cps.slice(1).join('').toLowerCase()
  },
  title: (s) => titleCase(S(s)),
  startswith: (s, a) => affix(S(s), a, 'startswith', false),
  endswith: (s, a) => affix(S(s), a, 'endswith', true),
  find: (s, a) => findImpl(S(s), a, 'find', false),
  rfind: (s, a) => findImpl(S(s), a, 'rfind', true),
  index(s, a) {
    const r = findImpl(S(s), a, 'index', false)
    if (r < 0) throw valueError('substring not found')
    return r
  },
  rindex(s, a) {
    const r = findImpl(S(s), a, 'rindex', true)
    if (r < 0) throw valueError('substring not found')
    return r
  },
  count: (s, a) => countImpl(S(s), a),
  replace(s, a) {
    const old = argStr(a[0], 'replace', 1)
    const nw = argStr(a[1], 'replace', 2)
    let count = a.length > 2 ? Number(A.index(a[2])) : -1
    const str = S(s)
    if (count < 0) {
      if (old === '') return nw + Array.from(str).join(nw) + (str.length ? nw : '')
      return str.split(old).join(nw)
    }
    if (old === '') {
      const cps = Array.from(str)
      let out = ''
      let i = 0
      for (; i < cps.length && count > 0; i++, count--) out += nw + cps[i]
      if (count > 0 && i === cps.length) out += nw
      return out + cps.slice(i).join('')
    }
    let out = ''
    let pos = 0
    while (count-- > 0) {
      const i = str.indexOf(old, pos)
      if (i < 0) break
      out += str.slice(pos, i) + nw
      pos = i + old.length
    }
    return out + str.slice(pos)
  },
  partition(s, a) {
    const sep = argStr(a[0], 'partition')
    if (sep === '') throw valueError('empty separator')
    const i = S(s).indexOf(sep)
    if (i < 0) return newTuple([S(s), '', ''])
    return newTuple([S(s).slice(0, i), sep, S(s).slice(i + sep.length)])
  },
  rpartition(s, a) {
    const sep = argStr(a[0], 'rpartition')
    if (sep === '') throw valueError('empty separator')
    const i = S(s).lastIndexOf(sep)
    if (i < 0) return newTuple(['', '', S(s)])
    return newTuple([S(s).slice(0, i), sep, S(s).slice(i + sep.length)])
  },
  removeprefix: (s, a) => (S(s).startsWith(argStr(a[0], 'removeprefix')) ? S(s).slice((a[0] as string).length) : S(s)),
  removesuffix: (s, a) => {
    const suf = argStr(a[0], 'removesuffix')
    return suf && S(s).endsWith(suf) ? S(s).slice(0, S(s).length - suf.length) : S(s)
  },
  center: (s, a) => pad(S(s), a[0], a[1], 'c', 'center'),
  ljust: (s, a) => pad(S(s), a[0], a[1], 'l', 'ljust'),
  rjust: (s, a) => pad(S(s), a[0], a[1], 'r', 'rjust'),
  zfill(s, a) {
    const w = Number(A.index(a[0]))
    const str = S(s)
    const len = A.strLen(str)
    if (w <= len) return str
    const sign = str[0] === '+' || str[0] === '-' ? str[0] : ''
    return sign + '0'.repeat(w - len) + str.slice(sign.length)
  },
  expandtabs(s, a, kw) {
    const [tsA] = kwArgs(a, kw, ['tabsize'], 'expandtabs')
    const ts = tsA === undefined ? 8 : Number(A.index(tsA))
    let out = ''
    let col = 0
    for (const c of S(s)) {
      if (c === '\t') {
        if (ts > 0) {
          const n = ts - (col % ts)
          out += ' '.repeat(n)
          col += n
        }
      } else {
        out += c
        col = c === '\n' || c === '\r' ? 0 : col + 1
      }
    }
    return out
  },
  isdigit: pred(/[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468]/u),
  isdecimal: pred(/\p{Nd}/u),
  isnumeric: pred(/[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07]/u),
  isalpha: pred(/\p{L}/u),
  isalnum: pred(/[\p{L}\p{N}]/u),
  isspace: (s) => S(s).length > 0 && Array.from(S(s)).every(isSpaceCh),
  isascii: (s) => /^[\x00-\x7f]*$/.test(S(s)),
  isprintable: (s) => Array.from(S(s)).every((c) => c === ' ' || !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(c)),
  isupper: (s) => /\p{Lu}|\p{Lt}/u.test(S(s)) && !/\p{Ll}/u.test(S(s)),
  islower: (s) => /\p{Ll}/u.test(S(s)) && !/\p{Lu}|\p{Lt}/u.test(S(s)),
  istitle: (s) => S(s) === titleCase(S(s)) && /\p{Lu}|\p{Lt}/u.test(S(s)),
  isidentifier: (s) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(S(s)),
  encode(s, a, kw) {
    const [encA] = kwArgs(a, kw, ['encoding', 'errors'], 'encode')
    const enc = (encA as string | undefined)?.toLowerCase().replace('-', '') ?? 'utf8'
    if (enc === 'ascii' || enc === 'latin1' || enc === 'latin-1') {
      const out: number[] = []
      for (const c of S(s)) {
        const cp = c.codePointAt(0)!
        if (cp > (enc === 'ascii' ? 127 : 255)) {
          const e = A.call(A.getAttr(builtinsExc(), 'UnicodeEncodeError'), [enc === 'ascii' ? 'ascii' : 'latin-1', S(s), 0, 1, 'ordinal not in range(' + (enc === 'ascii' ? 128 : 256) + ')'])
          throw e
        }
        out.push(cp)
      }
      return new PyBytes(Uint8Array.from(out))
    }
    return new PyBytes(new TextEncoder().encode(S(s)))
  },
  format: (s, a, kw) => strFormat(S(s), a, kw),
  format_map: (s, a) => strFormat(S(s), [], null, a[0]),
  translate(s, a) {
    const table = a[0]
    let out = ''
    for (const c of S(s)) {
      let r: Py | undefined
      try {
        r = A.getItem(table, c.codePointAt(0)!)
      } catch (e) {
        if (e instanceof Error || (e as { type?: { name: string } }).type?.name === 'KeyError' || (e as { type?: { name: string } }).type?.name === 'LookupError') {
          out += c
          continue
        }
        throw e
      }
      if (r === None) continue
      out += typeof r === 'string' ? r : String.fromCodePoint(Number(r))
    }
    return out
  },
}
A.CMP_NAMES.forEach((n, op) => {
  strMethods[n] = (s, args) => (typeof args[0] === 'string' ? A.richCompare(S(s), args[0], op) : NotImplemented)
})
defineMethods(strType, strMethods)
defineClassMethods(strType, {
  maketrans(_cls, a) {
    const d = new PyDict()
    if (a.length === 1) {
      for (const [k, v] of (a[0] as PyDict).table.entries()) d.set(typeof k === 'string' ? k.codePointAt(0)! : k, v)
      return d
    }
    const x = Array.from(a[0] as string)
    const y = Array.from(a[1] as string)
    if (x.length !== y.length) throw valueError('the first two maketrans arguments must have equal length')
    x.forEach((c, i) => d.set(c.codePointAt(0)!, y[i].codePointAt(0)!))
    if (a.length > 2) for (const c of a[2] as string) d.set(c.codePointAt(0)!, None)
    return d
  },
})

var excModule: Py | null = null
export function setBuiltinsForStr(b: Py): void {
  excModule = b
}
function builtinsExc(): Py {
  return excModule!
}

function strRepeat(str: string, n: Py): Py {
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint' && typeOf(n).lookup('__index__') === undefined) return NotImplemented
  const k = A.index(n)
  if (k <= 0) return ''
  if (typeof k === 'bigint' || str.length * k > 2 ** 29) {
    if (str.length === 0) return ''
    throw overflowError('repeated string is too long')
  }
  return str.repeat(k)
}

defineNew(strType, (cls, args, kw) => {
  const [obj, encoding, errors] = kwArgs(args, kw, ['object', 'encoding', 'errors'], 'str')
  let r: string
  if (obj === undefined) r = ''
  else if (encoding !== undefined || errors !== undefined) {
    if (!(obj instanceof PyBytes)) throw typeError(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`)
    r = new TextDecoder().decode(obj.data)
  } else r = A.str(obj)
  if (cls !== strType) return new PyStrSub(cls, r)
  return r
})

void memoryErrorNew

// str subclasses' instances reach str's methods with their value (objects/boxed.ts)
unboxMethods(strType, true)
