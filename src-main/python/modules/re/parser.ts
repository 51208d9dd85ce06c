// The re pattern parser (Lib/re/_parser.py): a pattern string to an AST over code points,
// with re.error messages and positions as CPython 3.12 reports them. Subset: see README
// notes in the report (no (?L), no \N{...} yet).

export const FLAG_I = 2
export const FLAG_L = 4
export const FLAG_M = 8
export const FLAG_S = 16
export const FLAG_U = 32
export const FLAG_X = 64
export const FLAG_A = 256

export class ReError extends Error {
  constructor(readonly msg: string, readonly pos: number | null) {
    super(pos === null ? msg : `${msg} at position ${pos}`)
  }
}

export type ClassItem = { k: 'cp'; c: number } | { k: 'range'; lo: number; hi: number } | { k: 'cat'; cat: string }
export type Node =
  | { t: 'lit'; c: number; i: boolean }
  | { t: 'any'; s: boolean }
  | { t: 'class'; items: ClassItem[]; neg: boolean; i: boolean }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; idx: number; node: Node }
  | { t: 'rep'; node: Node; min: number; max: number; greedy: boolean; possessive: boolean }
  | { t: 'at'; at: string; m: boolean } // '^' '$' 'A' 'Z' 'b' 'B'
  | { t: 'backref'; idx: number; i: boolean }
  | { t: 'look'; ahead: boolean; neg: boolean; node: Node; width: number }
  | { t: 'atomic'; node: Node }
  | { t: 'cond'; idx: number; yes: Node; no: Node | null }

export interface Parsed {
  node: Node
  groups: number
  groupIndex: Map<string, number>
  flags: number
}

const MAXREPEAT = 4294967295
const SPECIAL = new Set('.\\[{()*+?^$|'.split(''))
const REPEAT = new Set('*+?{'.split(''))
const WS = new Set(' \t\n\r\x0b\x0c'.split(''))

const FLAG_CHARS: Record<string, number> = { i: FLAG_I, L: FLAG_L, m: FLAG_M, s: FLAG_S, x: FLAG_X, a: FLAG_A, u: FLAG_U }

class Source {
  cps: string[]
  i = 0
  constructor(s: string) {
    this.cps = Array.from(s)
  }
  get next(): string | undefined {
    return this.cps[this.i]
  }
  match(ch: string): boolean {
    if (this.cps[this.i] === ch) {
      this.i++
      return true
    }
    return false
  }
  get(): string | undefined {
    const c = this.cps[this.i]
    if (c !== undefined) this.i++
    return c
  }
  getUntil(term: string, name: string): string {
    const start = this.i
    let out = ''
    for (;;) {
      const c = this.cps[this.i]
      if (c === undefined) {
        if (!out) throw new ReError(`missing ${name}`, start)
        throw new ReError(`missing ${term}, unterminated name`, start)
      }
      if (c === term) {
        if (!out) throw new ReError(`missing ${name}`, start)
        this.i++
        return out
      }
      out += c
      this.i++
    }
  }
}

function isIdent(s: string): boolean {
  return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s)
}

export function parse(pattern: string, flags0: number): Parsed {
  const src = new Source(pattern)
  const state = { flags: flags0, groups: 1, groupIndex: new Map<string, number>(), open: new Set<number>(), widths: new Map<number, number>(), condRefs: new Map<number, number>() }
  const node = parseAlt(src, state, 0, true)
  if (src.next !== undefined) {
    if (src.next === ')') throw new ReError('unbalanced parenthesis', src.i)
    throw new ReError('internal error', src.i)
  }
  for (const [g, pos] of state.condRefs) {
    if (g >= state.groups) throw new ReError(`invalid group reference ${g}`, pos)
  }
  return { node, groups: state.groups - 1, groupIndex: state.groupIndex, flags: state.flags }
}

type St = { flags: number; groups: number; groupIndex: Map<string, number>; open: Set<number>; widths: Map<number, number>; condRefs: Map<number, number> }

function parseAlt(src: Source, st: St, depth: number, top: boolean): Node {
  const alts: Node[] = []
  for (;;) {
    alts.push(parseSeq(src, st, depth))
    if (!src.match('|')) break
  }
  if (!top && src.next === undefined) return alts.length === 1 ? alts[0] : { t: 'alt', alts }
  return alts.length === 1 ? alts[0] : { t: 'alt', alts }
}

