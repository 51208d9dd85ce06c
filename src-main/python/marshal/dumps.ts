// marshal.dumps of CPython 3.12, version 4 (Python/marshal.c w_object,
// w_complex_object, w_ref), aiming at the bytes CPython writes for a freshly
// compiled module.
//
// CPython decides FLAG_REF from the object graph it is given: w_ref() enters an object
// in the ref table when its reference count is above 1, and always for interned
// strings; a later occurrence of the same object becomes TYPE_REF. We have values,
// not objects, so we rebuild that graph the way CPython's compiler shapes it
// (Python/compile.c and Python/assemble.c merge every constant, co_consts,
// co_names, co_localsplusnames, co_linetable and co_exceptiontable through one
// constant cache per module, so equal values are one object):
//   - strings made only of [A-Za-z0-9_] in constants, and every name, are interned
//     (Objects/codeobject.c intern_strings / intern_string_constants): always FLAG_REF;
//   - immortal objects are always FLAG_REF: ints -5..256, (), b'', '' and the
//     one-character latin-1 strings, the static names "<module>", "<lambda>", ...;
//   - co_code is always FLAG_REF (the code object caches the bytes it hands out),
//     co_filename too (one object shared by every code object of the module);
//   - co_localspluskinds and qualnames other than co_name are never shared;
//   - any other value is FLAG_REF when the merged object has two or more parents.
//   - frozenset items are written in sorted(items, key=marshal.dumps) order and are
//     always FLAG_REF (the sort holds a second reference to each);
//   - a class body's qualname is the object of its __qualname__ constant.
// On CPython 3.12.1's Lib, dumps(loads(marshal.dumps(compile(src)))) reproduces
// CPython's bytes for 1712 of 1723 modules (test/marshal/lib.test.ts). Not reached:
// NaN constants (never merged), non-ASCII identifiers normalized by NFKC (the name and
// the constant are different objects), "<generic parameters of X>" names shared with
// a constant, and a few orders of merging. The .pyc checker compares unmarshalled code
// objects, where these differences vanish.

import { CodeObject } from '../objects/code'
import { ELLIPSIS, PyComplexConst, PyFrozensetConst } from '../objects/constant'
import { encodeSurrogatePass } from './utf8'
import { FLAG_REF, MAX_DEPTH, MarshalDict, MarshalError, MarshalList, MarshalSet, STOPITERATION, T, type MarshalValue } from './types'

/** Objects/codeobject.c all_name_chars */
export function allNameChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
    if (!ok) return false
  }
  return true
}

/** how a string is held: as a name (always interned) or a constant */
type StrRole = 'name' | 'const' | 'codename' | 'filename' | 'qualname'

const f64 = new DataView(new ArrayBuffer(8))
function floatKey(x: number): string {
  f64.setFloat64(0, x)
  return f64.getUint32(0).toString(16) + ':' + f64.getUint32(4).toString(16)
}

const latin1 = new TextDecoder('latin1')
function bytesKey(b: Uint8Array): string {
  // any injective text of the bytes will do (windows-1252 decoding is one)
  return 'B' + latin1.decode(b)
}

function strInterned(s: string, role: StrRole): boolean {
  if (role === 'name') return true
  if (role === 'codename') return !s.startsWith('<')
  // '*' (the fromlist of `import *`) is interned by the time anything compiles
  if (role === 'const') return allNameChars(s) || s === '*'
  return false
}

function strKey(s: string, role: StrRole): string {
  if (strInterned(s, role)) return 'I' + s
  if (role === 'codename') return 'N' + s
  if (role === 'filename') return 'F' + s
  return 'S' + s
}

function strImmortal(s: string, role: StrRole): boolean {
  if (strInterned(s, role) || role === 'filename') return true
  if (role === 'codename') return STATIC_CODE_NAMES.has(s)
  return s.length === 0 || (s.length === 1 && s.charCodeAt(0) < 256)
}

/** Identity keys for the objects the compiler merges; null for unshared objects. */
class Graph {
  private codeIds = new Map<CodeObject, number>()
  readonly parents = new Map<string, number>()

  codeId(c: CodeObject): number {
    let id = this.codeIds.get(c)
    if (id === undefined) {
      id = this.codeIds.size
      this.codeIds.set(c, id)
    }
    return id
  }

