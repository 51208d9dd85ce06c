// Reads the JSON written by scripts/ast_json.py (CPython's own ast.parse output) back
// into our AST node objects, so the compiler can be tested without our parser.

import type { mod } from '../../src-main/python/spec/astNodes.gen'
import { constFromJson, type ConstJson } from './codeJson'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const CONST_FIELDS = new Set(['Constant.value', 'MatchSingleton.value'])

function convert(j: Json): unknown {
  if (Array.isArray(j)) return j.map(convert)
  if (j === null || typeof j !== 'object') return j
  const type = j['_type'] as string
  const out: Record<string, unknown> = { _type: type }
  for (const [k, v] of Object.entries(j)) {
    if (k === '_type') continue
    out[k] = CONST_FIELDS.has(`${type}.${k}`) ? constFromJson(v as unknown as ConstJson) : convert(v)
  }
  return out
}

/** JSON text or parsed JSON from scripts/ast_json.py -> our AST (a `mod` node) */
export function astFromJson(json: string | object): mod {
  const j = (typeof json === 'string' ? JSON.parse(json) : json) as Json
  return convert(j) as mod
}
