// A backtracking matcher over code points with the semantics of Modules/_sre (sre_match,
// sre_search, pattern_findall, pattern_subx, pattern_split; the 3.7+ empty-match rules)
// and the public API the VM wraps into re.Pattern / re.Match objects.

import { parse, width, ReError, type Node, type ClassItem, FLAG_A, FLAG_I, FLAG_U, FLAG_L } from './parser'
import { PySupportError } from '../../objects/support/errors'
import { isAlnumCp, isDecimalCp, isSpaceCp, lowerCp, upperCp } from '../../objects/support/unicodectype'

export { ReError }

export interface MatchResult {
  /** [start, end] per group (0 = whole match), -1 when the group did not take part. */
  spans: Array<[number, number]>
  pos: number
  endpos: number
  lastindex: number | null
}

function simple(map: (c: number) => string, c: number): number {
  const s = map(c)
  const d = s.codePointAt(0)!
  return s.length === (d > 0xffff ? 2 : 1) ? d : c
}

class Ctx {
  caps: Int32Array
  lastindex = -1
  mustAdvance = false
  start = 0
  constructor(readonly s: Int32Array, readonly end: number, ngroups: number, readonly ascii: boolean, readonly matchAll: boolean) {
    this.caps = new Int32Array(2 * (ngroups + 1)).fill(-1)
  }
}

function eqIgnore(a: number, b: number, ascii: boolean): boolean {
  if (a === b) return true
  if (ascii || (a < 128 && b < 128)) {
    const la = a >= 65 && a <= 90 ? a + 32 : a
    const lb = b >= 65 && b <= 90 ? b + 32 : b
    return la === lb && (ascii ? a < 128 && b < 128 : true)
  }
  return simple(lowerCp, a) === simple(lowerCp, b) || simple(upperCp, a) === simple(upperCp, b)
}

