// Our symbol table against CPython 3.12's (the `symtable` module's view: every scope
// in depth-first order, with the raw flags and scope of each name) for the fixtures.
// Goldens: scripts/gen_symtable_golden.py.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSymtable, type BlockType, type SymtableEntry } from '../../src-main/python/compiler/symtable'
import { futureFromAst } from '../../src-main/python/compiler/future'
import { astFromJson } from '../support/astJson'

const DIR = join(__dirname, '../fixtures/compile')

const TYPE_NAMES: Record<BlockType, string> = {
  module: 'module',
  class: 'class',
  function: 'function',
  annotation: 'annotation',
  typeVarBound: 'TypeVar bound',
  typeAlias: 'type alias',
  typeParams: 'type parameter',
}

interface TableJson {
  type: string
  name: string
  lineno: number
  symbols: Record<string, number>
}

function flatten(ste: SymtableEntry, out: TableJson[]): TableJson[] {
  out.push({ type: TYPE_NAMES[ste.type], name: ste.name, lineno: ste.lineno, symbols: Object.fromEntries(ste.symbols) })
  for (const c of ste.children) flatten(c, out)
  return out
}

describe('symbol tables match CPython 3.12', () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.symtable.json')).sort()) {
    const name = f.replace('.symtable.json', '')
    const goldenPath = join(DIR, `${name}.golden.json`)
    if (!existsSync(goldenPath)) continue
    const g = JSON.parse(readFileSync(goldenPath, 'utf8'))
    if (g.error || (g.mode ?? 'exec') !== 'exec') continue
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as TableJson[]
      const tree = astFromJson(g.ast)
      const future = futureFromAst(tree, g.file)
      const st = buildSymtable(tree, g.file, { annotations: (future.flags & 0x1000000) !== 0, flags: future.flags })
      const ours = flatten(st.top, [])
      expect(ours.map((t) => `${t.type} ${t.name}@${t.lineno}`)).toEqual(expected.map((t) => `${t.type} ${t.name}@${t.lineno}`))
      for (let i = 0; i < expected.length; i++) {
        // sorted: free names passed up from children come from a set in CPython, whose
        // order follows the (per-process randomised) string hashes
        expect(Object.entries(ours[i].symbols).sort(), `${expected[i].type} ${expected[i].name}@${expected[i].lineno}`).toEqual(Object.entries(expected[i].symbols).sort())
      }
    })
  }
})
