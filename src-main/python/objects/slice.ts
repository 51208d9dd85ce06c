// Slice arithmetic (Objects/sliceobject.c PySlice_Unpack, PySlice_AdjustIndices) and
// code-point views of JS strings.

import { type Py, None, typeOf } from './typeobject'
import { PySlice } from './misc'
import { typeError, valueError } from './exceptions'
import * as A from './abstract'

function sliceInt(v: Py): number {
  if (typeof v === 'number') return v
  if (v === None) return NaN
  let i: number | bigint
  try {
    i = A.index(v)
  } catch {
    throw typeError('slice indices must be integers or None or have an __index__ method')
  }
  return typeof i === 'bigint' ? (i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : i
}

/** [start, stop, step, length] of a slice applied to a sequence of `len` items */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = s.step === None ? 1 : sliceInt(s.step)
  if (step === 0) throw valueError('slice step cannot be zero')
  if (Number.isNaN(step)) step = 1
  let start = sliceInt(s.start)
  let stop = sliceInt(s.stop)
  if (Number.isNaN(start)) start = step < 0 ? len - 1 : 0
  else {
    if (start < 0) start += len
    if (start < 0) start = step < 0 ? -1 : 0
    else if (start >= len) start = step < 0 ? len - 1 : len
  }
  if (Number.isNaN(stop)) stop = step < 0 ? -1 : len
  else {
    if (stop < 0) stop += len
    if (stop < 0) stop = step < 0 ? -1 : 0
    else if (stop >= len) stop = step < 0 ? len - 1 : len
  }
  let n = 0
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1
  return [start, stop, step, n]
}

export function sliceArray<T>(items: T[], s: PySlice): T[] {
  const [start, stop, step, n] = sliceIndices(s, items.length)
  if (step === 1) return items.slice(start, Math.max(start, stop))
  const out: T[] = []
  for (let i = 0, j = start; i < n; i++, j += step) out.push(items[j])
  return out
}

let lastStr = ''
let lastWide = false
/** true when the string has surrogate pairs, so UTF-16 indexes differ from code points */
export function isWide(s: string): boolean {
  if (s === lastStr) return lastWide
  let w = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      w = true
      break
    }
  }
  if (s.length > 32) {
    lastStr = s
    lastWide = w
  }
  return w
}

export function codePoints(s: string): string[] {
  return Array.from(s)
}

/** sequence index normalisation with the type's IndexError message */
export function seqIndex(i: Py, len: number, what: string): number {
  let k: number | bigint
  if (typeof i === 'number') k = i
  else {
    if (i instanceof PySlice) throw typeError(`${what} indices must be integers or slices, not slice`)
    const t = typeOf(i)
    if (t.lookup('__index__') === undefined && typeof i !== 'boolean' && typeof i !== 'bigint')
      throw typeError(`${what} indices must be integers or slices, not ${t.name}`)
    k = A.index(i)
  }
  if (typeof k === 'bigint') return -1
  if (k < 0) k += len
  return k
}
