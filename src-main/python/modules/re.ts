// The re module (Lib/re/__init__.py over Modules/_sre): Pattern and Match objects and
// the module functions, bound to the regex engine in modules/re/ (Python's syntax and
// semantics, spans by code point). Reprs and messages as CPython 3.12's.

import { type Py, None, PyObject, newStaticType, typeName } from '../objects/typeobject'
import { PyList, newTuple } from '../objects/tuple'
import { PyDict } from '../objects/dict'
import { PyBytes } from '../objects/misc'
import { Exception, PyBaseException, indexError, typeError, valueError } from '../objects/exceptions'
import { defineGetSets, defineMethods, type KwNames } from '../objects/descr'
import * as A from '../objects/abstract'
import * as I from '../objects/int'
import { strRepr, bytesRepr } from '../objects/strrepr'
import { compile as compileRe, expand, slice, ReError, type CompiledPattern, type MatchResult, type Subject } from './re/matcher'
import { FLAG_A, FLAG_I, FLAG_L, FLAG_M, FLAG_S, FLAG_U, FLAG_X } from './re/parser'
import { bindArgs, makeModule, defineModule } from './native'

// re.error(msg, pattern, pos), with msg/pattern/pos/lineno/colno attributes
const reError = newStaticType('error', Exception)
reError.module = 're'
reError.alloc = (t) => new PyBaseException(t)
reError.hasDict = true

const patternType = newStaticType('Pattern')
patternType.module = 're'
const matchType = newStaticType('Match')
matchType.module = 're'

class PyPattern extends PyObject {
  constructor(readonly pat: CompiledPattern, readonly source: Py) {
    super(patternType)
  }
}

class PyMatch extends PyObject {
  constructor(readonly pattern: PyPattern, readonly m: MatchResult, readonly subject: Py, readonly s: Subject) {
    super(matchType)
  }
}

const toPy = (s: Subject): Py => (typeof s === 'string' ? s : new PyBytes(s))

function subject(v: Py | undefined, p: CompiledPattern): Subject {
  if (typeof v === 'string') {
    if (p.isBytes) throw typeError('cannot use a bytes pattern on a string-like object')
    return v
  }
  if (v instanceof PyBytes) {
    if (!p.isBytes) throw typeError('cannot use a string pattern on a bytes-like object')
    return v.data
  }
  throw typeError(`expected string or bytes-like object, got '${v === undefined ? 'NoneType' : typeName(v)}'`)
}

function raiseReError(e: ReError, pattern: Py): never {
  const err = new PyBaseException(reError, [e.message])
  A.setAttr(err, 'msg', e.msg)
  A.setAttr(err, 'pattern', pattern)
  A.setAttr(err, 'pos', e.pos === null ? None : e.pos)
  throw err
}

const cache = new Map<string, PyPattern>()

function compilePy(pattern: Py, flags: Py | undefined): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags !== undefined && flags !== 0) throw valueError('cannot process flags argument with a compiled pattern')
    return pattern
  }
  const fl = flags === undefined ? 0 : Number(I.asInt(flags as never))
  const src: Subject | null = typeof pattern === 'string' ? pattern : pattern instanceof PyBytes ? pattern.data : null
  if (src === null) throw typeError('first argument must be string or compiled pattern')
  const key = `${typeof src === 'string' ? 's' : 'b'}${fl}:${typeof src === 'string' ? src : Array.from(src).join(',')}`
  const hit = cache.get(key)
  if (hit) return hit
  try {
    const p = new PyPattern(compileRe(src, fl), pattern)
    cache.set(key, p)
    return p
  } catch (e) {
    if (e instanceof ReError) raiseReError(e, pattern)
    throw e
  }
}

const num = (v: Py | undefined, d: number): number => (v === undefined ? d : Number(I.asInt(v as never)))
const orNone = (m: PyMatch | null): Py => m ?? None

function runMatch(kind: 'match' | 'search' | 'fullmatch', p: PyPattern, s: Py | undefined, pos = 0, endpos = Number.MAX_SAFE_INTEGER): PyMatch | null {
  const subj = subject(s, p.pat)
  const r = p.pat[kind](subj, pos, endpos)
  return r ? new PyMatch(p, r, s!, subj) : null
}

/** sub/subn: a template string or bytes, or a callable given each Match */
function patternSub(p: PyPattern, repl: Py | undefined, s: Py | undefined, count: number): [Subject, number] {
  const subj = subject(s, p.pat)
  if (repl === undefined) throw typeError("sub() missing required argument 'repl' (pos 1)")
  const fn =
    typeof repl === 'string' ? repl
    : repl instanceof PyBytes ? repl.data
    : (m: MatchResult): Subject => {
        const v = A.call(repl, [new PyMatch(p, m, s!, subj)])
        if (typeof v === 'string') return v
        if (v instanceof PyBytes) return v.data
        throw typeError(`expected str instance, ${typeName(v)} found`)
      }
  try {
    return p.pat.subn(fn, subj, count)
  } catch (e) {
    if (e instanceof ReError) raiseReError(e, p.source)
    throw e
  }
}

