// dis of CPython-made code objects for a sample of CPython's Lib (only with the
// oracle): our text against CPython's dis.dis, with and without show_caches.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dis } from '../../src-main/python/bytecode/dis'
import { loadsCode } from '../../src-main/python/marshal/loads'
import { oracle } from '../support/oracle'


const SAMPLE = Number(process.env.PYSCOPE_DIS_SAMPLE ?? 150)

const SCRIPT = `
import dis, io, marshal, os, random, re, sys, sysconfig, warnings
warnings.simplefilter('ignore')
out, sample = sys.argv[1], int(sys.argv[2])
lib = sysconfig.get_path('stdlib')
files = []
for root, dirs, names in os.walk(lib):
    dirs[:] = sorted(d for d in dirs if d not in ('site-packages', '__pycache__'))
    files += [os.path.join(root, n) for n in sorted(names) if n.endswith('.py')]
files = sorted(random.Random(7).sample(files, sample))
ADDR = re.compile(r' at 0x[0-9a-f]+')
for i, path in enumerate(files):
    try:
        code = compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError):
        continue
    open(os.path.join(out, '%04d.marshal' % i), 'wb').write(marshal.dumps(code))
    for caches, ext in ((False, '.dis'), (True, '.cdis')):
        s = io.StringIO()
        dis.dis(code, file=s, show_caches=caches)
        open(os.path.join(out, '%04d%s' % (i, ext)), 'w').write(ADDR.sub(' at 0x?', s.getvalue()))
`

const py = oracle()

/**
 * Equal, except for the order of frozensets of str/bytes: CPython iterates those in
 * an order that changes with every process (hash randomization).
 */
function sameText(ours: string, theirs: string): boolean {
  if (ours === theirs) return true
  const a = ours.split('\n')
  const b = theirs.split('\n')
  if (a.length !== b.length) return false
  const items = (l: string): string => {
    const m = /frozenset\(\{(.*)\}\)/.exec(l)
    return m ? l.replace(m[1], m[1].split(', ').sort().join(', ')) : l
  }
  return a.every((l, i) => l === b[i] || (l.includes('frozenset({') && items(l) === items(b[i])))
}

const mask = (s: string): string => s.replace(/ at 0x[0-9a-f]+/g, ' at 0x?')

describe.skipIf(!py)('dis over a sample of CPython Lib', () => {
  it(`matches CPython's dis text (${SAMPLE} files)`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyscope-dis-'))
    try {
      execFileSync(py!, ['-c', SCRIPT, dir, String(SAMPLE)], { maxBuffer: 1 << 26 })
      const names = readdirSync(dir).filter((f) => f.endsWith('.marshal')).sort()
      let same = 0
      const bad: string[] = []
      for (const f of names) {
        const base = join(dir, f.slice(0, -8))
        const co = loadsCode(new Uint8Array(readFileSync(join(dir, f))))
        const ok =
          sameText(mask(dis(co)), readFileSync(base + '.dis', 'utf8')) &&
          sameText(mask(dis(co, { showCaches: true })), readFileSync(base + '.cdis', 'utf8'))
        if (ok) same++
        else bad.push(co.co_filename)
      }
      console.log(`dis Lib sample: ${same}/${names.length} identical` + (bad.length ? '\n' + bad.slice(0, 10).join('\n') : ''))
      expect(same).toBe(names.length)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