function isWord(c: number, ascii: boolean): boolean {
  if (ascii || c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
  return isAlnumCp(c) || c === 95
}

function catMatch(cat: string, c: number, ascii: boolean): boolean {
  switch (cat) {
    case 'd': return ascii ? c >= 48 && c <= 57 : isDecimalCp(c)
    case 'D': return !catMatch('d', c, ascii)
    case 's': return ascii ? c === 32 || (c >= 9 && c <= 13) : isSpaceCp(c)
    case 'S': return !catMatch('s', c, ascii)
    case 'w': return isWord(c, ascii)
    default: return !isWord(c, ascii)
  }
}

function inClass(items: ClassItem[], c: number, ascii: boolean): boolean {
  for (const it of items) {
    if (it.k === 'cp') {
      if (it.c === c) return true
    } else if (it.k === 'range') {
      if (c >= it.lo && c <= it.hi) return true
    } else if (catMatch(it.cat, c, ascii)) return true
  }
  return false
}

function classMatch(n: Extract<Node, { t: 'class' }>, c: number, ascii: boolean): boolean {
  let r = inClass(n.items, c, ascii)
  if (!r && n.i) {
    const lo = ascii ? (c >= 65 && c <= 90 ? c + 32 : c) : simple(lowerCp, c)
    const up = ascii ? (c >= 97 && c <= 122 ? c - 32 : c) : simple(upperCp, c)
    r = inClass(n.items, lo, ascii) || inClass(n.items, up, ascii)
  }
  return r !== n.neg
}

function single(n: Node, x: Ctx, i: number): boolean {
  if (i >= x.end) return false
  const c = x.s[i]
  switch (n.t) {
    case 'lit': return n.i ? eqIgnore(c, n.c, x.ascii) : c === n.c
    case 'any': return n.s || c !== 10
    case 'class': return classMatch(n, c, x.ascii)
    default: return false
  }
}

type K = (i: number) => boolean

function m(n: Node, x: Ctx, i: number, k: K): boolean {
  switch (n.t) {
    case 'lit': case 'any': case 'class':
      return single(n, x, i) && k(i + 1)
    case 'cat': {
      const items = n.items
      const seq = (j: number, p: number): boolean => (j === items.length ? k(p) : m(items[j], x, p, (q) => seq(j + 1, q)))
      return seq(0, i)
    }
    case 'alt':
      for (const a of n.alts) if (m(a, x, i, k)) return true
      return false
    case 'group': {
      const g = 2 * n.idx
      return m(n.node, x, i, (q) => {
        const o0 = x.caps[g]
        const o1 = x.caps[g + 1]
        const ol = x.lastindex
        x.caps[g] = i
        x.caps[g + 1] = q
        x.lastindex = n.idx
        if (k(q)) return true
        x.caps[g] = o0
        x.caps[g + 1] = o1
        x.lastindex = ol
        return false
      })
    }
    case 'rep':
      return n.possessive ? atomic({ ...n, possessive: false }, x, i, k) : rep(n, x, i, k)
    case 'atomic':
      return atomic(n.node, x, i, k)
    case 'at':
      return at(n, x, i) && k(i)
    case 'backref': {
      const a = x.caps[2 * n.idx]
      const b = x.caps[2 * n.idx + 1]
      if (a < 0 || b < 0) return false
      const len = b - a
      if (i + len > x.end) return false
      for (let j = 0; j < len; j++) {
        const p = x.s[a + j]
        const q = x.s[i + j]
        if (n.i ? !eqIgnore(p, q, x.ascii) : p !== q) return false
      }
      return k(i + len)
    }
    case 'look': {
      const snap = x.caps.slice()
      const sl = x.lastindex
      let ok: boolean
      if (n.ahead) ok = m(n.node, x, i, () => true)
      else ok = i - n.width >= 0 && m(n.node, x, i - n.width, (q) => q === i)
      if (n.neg) {
        x.caps.set(snap)
        x.lastindex = sl
        return !ok && k(i)
      }
      if (ok && k(i)) return true
      x.caps.set(snap)
      x.lastindex = sl
      return false
    }
    case 'cond':
      if (x.caps[2 * n.idx + 1] >= 0) return m(n.yes, x, i, k)
      return n.no ? m(n.no, x, i, k) : k(i)
  }
}

function atomic(node: Node, x: Ctx, i: number, k: K): boolean {
  const snap = x.caps.slice()
  const sl = x.lastindex
  let endAt = -1
  if (!m(node, x, i, (q) => ((endAt = q), true))) return false
  if (k(endAt)) return true
  x.caps.set(snap)
  x.lastindex = sl
  return false
}

function rep(n: Extract<Node, { t: 'rep' }>, x: Ctx, i: number, k: K): boolean {
  const body = n.node
  if (body.t === 'lit' || body.t === 'any' || body.t === 'class') {
    let cnt = 0
    while (cnt < n.max && single(body, x, i + cnt)) cnt++
    if (cnt < n.min) return false
    if (n.greedy) {
      for (let j = cnt; j >= n.min; j--) if (k(i + j)) return true
    } else {
      for (let j = n.min; j <= cnt; j++) if (k(i + j)) return true
    }
    return false
  }
  const fixed = fixedBody(body)
  if (fixed) return repFixed(n, fixed, x, i, k)
  // Zero-width protection as sre's MAX_UNTIL/MIN_UNTIL: another iteration may start at p
  // unless the previous one also started there.
  const step = (count: number, p: number, lastStart: number): boolean => {
    const more = (): boolean =>
      count < n.max && (count < n.min || p !== lastStart) && m(body, x, p, (q) => step(count + 1, q, p))
    if (n.greedy) {
      if (more()) return true
      return count >= n.min && k(p)
    }
    if (count >= n.min && k(p)) return true
    return more()
  }
  return step(0, i, -1)
}

/** One width-1 matcher: a single char node or an alternation of them (no captures inside). */
function isUnit(n: Node): boolean {
  return n.t === 'lit' || n.t === 'any' || n.t === 'class' || (n.t === 'alt' && n.alts.every((a) => a.t === 'lit' || a.t === 'any' || a.t === 'class'))
}
function unitAt(n: Node, x: Ctx, i: number): boolean {
  if (n.t === 'alt') return n.alts.some((a) => single(a, x, i))
  return single(n, x, i)
}

/**
 * A repeat body of fixed width made of width-1 units, optionally inside one capturing
 * group: matched iteratively (no recursion per iteration), the group holding the last
 * iteration as sre leaves it.
 */
function fixedBody(b: Node): { units: Node[]; group: number } | null {
  let group = -1
  let inner = b
  if (b.t === 'group') {
    group = b.idx
    inner = b.node
  }
  const units = inner.t === 'cat' ? inner.items : [inner]
  if (units.length === 0 || !units.every(isUnit)) return null
  return { units, group }
}

function repFixed(n: Extract<Node, { t: 'rep' }>, f: { units: Node[]; group: number }, x: Ctx, i: number, k: K): boolean {
  const w = f.units.length
  let cnt = 0
  outer: while (cnt < n.max) {
    const base = i + cnt * w
    for (let u = 0; u < w; u++) if (!unitAt(f.units[u], x, base + u)) break outer
    cnt++
  }
  if (cnt < n.min) return false
  const g = 2 * f.group
  const o0 = f.group >= 0 ? x.caps[g] : 0
  const o1 = f.group >= 0 ? x.caps[g + 1] : 0
  const ol = x.lastindex
  const attempt = (j: number): boolean => {
    if (f.group >= 0) {
      if (j > 0) {
        x.caps[g] = i + (j - 1) * w
        x.caps[g + 1] = i + j * w
        x.lastindex = f.group
      } else {
        x.caps[g] = o0
        x.caps[g + 1] = o1
        x.lastindex = ol
      }
    }
    return k(i + j * w)
  }
  if (n.greedy) {
    for (let j = cnt; j >= n.min; j--) if (attempt(j)) return true
  } else {
    for (let j = n.min; j <= cnt; j++) if (attempt(j)) return true
  }
  if (f.group >= 0) {
    x.caps[g] = o0
    x.caps[g + 1] = o1
    x.lastindex = ol
  }
  return false
}

function at(n: Extract<Node, { t: 'at' }>, x: Ctx, i: number): boolean {
  const s = x.s
  switch (n.at) {
    case '^': return i === 0 || (n.m && s[i - 1] === 10)
    case '$': return i === x.end || (n.m ? s[i] === 10 : i === x.end - 1 && s[i] === 10)
    case 'A': return i === 0
    case 'Z': return i === x.end
    case 'b':
    case 'B': {
      if (x.end === 0) return false
      const a = i > 0 && isWord(s[i - 1], x.ascii)
      const b = i < x.end && isWord(s[i], x.ascii)
      return (a !== b) === (n.at === 'b')
    }
  }
  return false
}

export type Subject = string | Uint8Array

function toCps(s: Subject): Int32Array {
  if (typeof s !== 'string') return Int32Array.from(s)
  const out = new Int32Array(s.length)
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!
    out[n++] = c
    if (c > 0xffff) i++
  }
  return out.subarray(0, n)
}