function findall(p: PyPattern, s: Py | undefined, pos: number, endpos: number): Py {
  return new PyList(p.pat.findall(subject(s, p.pat), pos, endpos).map((x) => (Array.isArray(x) ? newTuple(x.map(toPy)) : toPy(x as Subject))))
}

function finditer(p: PyPattern, s: Py | undefined, pos: number, endpos: number): Py {
  const subj = subject(s, p.pat)
  return A.getIter(new PyList([...p.pat.iter(subj, pos, endpos)].map((m) => new PyMatch(p, m, s!, subj))))
}

function split(p: PyPattern, s: Py | undefined, maxsplit: number): Py {
  return new PyList(p.pat.split(subject(s, p.pat), maxsplit).map((x) => (x === null ? None : toPy(x))))
}

const P = (x: Py): PyPattern => x as PyPattern
const M = (x: Py): PyMatch => x as PyMatch

defineMethods(patternType, {
  match: (s, a, k) => { const [str, pos, end] = bindArgs('match', ['string', 'pos', 'endpos'], a, k); return orNone(runMatch('match', P(s), str, num(pos, 0), num(end, Number.MAX_SAFE_INTEGER))) },
  search: (s, a, k) => { const [str, pos, end] = bindArgs('search', ['string', 'pos', 'endpos'], a, k); return orNone(runMatch('search', P(s), str, num(pos, 0), num(end, Number.MAX_SAFE_INTEGER))) },
  fullmatch: (s, a, k) => { const [str, pos, end] = bindArgs('fullmatch', ['string', 'pos', 'endpos'], a, k); return orNone(runMatch('fullmatch', P(s), str, num(pos, 0), num(end, Number.MAX_SAFE_INTEGER))) },
  findall: (s, a, k) => { const [str, pos, end] = bindArgs('findall', ['string', 'pos', 'endpos'], a, k); return findall(P(s), str, num(pos, 0), num(end, Number.MAX_SAFE_INTEGER)) },
  finditer: (s, a, k) => { const [str, pos, end] = bindArgs('finditer', ['string', 'pos', 'endpos'], a, k); return finditer(P(s), str, num(pos, 0), num(end, Number.MAX_SAFE_INTEGER)) },
  split: (s, a, k) => { const [str, max] = bindArgs('split', ['string', 'maxsplit'], a, k); return split(P(s), str, num(max, 0)) },
  sub: (s, a, k) => { const [r, str, c] = bindArgs('sub', ['repl', 'string', 'count'], a, k); return toPy(patternSub(P(s), r, str, num(c, 0))[0]) },
  subn: (s, a, k) => { const [r, str, c] = bindArgs('subn', ['repl', 'string', 'count'], a, k); const [o, n] = patternSub(P(s), r, str, num(c, 0)); return newTuple([toPy(o), n]) },
  __repr__(s) {
    const p = P(s)
    const src = p.source
    const shown = typeof src === 'string' ? strRepr(src) : bytesRepr((src as PyBytes).data)
    const names: string[] = []
    const fl = p.pat.flags & ~(typeof src === 'string' ? FLAG_U : 0)
    for (const [n, v] of FLAG_NAMES) if (fl & v) names.push(`re.${n}`)
    return `re.compile(${shown.slice(0, 200)}${names.length ? `, ${names.join('|')}` : ''})`
  },
})
defineGetSets(patternType, {
  pattern: [(s) => P(s).source],
  flags: [(s) => P(s).pat.flags],
  groups: [(s) => P(s).pat.groups],
  groupindex: [(s) => { const d = new PyDict(); for (const [k, v] of P(s).pat.groupIndex) d.setStr(k, v); return d }],
})

function groupIndex(m: PyMatch, g: Py): number {
  if (typeof g === 'string') {
    const i = m.pattern.pat.groupIndex.get(g)
    if (i === undefined) throw indexError('no such group')
    return i
  }
  if (I.isInt(g)) {
    const i = Number(I.asInt(g))
    if (i < 0 || i > m.pattern.pat.groups) throw indexError('no such group')
    return i
  }
  throw indexError('no such group')
}

function group(m: PyMatch, i: number, dflt: Py = None): Py {
  const sp = m.m.spans[i]
  return sp[0] < 0 ? dflt : toPy(slice(m.s, sp))
}