function escapeClass(src: Source, st: St, start: number): ClassItem {
  const c = src.get()
  if (c === undefined) throw new ReError('bad escape (end of pattern)', start)
  switch (c) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
      return { k: 'cat', cat: c }
  }
  const cp = escapeCode(src, c, start, true)
  return { k: 'cp', c: cp }
}

function escapeCode(src: Source, c: string, start: number, inClass: boolean): number {
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 }
  if (c === 'b' && !inClass) throw new ReError('internal', start)
  if (c in simple) return simple[c]
  if (c === 'x' || c === 'u' || c === 'U') {
    const n = c === 'x' ? 2 : c === 'u' ? 4 : 8
    let h = ''
    for (let k = 0; k < n && src.next !== undefined && /[0-9a-fA-F]/.test(src.next); k++) h += src.get()
    if (h.length !== n) throw new ReError(`incomplete escape \\${c}${h}`, start)
    const v = parseInt(h, 16)
    if (c === 'U' && v > 0x10ffff) throw new ReError(`bad escape \\${c}${h}`, start)
    return v
  }
  if (c === '0') {
    let o = ''
    while (o.length < 2 && src.next !== undefined && /[0-7]/.test(src.next)) o += src.get()
    return parseInt('0' + o, 8)
  }
  if (/[1-7]/.test(c) && inClass) {
    let o = c
    while (o.length < 3 && src.next !== undefined && /[0-7]/.test(src.next)) o += src.get()
    if (o.length === 1 || (o.length < 3 && false)) {
      if (o.length === 1) throw new ReError(`bad escape \\${c}`, start)
    }
    const v = parseInt(o, 8)
    if (v > 0o377) throw new ReError(`octal escape value \\${o} outside of range 0-0o377`, start)
    return v
  }
  if (/[0-9]/.test(c)) throw new ReError(`bad escape \\${c}`, start)
  if (/[A-Za-z]/.test(c)) throw new ReError(`bad escape \\${c}`, start)
  return c.codePointAt(0)!
}

function parseClass(src: Source, st: St, start: number): Node {
  const items: ClassItem[] = []
  const neg = src.match('^')
  let first = true
  for (;;) {
    const here = src.i
    let c = src.get()
    if (c === undefined) throw new ReError('unterminated character set', start)
    if (c === ']' && !first) break
    first = false
    let lo: ClassItem
    if (c === '\\') lo = escapeClass(src, st, here)
    else lo = { k: 'cp', c: c.codePointAt(0)! }
    if (src.next === '-' && src.cps[src.i + 1] !== undefined && src.cps[src.i + 1] !== ']') {
      src.i++
      const here2 = src.i
      c = src.get()!
      let hi: ClassItem
      if (c === '\\') hi = escapeClass(src, st, here2)
      else hi = { k: 'cp', c: c.codePointAt(0)! }
      if (lo.k !== 'cp' || hi.k !== 'cp') {
        const text = src.cps.slice(here, src.i).join('')
        throw new ReError(`bad character range ${text}`, here)
      }
      if (hi.c < lo.c) throw new ReError(`bad character range ${src.cps.slice(here, src.i).join('')}`, here)
      items.push({ k: 'range', lo: lo.c, hi: hi.c })
    } else {
      if (src.next === '-' && src.cps[src.i + 1] === undefined) throw new ReError('unterminated character set', start)
      items.push(lo)
    }
  }
  return { t: 'class', items, neg, i: (st.flags & FLAG_I) !== 0 }
}

/** Fixed width of a node, or -1 (for look-behind). */
export function width(n: Node): number {
  switch (n.t) {
    case 'lit': case 'any': case 'class':
      return 1
    case 'cat': {
      let w = 0
      for (const x of n.items) {
        const k = width(x)
        if (k < 0) return -1
        w += k
      }
      return w
    }
    case 'alt': {
      const ws = n.alts.map(width)
      return ws.every((w) => w === ws[0]) ? ws[0] : -1
    }
    case 'group': case 'atomic':
      return width(n.node)
    case 'rep': {
      if (n.min !== n.max) return -1
      const w = width(n.node)
      return w < 0 ? -1 : w * n.min
    }
    case 'at': case 'look':
      return 0
    case 'backref':
      return -1
    case 'cond': {
      const a = width(n.yes)
      const b = n.no ? width(n.no) : 0
      return a === b ? a : -1
    }
  }
}

