// ast.dump() exactly as Lib/ast.py (3.12) `dump`: fields in ASDL order, a field left out
// (and keywords forced on) when its value is None and the class default is None (the
// optional `?` fields), attributes only with include_attributes, and the pretty-printer's
// rule that a node whose arguments are all "simple" and number at most three stays on
// one line.

import { constRepr, type ConstValue } from '../objects/constant'
import { strRepr } from '../objects/strrepr'
import { NODE_SPECS } from './spec'

export interface DumpOptions {
  annotateFields?: boolean
  includeAttributes?: boolean
  /** a number of spaces or the indent string; null/undefined gives the one-line form */
  indent?: number | string | null
}

type Val = unknown

export function dump(node: object, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true
  const withAttrs = opts.includeAttributes ?? false
  let indent: string | null = null
  if (opts.indent !== undefined && opts.indent !== null) {
    indent = typeof opts.indent === 'string' ? opts.indent : ' '.repeat(Math.max(0, opts.indent))
  }

  // Lib/ast.py dump._format: returns the text and whether it is "simple"
  function format(value: Val, level: number, ftype: string): [string, boolean] {
    let prefix = ''
    let sep = ', '
    if (indent !== null) {
      level += 1
      prefix = '\n' + indent.repeat(level)
      sep = ',\n' + indent.repeat(level)
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true]
      const parts = value.map((x) => format(x, level, ftype)[0])
      return ['[' + prefix + parts.join(sep) + ']', false]
    }
    if (value !== null && typeof value === 'object' && '_type' in value) {
      const n = value as Record<string, Val> & { _type: string }
      const spec = NODE_SPECS.get(n._type)
      if (!spec) throw new Error(`dump: unknown node ${n._type}`)
      const args: string[] = []
      let allSimple = true
      let keywords = annotate
      for (const f of spec.fields) {
        const v = n[f.name]
        if (v === undefined || (v === null && f.q === '?')) {
          keywords = true
          continue
        }
        const [s, simple] = format(v, level, f.type)
        allSimple = allSimple && simple
        args.push(keywords ? `${f.name}=${s}` : s)
      }
      if (withAttrs) {
        for (const a of spec.attributes) {
          const v = n[a]
          if (v === undefined || v === null) continue
          const [s, simple] = format(v, level, 'int')
          allSimple = allSimple && simple
          args.push(`${a}=${s}`)
        }
      }
      if (allSimple && args.length <= 3) return [`${spec.name}(${args.join(', ')})`, args.length === 0]
      return [`${spec.name}(${prefix}${args.join(sep)})`, false]
    }
    return [scalarRepr(value, ftype), true]
  }

  return format(node, 0, '')[0]
}

function scalarRepr(v: Val, ftype: string): string {
  if (ftype === 'constant') return constRepr(v as ConstValue)
  if (v === null) return 'None'
  if (typeof v === 'string') return strRepr(v)
  if (typeof v === 'number' || typeof v === 'bigint') return String(v)
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  return constRepr(v as ConstValue)
}