  key(v: MarshalValue, role: StrRole = 'const'): string | null {
    if (v === null || typeof v === 'boolean' || v === ELLIPSIS || v === STOPITERATION) return null
    switch (typeof v) {
      case 'bigint':
        return 'i' + v.toString()
      case 'number':
        return 'f' + floatKey(v)
      case 'string':
        return strKey(v, role)
      default:
        break
    }
    if (typeof v === 'object' && v !== null && !(v instanceof PyComplexConst)) {
      // containers and bytes are keyed once per role (keys of big tuples are long)
      const memo = role === 'name' ? this.nameKeys : this.constKeys
      let k = memo.get(v)
      if (k === undefined) {
        k = this.objectKey(v, role)
        memo.set(v, k)
      }
      return k
    }
    if (v instanceof PyComplexConst) return 'c' + floatKey(v.real) + ',' + floatKey(v.imag)
    return null
  }

  private constKeys = new WeakMap<object, string | null>()
  private nameKeys = new WeakMap<object, string | null>()

  private objectKey(v: MarshalValue, role: StrRole): string | null {
    if (v instanceof Uint8Array) return bytesKey(v)
    // frozensets are not merged, and their items are held twice (see dumps below)
    if (v instanceof PyFrozensetConst) return 'z' + this.frozenId(v)
    if (Array.isArray(v)) return 't(' + (v as MarshalValue[]).map((x) => this.itemKey(x, role)).join(',') + ')'
    if (v instanceof CodeObject) return 'C' + this.codeId(v)
    return null
  }

  private classQualnames = new Map<CodeObject, boolean>()
  private seenQualnames = new Set<string>()

  /**
   * A class body stores its __qualname__ as a constant: the compiler hands the
   * unit's qualname object to both co_consts and co_qualname (compiler_class_body),
   * unless an equal constant was cached before (a class defined twice), in which
   * case the constant is the earlier object and co_qualname a fresh one.
   */
  qualnameIsConst(c: CodeObject): boolean {
    let r = this.classQualnames.get(c)
    if (r === undefined) {
      r = c.co_names.includes('__qualname__') && c.co_consts.includes(c.co_qualname) && !this.seenQualnames.has(c.co_qualname)
      if (r) this.seenQualnames.add(c.co_qualname)
      this.classQualnames.set(c, r)
    }
    return r
  }

  private frozenIds = new Map<PyFrozensetConst, number>()
  frozenId(f: PyFrozensetConst): number {
    let id = this.frozenIds.get(f)
    if (id === undefined) {
      id = this.frozenIds.size
      this.frozenIds.set(f, id)
    }
    return id
  }

  private itemKey(v: MarshalValue, role: StrRole): string {
    if (v === null) return 'N'
    if (v === true) return 'T'
    if (v === false) return 'F'
    if (v === ELLIPSIS) return 'E'
    return this.key(v, role) ?? 'o' + Math.random()
  }

  /** count the distinct parents of every merged object (first occurrence recurses) */
  count(v: MarshalValue, role: StrRole = 'const'): void {
    const k = this.key(v, role)
    if (k !== null) {
      const n = this.parents.get(k) ?? 0
      this.parents.set(k, n + 1)
      if (n > 0) return
    }
    this.children(v, role, (c, r) => this.count(c, r))
  }

  children(v: MarshalValue, role: StrRole, visit: (c: MarshalValue, r: StrRole) => void): void {
    if (v instanceof CodeObject) {
      visit(v.co_consts, 'const')
      visit(v.co_names, 'name')
      visit(v.co_localsplusnames, 'name')
      visit(v.co_name, 'codename')
      if (v.co_qualname === v.co_name) visit(v.co_qualname, 'codename')
      else if (this.qualnameIsConst(v)) visit(v.co_qualname, 'const')
      visit(v.co_linetable, 'const')
      visit(v.co_exceptiontable, 'const')
    } else if (Array.isArray(v)) {
      for (const x of v as MarshalValue[]) visit(x, role)
    } else if (v instanceof PyFrozensetConst || v instanceof MarshalList || v instanceof MarshalSet) {
      for (const x of v.items as MarshalValue[]) visit(x, role)
    } else if (v instanceof MarshalDict) {
      for (const [a, b] of v.entries) {
        visit(a, role)
        visit(b, role)
      }
    }
  }
}

class Writer {
  buf = new Uint8Array(1024)
  view = new DataView(this.buf.buffer)
  pos = 0
  depth = 0
  refs = new Map<string, number>()
  nrefs = 0

  constructor(readonly graph: Graph) {}