function parseSeq(src: Source, st: St, depth: number): Node {
  const items: Node[] = []
  for (;;) {
    const here = src.i
    const c = src.next
    if (c === undefined || c === '|' || c === ')') break
    src.i++
    const verbose = (st.flags & FLAG_X) !== 0
    if (verbose) {
      if (WS.has(c)) continue
      if (c === '#') {
        while (src.next !== undefined && src.next !== '\n') src.i++
        continue
      }
    }
    const ic = (st.flags & FLAG_I) !== 0
    if (c === '\\') {
      const e = src.get()
      if (e === undefined) throw new ReError('bad escape (end of pattern)', here)
      if ('AZbB'.includes(e)) items.push({ t: 'at', at: e, m: false })
      else if ('dDsSwW'.includes(e)) items.push({ t: 'class', items: [{ k: 'cat', cat: e }], neg: false, i: false })
      else if (/[1-9]/.test(e)) {
        let d = e
        if (src.next !== undefined && /[0-9]/.test(src.next)) {
          d += src.next
          if (/[0-7]/.test(e) && /[0-7]/.test(src.next!) && src.cps[src.i + 1] !== undefined && /[0-7]/.test(src.cps[src.i + 1])) {
            const o = d + src.cps[src.i + 1]
            src.i += 2
            const v = parseInt(o, 8)
            if (v > 0o377) throw new ReError(`octal escape value \\${o} outside of range 0-0o377`, here)
            items.push({ t: 'lit', c: v, i: ic })
            continue
          }
          src.i++
        }
        const idx = Number(d)
        if (idx >= st.groups) throw new ReError(`invalid group reference ${idx}`, here + 1)
        if (st.open.has(idx)) throw new ReError('cannot refer to an open group', here)
        items.push({ t: 'backref', idx, i: ic })
      } else items.push({ t: 'lit', c: escapeCode(src, e, here, false), i: ic })
    } else if (c === '[') items.push(parseClass(src, st, here))
    else if (c === '.') items.push({ t: 'any', s: (st.flags & FLAG_S) !== 0 })
    else if (c === '^') items.push({ t: 'at', at: '^', m: (st.flags & FLAG_M) !== 0 })
    else if (c === '$') items.push({ t: 'at', at: '$', m: (st.flags & FLAG_M) !== 0 })
    else if (c === '(') items.push(parseGroup(src, st, depth, here))
    else if (REPEAT.has(c)) {
      let min: number
      let max: number
      if (c === '?') [min, max] = [0, 1]
      else if (c === '*') [min, max] = [0, MAXREPEAT]
      else if (c === '+') [min, max] = [1, MAXREPEAT]
      else {
        // '{' : a repeat only if it has the form {m}, {m,}, {,n}, {m,n}
        const save = src.i
        let lo = ''
        let hi = ''
        while (src.next !== undefined && /[0-9]/.test(src.next)) lo += src.get()
        let isRange = false
        if (src.match(',')) {
          isRange = true
          while (src.next !== undefined && /[0-9]/.test(src.next)) hi += src.get()
        } else hi = lo
        if (!src.match('}')) {
          src.i = save
          items.push({ t: 'lit', c: 123, i: ic })
          continue
        }
        void isRange
        min = lo ? Number(lo) : 0
        max = hi ? Number(hi) : MAXREPEAT
        if (max < min) throw new ReError('min repeat greater than max repeat', save)
      }
      const prev = items[items.length - 1]
      if (!prev || prev.t === 'at') throw new ReError('nothing to repeat', here)
      if (prev.t === 'rep') throw new ReError('multiple repeat', here)
      let greedy = true
      let possessive = false
      if (src.match('?')) greedy = false
      else if (src.match('+')) possessive = true
      items[items.length - 1] = { t: 'rep', node: prev, min, max, greedy, possessive }
    } else items.push({ t: 'lit', c: c.codePointAt(0)!, i: ic })
  }
  return items.length === 1 ? items[0] : { t: 'cat', items }
}

