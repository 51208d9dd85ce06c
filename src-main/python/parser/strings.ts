// String atoms: Grammar/python.gram `strings` (STRING and f-string tokens, implicitly
// concatenated) with the actions of Parser/action_helpers.c (_PyPegen_concatenate_strings,
// _PyPegen_joined_str, _PyPegen_formatted_value) and the literal decoding of
// Parser/string_parser.c.

import type * as A from '../spec/astNodes.gen'
import type { Parser, PTok } from './core'
import { decodeBytesLiteral, decodeStrLiteral } from './escapes'
import { markText } from '../objects/constant'
import { starExpressions, yieldExpr } from './expressions'
import * as inv from './invalid'

type E = A.expr

function tokPos(t: PTok) {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol }
}

// strings: (fstring|string)+
export function strings(p: Parser): E | null {
  const start = p.tok()
  const key = p.pos
  const memoName = p.callInvalid ? 'strings!' : 'strings'
  let memo = p.memo.get(memoName)
  if (memo) {
    const m = memo.get(key)
    if (m) {
      p.pos = m.end
      return m.node as E | null
    }
  } else {
    memo = new Map()
    p.memo.set(memoName, memo)
  }
  const parts: E[] = []
  for (;;) {
    const t = p.tok()
    if (t.type === 'STRING') {
      p.pos++
      parts.push(stringConstant(p, t))
    } else if (t.type === 'FSTRING_START') {
      const f = fstring(p)
      if (!f) break
      parts.push(f)
    } else break
  }
  let res: E | null = null
  if (parts.length) res = concatenate(p, parts, { ...p.span(start) })
  else p.pos = key
  memo.set(key, { node: res, end: p.pos })
  return res
}

/** one STRING token -> Constant (Parser/action_helpers.c _PyPegen_constant_from_string) */
function stringConstant(p: Parser, t: PTok): A.Constant {
  const s = t.string
  let i = 0
  let bytes = false
  let raw = false
  let u = false
  for (; i < s.length; i++) {
    const c = s[i]
    if (c === '"' || c === "'") break
    if (c === 'b' || c === 'B') bytes = true
    else if (c === 'r' || c === 'R') raw = true
    else if (c === 'u' || c === 'U') u = true
  }
  const q = s[i]
  const triple = s.length - i >= 6 && s[i + 1] === q && s[i + 2] === q
  const qlen = triple ? 3 : 1
  const body = s.slice(i + qlen, s.length - qlen)
  const value = bytes ? decodeBytesLiteral(p, body, raw, t) : decodeStrLiteral(p, body, raw, t)
  return { _type: 'Constant', value, kind: u ? 'u' : null, ...tokPos(t) }
}