  room(n: number): void {
    if (this.pos + n <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.pos + n) size *= 2
    const nb = new Uint8Array(size)
    nb.set(this.buf.subarray(0, this.pos))
    this.buf = nb
    this.view = new DataView(nb.buffer)
  }
  byte(b: number): void {
    this.room(1)
    this.buf[this.pos++] = b
  }
  long(x: number): void {
    this.room(4)
    this.view.setInt32(this.pos, x, true)
    this.pos += 4
  }
  double(x: number): void {
    this.room(8)
    this.view.setFloat64(this.pos, x, true)
    this.pos += 8
  }
  raw(b: Uint8Array): void {
    this.room(b.length)
    this.buf.set(b, this.pos)
    this.pos += b.length
  }
  pstring(b: Uint8Array): void {
    this.long(b.length)
    this.raw(b)
  }

  /** w_ref: TYPE_REF for an object already written; otherwise decide FLAG_REF */
  ref(v: MarshalValue, role: StrRole, forced: boolean): number | null {
    const k = this.graph.key(v, role)
    if (k !== null) {
      const idx = this.refs.get(k)
      if (idx !== undefined) {
        this.byte(T.REF)
        this.long(idx)
        return null
      }
    }
    if (forced || (k !== null && (immortal(v, role) || (this.graph.parents.get(k) ?? 0) > 1))) {
      if (k !== null) this.refs.set(k, this.nrefs)
      this.nrefs++
      return FLAG_REF
    }
    return 0
  }

  object(v: MarshalValue, role: StrRole = 'const', forced = false): void {
    if (++this.depth > MAX_DEPTH) throw new MarshalError('ValueError', 'object too deeply nested to marshal')
    if (v === null) this.byte(T.NONE)
    else if (v === STOPITERATION) this.byte(T.STOPITER)
    else if (v === ELLIPSIS) this.byte(T.ELLIPSIS)
    else if (v === false) this.byte(T.FALSE)
    else if (v === true) this.byte(T.TRUE)
    else {
      const flag = this.ref(v, role, forced)
      if (flag !== null) this.complex(v, role, flag)
    }
    this.depth--
  }

  complex(v: MarshalValue, role: StrRole, flag: number): void {
    if (typeof v === 'bigint') return this.int(v, flag)
    if (typeof v === 'number') {
      this.byte(T.BINARY_FLOAT | flag)
      return this.double(v)
    }
    if (typeof v === 'string') return this.str(v, role, flag)
    if (v instanceof Uint8Array) {
      this.byte(T.STRING | flag)
      return this.pstring(v)
    }
    if (v instanceof PyComplexConst) {
      this.byte(T.BINARY_COMPLEX | flag)
      this.double(v.real)
      return this.double(v.imag)
    }
    if (Array.isArray(v)) return this.seq(v as MarshalValue[], role, flag)
    if (v instanceof PyFrozensetConst || v instanceof MarshalSet) {
      this.byte((v instanceof MarshalSet ? T.SET : T.FROZENSET) | flag)
      this.long(v.items.length)
      // bpo-37596: items go out in the order of sorted(items, key=marshal.dumps),
      // and the (dump, item) pairs hold each item once more while it is written,
      // so every item is entered in the ref table
      for (const x of this.sortedItems(v.items as MarshalValue[], role)) this.object(x, role, true)
      return
    }
    if (v instanceof MarshalList) {
      this.byte(T.LIST | flag)
      this.long(v.items.length)
      for (const x of v.items) this.object(x, role)
      return
    }
    if (v instanceof MarshalDict) {
      this.byte(T.DICT | flag)
      for (const [a, b] of v.entries) {
        this.object(a, role)
        this.object(b, role)
      }
      return this.byte(T.NULL)
    }
    if (v instanceof CodeObject) return this.code(v, flag)
    throw new MarshalError('ValueError', 'unmarshallable object')
  }

  int(v: bigint, flag: number): void {
    if (v >= -0x80000000n && v <= 0x7fffffffn) {
      this.byte(T.INT | flag)
      return this.long(Number(v))
    }
    // w_PyLong: 15-bit digits, least significant first, the count carries the sign
    const digits: number[] = []
    let a = v < 0n ? -v : v
    while (a > 0n) {
      digits.push(Number(a & 0x7fffn))
      a >>= 15n
    }
    this.byte(T.LONG | flag)
    this.long(v < 0n ? -digits.length : digits.length)
    this.room(digits.length * 2)
    for (const d of digits) {
      this.view.setUint16(this.pos, d, true)
      this.pos += 2
    }
  }

