// Lookups over the generated node table (spec/astNodes.gen.ts): one place that turns the
// list of Parser/Python.asdl classes into per-name records for dump and the visitor.

import { AST_NODES, type AstNodeSpec } from '../spec/astNodes.gen'

export const NODE_SPECS: ReadonlyMap<string, AstNodeSpec> = new Map(AST_NODES.map((n) => [n.name, n]))

/** Field kinds for a node class: which fields hold nodes or lists of nodes. */
export interface ChildField {
  readonly name: string
  readonly list: boolean
}

const NON_NODE_TYPES = new Set(['identifier', 'string', 'int', 'constant'])

const childCache = new Map<string, readonly ChildField[]>()

/** Fields of `name` that hold AST nodes (single or list), in ASDL order. */
export function childFields(name: string): readonly ChildField[] {
  let r = childCache.get(name)
  if (!r) {
    const spec = NODE_SPECS.get(name)
    r = spec
      ? spec.fields.filter((f) => !NON_NODE_TYPES.has(f.type)).map((f) => ({ name: f.name, list: f.q === '*' }))
      : []
    childCache.set(name, r)
  }
  return r
}
