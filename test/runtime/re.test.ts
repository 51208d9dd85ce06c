// The re engine vs CPython 3.12 goldens (scripts/gen_re_golden.py): spans of every group,
// lastindex, findall, split, subn with templates and callables, and compile errors.
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compile, ReError, type MatchResult, slice } from '../../src-main/python/modules/re/matcher'
import { PySupportError } from '../../src-main/python/objects/support/errors'

type Span = { spans: [number, number][]; lastindex: number | null } | null
interface Sub { s: string; search: Span; match: Span; fullmatch: Span; search_pos: Span; findall: unknown; split: unknown; split1: unknown; subn: unknown; sub1?: string; sub_fn: string }
interface Case { pattern: string; flags: number; compile?: { err: string; msg: string; pos: number | null }; groups?: number; groupindex?: Record<string, number>; subjects?: Sub[]; repl?: string }

const cases = JSON.parse(readFileSync(join(__dirname, 'golden', 're.json'), 'utf8')) as Case[]

const sp = (m: MatchResult | null): Span => (m ? { spans: m.spans, lastindex: m.lastindex } : null)
const cpLen = (s: string) => Array.from(s).length

function errOf(e: unknown) {
  if (e instanceof ReError) return { err: 'error', msg: e.msg, pos: e.pos }
  if (e instanceof PySupportError) return { err: e.pyType, msg: e.message, pos: null }
  throw e
}

describe('re vs CPython 3.12 goldens', () => {
  let total = 0
  let same = 0
  const bad: string[] = []
  for (const c of cases) {
    const label = `${JSON.stringify(c.pattern)} flags=${c.flags}`
    let p
    try {
      p = compile(c.pattern, c.flags)
    } catch (e) {
      total++
      const got = errOf(e)
      if (c.compile && JSON.stringify(got) === JSON.stringify(c.compile)) same++
      else bad.push(`${label}: compile ${JSON.stringify(got)} != ${JSON.stringify(c.compile ?? 'ok')}`)
      continue
    }
    if (c.compile) {
      total++
      bad.push(`${label}: compiled, expected ${JSON.stringify(c.compile)}`)
      continue
    }
    for (const s of c.subjects!) {
      const got: Record<string, unknown> = {
        search: sp(p.search(s.s)), match: sp(p.match(s.s)), fullmatch: sp(p.fullmatch(s.s)),
        search_pos: sp(p.search(s.s, 1, Math.max(cpLen(s.s) - 1, 0))),
        findall: p.findall(s.s), split: p.split(s.s), split1: p.split(s.s, 1),
        sub_fn: p.sub((m) => '<' + slice(s.s, m.spans[0]) + '>', s.s),
      }
      try {
        got.subn = p.subn(c.repl!, s.s)
        got.sub1 = p.sub(c.repl!, s.s, 1)
      } catch (e) {
        got.subn = errOf(e)
      }
      for (const key of Object.keys(got)) {
        total++
        const want = (s as unknown as Record<string, unknown>)[key]
        if (JSON.stringify(got[key]) === JSON.stringify(want)) same++
        else bad.push(`${label} on ${JSON.stringify(s.s)} ${key}: ${JSON.stringify(got[key])} != ${JSON.stringify(want)}`)
      }
    }
  }
  it(`all results identical`, () => {
    console.log(`re: ${same}/${total} results identical over ${cases.length} patterns`)
    expect(bad.slice(0, 15)).toEqual([])
  })
})
