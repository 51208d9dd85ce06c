// Golden comparison of the runtime-support library with CPython 3.12
// (goldens: scripts/gen_runtime_golden.py).
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OPS, dec, decBoxed, run, type Enc } from './ops'

const cases = JSON.parse(readFileSync(join(__dirname, 'golden', 'runtime.json'), 'utf8')) as [string, Enc[], Enc][]
const byOp = new Map<string, [Enc[], Enc][]>()
for (const [op, args, out] of cases) {
  if (!byOp.has(op)) byOp.set(op, [])
  byOp.get(op)!.push([args, out])
}

describe('runtime support vs CPython 3.12 goldens', () => {
  for (const [name, list] of byOp) {
    const op = OPS[name]
    it.skipIf(!op)(`${name} (${list.length} cases)`, () => {
      const bad: string[] = []
      for (const [args, out] of list) {
        const got = run(op, args.map(name === 'percent' || name === 'hash_tuple' ? decBoxed : dec))
        if (JSON.stringify(got) !== JSON.stringify(out)) {
          bad.push(`${JSON.stringify(args)} -> ${JSON.stringify(got)} expected ${JSON.stringify(out)}`)
        }
      }
      expect(bad.slice(0, 8)).toEqual([])
    })
  }
})
