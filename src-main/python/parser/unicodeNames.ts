// \N{name} lookup (Modules/unicodedata.c _getcode, as the unicode-escape codec uses it):
// case-insensitive, the generated name list plus the algorithmic names (Hangul syllables
// from their jamo, ideographs named by their code point).

import { ALGORITHMIC_RANGES, NAMES } from '../spec/unicodeNames.gen'

let table: Map<string, number> | null = null

function build(): Map<string, number> {
  const m = new Map<string, number>()
  let cp = 0
  for (const line of NAMES.split('\n')) {
    const sp = line.indexOf(' ')
    cp += parseInt(line.slice(0, sp), 36)
    m.set(line.slice(sp + 1), cp)
  }
  return m
}

// Unicode 3.12 jamo short names (Modules/unicodedata.c hangul_syllables)
const L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H']
const V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I']
const T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H']

function hangul(rest: string): number | null {
  // longest-match each jamo part in turn, as find_syllable does
  const pick = (list: string[], s: string): [number, number] => {
    let best = -1
    let len = 0
    list.forEach((j, i) => {
      if (j.length >= len && s.startsWith(j) && (best < 0 || j.length > len)) {
        best = i
        len = j.length
      }
    })
    return [best, len]
  }
  const [li, ll] = pick(L, rest)
  if (li < 0) return null
  const [vi, vl] = pick(V, rest.slice(ll))
  if (vi < 0) return null
  const [ti, tl] = pick(T, rest.slice(ll + vl))
  if (ti < 0 || ll + vl + tl !== rest.length) return null
  return 0xac00 + (li * 21 + vi) * 28 + ti
}

export function lookupUnicodeName(name: string): number | null {
  const up = name.toUpperCase()
  // the two computed families compare case-sensitively; stored names do not
  if (name.startsWith('HANGUL SYLLABLE ')) {
    const h = hangul(name.slice(16))
    if (h !== null) return h
  }
  const cjk = 'CJK UNIFIED IDEOGRAPH-'
  if (name.startsWith(cjk)) {
    const hex = name.slice(cjk.length)
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return null
    const cp = parseInt(hex, 16)
    for (const [a, b] of ALGORITHMIC_RANGES[cjk] ?? []) if (cp >= a && cp <= b) return cp
    return null
  }
  for (const pre in ALGORITHMIC_RANGES) {
    if (pre !== cjk && up.startsWith(pre)) {
      const hex = up.slice(pre.length)
      if (!/^[0-9A-F]{4,5}$/.test(hex)) return null
      const cp = parseInt(hex, 16)
      for (const [a, b] of ALGORITHMIC_RANGES[pre]) if (cp >= a && cp <= b) return cp
      return null
    }
  }
  table ??= build()
  return table.get(up) ?? null
}
