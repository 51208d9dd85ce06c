// The analysis half of the symbol table pass (CPython 3.12 Python/symtable.c
// analyze_block, analyze_name, inline_comprehension, analyze_cells, drop_class_free,
// update_symbols): once every scope has collected its names' flags, decide each
// name's scope (local, global explicit/implicit, free, cell), pass free names up to
// enclosing functions, and fold PEP 709 inlined comprehensions into their parent.

import {
  CELL,
  DEF_BOUND,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_MASK,
  SCOPE_OFFSET,
  type Symtable,
  type SymtableEntry,
} from './symtable'

function errorAtDirective(st: Symtable, ste: SymtableEntry, name: string, msg: string): never {
  const loc = ste.directives.get(name)
  st.error(msg, loc ?? { lineno: ste.lineno, col_offset: 0, end_lineno: ste.lineno, end_col_offset: 0 })
}

/** analyze_name */
function analyzeName(
  st: Symtable,
  ste: SymtableEntry,
  scopes: Map<string, number>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(st, ste, name, `name '${name}' is nonlocal and global`)
    scopes.set(name, GLOBAL_EXPLICIT)
    global.add(name)
    if (bound) bound.delete(name)
    return
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) errorAtDirective(st, ste, name, 'nonlocal declaration not allowed at module level')
    if (!bound.has(name)) errorAtDirective(st, ste, name, `no binding for nonlocal '${name}' found`)
    if (typeParams.has(name)) errorAtDirective(st, ste, name, `nonlocal binding not allowed for type parameter '${name}'`)
    scopes.set(name, FREE)
    ste.free = true
    free.add(name)
    return
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL)
    local.add(name)
    global.delete(name)
    if (flags & DEF_TYPE_PARAM) typeParams.add(name)
    else typeParams.delete(name)
    return
  }
  if (classEntry) {
    const cf = classEntry.getSymbol(name)
    if (cf & DEF_GLOBAL) {
      scopes.set(name, GLOBAL_EXPLICIT)
      return
    } else if (cf & DEF_BOUND && !(cf & DEF_NONLOCAL)) {
      scopes.set(name, GLOBAL_IMPLICIT)
      return
    }
  }
  if (bound && bound.has(name)) {
    scopes.set(name, FREE)
    ste.free = true
    free.add(name)
    return
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT)
    return
  }
  if (ste.nested) ste.free = true
  scopes.set(name, GLOBAL_IMPLICIT)
}

function isFreeInAnyChild(entry: SymtableEntry, name: string): boolean {
  for (const c of entry.children) {
    if (c.getScope(name) === FREE) return true
  }
  return false
}

/** inline_comprehension */
function inlineComprehension(ste: SymtableEntry, comp: SymtableEntry, scopes: Map<string, number>, compFree: Set<string>, inlinedCells: Set<string>): void {
  let removeDunderClass = false
  for (const [k, compFlags] of comp.symbols) {
    if (compFlags & DEF_PARAM) continue
    const scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK
    const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1)
    if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k)
    const existing = ste.symbols.get(k)
    if (scope === FREE && ste.type === 'class' && k === '__class__') {
      removeDunderClass = true
      compFree.delete(k)
    }
    if (existing === undefined) {
      ste.symbols.set(k, onlyFlags)
      scopes.set(k, scope)
    } else {
      if (existing & DEF_BOUND && !isFreeInAnyChild(comp, k) && ste.type !== 'class') compFree.delete(k)
    }
  }
  comp.free = compFree.size > 0
  if (removeDunderClass) comp.symbols.delete('__class__')
}

/** analyze_cells */
function analyzeCells(scopes: Map<string, number>, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL) continue
    if (!free.has(name) && !inlinedCells.has(name)) continue
    scopes.set(name, CELL)
    free.delete(name)
  }
}

/** drop_class_free */
function dropClassFree(ste: SymtableEntry, free: Set<string>): void {
  if (free.delete('__class__')) ste.needsClassClosure = true
  if (free.delete('__classdict__')) ste.needsClassdict = true
}

/** update_symbols */
function updateSymbols(
  symbols: Map<string, number>,
  scopes: Map<string, number>,
  bound: Set<string> | null,
  free: Set<string>,
  inlinedCells: Set<string>,
  classflag: boolean,
): void {
  for (const [name, v] of symbols) {
    let flags = v
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL
    const scope = scopes.get(name) ?? 0
    flags |= scope << SCOPE_OFFSET
    symbols.set(name, flags)
  }
  for (const name of free) {
    const v = symbols.get(name)
    if (v !== undefined) {
      if (classflag) symbols.set(name, v | DEF_FREE_CLASS)
      continue
    }
    if (bound && !bound.has(name)) continue
    symbols.set(name, FREE << SCOPE_OFFSET)
  }
}

/** analyze_block */
export function analyzeBlock(
  st: Symtable,
  ste: SymtableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
): void {
  const local = new Set<string>()
  const scopes = new Map<string, number>()
  const newglobal = new Set<string>()
  const newfree = new Set<string>()
  const newbound = new Set<string>()
  const inlinedCells = new Set<string>()

  if (ste.type === 'class') {
    for (const g of global) newglobal.add(g)
    if (bound) for (const b of bound) newbound.add(b)
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(st, ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry)
  }
  if (ste.type !== 'class') {
    if (ste.isFunctionLike()) for (const l of local) newbound.add(l)
    if (bound) for (const b of bound) newbound.add(b)
    for (const g of global) newglobal.add(g)
  } else {
    newbound.add('__class__')
    newbound.add('__classdict__')
  }

  for (const entry of ste.children) {
    let newClassEntry: SymtableEntry | null = null
    if (entry.canSeeClassScope) {
      if (ste.type === 'class') newClassEntry = ste
      else if (classEntry) newClassEntry = classEntry
    }
    const inlineComp = entry.comprehension !== 'none' && !entry.generator && !ste.canSeeClassScope
    const childFree = new Set<string>()
    // analyze_child_block: the child works on copies of our sets
    const tBound = new Set(newbound)
    const tFree = new Set<string>()
    const tGlobal = new Set(newglobal)
    const tTypeParams = new Set(typeParams)
    analyzeBlock(st, entry, tBound, tFree, tGlobal, tTypeParams, newClassEntry)
    for (const f of tFree) childFree.add(f)
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells)
      entry.compInlined = true
    }
    for (const f of childFree) newfree.add(f)
    if (entry.free || entry.childFree) ste.childFree = true
  }

  // splice the children of inlined comprehensions into our own list
  for (let i = ste.children.length - 1; i >= 0; i--) {
    const c = ste.children[i]
    if (c.compInlined) ste.children.splice(i, 1, ...c.children)
  }

  if (ste.isFunctionLike()) analyzeCells(scopes, newfree, inlinedCells)
  else if (ste.type === 'class') dropClassFree(ste, newfree)

  updateSymbols(ste.symbols, scopes, bound, newfree, inlinedCells, ste.type === 'class' || ste.canSeeClassScope)
  for (const f of newfree) free.add(f)
}