export type Repl = string | Uint8Array | ((m: MatchResult) => string | Uint8Array)

export class CompiledPattern {
  readonly groups: number
  readonly groupIndex: Map<string, number>
  readonly flags: number
  private readonly node: Node
  private readonly ascii: boolean
  readonly isBytes: boolean

  constructor(readonly pattern: Subject, flags = 0) {
    this.isBytes = typeof pattern !== 'string'
    const text = typeof pattern === 'string' ? pattern : String.fromCharCode(...pattern)
    if (this.isBytes && flags & FLAG_U) throw new ReError('cannot use UNICODE flag with a bytes pattern', null)
    if (!this.isBytes && flags & FLAG_L) throw new ReError('cannot use LOCALE flag with a str pattern', null)
    const p = parse(text, flags)
    if (p.flags & FLAG_A && p.flags & FLAG_U) throw new ReError('ASCII and UNICODE flags are incompatible', null)
    this.node = p.node
    this.groups = p.groups
    this.groupIndex = p.groupIndex
    this.flags = this.isBytes ? p.flags : p.flags | (p.flags & FLAG_A ? 0 : FLAG_U)
    this.ascii = this.isBytes || (p.flags & FLAG_A) !== 0
    void width
    void FLAG_I
  }

  private ctx(s: Int32Array, endpos: number, matchAll: boolean): Ctx {
    return new Ctx(s, endpos, this.groups, this.ascii, matchAll)
  }

  private tryAt(x: Ctx, i: number): number {
    x.caps.fill(-1)
    x.lastindex = -1
    let endAt = -1
    const ok = m(this.node, x, i, (q) => {
      if (x.matchAll && q !== x.end) return false
      if (x.mustAdvance && q === x.start) return false
      endAt = q
      return true
    })
    return ok ? endAt : -1
  }

  private result(x: Ctx, start: number, end: number, pos: number, endpos: number): MatchResult {
    const spans: Array<[number, number]> = [[start, end]]
    for (let g = 1; g <= this.groups; g++) spans.push([x.caps[2 * g], x.caps[2 * g + 1]])
    return { spans, pos, endpos, lastindex: x.lastindex < 0 ? null : x.lastindex }
  }

