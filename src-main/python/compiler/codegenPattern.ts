// Code generation for `match` statements (CPython 3.12 Python/compile.c
// compiler_match_inner and compiler_pattern_*): every pattern kind, with CPython's
// bookkeeping of captured names kept on the stack (stores), items that must stay
// on top (onTop) and the ladder of POP_TOP blocks jumped to on failure (failPop).

import type * as A from '../spec/astNodes.gen'
import { NO_LOCATION, type Location } from './instrSequence'
import { LOC, type Compiler, type Label } from './compiler'
import { addCompare, jumpIf, visitExpr } from './codegenExpr'
import { visitStmts } from './codegenStmt'
import { assertNever } from './util'
import { constRepr, type ConstValue } from '../objects/constant'

interface PatternContext {
  stores: string[]
  allowIrrefutable: boolean
  failPop: Label[]
  onTop: number
}

const EQ: A.cmpop = { _type: 'Eq' }
const GTE: A.cmpop = { _type: 'GtE' }
const IS: A.cmpop = { _type: 'Is' }

function isWildcard(p: A.pattern): boolean {
  return p._type === 'MatchAs' && !p.name && !p.pattern
}

function isWildcardStar(p: A.pattern): boolean {
  return p._type === 'MatchStar' && !p.name
}

/** compiler_match / compiler_match_inner */
export function compileMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject)
  const end = c.newLabel()
  const cases = s.cases.length
  let m = s.cases[cases - 1]
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i]
    const ploc = LOC(m.pattern)
    if (i !== cases - hasDefault - 1) c.addopI(ploc, 'COPY', 1)
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 }
    compilePattern(c, m.pattern, pc)
    for (const name of pc.stores) c.nameop(ploc, name, 'Store')
    if (m.guard) {
      ensureFailPop(c, pc, 0)
      jumpIf(c, ploc, m.guard, pc.failPop[0], false)
    }
    if (i !== cases - hasDefault - 1) c.addop(ploc, 'POP_TOP')
    visitStmts(c, m.body)
    c.addopJump(NO_LOCATION, 'JUMP', end)
    emitAndResetFailPop(c, ploc, pc)
  }
  if (hasDefault) {
    m = s.cases[cases - 1]
    const ploc = LOC(m.pattern)
    if (cases === 1) c.addop(ploc, 'POP_TOP')
    else c.addop(ploc, 'NOP')
    if (m.guard) jumpIf(c, ploc, m.guard, end, false)
    visitStmts(c, m.body)
  }
  c.useLabel(end)
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel())
}

function jumpToFailPop(c: Compiler, loc: Location, pc: PatternContext, op: string): void {
  const pops = pc.onTop + pc.stores.length
  ensureFailPop(c, pc, pops)
  c.addopJump(loc, op, pc.failPop[pops])
}

function emitAndResetFailPop(c: Compiler, loc: Location, pc: PatternContext): void {
  if (!pc.failPop.length) return
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i])
    c.addop(loc, 'POP_TOP')
  }
  c.useLabel(pc.failPop[0])
  pc.failPop = []
}

function rotate(c: Compiler, loc: Location, count: number): void {
  while (1 < count) c.addopI(loc, 'SWAP', count--)
}

function storeName(c: Compiler, loc: Location, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(loc, 'POP_TOP')
    return
  }
  c.forbiddenName(loc, n, 'Store')
  if (pc.stores.includes(n)) c.error(loc, `multiple assignments to name '${n}' in pattern`)
  rotate(c, loc, pc.onTop + pc.stores.length + 1)
  pc.stores.push(n)
}

function unpackHelper(c: Compiler, loc: Location, elts: A.pattern[]): void {
  const n = elts.length
  let seenStar = false
  for (let i = 0; i < n; i++) {
    const elt = elts[i]
    if (elt._type === 'MatchStar' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error(loc, 'too many expressions in star-unpacking sequence pattern')
      c.addopI(loc, 'UNPACK_EX', i + ((n - i - 1) << 8))
      seenStar = true
    } else if (elt._type === 'MatchStar') c.error(loc, 'multiple starred expressions in sequence pattern')
  }
  if (!seenStar) c.addopI(loc, 'UNPACK_SEQUENCE', n)
}

function sequenceUnpack(c: Compiler, loc: Location, patterns: A.pattern[], pc: PatternContext): void {
  unpackHelper(c, loc, patterns)
  const size = patterns.length
  pc.onTop += size
  for (let i = 0; i < size; i++) {
    pc.onTop--
    subpattern(c, patterns[i], pc)
  }
}

