// Character properties and case mappings of CPython 3.12 (Objects/unicodectype.c), from
// tables generated out of the oracle (unicodetables.gen.ts), decoded lazily.

import * as T from './unicodetables.gen'

function decodeRanges(src: string): Uint32Array {
  const parts = src.split(',')
  const out = new Uint32Array(parts.length * 2)
  let prev = 0
  parts.forEach((p, i) => {
    const [d, l] = p.split('.')
    const a = prev + parseInt(d, 16)
    const b = a + parseInt(l, 16)
    out[2 * i] = a
    out[2 * i + 1] = b
    prev = b
  })
  return out
}

class RangeSet {
  private table: Uint32Array | null = null
  private readonly ascii = new Int8Array(128).fill(-1)
  constructor(private readonly src: string) {}
  has(c: number): boolean {
    if (c < 128) {
      const v = this.ascii[c]
      if (v >= 0) return v === 1
    }
    const t = (this.table ??= decodeRanges(this.src))
    let lo = 0
    let hi = t.length / 2 - 1
    let res = false
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (c < t[2 * mid]) hi = mid - 1
      else if (c > t[2 * mid + 1]) lo = mid + 1
      else {
        res = true
        break
      }
    }
    if (c < 128) this.ascii[c] = res ? 1 : 0
    return res
  }
}

export const isAlphaCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.ISALPHA))
export const isDecimalCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.ISDECIMAL))
export const isDigitCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.ISDIGIT))
export const isNumericCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.ISNUMERIC))
export const isSpaceCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.ISSPACE))
export const isPrintableCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.ISPRINTABLE))
export const isLowerCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.ISLOWER))
export const isUpperCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.ISUPPER))
const titleOrUpper = new RangeSet(T.ISTITLE)
export const isXidStartCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.XIDSTART))
export const isXidContinueCp = ((s) => (c: number) => s.has(c))(new RangeSet(T.XIDCONTINUE))

/** _PyUnicode_IsTitlecase (Lt). */
export function isTitleCp(c: number): boolean {
  return titleOrUpper.has(c) && !isUpperCp(c)
}
/** _PyUnicode_IsCased: Lowercase, Uppercase or Lt. */
export function isCasedCp(c: number): boolean {
  return isLowerCp(c) || titleOrUpper.has(c)
}
const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u
/** _PyUnicode_IsCaseIgnorable (from the host's Unicode tables). */
export function isCaseIgnorableCp(c: number): boolean {
  return CASE_IGNORABLE.test(String.fromCodePoint(c))
}
export function isAlnumCp(c: number): boolean {
  return isAlphaCp(c) || isDecimalCp(c) || isDigitCp(c) || isNumericCp(c)
}

function decodeMap(src: string): Map<number, string> {
  const m = new Map<number, string>()
  for (const item of src.split(',')) {
    const [k, v] = item.split(':')
    m.set(parseInt(k, 16), String.fromCodePoint(...v.split('.').map((h) => parseInt(h, 16))))
  }
  return m
}
let upperMap: Map<number, string> | null = null
let lowerMap: Map<number, string> | null = null
let titleMap: Map<number, string> | null = null
let foldMap: Map<number, string> | null = null

/** Full case mappings of one code point (SpecialCasing included). */
export function upperCp(c: number): string {
  return (upperMap ??= decodeMap(T.MAP_UPPER)).get(c) ?? String.fromCodePoint(c)
}
export function lowerCp(c: number): string {
  return (lowerMap ??= decodeMap(T.MAP_LOWER)).get(c) ?? String.fromCodePoint(c)
}
export function titleCp(c: number): string {
  return (titleMap ??= decodeMap(T.MAP_TITLE)).get(c) ?? String.fromCodePoint(c)
}
export function casefoldCp(c: number): string {
  return (foldMap ??= decodeMap(T.MAP_CASEFOLD)).get(c) ?? String.fromCodePoint(c)
}
