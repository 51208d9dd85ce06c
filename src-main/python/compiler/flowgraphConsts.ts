// Constants as the flow-graph optimiser sees them: identity through the compiler's
// constant cache (Objects/codeobject.c _PyCode_ConstantKey, compile.c merge_consts_recursive)
// and truth values (PyObject_IsTrue) for folding constant conditions.

import { ELLIPSIS, PyComplexConst, PyFrozensetConst, isCodeConst, type ConstValue } from '../objects/constant'

const codeIds = new WeakMap<object, number>()
let nextCodeId = 0
const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)

function floatBits(x: number): string {
  f64[0] = x
  return `${u32[0].toString(16)}.${u32[1].toString(16)}`
}

/**
 * _PyCode_ConstantKey as a string: two constants have the same key exactly when the
 * constant cache would make them one object (type-sensitive: 1, 1.0 and True differ,
 * and so do 0.0 and -0.0).
 */
export function constKey(v: ConstValue): string {
  if (v === null) return 'N'
  if (v === ELLIPSIS) return 'E'
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F'
    case 'bigint':
      return `i${v.toString()}`
    case 'number':
      return `f${floatBits(v)}`
    case 'string':
      return `s${JSON.stringify(v)}`
    default:
      break
  }
  if (v instanceof Uint8Array) {
    let s = 'b'
    for (const x of v) s += x.toString(16).padStart(2, '0')
    return s
  }
  if (v instanceof PyComplexConst) return `c${floatBits(v.real)},${floatBits(v.imag)}`
  if (v instanceof PyFrozensetConst) return `{${v.items.map(constKey).sort().join(',')}}`
  if (Array.isArray(v)) return `(${(v as readonly ConstValue[]).map(constKey).join(',')})`
  if (isCodeConst(v as ConstValue)) {
    let id = codeIds.get(v as object)
    if (id === undefined) {
      id = nextCodeId++
      codeIds.set(v as object, id)
    }
    return `@${id}`
  }
  throw new Error('unexpected constant')
}

/** PyObject_IsTrue for constants */
export function constIsTrue(v: ConstValue): boolean {
  if (v === null) return false
  if (v === ELLIPSIS) return true
  switch (typeof v) {
    case 'boolean':
      return v
    case 'bigint':
      return v !== 0n
    case 'number':
      return v !== 0
    case 'string':
      return v.length > 0
    default:
      break
  }
  if (v instanceof Uint8Array) return v.length > 0
  if (v instanceof PyComplexConst) return v.real !== 0 || v.imag !== 0
  if (v instanceof PyFrozensetConst) return v.items.length > 0
  if (Array.isArray(v)) return v.length > 0
  return true
}
