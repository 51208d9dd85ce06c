// Generic traversal derived from the node table, like Lib/ast.py iter_child_nodes / walk.

import type { AstNode } from '../spec/astNodes.gen'
import { childFields } from './spec'

/** Direct children of `node` in field order (None entries skipped). */
export function iterChildNodes(node: AstNode): AstNode[] {
  const out: AstNode[] = []
  const rec = node as unknown as Record<string, unknown>
  for (const f of childFields(node._type)) {
    const v = rec[f.name]
    if (v === null || v === undefined) continue
    if (f.list) {
      for (const x of v as (AstNode | null)[]) if (x) out.push(x)
    } else out.push(v as AstNode)
  }
  return out
}

/** Every node below and including `node`, breadth first like ast.walk. */
export function walk(node: AstNode): AstNode[] {
  const todo: AstNode[] = [node]
  for (let i = 0; i < todo.length; i++) {
    for (const c of iterChildNodes(todo[i])) todo.push(c)
  }
  return todo
}

/** Calls visit(node, parent) in depth-first pre-order. */
export function visitPreorder(node: AstNode, visit: (n: AstNode, parent: AstNode | null) => void): void {
  const go = (n: AstNode, parent: AstNode | null): void => {
    visit(n, parent)
    for (const c of iterChildNodes(n)) go(c, n)
  }
  go(node, null)
}
