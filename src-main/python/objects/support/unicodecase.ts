// Case conversion and classification of whole strings (Objects/unicodeobject.c do_upper,
// do_lower, handle_capital_sigma, do_title, do_capitalize, do_swapcase, do_casefold,
// unicode_islower_impl, unicode_isupper_impl, unicode_istitle_impl, ...).

import * as U from './unicodectype'

function cps(s: string): number[] {
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!
    out.push(c)
    if (c > 0xffff) i++
  }
  return out
}

const ASCII = /^[\x00-\x7f]*$/

/** handle_capital_sigma: final sigma when preceded by a cased letter and not followed by one. */
function sigma(a: number[], i: number): string {
  let j = i - 1
  while (j >= 0 && U.isCaseIgnorableCp(a[j])) j--
  const finalSigma = j >= 0 && U.isCasedCp(a[j])
  if (finalSigma) {
    j = i + 1
    while (j < a.length && U.isCaseIgnorableCp(a[j])) j++
    if (!(j < a.length && U.isCasedCp(a[j]))) return '\u03c2'
  }
  return '\u03c3'
}

function lowerAt(a: number[], i: number): string {
  return a[i] === 0x3a3 ? sigma(a, i) : U.lowerCp(a[i])
}

export function upper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase()
  return cps(s).map(U.upperCp).join('')
}
export function lower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase()
  const a = cps(s)
  return a.map((_, i) => lowerAt(a, i)).join('')
}
export function casefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase()
  return cps(s).map(U.casefoldCp).join('')
}
export function swapcase(s: string): string {
  const a = cps(s)
  return a.map((c, i) => (U.isUpperCp(c) ? lowerAt(a, i) : U.isLowerCp(c) ? U.upperCp(c) : String.fromCodePoint(c))).join('')
}
export function capitalize(s: string): string {
  const a = cps(s)
  return a.map((c, i) => (i === 0 ? U.titleCp(c) : lowerAt(a, i))).join('')
}
export function title(s: string): string {
  const a = cps(s)
  let prevCased = false
  let out = ''
  for (let i = 0; i < a.length; i++) {
    const c = a[i]
    out += prevCased ? lowerAt(a, i) : U.titleCp(c)
    prevCased = U.isCasedCp(c)
  }
  return out
}

function all(s: string, pred: (c: number) => boolean): boolean {
  if (s.length === 0) return false
  for (const c of cps(s)) if (!pred(c)) return false
  return true
}
export const isalpha = (s: string) => all(s, U.isAlphaCp)
export const isdecimal = (s: string) => all(s, U.isDecimalCp)
export const isdigit = (s: string) => all(s, U.isDigitCp)
export const isnumeric = (s: string) => all(s, U.isNumericCp)
export const isalnum = (s: string) => all(s, U.isAlnumCp)
export const isspace = (s: string) => all(s, U.isSpaceCp)
export const isascii = (s: string) => ASCII.test(s)
export function isprintable(s: string): boolean {
  for (const c of cps(s)) if (!U.isPrintableCp(c)) return false
  return true
}
export function isidentifier(s: string): boolean {
  const a = cps(s)
  if (a.length === 0 || !(U.isXidStartCp(a[0]) || a[0] === 0x5f)) return false
  for (let i = 1; i < a.length; i++) if (!U.isXidContinueCp(a[i])) return false
  return true
}
export function islower(s: string): boolean {
  let cased = false
  for (const c of cps(s)) {
    if (U.isUpperCp(c) || U.isTitleCp(c)) return false
    if (!cased && U.isLowerCp(c)) cased = true
  }
  return cased
}
export function isupper(s: string): boolean {
  let cased = false
  for (const c of cps(s)) {
    if (U.isLowerCp(c) || U.isTitleCp(c)) return false
    if (!cased && U.isUpperCp(c)) cased = true
  }
  return cased
}
export function istitle(s: string): boolean {
  let cased = false
  let prevCased = false
  for (const c of cps(s)) {
    if (U.isUpperCp(c) || U.isTitleCp(c)) {
      if (prevCased) return false
      prevCased = true
      cased = true
    } else if (U.isLowerCp(c)) {
      if (!prevCased) return false
      prevCased = true
      cased = true
    } else prevCased = false
  }
  return cased
}
