// Small helpers shared by the compiler passes.

export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify((x as { _type?: string })?._type ?? x)}`)
}

/**
 * Private name mangling (Python/compile.c _Py_Mangle): inside class C, `__spam`
 * becomes `_C__spam`; dunder names and dotted names are left alone.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name
  if (name.endsWith('__') || name.includes('.')) return name
  const stripped = privateName.replace(/^_+/, '')
  if (stripped === '') return name
  return `_${stripped}${name}`
}

/** number of code points (PyUnicode_GET_LENGTH) */
export function codePointLength(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}