  private bounds(len: number, pos: number, endpos: number): [number, number] {
    const p = pos < 0 ? 0 : Math.min(pos, len)
    const e = endpos < 0 ? 0 : Math.min(endpos, len)
    return [p, e]
  }

  private searchIn(cps: Int32Array, x: Ctx, from: number, anchored: boolean): [number, number] | null {
    x.start = from
    for (let i = from; i <= x.end; i++) {
      const e = this.tryAt(x, i)
      if (e >= 0) return [i, e]
      if (anchored) break
      x.mustAdvance = false
    }
    return null
  }

  match(s: Subject, pos = 0, endpos = Number.MAX_SAFE_INTEGER): MatchResult | null {
    return this.run(s, pos, endpos, true, false)
  }
  fullmatch(s: Subject, pos = 0, endpos = Number.MAX_SAFE_INTEGER): MatchResult | null {
    return this.run(s, pos, endpos, true, true)
  }
  search(s: Subject, pos = 0, endpos = Number.MAX_SAFE_INTEGER): MatchResult | null {
    return this.run(s, pos, endpos, false, false)
  }

  private run(s: Subject, pos: number, endpos: number, anchored: boolean, full: boolean): MatchResult | null {
    const cps = toCps(s)
    const [p, e] = this.bounds(cps.length, pos, endpos)
    if (e < p) return null
    const x = this.ctx(cps, e, full)
    const r = this.searchIn(cps, x, p, anchored)
    return r ? this.result(x, r[0], r[1], pos, endpos) : null
  }

  /** Successive matches with the 3.7+ empty-match rule (finditer/findall/sub/split). */
  *iter(s: Subject, pos = 0, endpos = Number.MAX_SAFE_INTEGER): Generator<MatchResult> {
    const cps = toCps(s)
    const [p, e] = this.bounds(cps.length, pos, endpos)
    const x = this.ctx(cps, e, false)
    let start = p
    x.mustAdvance = false
    while (start <= e) {
      const r = this.searchIn(cps, x, start, false)
      if (!r) break
      yield this.result(x, r[0], r[1], pos, endpos)
      x.mustAdvance = r[1] === r[0]
      start = r[1]
    }
  }

  /** findall: strings, or tuples of strings when there are several groups. */
  findall(s: Subject, pos = 0, endpos = Number.MAX_SAFE_INTEGER): Array<Subject | Subject[]> {
    const out: Array<Subject | Subject[]> = []
    for (const r of this.iter(s, pos, endpos)) {
      if (this.groups === 0) out.push(slice(s, r.spans[0]))
      else if (this.groups === 1) out.push(slice(s, r.spans[1]))
      else out.push(r.spans.slice(1).map((sp) => slice(s, sp)))
    }
    return out
  }

  /** split(string, maxsplit): pieces and group values (null for unmatched groups). */
  split(s: Subject, maxsplit = 0): Array<Subject | null> {
    const out: Array<Subject | null> = []
    const cps = toCps(s)
    let last = 0
    let n = 0
    for (const r of this.iter(s)) {
      if (maxsplit > 0 && n >= maxsplit) break
      out.push(slice(s, [last, r.spans[0][0]]))
      for (let g = 1; g <= this.groups; g++) out.push(r.spans[g][0] < 0 ? null : slice(s, r.spans[g]))
      n++
      last = r.spans[0][1]
    }
    out.push(slice(s, [last, cps.length]))
    return out
  }

  /** subn(repl, string, count): the new string and the number of substitutions. */
  subn(repl: Repl, s: Subject, count = 0): [Subject, number] {
    const template = typeof repl === 'function' ? null : parseTemplate(repl, this)
    const parts: Subject[] = []
    const cps = toCps(s)
    let last = 0
    let n = 0
    for (const r of this.iter(s)) {
      if (count > 0 && n >= count) break
      parts.push(slice(s, [last, r.spans[0][0]]))
      if (typeof repl === 'function') parts.push(repl(r))
      else {
        for (const t of template!) {
          if (typeof t === 'number') {
            if (r.spans[t][0] >= 0) parts.push(slice(s, r.spans[t]))
          } else parts.push(t)
        }
      }
      n++
      last = r.spans[0][1]
    }
    parts.push(slice(s, [last, cps.length]))
    return [join(parts, typeof s !== 'string'), n]
  }

