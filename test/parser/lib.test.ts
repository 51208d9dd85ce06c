// Differential test against the oracle: a seeded sample of CPython 3.12's own Lib is
// parsed by both (type comments on, as `python -m ast` does) and the one-line
// ast.dump(include_attributes=True) texts, or the SyntaxError tuples, must agree.
// Skipped (with a message) when no CPython 3.12 is installed.

import { describe, expect, test } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { parseBytes } from '../../src-main/python/parser/index'
import { dump } from '../../src-main/python/ast/dump'
import { PySyntaxError } from '../../src-main/python/errors'
import { errorTuple, oracle, tokenizerAvailable } from './helpers'

const PY = oracle()
const SAMPLE = Number(process.env.LIB_SAMPLE ?? 150)

function listPy(dir: string, out: string[]): void {
  for (const n of readdirSync(dir).sort()) {
    if (n === 'site-packages' || n === '__pycache__') continue
    const p = join(dir, n)
    const st = statSync(p)
    if (st.isDirectory()) listPy(p, out)
    else if (n.endsWith('.py')) out.push(p)
  }
}

function sample(files: string[], n: number): string[] {
  let seed = 12345
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const a = files.slice()
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a.slice(0, n).sort()
}

const ORACLE_SCRIPT = `
import ast, hashlib, json, sys
out = {}
for path in json.load(open(sys.argv[1])):
    src = open(path, 'rb').read()
    try:
        text = ast.dump(ast.parse(src, path, type_comments=True), include_attributes=True)
    except SyntaxError as e:
        text = '|'.join(map(str, [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]))
    except Exception as e:
        text = 'other ' + type(e).__name__
    out[path] = hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()
json.dump(out, open(sys.argv[2], 'w'))
`

describe('differential: CPython Lib sample', () => {
  if (!PY || !tokenizerAvailable()) {
    const why = PY ? 'no tokenizer linked into the parser' : 'no CPython 3.12 oracle (set PYSCOPE_CPYTHON)'
    test.skip(`skipped: ${why}`, () => {})
    console.log(`lib.test.ts skipped: ${why}`)
    return
  }
  const lib = execFileSync(PY, ['-c', 'import sysconfig; print(sysconfig.get_path("stdlib"))']).toString().trim()
  const all: string[] = []
  listPy(lib, all)
  const files = sample(all, SAMPLE)
  const tmp = mkdtempSync(join(tmpdir(), 'pyscope-ast-'))
  const listFile = join(tmp, 'files.json')
  const outFile = join(tmp, 'hashes.json')
  writeFileSync(listFile, JSON.stringify(files))
  execFileSync(PY, ['-c', ORACLE_SCRIPT, listFile, outFile], { maxBuffer: 1 << 26 })
  const ref: Record<string, string> = JSON.parse(readFileSync(outFile, 'utf8'))

  test(`${files.length} files agree with ast.parse`, () => {
    const bad: string[] = []
    for (const f of files) {
      let text: string
      try {
        text = dump(parseBytes(readFileSync(f), { filename: f, typeComments: true }), { includeAttributes: true })
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e
        text = errorTuple(e).map((x) => (x === null ? 'None' : String(x))).join('|')
      }
      const h = createHash('sha1').update(text, 'utf8').digest('hex')
      if (h !== ref[f]) bad.push(f)
    }
    expect(bad, `mismatching files: ${bad.join(', ')}`).toEqual(KNOWN.filter((k) => bad.includes(k)))
  })
})

/** expected failures, with reasons (see the report in the test log) */
const KNOWN: string[] = []