function sequenceSubscr(c: Compiler, loc: Location, patterns: A.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++
  const size = patterns.length
  for (let i = 0; i < size; i++) {
    const p = patterns[i]
    if (isWildcard(p)) continue
    if (i === star) continue
    c.addopI(loc, 'COPY', 1)
    if (i < star) c.loadConst(loc, BigInt(i))
    else {
      c.addop(loc, 'GET_LEN')
      c.loadConst(loc, BigInt(size - i))
      c.addopI(loc, 'BINARY_OP', 10)
    }
    c.addop(loc, 'BINARY_SUBSCR')
    subpattern(c, p, pc)
  }
  pc.onTop--
  c.addop(loc, 'POP_TOP')
}

function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable
  pc.allowIrrefutable = true
  compilePattern(c, p, pc)
  pc.allowIrrefutable = allow
}

function compilePattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const loc = LOC(p)
  switch (p._type) {
    case 'MatchValue': {
      const v = p.value
      if (v._type !== 'Constant' && v._type !== 'Attribute') c.error(loc, 'patterns may only match literals and attribute lookups')
      visitExpr(c, v)
      addCompare(c, loc, EQ)
      jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
      return
    }
    case 'MatchSingleton':
      c.loadConst(loc, p.value)
      addCompare(c, loc, IS)
      jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
      return
    case 'MatchSequence':
      patternSequence(c, p, pc)
      return
    case 'MatchMapping':
      patternMapping(c, p, pc)
      return
    case 'MatchClass':
      patternClass(c, p, pc)
      return
    case 'MatchStar':
      storeName(c, loc, p.name, pc)
      return
    case 'MatchAs':
      if (!p.pattern) {
        if (!pc.allowIrrefutable) {
          if (p.name) c.error(loc, `name capture '${p.name}' makes remaining patterns unreachable`)
          c.error(loc, 'wildcard makes remaining patterns unreachable')
        }
        storeName(c, loc, p.name, pc)
        return
      }
      pc.onTop++
      c.addopI(loc, 'COPY', 1)
      compilePattern(c, p.pattern, pc)
      pc.onTop--
      storeName(c, loc, p.name, pc)
      return
    case 'MatchOr':
      patternOr(c, p, pc)
      return
    default:
      assertNever(p)
  }
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const loc = LOC(p)
  const patterns = p.patterns
  const size = patterns.length
  let star = -1
  let onlyWildcard = true
  let starWildcard = false
  for (let i = 0; i < size; i++) {
    const q = patterns[i]
    if (q._type === 'MatchStar') {
      if (star >= 0) c.error(loc, 'multiple starred names in sequence pattern')
      starWildcard = isWildcardStar(q)
      onlyWildcard = onlyWildcard && starWildcard
      star = i
      continue
    }
    onlyWildcard = onlyWildcard && isWildcard(q)
  }
  pc.onTop++
  c.addop(loc, 'MATCH_SEQUENCE')
  jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
  if (star < 0) {
    c.addop(loc, 'GET_LEN')
    c.loadConst(loc, BigInt(size))
    addCompare(c, loc, EQ)
    jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
  } else if (size > 1) {
    c.addop(loc, 'GET_LEN')
    c.loadConst(loc, BigInt(size - 1))
    addCompare(c, loc, GTE)
    jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
  }
  pc.onTop--
  if (onlyWildcard) c.addop(loc, 'POP_TOP')
  else if (starWildcard) sequenceSubscr(c, loc, patterns, star, pc)
  else sequenceUnpack(c, loc, patterns, pc)
}