defineMethods(matchType, {
  group(s, a) {
    const m = M(s)
    if (a.length === 0) return group(m, 0)
    if (a.length === 1) return group(m, groupIndex(m, a[0]))
    return newTuple(a.map((g) => group(m, groupIndex(m, g))))
  },
  __getitem__: (s, a) => group(M(s), groupIndex(M(s), a[0])),
  groups: (s, a) => newTuple(Array.from({ length: M(s).pattern.pat.groups }, (_, i) => group(M(s), i + 1, a[0] ?? None))),
  groupdict(s, a) {
    const d = new PyDict()
    for (const [k, i] of M(s).pattern.pat.groupIndex) d.setStr(k, group(M(s), i, a[0] ?? None))
    return d
  },
  start: (s, a) => M(s).m.spans[a.length ? groupIndex(M(s), a[0]) : 0][0],
  end: (s, a) => M(s).m.spans[a.length ? groupIndex(M(s), a[0]) : 0][1],
  span: (s, a) => newTuple([...M(s).m.spans[a.length ? groupIndex(M(s), a[0]) : 0]]),
  expand: (s, a) => {
    const t = a[0]
    const tmpl: Subject = typeof t === 'string' ? t : (t as PyBytes).data
    return toPy(expand(M(s).pattern.pat, M(s).m, tmpl, M(s).s))
  },
  __repr__(s) {
    const m = M(s)
    const [a, b] = m.m.spans[0]
    const text = slice(m.s, [a, b])
    const shown = typeof text === 'string' ? strRepr(text) : bytesRepr(text)
    return `<re.Match object; span=(${a}, ${b}), match=${shown}>`
  },
})
defineGetSets(matchType, {
  string: [(s) => M(s).subject],
  re: [(s) => M(s).pattern],
  pos: [(s) => M(s).m.pos],
  endpos: [(s) => M(s).m.endpos],
  lastindex: [(s) => M(s).m.lastindex ?? None],
  lastgroup: [(s) => {
    const li = M(s).m.lastindex
    if (li === null) return None
    for (const [k, i] of M(s).pattern.pat.groupIndex) if (i === li) return k
    return None
  }],
})

const FLAG_NAMES: [string, number][] = [
  ['TEMPLATE', 1], ['IGNORECASE', FLAG_I], ['LOCALE', FLAG_L], ['MULTILINE', FLAG_M], ['DOTALL', FLAG_S],
  ['UNICODE', FLAG_U], ['VERBOSE', FLAG_X], ['DEBUG', 128], ['ASCII', FLAG_A],
]

const moduleFn = (name: string, run: (p: PyPattern, a: (Py | undefined)[]) => Py, params: string[]) =>
  (args: Py[], kw: KwNames): Py => {
    const a = bindArgs(name, ['pattern', ...params, 'flags'], args, kw)
    return run(compilePy(a[0]!, a[a.length - 1]), a.slice(1, -1))
  }

defineModule('re', () => {
  const m = makeModule(
    're',
    {
      compile: (a, k) => { const [p, f] = bindArgs('compile', ['pattern', 'flags'], a, k); return compilePy(p!, f) },
      match: moduleFn('match', (p, [s]) => orNone(runMatch('match', p, s)), ['string']),
      search: moduleFn('search', (p, [s]) => orNone(runMatch('search', p, s)), ['string']),
      fullmatch: moduleFn('fullmatch', (p, [s]) => orNone(runMatch('fullmatch', p, s)), ['string']),
      findall: moduleFn('findall', (p, [s]) => findall(p, s, 0, Number.MAX_SAFE_INTEGER), ['string']),
      finditer: moduleFn('finditer', (p, [s]) => finditer(p, s, 0, Number.MAX_SAFE_INTEGER), ['string']),
      split: moduleFn('split', (p, [s, max]) => split(p, s, num(max, 0)), ['string', 'maxsplit']),
      sub: moduleFn('sub', (p, [r, s, c]) => toPy(patternSub(p, r, s, num(c, 0))[0]), ['repl', 'string', 'count']),
      subn: moduleFn('subn', (p, [r, s, c]) => { const [o, n] = patternSub(p, r, s, num(c, 0)); return newTuple([toPy(o), n]) }, ['repl', 'string', 'count']),
      escape: (a) => {
        // re.escape: every character in _special_chars_map gets a backslash
        const s = a[0]
        if (typeof s !== 'string') throw typeError('re.escape() argument must be str')
        return s.replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r', '\v': '\\v', '\f': '\\f' })[c] ?? `\\${c}`)
      },
      purge: () => { cache.clear(); return None },
    },
    { error: reError, Pattern: patternType, Match: matchType, NOFLAG: 0 },
  )
  for (const [n, v] of FLAG_NAMES) m.dict.setStr(n, v)
  for (const [short, long] of [['I', 'IGNORECASE'], ['L', 'LOCALE'], ['M', 'MULTILINE'], ['S', 'DOTALL'], ['U', 'UNICODE'], ['X', 'VERBOSE'], ['A', 'ASCII'], ['T', 'TEMPLATE']]) {
    m.dict.setStr(short, m.dict.getStr(long)!)
  }
  return m
})
