// str.format field parsing (Objects/stringlib/unicode_format.h: MarkupIterator_next,
// parse_field, FieldNameIterator, build_string) and _string.formatter_parser /
// _string.formatter_field_name_split. The VM does the lookups through callbacks.

import { valueError } from './errors'

/** One piece of _string.formatter_parser: (literal, field_name, format_spec, conversion). */
export type FormatPiece = [literal: string, fieldName: string | null, formatSpec: string | null, conversion: string | null]

/** _string.formatter_parser(s) as a list. */
export function formatterParser(s: string): FormatPiece[] {
  const out: FormatPiece[] = []
  const n = s.length
  let pos = 0
  while (pos < n) {
    // Literal text up to a brace.
    const start = pos
    let c = ''
    let markup = false
    while (pos < n) {
      c = s[pos++]
      if (c === '{' || c === '}') {
        markup = true
        break
      }
    }
    const atEnd = pos >= n
    let len = pos - start
    if (c === '}' && markup && (atEnd || s[pos] !== '}')) throw valueError("Single '}' encountered in format string")
    if (atEnd && c === '{' && markup) throw valueError("Single '{' encountered in format string")
    if (!atEnd && markup) {
      if (s[pos] === c) {
        pos++
        markup = false
      } else len--
    }
    const literal = s.slice(start, start + len)
    if (!markup) {
      out.push([literal, null, null, null])
      continue
    }
    // parse_field over the rest of the string.
    const nameStart = pos
    c = ''
    let stop = false
    while (pos < n) {
      c = s[pos++]
      if (c === '{') throw valueError("unexpected '{' in field name")
      if (c === '[') {
        while (pos < n && s[pos] !== ']') pos++
        continue
      }
      if (c === '}' || c === ':' || c === '!') {
        stop = true
        break
      }
    }
    if (!stop) throw valueError("expected '}' before end of string")
    const fieldName = s.slice(nameStart, pos - 1)
    let conversion: string | null = null
    if (c === '}') {
      out.push([literal, fieldName, '', null])
      continue
    }
    if (c === '!') {
      if (pos >= n) throw valueError('end of string while looking for conversion specifier')
      const cc = s.codePointAt(pos)!
      conversion = String.fromCodePoint(cc)
      pos += conversion.length
      if (pos < n) {
        const d = s[pos++]
        if (d === '}') {
          out.push([literal, fieldName, '', conversion])
          continue
        }
        if (d !== ':') throw valueError("expected ':' after conversion specifier")
      }
    }
    const specStart = pos
    let count = 1
    let done = false
    while (pos < n) {
      const d = s[pos++]
      if (d === '{') count++
      else if (d === '}' && --count === 0) {
        done = true
        break
      }
    }
    if (!done) throw valueError("unmatched '{' in format spec")
    out.push([literal, fieldName, s.slice(specStart, pos - 1), conversion])
  }
  return out
}

export type FieldKey = string | number
/** (is_attribute, key) as _string.formatter_field_name_split yields them. */
export type FieldRest = [isAttr: boolean, key: FieldKey]

function asIndex(t: string): FieldKey {
  if (t.length > 0 && /^[0-9]+$/.test(t)) {
    const v = Number(t)
    if (!Number.isSafeInteger(v)) throw valueError('Too many decimal digits in format string')
    return v
  }
  return t
}

/** _string.formatter_field_name_split(name): the first part and the accessors. */
export function fieldNameSplit(name: string): [FieldKey, FieldRest[]] {
  let i = 0
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++
  const first = asIndex(name.slice(0, i))
  const rest: FieldRest[] = []
  while (i < name.length) {
    const c = name[i++]
    if (c === '.') {
      const st = i
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++
      if (i === st) throw valueError('Empty attribute in format string')
      rest.push([true, name.slice(st, i)])
    } else if (c === '[') {
      const st = i
      while (i < name.length && name[i] !== ']') i++
      if (i >= name.length) throw valueError("Missing ']' in format string")
      if (i === st) throw valueError('Empty attribute in format string')
      rest.push([false, asIndex(name.slice(st, i))])
      i++
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier")
      }
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier")
    }
  }
  return [first, rest]
}

export interface FormatCallbacks<T> {
  /** args[index] or kwargs[name] (raising IndexError/KeyError as CPython does). */
  getArg(key: FieldKey): T
  getAttr(obj: T, name: string): T
  getItem(obj: T, key: FieldKey): T
  /** !r, !s, !a. */
  convert(obj: T, conversion: 'r' | 's' | 'a'): T
  /** format(obj, spec). */
  format(obj: T, spec: string): string
}

/** str.format (build_string / output_markup with auto-numbering). */
export function renderFormat<T>(fmt: string, cb: FormatCallbacks<T>): string {
  const auto = { state: 0 as 0 | 1 | 2, next: 0 } // 0 unset, 1 auto, 2 manual
  return build(fmt, cb, 2, auto)
}

function build<T>(fmt: string, cb: FormatCallbacks<T>, depth: number, auto: { state: 0 | 1 | 2; next: number }): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded')
  let out = ''
  for (const [literal, name, spec, conv] of formatterParser(fmt)) {
    out += literal
    if (name === null) continue
    const [first, rest] = fieldNameSplit(name)
    let key: FieldKey = first
    if (first === '') {
      if (auto.state === 2) throw valueError('cannot switch from manual field specification to automatic field numbering')
      auto.state = 1
      key = auto.next++
    } else if (typeof first === 'number') {
      if (auto.state === 1) throw valueError('cannot switch from automatic field numbering to manual field specification')
      auto.state = 2
    }
    let obj = cb.getArg(key)
    for (const [isAttr, k] of rest) obj = isAttr ? cb.getAttr(obj, k as string) : cb.getItem(obj, k)
    if (conv !== null) {
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        const c = conv.codePointAt(0)!
        throw valueError(c > 32 && c < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${c.toString(16)}`)
      }
      obj = cb.convert(obj, conv)
    }
    const realSpec = spec && spec.includes('{') ? build(spec, cb, depth - 1, auto) : (spec ?? '')
    out += cb.format(obj, realSpec)
  }
  return out
}
