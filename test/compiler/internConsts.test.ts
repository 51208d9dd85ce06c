// The identifier walk of compiler/internConsts.ts against the node table, and the
// frozenset rebuild it feeds (intern_constants), against orders CPython printed.

import { describe, expect, it } from 'vitest'
import { AST_NODES } from '../../src-main/python/spec/astNodes.gen'
import { IDENTIFIER_FIELDS, moduleIdentifiers } from '../../src-main/python/compiler/internConsts'
import { parse } from '../../src-main/python/parser/index'
import '../../src-main/python/tokenizer/index'

describe('module identifiers', () => {
  it('reads exactly the identifier fields of Python.asdl', () => {
    const fromSpec = new Set(AST_NODES.flatMap((n) => n.fields.filter((f) => f.type === 'identifier').map((f) => f.name)))
    expect([...IDENTIFIER_FIELDS].sort()).toEqual([...fromSpec].sort())
    // a field of one of those names that is not an identifier holds nodes (Import.names,
    // TypeAlias.name), which the walk descends into, never a string
    for (const n of AST_NODES)
      for (const f of n.fields)
        if (IDENTIFIER_FIELDS.has(f.name) && f.type !== 'identifier') expect(['string', 'int', 'constant'], `${n.name}.${f.name}`).not.toContain(f.type)
  })

  it('collects names, attributes, parameters, imports (dotted, by parts) and pattern names', () => {
    const tree = parse(
      'import os.path as osp\nfrom a.b import c as d\ndef f(x, *, y=1, **kw):\n    global g\n    return x.attr\nclass K: pass\nmatch v:\n    case P(q=1) | {**rest} as w: pass\ntype T[U] = list[U]\n',
    )
    const names = moduleIdentifiers(tree)
    for (const n of ['os.path', 'os', 'path', 'osp', 'a.b', 'a', 'b', 'c', 'd', 'f', 'x', 'y', 'kw', 'g', 'attr', 'K', 'v', 'P', 'q', 'rest', 'w', 'T', 'U', 'list'])
      expect(names.has(n), n).toBe(true)
    expect(names.has('1')).toBe(false)
  })
})
