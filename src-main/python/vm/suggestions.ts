// "Did you mean" for NameError, AttributeError and ImportError (Python/suggestions.c):
// a Levenshtein distance with case-change cost 1 and move cost 2 over candidate names.

import { type Py, PyType } from '../objects/typeobject'
import { PyBaseException, NameError, AttributeError, ImportError } from '../objects/exceptions'
import type { PyTraceback } from './traceback'
import * as A from '../objects/abstract'
import { dirOf } from '../objects/dir'

const MAX_CANDIDATE_ITEMS = 750
const MAX_STRING_SIZE = 40
const MOVE_COST = 2
const CASE_COST = 1

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST
  return MOVE_COST
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0
  let s = 0
  while (s < a.length && s < b.length && a[s] === b[s]) s++
  a = a.slice(s)
  b = b.slice(s)
  let e = 0
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++
  a = a.slice(0, a.length - e)
  b = b.slice(0, b.length - e)
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1
  if (b.length < a.length) [a, b] = [b, a]
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1
  const buffer: number[] = []
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST
  let result = 0
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]
    let distance = bi * MOVE_COST
    result = distance
    let minimum = Infinity
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i])
      distance = buffer[i]
      const insertDelete = Math.min(result, distance) + MOVE_COST
      result = Math.min(insertDelete, substitute)
      buffer[i] = result
      if (result < minimum) minimum = result
    }
    if (minimum > maxCost) return maxCost + 1
  }
  return result
}

export function calculateSuggestions(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null
  let suggestionDistance = Infinity
  let suggestion: string | null = null
  for (const item of dir) {
    if (item === name) continue
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6)
    if (suggestionDistance - 1 < maxDistance) maxDistance = suggestionDistance - 1
    const d = levenshtein(name, item, maxDistance)
    if (d > maxDistance) continue
    if (suggestion === null || d < suggestionDistance) {
      suggestion = item
      suggestionDistance = d
    }
  }
  return suggestion
}

function innermost(exc: PyBaseException): PyTraceback | null {
  let t = exc.traceback as PyTraceback | null
  if (t === null) return null
  while (t.next !== null) t = t.next
  return t
}

export function suggestion(exc: PyBaseException): string | null {
  const name = exc.get('name')
  if (typeof name !== 'string') return null
  try {
    if (exc.type.isSubtype(NameError)) {
      const tb = innermost(exc)
      if (tb === null) return null
      const f = tb.frame
      const code = f.code
      const varnames = code.localNames.filter((_, i) => code.isLocalKind(i))
      let s = calculateSuggestions(varnames, name)
      if (s !== null) return s
      if (varnames.includes('self') || code.localNames.includes('self')) {
        const idx = code.localNames.indexOf('self')
        const self = f.fast[idx]
        if (self !== undefined && A.hasAttr(self, name)) return `self.${name}`
      }
      s = calculateSuggestions(f.globals.table.keyList().filter((k): k is string => typeof k === 'string'), name)
      if (s !== null) return s
      return calculateSuggestions(f.builtins.table.keyList().filter((k): k is string => typeof k === 'string'), name)
    }
    if (exc.type.isSubtype(AttributeError)) {
      const obj = exc.extra?.obj as Py | undefined
      if (obj === undefined) return null
      return calculateSuggestions(dirOf(obj), name)
    }
    if (exc.type.isSubtype(ImportError)) {
      const mod = exc.extra?.name_from as Py | undefined
      if (mod === undefined) return null
      return calculateSuggestions(dirOf(mod), name)
    }
  } catch {
    return null
  }
  return null
}

void PyType