  sub(repl: Repl, s: Subject, count = 0): Subject {
    return this.subn(repl, s, count)[0]
  }
}

export function slice(s: Subject, span: [number, number]): Subject {
  if (typeof s !== 'string') return s.slice(span[0], span[1])
  if (!/[\ud800-\udfff]/.test(s)) return s.slice(span[0], span[1])
  return Array.from(s).slice(span[0], span[1]).join('')
}

function join(parts: Subject[], bytes: boolean): Subject {
  if (!bytes) return (parts as string[]).join('')
  const n = parts.reduce((a, p) => a + p.length, 0)
  const out = new Uint8Array(n)
  let o = 0
  for (const p of parts as Uint8Array[]) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/** _parser.parse_template: literal pieces and group numbers. */
export function parseTemplate(repl: Subject, pat: CompiledPattern): Array<Subject | number> {
  const text = typeof repl === 'string' ? repl : String.fromCharCode(...repl)
  const cps = Array.from(text)
  const out: Array<string | number> = []
  let lit = ''
  const flush = () => {
    if (lit) out.push(lit)
    lit = ''
  }
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]
    if (c !== '\\') {
      lit += c
      continue
    }
    const here = i
    const e = cps[++i]
    if (e === undefined) throw new ReError('bad escape (end of pattern)', here)
    if (e === 'g') {
      if (cps[i + 1] !== '<') throw new ReError('missing <', i + 1)
      const close = cps.indexOf('>', i + 2)
      if (close < 0) throw new ReError('missing >, unterminated name', i + 2)
      const name = cps.slice(i + 2, close).join('')
      if (!name) throw new ReError('missing group name', i + 2)
      let idx: number
      if (/^[0-9]+$/.test(name)) {
        idx = Number(name)
        if (idx > pat.groups) throw new ReError(`invalid group reference ${idx}`, i + 2)
      } else {
        if (!/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(name)) throw new ReError(`bad character in group name '${name}'`, i + 2)
        const g = pat.groupIndex.get(name)
        if (g === undefined) throw new PySupportError('IndexError', `unknown group name '${name}'`)
        idx = g
      }
      flush()
      out.push(idx)
      i = close
    } else if (e === '0') {
      let o = ''
      while (o.length < 2 && cps[i + 1] !== undefined && /[0-7]/.test(cps[i + 1])) o += cps[++i]
      lit += String.fromCharCode(parseInt('0' + o, 8))
    } else if (/[1-9]/.test(e)) {
      let d = e
      if (cps[i + 1] !== undefined && /[0-9]/.test(cps[i + 1])) {
        if (/[0-7]/.test(e) && /[0-7]/.test(cps[i + 1]) && cps[i + 2] !== undefined && /[0-7]/.test(cps[i + 2])) {
          const o = e + cps[i + 1] + cps[i + 2]
          i += 2
          const v = parseInt(o, 8)
          if (v > 0o377) throw new ReError(`octal escape value \\${o} outside of range 0-0o377`, here)
          lit += String.fromCharCode(v)
          continue
        }
        d += cps[++i]
      }
      const idx = Number(d)
      if (idx > pat.groups) throw new ReError(`invalid group reference ${idx}`, here + 1)
      flush()
      out.push(idx)
    } else {
      const simpleEsc: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' }
      if (e in simpleEsc) lit += simpleEsc[e]
      else if (/[A-Za-z]/.test(e)) throw new ReError(`bad escape \\${e}`, here)
      else lit += '\\' + e
    }
  }
  flush()
  if (typeof repl === 'string') return out
  return out.map((p) => (typeof p === 'number' ? p : Uint8Array.from(p, (ch) => ch.charCodeAt(0))))
}

export function compile(pattern: Subject, flags = 0): CompiledPattern {
  return new CompiledPattern(pattern, flags)
}

/** Match.expand(template) / the string a template produces for one match. */
export function expand(pat: CompiledPattern, m: MatchResult, template: Subject, s: Subject): Subject {
  const parts: Subject[] = []
  for (const t of parseTemplate(template, pat)) {
    if (typeof t === 'number') {
      if (m.spans[t][0] >= 0) parts.push(slice(s, m.spans[t]))
    } else parts.push(t)
  }
  return join(parts, typeof s !== 'string')
}
