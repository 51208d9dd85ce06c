// Golden files from CPython 3.12 (scripts/gen_ast_golden.py): every fixture parses to the
// same ast.dump(indent=1, include_attributes=True) text, or fails with the same
// SyntaxError (type, msg, lineno, offset, end_lineno, end_offset).

import { describe, expect, test } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBytes } from '../../src-main/python/parser/index'
import { dump } from '../../src-main/python/ast/dump'
import { PySyntaxError } from '../../src-main/python/errors'
import { errorTuple, fixtureMode, tokenizerAvailable } from './helpers'

const DIR = join(__dirname, '..', 'fixtures', 'ast')
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()

describe.skipIf(!tokenizerAvailable())('ast golden files', () => {
  for (const name of fixtures) {
    test(name, () => {
      const base = join(DIR, name.slice(0, -3))
      const src = readFileSync(join(DIR, name))
      let got: string
      try {
        const tree = parseBytes(src, { filename: name, mode: fixtureMode(name), typeComments: true })
        got = dump(tree, { indent: 1, includeAttributes: true }) + '\n'
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e
        got = JSON.stringify(errorTuple(e))
      }
      if (existsSync(base + '.ast')) expect(got).toBe(readFileSync(base + '.ast', 'utf8'))
      else expect(got).toBe(JSON.stringify(JSON.parse(readFileSync(base + '.err', 'utf8'))))
    })
  }
})
