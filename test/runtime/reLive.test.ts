// Live differential of the re engine against the oracle on randomly generated patterns
// (atoms x quantifiers x flags) and subjects; skipped when CPython 3.12 is not installed.
import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import { compile, ReError } from '../../src-main/python/modules/re/matcher'
import { oracle } from '../support/oracle'

const PY = oracle()
if (!PY) console.log('reLive: CPython 3.12 not found, live re differential skipped')

const SCRIPT = `
import random, re, json, sys
r = random.Random(int(sys.argv[1]))
atoms = ['a', 'b', 'c', '.', '[ab]', '[^a]', '\\\\w', '\\\\s', '\\\\d', '(a)', '(b|c)', '(?:ab)', '(a|)', '\\\\b', '^', '$',
         '(?=a)', '(?!b)', '(?<=a)', '(?<!c)', '(?P<n>a)', '(?>a|ab)', '\\\\1', '(?(1)a|b)']
quants = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,}', '*+', '++']
out = []
while len(out) < 400:
    pat = ''.join(r.choice(atoms) + r.choice(quants) for _ in range(r.randint(1, 4)))
    if r.random() < 0.3: pat = pat + '|' + r.choice(atoms)
    flags = r.choice([0, 0, re.I, re.M, re.S])
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        out.append([pat, flags, None, {'msg': e.msg, 'pos': e.pos}]); continue
    s = ''.join(r.choice('abcAB 1\\n') for _ in range(r.randint(0, 10)))
    m = p.search(s)
    out.append([pat, flags, s, {'search': [list(m.span(g)) for g in range(p.groups + 1)] if m else None,
                'findall': p.findall(s), 'sub': p.sub('<\\\\g<0>>', s), 'split': p.split(s)}])
print(json.dumps(out))
`

describe.skipIf(!PY)('re live differential', () => {
  it('2,000 random patterns: search spans, findall, sub, split, errors', () => {
    const bad: string[] = []
    let total = 0
    for (const seed of [1, 2, 3, 4, 5]) {
      const cases = JSON.parse(execFileSync(PY!, ['-c', SCRIPT, String(seed)]).toString()) as [string, number, string | null, unknown][]
      for (const [pat, flags, s, want] of cases) {
        total++
        let got: unknown
        try {
          const p = compile(pat, flags)
          if (s === null) got = 'compiled'
          else {
            const m = p.search(s)
            got = { search: m ? m.spans : null, findall: p.findall(s), sub: p.sub('<\\g<0>>', s), split: p.split(s) }
          }
        } catch (e) {
          if (!(e instanceof ReError)) throw e
          got = { msg: e.msg, pos: e.pos }
        }
        if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${JSON.stringify([pat, flags, s])}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`)
      }
    }
    console.log(`reLive: ${total - bad.length}/${total} identical`)
    expect(bad.slice(0, 10)).toEqual([])
  })
})