interface Part {
  node: E
  /** a top-level FSTRING_MIDDLE that still needs escape decoding */
  rawMiddle?: boolean
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
function fstring(p: Parser): A.JoinedStr | null {
  const startTok = p.tok()
  const mark = p.pos
  p.pos++
  const isRaw = /[rR]/.test(startTok.string)
  const items: Part[] = []
  for (;;) {
    const t = p.tok()
    if (t.type === 'FSTRING_MIDDLE') {
      p.pos++
      items.push({ node: { _type: 'Constant', value: t.string, kind: null, ...tokPos(t) }, rawMiddle: true })
    } else if (t.type === 'LBRACE') {
      const r = replacementField(p, isRaw)
      if (!r) {
        p.pos = mark
        return null
      }
      items.push({ node: r })
    } else break
  }
  const end = p.eat('FSTRING_END')
  if (!end) {
    if (p.callInvalid) inv.invalidFstringEnd(p)
    p.pos = mark
    return null
  }
  // _PyPegen_joined_str: unpack debug JoinedStrs, decode middles, drop empty constants
  const values: E[] = []
  for (const it of items) {
    const n = it.node
    if (n._type === 'JoinedStr' && !it.rawMiddle) {
      for (const v of n.values) values.push(v)
      continue
    }
    if (it.rawMiddle && n._type === 'Constant') {
      const text = n.value as string
      const src = text === '{{' || text === '}}' ? text[0] : text
      const useRaw = isRaw || !src.includes('\\')
      n.value = useRaw ? markText(src) : decodeStrLiteral(p, src, false, end)
      if (n.value === '') continue
    }
    values.push(n)
  }
  return { _type: 'JoinedStr', values, ...p.span(startTok) }
}

// fstring_replacement_field:
//   '{' a=(yield_expr | star_expressions) debug_expr='='? [fstring_conversion] [fstring_full_format_spec] '}'
export function replacementField(p: Parser, isRaw: boolean): E | null {
  const lbrace = p.tok()
  const mark = p.pos
  p.pos++
  const value = p.atKw('yield') ? yieldExpr(p) : starExpressions(p)
  if (!value) {
    if (p.callInvalid) inv.invalidReplacementField(p, mark)
    p.pos = mark
    return null
  }
  const debug = p.eat('EQUAL')
  let convName: PTok | null = null
  let convBang: PTok | null = null
  if (p.at('EXCLAMATION')) {
    convBang = p.next()
    convName = p.eatNameAny()
    if (!convName) {
      if (p.callInvalid) inv.invalidReplacementField(p, mark)
      p.pos = mark
      return null
    }
    if (convName.lineno !== convBang.endLineno || convName.col !== convBang.endCol) {
      p.errorAtTokens('SyntaxError', 'f-string: conversion type must come right after the exclamanation mark', convBang, convName)
    }
  }
  let spec: A.JoinedStr | null = null
  let colonTok: PTok | null = null
  if (p.at('COLON')) {
    colonTok = p.next()
    const specVals: E[] = []
    for (;;) {
      const t = p.tok()
      if (t.type === 'FSTRING_MIDDLE') {
        p.pos++
        const v = isRaw || !t.string.includes('\\') ? markText(t.string) : decodeStrLiteral(p, t.string, false, t)
        specVals.push({ _type: 'Constant', value: v, kind: null, ...tokPos(t) })
      } else if (t.type === 'LBRACE') {
        const r = replacementField(p, isRaw)
        if (!r) {
          if (p.callInvalid) inv.invalidReplacementField(p, mark)
          p.pos = mark
          return null
        }
        specVals.push(r)
      } else break
    }
    // 3.11 compatibility: a spec that is one empty constant becomes an empty JoinedStr
    const only = specVals.length === 1 ? specVals[0] : null
    const vals = only && only._type === 'Constant' && only.value === '' ? [] : specVals
    spec = { _type: 'JoinedStr', values: vals, ...p.span(colonTok) }
  }
  const rbrace = p.eat('RBRACE')
  if (!rbrace) {
    if (p.callInvalid) inv.invalidReplacementField(p, mark)
    p.pos = mark
    return null
  }
  let conversion = -1
  if (convName) {
    const c = convName.string
    if (c !== 's' && c !== 'r' && c !== 'a') {
      p.errorAtTokens('SyntaxError', `f-string: invalid conversion character ${strQuote(c)}: expected 's', 'r', or 'a'`, convName, null)
    }
    conversion = c.charCodeAt(0)
  } else if (debug && !spec) conversion = 114
  const pos = p.span(lbrace)
  const fv: A.FormattedValue = { _type: 'FormattedValue', value, conversion, format_spec: spec, ...pos }
  if (!debug) return fv
  // the `=` form: the source text of the expression, then the value
  let endLine: number
  let endCol: number
  let stopTok: PTok
  if (convBang && convName) {
    endLine = convName.lineno
    endCol = convName.col
    stopTok = convBang
  } else if (colonTok) {
    endLine = colonTok.lineno
    endCol = colonTok.col + 1
    stopTok = colonTok
  } else {
    endLine = pos.end_lineno
    endCol = pos.end_col_offset
    stopTok = rbrace
  }
  const text = sourceBetween(p, lbrace, stopTok)
  const debugText: A.Constant = {
    _type: 'Constant', value: text, kind: null,
    lineno: pos.lineno, col_offset: pos.col_offset + 1, end_lineno: endLine, end_col_offset: endCol - 1,
  }
  return { _type: 'JoinedStr', values: [debugText, fv], lineno: pos.lineno, col_offset: pos.col_offset, end_lineno: endLine, end_col_offset: endCol }
}

function strQuote(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s}'`
}

