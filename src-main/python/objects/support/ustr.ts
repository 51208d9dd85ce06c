// str methods over code points (Objects/unicodeobject.c and Objects/stringlib: split,
// rsplit, splitlines, strip, find/count with ADJUST_INDICES, replace, partition, expandtabs,
// pad/center/zfill, tailmatch) plus code-point length, indexing, slicing, chr and ord.

import { valueError, typeError, overflowError, PySupportError } from './errors'
import { isSpaceCp } from './unicodectype'

const SURR = /[\ud800-\udfff]/

/** The string as code points when it holds surrogates, else null (UTF-16 == code points). */
function astral(s: string): string[] | null {
  return SURR.test(s) ? Array.from(s) : null
}

export function codePointLength(s: string): number {
  if (!SURR.test(s)) return s.length
  let n = 0
  for (const _ of s) n++
  return n
}

/** s[i] with negative indices (IndexError "string index out of range"). */
export function codePointAt(s: string, i: number): string {
  const a = astral(s)
  const n = a ? a.length : s.length
  const j = i < 0 ? i + n : i
  if (j < 0 || j >= n) throw new PySupportError('IndexError', 'string index out of range')
  return a ? a[j] : s[j]
}

/** PySlice_AdjustIndices: normalised (start, stop, step) and the slice length. */
export function adjustSlice(len: number, start: number | null, stop: number | null, step: number | null): [number, number, number, number] {
  const st = step ?? 1
  if (st === 0) throw valueError('slice step cannot be zero')
  let a: number
  let b: number
  if (start === null) a = st < 0 ? len - 1 : 0
  else {
    a = start
    if (a < 0) a = Math.max(a + len, st < 0 ? -1 : 0)
    else if (a >= len) a = st < 0 ? len - 1 : len
  }
  if (stop === null) b = st < 0 ? -1 : len
  else {
    b = stop
    if (b < 0) b = Math.max(b + len, st < 0 ? -1 : 0)
    else if (b >= len) b = st < 0 ? len - 1 : len
  }
  let n = 0
  if (st < 0) n = b < a ? Math.floor((a - b - 1) / -st) + 1 : 0
  else n = a < b ? Math.floor((b - a - 1) / st) + 1 : 0
  return [a, b, st, n]
}

/** s[start:stop:step] by code point. */
export function codePointSlice(s: string, start: number | null, stop: number | null, step: number | null = null): string {
  const a = astral(s)
  const len = a ? a.length : s.length
  const [i0, , st, n] = adjustSlice(len, start, stop, step)
  if (st === 1) return a ? a.slice(i0, i0 + n).join('') : s.slice(i0, i0 + n)
  let out = ''
  for (let k = 0, i = i0; k < n; k++, i += st) out += a ? a[i] : s[i]
  return out
}

/** str * n. */
export function repeat(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return ''
  if (s.length * n > 2 ** 29) throw new PySupportError('OverflowError', 'repeated string is too long')
  return s.repeat(n)
}

export function chr(i: number | bigint): string {
  if (typeof i === 'bigint') {
    if (i < -(2n ** 31n) || i >= 2n ** 31n) throw overflowError('Python int too large to convert to C int')
    i = Number(i)
  }
  if (i < 0 || i > 0x10ffff) throw valueError('chr() arg not in range(0x110000)')
  return String.fromCodePoint(i)
}

