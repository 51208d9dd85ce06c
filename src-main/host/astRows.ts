// The AST as the tree view's rows: pre-order, one row per node, per list field and per
// literal field that is not shown inline. Field names and order come from the AST node
// table (spec/astNodes.gen.ts) so they are the names ast.dump prints.

import type { AstRow, ByteRange } from '../../src-shared/analysis'
import { NODE_SPECS } from '../python/ast/spec'
import { constRepr, type ConstValue } from '../python/objects/constant'
import { strRepr } from '../python/objects/strrepr'

type Node = Record<string, unknown> & { _type: string }

function isNode(v: unknown): v is Node {
  return v !== null && typeof v === 'object' && '_type' in v
}

function literal(v: unknown, ftype: string): string {
  if (ftype === 'constant') return constRepr(v as ConstValue)
  if (v === null || v === undefined) return 'None'
  if (typeof v === 'string') return strRepr(v)
  return String(v)
}

function rangeOf(n: Node): ByteRange | null {
  const { lineno, col_offset, end_lineno, end_col_offset } = n
  if (typeof lineno !== 'number' || typeof col_offset !== 'number') return null
  return {
    line: lineno,
    col: col_offset,
    endLine: typeof end_lineno === 'number' ? end_lineno : lineno,
    endCol: typeof end_col_offset === 'number' ? end_col_offset : col_offset,
  }
}

/** a node without fields (Load(), Add(), ...) is shown inline, as dump prints it */
function isBare(v: unknown): v is Node {
  return isNode(v) && (NODE_SPECS.get(v._type)?.fields.length ?? 1) === 0
}

export function astRows(tree: object): AstRow[] {
  const rows: AstRow[] = []

  function visit(n: Node, depth: number, parent: number, field: string | null): void {
    const spec = NODE_SPECS.get(n._type)
    const me = rows.length
    const row: AstRow = { depth, parent, field, kind: 'node', label: spec?.name ?? n._type, inline: '', range: rangeOf(n), size: 0 }
    rows.push(row)
    const inline: string[] = []
    for (const f of spec?.fields ?? []) {
      const v = n[f.name]
      if (v === undefined || (v === null && f.q === '?')) continue
      if (Array.isArray(v)) {
        if (v.length === 0) {
          inline.push(`${f.name}=[]`)
          continue
        }
        if (v.every(isBare)) {
          inline.push(`${f.name}=[${v.map((x) => `${NODE_SPECS.get(x._type)?.name ?? x._type}()`).join(', ')}]`)
          continue
        }
        const listRow = rows.length
        rows.push({ depth: depth + 1, parent: me, field: f.name, kind: 'list', label: `[${v.length}]`, inline: '', range: null, size: 0 })
        v.forEach((x, i) => {
          if (isNode(x)) visit(x, depth + 2, listRow, `${f.name}[${i}]`)
          else rows.push({ depth: depth + 2, parent: listRow, field: `${f.name}[${i}]`, kind: 'literal', label: literal(x, f.type), inline: '', range: null, size: 0 })
        })
        rows[listRow].size = rows.length - listRow - 1
      } else if (isBare(v)) {
        inline.push(`${f.name}=${NODE_SPECS.get(v._type)?.name ?? v._type}()`)
      } else if (isNode(v)) {
        visit(v, depth + 1, me, f.name)
      } else {
        inline.push(`${f.name}=${literal(v, f.type)}`)
      }
    }
    row.inline = inline.join(', ')
    row.size = rows.length - me - 1
  }

  if (isNode(tree)) visit(tree as Node, 0, -1, null)
  return rows
}