function constKeyForDup(v: ConstValue): string {
  if (typeof v === 'boolean') return `n${v ? 1 : 0}`
  if (typeof v === 'bigint') return `n${v}`
  if (typeof v === 'number') return Number.isInteger(v) ? `n${BigInt(v)}` : `f${v}`
  if (typeof v === 'string') return `s${v}`
  return `o${String(v)}`
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const loc = LOC(p)
  const keys = p.keys
  const patterns = p.patterns
  let size = keys.length
  if (size !== patterns.length) c.error(loc, `keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`)
  const starTarget = p.rest
  pc.onTop++
  c.addop(loc, 'MATCH_MAPPING')
  jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
  if (!size && !starTarget) {
    pc.onTop--
    c.addop(loc, 'POP_TOP')
    return
  }
  if (size) {
    c.addop(loc, 'GET_LEN')
    c.loadConst(loc, BigInt(size))
    addCompare(c, loc, GTE)
    jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
  }
  const seen = new Set<string>()
  for (let i = 0; i < size; i++) {
    const key = keys[i]
    if (key._type === 'Constant') {
      const k = constKeyForDup(key.value)
      if (seen.has(k)) c.error(loc, `mapping pattern checks duplicate key (${constRepr(key.value)})`)
      seen.add(k)
    } else if (key._type !== 'Attribute') c.error(loc, 'mapping pattern keys may only match literals and attribute lookups')
    visitExpr(c, key)
  }
  c.addopI(loc, 'BUILD_TUPLE', size)
  c.addop(loc, 'MATCH_KEYS')
  pc.onTop += 2
  c.addopI(loc, 'COPY', 1)
  c.loadConst(loc, null)
  c.addopI(loc, 'IS_OP', 1)
  jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
  c.addopI(loc, 'UNPACK_SEQUENCE', size)
  pc.onTop += size - 1
  for (let i = 0; i < size; i++) {
    pc.onTop--
    subpattern(c, patterns[i], pc)
  }
  pc.onTop -= 2
  if (starTarget) {
    c.addopI(loc, 'BUILD_MAP', 0)
    c.addopI(loc, 'SWAP', 3)
    c.addopI(loc, 'DICT_UPDATE', 2)
    c.addopI(loc, 'UNPACK_SEQUENCE', size)
    while (size) {
      c.addopI(loc, 'COPY', 1 + size--)
      c.addopI(loc, 'SWAP', 2)
      c.addop(loc, 'DELETE_SUBSCR')
    }
    storeName(c, loc, starTarget, pc)
  } else {
    c.addop(loc, 'POP_TOP')
    c.addop(loc, 'POP_TOP')
  }
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const loc = LOC(p)
  const patterns = p.patterns
  const attrs = p.kwd_attrs
  const kwdPatterns = p.kwd_patterns
  const nargs = patterns.length
  const nattrs = attrs.length
  if (nattrs !== kwdPatterns.length) c.error(loc, `kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`)
  for (let i = 0; i < nattrs; i++) {
    c.forbiddenName(LOC(kwdPatterns[i]), attrs[i], 'Store')
    for (let j = i + 1; j < nattrs; j++) {
      if (attrs[i] === attrs[j]) c.error(LOC(kwdPatterns[j]), `attribute name repeated in class pattern: ${attrs[i]}`)
    }
  }
  visitExpr(c, p.cls)
  c.loadConst(loc, [...attrs])
  c.addopI(loc, 'MATCH_CLASS', nargs)
  c.addopI(loc, 'COPY', 1)
  c.loadConst(loc, null)
  c.addopI(loc, 'IS_OP', 1)
  pc.onTop++
  jumpToFailPop(c, loc, pc, 'POP_JUMP_IF_FALSE')
  c.addopI(loc, 'UNPACK_SEQUENCE', nargs + nattrs)
  pc.onTop += nargs + nattrs - 1
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--
    const q = i < nargs ? patterns[i] : kwdPatterns[i - nargs]
    if (isWildcard(q)) {
      c.addop(loc, 'POP_TOP')
      continue
    }
    subpattern(c, q, pc)
  }
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const loc = LOC(p)
  const end = c.newLabel()
  const size = p.patterns.length
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop }
  let control: string[] | null = null
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]
    const aloc = LOC(alt)
    pc.stores = []
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable
    pc.failPop = []
    pc.onTop = 0
    c.addopI(aloc, 'COPY', 1)
    compilePattern(c, alt, pc)
    const nstores = pc.stores.length
    if (!i) control = pc.stores
    else if (nstores !== control!.length) c.error(loc, 'alternative patterns bind different names')
    else if (nstores) {
      let icontrol = nstores
      while (icontrol--) {
        const name = control![icontrol]
        const istores = pc.stores.indexOf(name)
        if (istores < 0) c.error(loc, 'alternative patterns bind different names')
        if (icontrol !== istores) {
          let rotations = istores + 1
          const rotated = pc.stores.slice(0, rotations)
          pc.stores.splice(0, rotations)
          pc.stores.splice(icontrol - istores, 0, ...rotated)
          while (rotations--) rotate(c, aloc, icontrol + 1)
        }
      }
    }
    c.addopJump(aloc, 'JUMP', end)
    emitAndResetFailPop(c, aloc, pc)
  }
  pc.stores = old.stores
  pc.allowIrrefutable = old.allowIrrefutable
  pc.failPop = old.failPop
  pc.onTop = old.onTop
  c.addop(loc, 'POP_TOP')
  jumpToFailPop(c, loc, pc, 'JUMP')
  c.useLabel(end)
  const ctl = control!
  const nstores = ctl.length
  const nrots = nstores + 1 + pc.onTop + pc.stores.length
  for (let i = 0; i < nstores; i++) {
    rotate(c, loc, nrots)
    const name = ctl[i]
    if (pc.stores.includes(name)) c.error(loc, `multiple assignments to name '${name}' in pattern`)
    pc.stores.push(name)
  }
  c.addop(loc, 'POP_TOP')
}