export function ord(s: string): number {
  const n = codePointLength(s)
  if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`)
  return s.codePointAt(0)!
}

/** ADJUST_INDICES of stringlib. */
function adjust(start: number | null, end: number | null, len: number): [number, number] {
  let a = start ?? 0
  let b = end ?? len
  if (b > len) b = len
  else if (b < 0) {
    b += len
    if (b < 0) b = 0
  }
  if (a < 0) {
    a += len
    if (a < 0) a = 0
  }
  return [a, b]
}

/** Work on UTF-16 directly when there are no surrogates; else on code-point arrays. */
function units(s: string): { len: number; sub: (a: number, b: number) => string; toCp: (u: number) => number; toUnit: (c: number) => number } {
  const a = astral(s)
  if (!a) return { len: s.length, sub: (x, y) => s.slice(x, y), toCp: (u) => u, toUnit: (c) => c }
  const offs: number[] = [0]
  for (const ch of a) offs.push(offs[offs.length - 1] + ch.length)
  return {
    len: a.length,
    sub: (x, y) => s.slice(offs[x], offs[y]),
    toCp: (u) => {
      let lo = 0
      let hi = offs.length - 1
      while (lo < hi) {
        const m = (lo + hi) >> 1
        if (offs[m] < u) lo = m + 1
        else hi = m
      }
      return lo
    },
    toUnit: (c) => offs[c],
  }
}

export function find(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const u = units(s)
  const [a, b] = adjust(start, end, u.len)
  if (b - a < codePointLength(sub)) return -1
  const ua = u.toUnit(a)
  const hay = s.slice(ua, u.toUnit(b))
  const i = hay.indexOf(sub)
  return i < 0 ? -1 : u.toCp(ua + i)
}

export function rfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const u = units(s)
  const [a, b] = adjust(start, end, u.len)
  if (b - a < codePointLength(sub)) return -1
  const ua = u.toUnit(a)
  const hay = s.slice(ua, u.toUnit(b))
  const i = hay.lastIndexOf(sub)
  return i < 0 ? -1 : u.toCp(ua + i)
}

export function index(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = find(s, sub, start, end)
  if (i < 0) throw valueError('substring not found')
  return i
}
export function rindex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = rfind(s, sub, start, end)
  if (i < 0) throw valueError('substring not found')
  return i
}

export function count(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const u = units(s)
  const [a, b] = adjust(start, end, u.len)
  if (b < a) return 0
  if (sub.length === 0) return a > u.len ? 0 : b - a + 1
  const hay = s.slice(u.toUnit(a), u.toUnit(b))
  let n = 0
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++
  return n
}

/** tailmatch for startswith/endswith (one prefix; the VM loops over tuples). */
export function tailmatch(s: string, sub: string, start: number | null, end: number | null, atEnd: boolean): boolean {
  const u = units(s)
  const [a, b] = adjust(start, end, u.len)
  const sl = codePointLength(sub)
  if (a > u.len) return false
  if (b - a < sl) return false
  const hay = u.sub(a, b)
  return atEnd ? hay.endsWith(sub) : hay.startsWith(sub)
}

export function replace(s: string, old: string, rep: string, maxcount = -1): string {
  if (maxcount < 0) maxcount = Number.MAX_SAFE_INTEGER
  if (maxcount === 0) return s
  if (old.length === 0) {
    const a = Array.from(s)
    let out = ''
    let n = 0
    for (let i = 0; i <= a.length; i++) {
      if (n < maxcount) {
        out += rep
        n++
      }
      if (i < a.length) out += a[i]
    }
    return out
  }
  let out = ''
  let pos = 0
  let n = 0
  while (n < maxcount) {
    const i = s.indexOf(old, pos)
    if (i < 0) break
    out += s.slice(pos, i) + rep
    pos = i + old.length
    n++
  }
  return out + s.slice(pos)
}

function isSpaceCh(s: string, i: number): boolean {
  return isSpaceCp(s.charCodeAt(i))
}

/** split(sep=None, maxsplit=-1). */
export function split(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit
  const out: string[] = []
  if (sep === null) {
    let i = 0
    const n = s.length
    let left = max
    while (true) {
      while (i < n && isSpaceCh(s, i)) i++
      if (i >= n) break
      if (left === 0) {
        out.push(s.slice(i))
        break
      }
      const j = i
      while (i < n && !isSpaceCh(s, i)) i++
      out.push(s.slice(j, i))
      left--
    }
    return out
  }
  if (sep.length === 0) throw valueError('empty separator')
  let pos = 0
  let left = max
  while (left > 0) {
    const i = s.indexOf(sep, pos)
    if (i < 0) break
    out.push(s.slice(pos, i))
    pos = i + sep.length
    left--
  }
  out.push(s.slice(pos))
  return out
}

/** rsplit(sep=None, maxsplit=-1). */
export function rsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit
  const out: string[] = []
  if (sep === null) {
    let i = s.length - 1
    let left = max
    while (true) {
      while (i >= 0 && isSpaceCh(s, i)) i--
      if (i < 0) break
      if (left === 0) {
        out.push(s.slice(0, i + 1))
        break
      }
      const j = i
      while (i >= 0 && !isSpaceCh(s, i)) i--
      out.push(s.slice(i + 1, j + 1))
      left--
    }
    return out.reverse()
  }
  if (sep.length === 0) throw valueError('empty separator')
  let end = s.length
  let left = max
  while (left > 0) {
    const i = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length)
    if (i < 0) break
    out.push(s.slice(i + sep.length, end))
    end = i
    left--
  }
  out.push(s.slice(0, end))
  return out.reverse()
}

const LINEBREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g

/** splitlines(keepends=False). */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = []
  let pos = 0
  LINEBREAK.lastIndex = 0
  for (let m = LINEBREAK.exec(s); m; m = LINEBREAK.exec(s)) {
    out.push(s.slice(pos, keepends ? m.index + m[0].length : m.index))
    pos = m.index + m[0].length
  }
  if (pos < s.length) out.push(s.slice(pos))
  return out
}

/** strip/lstrip/rstrip (which: 'both' | 'left' | 'right'). */
export function strip(s: string, chars: string | null = null, which: 'both' | 'left' | 'right' = 'both'): string {
  const a = astral(s) ?? null
  const set = chars === null ? null : new Set(Array.from(chars))
  const isStrip = (ch: string) => (set ? set.has(ch) : isSpaceCp(ch.codePointAt(0)!))
  const arr = a ?? s.split('')
  let i = 0
  let j = arr.length
  if (which !== 'right') while (i < j && isStrip(arr[i])) i++
  if (which !== 'left') while (j > i && isStrip(arr[j - 1])) j--
  return a ? arr.slice(i, j).join('') : s.slice(i, j)
}

export function partition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator')
  const i = s.indexOf(sep)
  return i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)]
}
export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator')
  const i = s.lastIndexOf(sep)
  return i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)]
}

export function expandtabs(s: string, tabsize = 8): string {
  let out = ''
  let col = 0
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize)
        out += ' '.repeat(n)
        col += n
      }
    } else {
      out += ch
      col++
      if (ch === '\n' || ch === '\r') col = 0
    }
  }
  return out
}

function fillOf(fill: string): string {
  if (codePointLength(fill) !== 1) throw typeError('The fill character must be exactly one character long')
  return fill
}
export function ljust(s: string, width: number, fill = ' '): string {
  fillOf(fill)
  const n = width - codePointLength(s)
  return n > 0 ? s + fillOf(fill).repeat(n) : s
}
export function rjust(s: string, width: number, fill = ' '): string {
  fillOf(fill)
  const n = width - codePointLength(s)
  return n > 0 ? fillOf(fill).repeat(n) + s : s
}
/** center: the odd extra goes left when the width is odd (pad()'s marg/2 + (marg & width & 1)). */
export function center(s: string, width: number, fill = ' '): string {
  const f = fillOf(fill)
  const marg = width - codePointLength(s)
  if (marg <= 0) return s
  const left = (marg >> 1) + (marg & width & 1)
  return f.repeat(left) + s + f.repeat(marg - left)
}
export function zfill(s: string, width: number): string {
  const n = width - codePointLength(s)
  if (n <= 0) return s
  if (s[0] === '+' || s[0] === '-') return s[0] + '0'.repeat(n) + s.slice(1)
  return '0'.repeat(n) + s
}

/** str.translate with a lookup: undefined keeps the char, null deletes, a string replaces. */
export function translate(s: string, lookup: (cp: number) => string | null | undefined): string {
  let out = ''
  for (const ch of s) {
    const r = lookup(ch.codePointAt(0)!)
    if (r === undefined) out += ch
    else if (r !== null) out += r
  }
  return out
}

/** str.maketrans(x, y[, z]) for the string forms: code point -> code point, or null (z). */
export function maketrans(x: string, y: string, z = ''): Map<number, number | null> {
  const a = Array.from(x)
  const b = Array.from(y)
  if (a.length !== b.length) throw valueError('the first two maketrans arguments must have equal length')
  const m = new Map<number, number | null>()
  a.forEach((ch, i) => m.set(ch.codePointAt(0)!, b[i].codePointAt(0)!))
  for (const ch of z) m.set(ch.codePointAt(0)!, null)
  return m
}

export function join(sep: string, items: readonly string[]): string {
  return items.join(sep)
}