function parseGroup(src: Source, st: St, depth: number, start: number): Node {
  let capture = true
  let name: string | null = null
  if (src.match('?')) {
    const c = src.get()
    if (c === undefined) throw new ReError('unexpected end of pattern', src.i)
    if (c === 'P') {
      if (src.match('<')) {
        name = src.getUntil('>', 'group name')
        if (!isIdent(name)) throw new ReError(`bad character in group name '${name}'`, start + 4)
        if (st.groupIndex.has(name)) throw new ReError(`redefinition of group name '${name}' as group ${st.groups}; was group ${st.groupIndex.get(name)}`, start + 4)
      } else if (src.match('=')) {
        const nm = src.getUntil(')', 'group name')
        if (!isIdent(nm)) throw new ReError(`bad character in group name '${nm}'`, start + 4)
        const idx = st.groupIndex.get(nm)
        if (idx === undefined) throw new ReError(`unknown group name '${nm}'`, start + 4)
        return { t: 'backref', idx, i: (st.flags & FLAG_I) !== 0 }
      } else {
        const ch = src.get()
        if (ch === undefined) throw new ReError('unexpected end of pattern', src.i)
        throw new ReError(`unknown extension ?P${ch}`, start + 1)
      }
    } else if (c === ':') capture = false
    else if (c === '#') {
      while (src.next !== undefined && src.next !== ')') src.i++
      if (src.next === undefined) throw new ReError('missing ), unterminated comment', start)
      src.i++
      return { t: 'cat', items: [] }
    } else if (c === '=' || c === '!' || c === '<') {
      let ahead = true
      let neg = c === '!'
      if (c === '<') {
        const d = src.get()
        if (d === undefined) throw new ReError('unexpected end of pattern', src.i)
        if (d !== '=' && d !== '!') throw new ReError(`unknown extension ?<${d}`, start + 1)
        ahead = false
        neg = d === '!'
      }
      const node = parseAlt(src, st, depth + 1, false)
      if (!src.match(')')) throw new ReError('missing ), unterminated subpattern', start)
      const w = ahead ? 0 : width(node)
      if (!ahead && w < 0) throw new ReError('look-behind requires fixed-width pattern', null)
      return { t: 'look', ahead, neg, node, width: w }
    } else if (c === '>') {
      const node = parseAlt(src, st, depth + 1, false)
      if (!src.match(')')) throw new ReError('missing ), unterminated subpattern', start)
      return { t: 'atomic', node }
    } else if (c === '(') {
      const ref = src.getUntil(')', 'group name')
      let idx: number
      if (/^[0-9]+$/.test(ref)) {
        idx = Number(ref)
        if (idx === 0) throw new ReError('bad group number', start + 3)
        // Checked once the whole pattern is parsed (state.grouprefpos in _parser.parse).
        if (idx >= st.groups && !st.condRefs.has(idx)) st.condRefs.set(idx, start + 3)
      } else {
        if (!isIdent(ref)) throw new ReError(`bad character in group name '${ref}'`, start + 3)
        const k = st.groupIndex.get(ref)
        if (k === undefined) throw new ReError(`unknown group name '${ref}'`, start + 3)
        idx = k
      }
      const yes = parseSeq(src, st, depth + 1)
      let no: Node | null = null
      if (src.match('|')) {
        no = parseSeq(src, st, depth + 1)
        if (src.next === '|') throw new ReError('conditional backref with more than two branches', src.i)
      }
      if (!src.match(')')) throw new ReError('missing ), unterminated subpattern', start)
      return { t: 'cond', idx, yes, no }
    } else if (c in FLAG_CHARS || c === '-') {
      src.i--
      let on = 0
      while (src.next !== undefined && src.next in FLAG_CHARS) on |= FLAG_CHARS[src.get()!]
      let off = 0
      if (src.match('-')) {
        while (src.next !== undefined && src.next in FLAG_CHARS) off |= FLAG_CHARS[src.get()!]
      }
      if (src.match(')')) {
        if (start !== 0) throw new ReError('global flags not at the start of the expression', start)
        st.flags |= on
        return { t: 'cat', items: [] }
      }
      if (!src.match(':')) {
        const ch = src.next
        if (ch === undefined) throw new ReError('missing -, : or )', src.i)
        throw new ReError(`unknown flag`, src.i)
      }
      const saved = st.flags
      st.flags = (st.flags | on) & ~off
      const node = parseAlt(src, st, depth + 1, false)
      st.flags = saved
      if (!src.match(')')) throw new ReError('missing ), unterminated subpattern', start)
      return node
    } else {
      throw new ReError(`unknown extension ?${c}`, start + 1)
    }
  }
  let idx = 0
  if (capture) {
    idx = st.groups++
    if (name !== null) st.groupIndex.set(name, idx)
    st.open.add(idx)
  }
  const node = parseAlt(src, st, depth + 1, false)
  if (!src.match(')')) throw new ReError('missing ), unterminated subpattern', start)
  if (capture) {
    st.open.delete(idx)
    return { t: 'group', idx, node }
  }
  return node
}

export { SPECIAL }