  str(s: string, role: StrRole, flag: number): void {
    const interned = strInterned(s, role)
    let ascii = true
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 128) {
        ascii = false
        break
      }
    }
    if (ascii) {
      if (s.length < 256) {
        this.byte((interned ? T.SHORT_ASCII_INTERNED : T.SHORT_ASCII) | flag)
        this.byte(s.length)
      } else {
        this.byte((interned ? T.ASCII_INTERNED : T.ASCII) | flag)
        this.long(s.length)
      }
      this.room(s.length)
      for (let i = 0; i < s.length; i++) this.buf[this.pos++] = s.charCodeAt(i)
      return
    }
    this.byte((interned ? T.INTERNED : T.UNICODE) | flag)
    this.pstring(encodeSurrogatePass(s))
  }

  seq(items: MarshalValue[], role: StrRole, flag: number): void {
    if (items.length < 256) {
      this.byte(T.SMALL_TUPLE | flag)
      this.byte(items.length)
    } else {
      this.byte(T.TUPLE | flag)
      this.long(items.length)
    }
    for (const x of items) this.object(x, role)
  }

  /** TYPE_CODE, fields in the 3.12 order */
  code(c: CodeObject, flag: number): void {
    this.byte(T.CODE | flag)
    this.long(c.co_argcount)
    this.long(c.co_posonlyargcount)
    this.long(c.co_kwonlyargcount)
    this.long(c.co_stacksize)
    this.long(c.co_flags)
    // co_code: a fresh bytes object per code object, cached by it (refcount 2)
    this.nrefs++
    this.byte(T.STRING | FLAG_REF)
    this.pstring(c.co_code)
    this.object(c.co_consts, 'const')
    this.object(c.co_names, 'name')
    this.object(c.co_localsplusnames, 'name')
    if (c.co_localspluskinds.length === 0) this.object(c.co_localspluskinds, 'const')
    else this.unshared(c.co_localspluskinds)
    this.object(c.co_filename, 'filename')
    this.object(c.co_name, 'codename')
    if (c.co_qualname === c.co_name) this.object(c.co_qualname, 'codename')
    else if (this.graph.qualnameIsConst(c)) this.object(c.co_qualname, 'const')
    else this.unshared(c.co_qualname)
    this.long(c.co_firstlineno)
    this.object(c.co_linetable, 'const')
    this.object(c.co_exceptiontable, 'const')
  }

  /** set items by their standalone marshal bytes (w_complex_object for sets) */
  sortedItems(items: MarshalValue[], role: StrRole): MarshalValue[] {
    const keyed = items.map((x: MarshalValue): { x: MarshalValue; b: Uint8Array } => {
      const g = new Graph()
      g.count(x, role)
      const w = new Writer(g)
      const k = this.graph.key(x, role)
      const flagged = k !== null && (immortal(x, role) || (this.graph.parents.get(k) ?? 0) > 1)
      w.object(x, role, flagged)
      return { x, b: w.buf.subarray(0, w.pos) }
    })
    keyed.sort((p, q) => {
      const n = Math.min(p.b.length, q.b.length)
      for (let i = 0; i < n; i++) if (p.b[i] !== q.b[i]) return p.b[i] - q.b[i]
      return p.b.length - q.b.length
    })
    return keyed.map((e) => e.x)
  }

  /** an object nothing else refers to: no ref-table entry */
  unshared(v: Uint8Array | string): void {
    this.complex(v, 'qualname', 0)
  }
}


/** the names of anonymous units: static strings of the interpreter (_Py_STR), immortal */
const STATIC_CODE_NAMES = new Set(['<module>', '<lambda>', '<genexpr>', '<listcomp>', '<setcomp>', '<dictcomp>'])

function immortal(v: MarshalValue, role: StrRole): boolean {
  if (typeof v === 'bigint') return v >= -5n && v <= 256n
  if (typeof v === 'string') return strImmortal(v, role)
  // b'' and the one-byte bytes are singletons when made from data
  if (v instanceof Uint8Array) return v.length <= 1
  if (Array.isArray(v)) return v.length === 0
  return false
}

/**
 * marshal.dumps(value) (version 4). The top-level object is referenced by the caller,
 * so it is entered in the ref table like CPython's.
 */
export function dumps(v: MarshalValue): Uint8Array {
  const g = new Graph()
  g.count(v)
  const w = new Writer(g)
  w.object(v, 'const', true)
  return w.buf.slice(0, w.pos)
}