/**
 * Source text after token `a` and before token `b`: the tokenizer's debug metadata for
 * `{expr=}`, which leaves out comments inside the expression (multi-line f-strings).
 */
function sourceBetween(p: Parser, a: PTok, b: PTok): string {
  const lines = p.srcLines()
  if (a.endLineno === b.lineno) {
    const l = lines[a.endLineno - 1] ?? ''
    return stripComments(cpSlice(l, a.cpEndCol, b.cpCol))
  }
  let out = cpSlice(lines[a.endLineno - 1] ?? '', a.cpEndCol, Infinity)
  for (let ln = a.endLineno + 1; ln < b.lineno; ln++) out += lines[ln - 1] ?? ''
  out += cpSlice(lines[b.lineno - 1] ?? '', 0, b.cpCol)
  return stripComments(out)
}

/**
 * Drop `#` to the end of each line. CPython 3.12.1 cuts at any '#', even one inside a
 * string literal of the expression (f"{'#'=}" gives the text "'"); mirrored here.
 */
function stripComments(s: string): string {
  if (s.indexOf('#') < 0) return s
  return s.replace(/#[^\n]*/g, '')
}

function cpSlice(s: string, from: number, to: number): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.slice(from, to === Infinity ? undefined : to)
  const cps = Array.from(s)
  return cps.slice(from, to === Infinity ? undefined : to).join('')
}

/** Parser/action_helpers.c _PyPegen_concatenate_strings */
function concatenate(p: Parser, parts: E[], pos: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): E {
  let fFound = false
  let strFound = false
  let bytesFound = false
  for (const e of parts) {
    if (e._type === 'Constant') {
      if (e.value instanceof Uint8Array) bytesFound = true
      else strFound = true
    } else fFound = true
  }
  if ((strFound || fFound) && bytesFound) {
    void pos
    p.errorAtLast('cannot mix bytes and nonbytes literals')
  }
  if (bytesFound) {
    let n = 0
    for (const e of parts) n += ((e as A.Constant).value as Uint8Array).length
    const out = new Uint8Array(n)
    let k = 0
    for (const e of parts) {
      const b = (e as A.Constant).value as Uint8Array
      out.set(b, k)
      k += b.length
    }
    return { _type: 'Constant', value: out, kind: null, ...pos }
  }
  if (!fFound && parts.length === 1) return parts[0]
  const flat: E[] = []
  for (const e of parts) {
    if (e._type === 'Constant') flat.push(e)
    else for (const v of (e as A.JoinedStr).values) flat.push(v)
  }
  const values: E[] = []
  for (let i = 0; i < flat.length; i++) {
    let elem = flat[i]
    if (elem._type === 'Constant') {
      if (i + 1 < flat.length && flat[i + 1]._type === 'Constant') {
        const first = elem
        let last = elem
        let text = ''
        let j = i
        for (; j < flat.length; j++) {
          const c = flat[j]
          if (c._type !== 'Constant') break
          text += c.value as string
          last = c
        }
        i = j - 1
        elem = {
          _type: 'Constant', value: text, kind: first.kind,
          lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
        }
      }
      if (fFound && elem._type === 'Constant' && elem.value === '') continue
    }
    values.push(elem)
  }
  if (!fFound) return values[0]
  return { _type: 'JoinedStr', values, ...pos }
}
