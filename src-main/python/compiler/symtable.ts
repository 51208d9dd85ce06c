// The symbol table pass (CPython 3.12 Python/symtable.c): one entry per scope (module,
// class, function, lambda, comprehension, annotation and type-parameter scopes), the
// flags every name collects while the tree is walked (symtable_visit_*), then the
// analysis that decides each name's scope (analyze_block / analyze_name), including
// PEP 709 comprehension inlining (inline_comprehension) and the implicit __class__ /
// __classdict__ cells of class bodies (drop_class_free).

import type * as A from '../spec/astNodes.gen'
import { PySyntaxError } from '../errors'
import { assertNever, mangle } from './util'
import { analyzeBlock } from './symtableAnalyze'

// Symbol flags (Include/internal/pycore_symtable.h)
export const DEF_GLOBAL = 1
export const DEF_LOCAL = 2
export const DEF_PARAM = 4
export const DEF_NONLOCAL = 8
export const USE = 16
export const DEF_FREE = 32
export const DEF_FREE_CLASS = 64
export const DEF_IMPORT = 128
export const DEF_ANNOT = 256
export const DEF_COMP_ITER = 512
export const DEF_TYPE_PARAM = 1024
export const DEF_COMP_CELL = 2048
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
export const SCOPE_OFFSET = 12
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL

// Scopes
export const LOCAL = 1
export const GLOBAL_EXPLICIT = 2
export const GLOBAL_IMPLICIT = 3
export const FREE = 4
export const CELL = 5

export type BlockType = 'function' | 'class' | 'module' | 'annotation' | 'typeVarBound' | 'typeAlias' | 'typeParams'
export type ComprehensionKind = 'none' | 'list' | 'generator' | 'set' | 'dict'

type Loc = { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null }

export class SymtableEntry {
  symbols = new Map<string, number>()
  /** parameters in definition order (ste_varnames) */
  varnames: string[] = []
  children: SymtableEntry[] = []
  directives = new Map<string, Loc>()
  nested = false
  generator = false
  coroutine = false
  comprehension: ComprehensionKind = 'none'
  varargs = false
  varkeywords = false
  returnsValue = false
  needsClassClosure = false
  needsClassdict = false
  childFree = false
  free = false
  compInlined = false
  compIterTarget = false
  compIterExpr = 0
  canSeeClassScope = false
  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly lineno: number,
  ) {}

  isFunctionLike(): boolean {
    return this.type === 'function' || this.type === 'typeVarBound' || this.type === 'typeAlias' || this.type === 'typeParams'
  }
  /** _PyST_GetSymbol */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0
  }
  /** _PyST_GetScope */
  getScope(name: string): number {
    return (this.getSymbol(name) >> SCOPE_OFFSET) & SCOPE_MASK
  }
}

export interface FutureFeatures {
  annotations: boolean
  /** CO_FUTURE_* bits collected from `from __future__ import ...` */
  flags: number
}

export class Symtable {
  readonly blocks = new Map<object, SymtableEntry>()
  top!: SymtableEntry
  private stack: SymtableEntry[] = []
  private cur!: SymtableEntry
  private global!: Map<string, number>
  private priv: string | null = null

  constructor(
    readonly filename: string,
    readonly future: FutureFeatures,
  ) {}

  lookup(key: object): SymtableEntry {
    const e = this.blocks.get(key)
    if (!e) throw new Error('symtable: no entry for node')
    return e
  }

  // ---- errors -------------------------------------------------------------

  error(msg: string, loc: Loc): never {
    throw new PySyntaxError({
      kind: 'SyntaxError',
      msg,
      filename: this.filename,
      lineno: loc.lineno,
      offset: loc.col_offset + 1,
      text: null,
      end_lineno: loc.end_lineno,
      end_offset: loc.end_col_offset === null ? null : loc.end_col_offset + 1,
    })
  }

  // ---- building (symtable_enter_block & co) -------------------------------

  build(mod: A.mod): void {
    this.enterBlock('top', 'module', mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 })
    this.top = this.cur
    this.global = this.cur.symbols
    switch (mod._type) {
      case 'Module':
      case 'Interactive':
        for (const s of mod.body) this.visitStmt(s)
        break
      case 'Expression':
        this.visitExpr(mod.body)
        break
      case 'FunctionType':
        for (const e of mod.argtypes) this.visitExpr(e)
        this.visitExpr(mod.returns)
        break
      default:
        assertNever(mod)
    }
    this.exitBlock()
    analyzeBlock(this, this.top, null, new Set(), new Set(), new Set(), null)
  }

  private enterBlock(name: string, type: BlockType, key: object, loc: Loc): void {
    const prev = this.stack.length ? this.stack[this.stack.length - 1] : null
    const ste = new SymtableEntry(name, type, key, loc.lineno)
    if (prev && (prev.nested || prev.isFunctionLike())) ste.nested = true
    this.blocks.set(key, ste)
    this.stack.push(ste)
    // bpo-37757: no assignment expression anywhere inside a comprehension's outermost iterable
    if (prev) ste.compIterExpr = prev.compIterExpr
    this.cur = ste
    // annotation blocks (future annotations) become strings: they are not children
    if (type === 'annotation') return
    if (prev) prev.children.push(ste)
  }

  private exitBlock(): void {
    this.stack.pop()
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1]
  }

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc)
  }

  private addDefHelper(name: string, flag: number, ste: SymtableEntry, loc: Loc): void {
    const mangled = mangle(this.priv, name)
    let val = ste.symbols.get(mangled)
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) this.error(`duplicate argument '${name}' in function definition`, loc)
      if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) this.error(`duplicate type parameter '${name}'`, loc)
      val |= flag
    } else val = flag
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL))
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc)
      val |= DEF_COMP_ITER
    }
    ste.symbols.set(mangled, val)
    if (flag & DEF_PARAM) ste.varnames.push(mangled)
    else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0))
    }
  }

  private lookupCur(name: string): number {
    return this.cur.symbols.get(mangle(this.priv, name)) ?? 0
  }

  private recordDirective(name: string, loc: Loc): void {
    const mangled = mangle(this.priv, name)
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, loc)
  }

  // ---- statements (symtable_visit_stmt) -----------------------------------

  private visitStmts(body: A.stmt[]): void {
    for (const s of body) this.visitStmt(s)
  }

  private visitStmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunctionDef(s)
        break
      case 'ClassDef':
        this.visitClassDef(s)
        break
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value)
          this.cur.returnsValue = true
        }
        break
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t)
        break
      case 'Assign':
        for (const t of s.targets) this.visitExpr(t)
        this.visitExpr(s.value)
        break
      case 'AnnAssign':
        this.visitAnnAssign(s)
        break
      case 'AugAssign':
        this.visitExpr(s.target)
        this.visitExpr(s.value)
        break
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target)
        this.visitExpr(s.iter)
        this.visitStmts(s.body)
        this.visitStmts(s.orelse)
        break
      case 'While':
      case 'If':
        this.visitExpr(s.test)
        this.visitStmts(s.body)
        this.visitStmts(s.orelse)
        break
      case 'Match':
        this.visitExpr(s.subject)
        for (const c of s.cases) {
          this.visitPattern(c.pattern)
          if (c.guard) this.visitExpr(c.guard)
          this.visitStmts(c.body)
        }
        break
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc)
          if (s.cause) this.visitExpr(s.cause)
        }
        break
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body)
        this.visitStmts(s.orelse)
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type)
          if (h.name) this.addDef(h.name, DEF_LOCAL, h)
          this.visitStmts(h.body)
        }
        this.visitStmts(s.finalbody)
        break
      case 'Assert':
        this.visitExpr(s.test)
        if (s.msg) this.visitExpr(s.msg)
        break
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a)
        break
      case 'Global':
      case 'Nonlocal':
        this.visitGlobalOrNonlocal(s)
        break
      case 'Expr':
        this.visitExpr(s.value)
        break
      case 'Pass':
      case 'Break':
      case 'Continue':
        break
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr)
          if (item.optional_vars) this.visitExpr(item.optional_vars)
        }
        this.visitStmts(s.body)
        break
      case 'TypeAlias':
        this.visitTypeAlias(s)
        break
      default:
        assertNever(s)
    }
  }

  private visitFunctionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s)
    for (const d of s.args.defaults) this.visitExpr(d)
    for (const d of s.args.kw_defaults) if (d) this.visitExpr(d)
    for (const d of s.decorator_list) this.visitExpr(d)
    const generic = s.type_params.length > 0
    if (generic) {
      // CPython's parser always gives a (possibly empty) defaults list, so `.defaults` is always declared
      this.enterTypeParamBlock(s.name, s.type_params, true, s.args.kw_defaults.some((d) => d !== null), s._type, s)
      for (const tp of s.type_params) this.visitTypeParam(tp)
    }
    this.visitArgAnnotations(s, s.args, s.returns)
    this.enterBlock(s.name, 'function', s, s)
    if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true
    this.visitArguments(s.args)
    this.visitStmts(s.body)
    this.exitBlock()
    if (generic) this.exitBlock()
  }

  private visitClassDef(s: A.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s)
    for (const d of s.decorator_list) this.visitExpr(d)
    const saved = this.priv
    const generic = s.type_params.length > 0
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, false, false, 'ClassDef', s)
      this.priv = s.name
      for (const tp of s.type_params) this.visitTypeParam(tp)
    }
    for (const b of s.bases) this.visitExpr(b)
    for (const k of s.keywords) this.visitExpr(k.value)
    this.enterBlock(s.name, 'class', s, s)
    this.priv = s.name
    if (generic) {
      const tpLoc = s.type_params[0]
      this.addDef('__type_params__', DEF_LOCAL, tpLoc)
      this.addDef('.type_params', USE, tpLoc)
    }
    this.visitStmts(s.body)
    this.exitBlock()
    if (generic) this.exitBlock()
    this.priv = saved
  }

  private visitTypeAlias(s: A.TypeAlias): void {
    const name = s.name as A.Name
    this.visitExpr(s.name)
    const isInClass = this.cur.type === 'class'
    const generic = s.type_params.length > 0
    if (generic) {
      this.enterTypeParamBlock(name.id, s.type_params, false, false, 'TypeAlias', s)
      for (const tp of s.type_params) this.visitTypeParam(tp)
    }
    this.enterBlock(name.id, 'typeAlias', s, s)
    this.cur.canSeeClassScope = isInClass
    if (isInClass) this.addDef('__classdict__', USE, s.value)
    this.visitExpr(s.value)
    this.exitBlock()
    if (generic) this.exitBlock()
  }

  /** symtable_enter_type_param_block */
  private enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwDefaults: boolean, kind: string, loc: Loc): void {
    const enclosing = this.cur.type
    this.enterBlock(name, 'typeParams', key, loc)
    if (enclosing === 'class') {
      this.cur.canSeeClassScope = true
      this.addDef('__classdict__', USE, loc)
    }
    if (kind === 'ClassDef') {
      this.addDef('.type_params', DEF_LOCAL, loc)
      this.addDef('.type_params', USE, loc)
      this.addDef('.generic_base', DEF_LOCAL, loc)
      this.addDef('.generic_base', USE, loc)
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, loc)
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, loc)
  }

  private visitTypeParam(tp: A.type_param): void {
    switch (tp._type) {
      case 'TypeVar':
        this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp)
        if (tp.bound) {
          const isInClass = this.cur.canSeeClassScope
          this.enterBlock(tp.name, 'typeVarBound', tp, tp)
          this.cur.canSeeClassScope = isInClass
          if (isInClass) this.addDef('__classdict__', USE, tp.bound)
          this.visitExpr(tp.bound)
          this.exitBlock()
        }
        break
      case 'TypeVarTuple':
      case 'ParamSpec':
        this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp)
        break
      default:
        assertNever(tp)
    }
  }

  private visitAnnAssign(s: A.AnnAssign): void {
    if (s.target._type === 'Name') {
      const name = s.target.id
      const cur = this.lookupCur(name)
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple)
        this.error(`annotated name '${name}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s)
      if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target)
      else if (s.value) this.addDef(name, DEF_LOCAL, s.target)
    } else {
      this.visitExpr(s.target)
    }
    this.visitAnnotation(s.annotation)
    if (s.value) this.visitExpr(s.value)
  }

  private visitGlobalOrNonlocal(s: A.Global | A.Nonlocal): void {
    const word = s._type === 'Global' ? 'global' : 'nonlocal'
    for (const name of s.names) {
      const cur = this.lookupCur(name)
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`
        else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`
        else msg = `name '${name}' is assigned to before ${word} declaration`
        this.error(msg, s)
      }
      this.addDef(name, s._type === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL, s)
      this.recordDirective(name, s)
    }
  }

  private visitAlias(a: A.alias): void {
    const name = a.asname ?? a.name
    const dot = name.indexOf('.')
    const store = dot >= 0 ? name.slice(0, dot) : name
    if (name === '*') {
      if (this.cur.type !== 'module') this.error('import * only allowed at module level', a)
      return
    }
    this.addDef(store, DEF_IMPORT, a)
  }

  private visitArguments(a: A.arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p)
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p)
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p)
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg)
      this.cur.varargs = true
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg)
      this.cur.varkeywords = true
    }
  }

  /** symtable_visit_annotation */
  private visitAnnotation(e: A.expr): void {
    const fut = this.future.annotations
    if (fut) this.enterBlock('_annotation', 'annotation', e, e)
    this.visitExpr(e)
    if (fut) this.exitBlock()
  }

  /** symtable_visit_annotations */
  private visitArgAnnotations(o: A.stmt | A.expr, a: A.arguments, returns: A.expr | null): void {
    const fut = this.future.annotations
    if (fut) this.enterBlock('_annotation', 'annotation', o, o)
    for (const p of a.posonlyargs) if (p.annotation) this.visitExpr(p.annotation)
    for (const p of a.args) if (p.annotation) this.visitExpr(p.annotation)
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation)
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation)
    for (const p of a.kwonlyargs) if (p.annotation) this.visitExpr(p.annotation)
    if (fut) this.exitBlock()
    if (returns) this.visitAnnotation(returns)
  }

  // ---- expressions (symtable_visit_expr) ----------------------------------

  private raiseIfAnnotationBlock(what: string, e: A.expr): void {
    const t = this.cur.type
    if (t === 'annotation') this.error(`${what} cannot be used within an annotation`, e)
    if (t === 'typeVarBound') this.error(`${what} cannot be used within a TypeVar bound`, e)
    if (t === 'typeAlias') this.error(`${what} cannot be used within a type alias`, e)
    if (t === 'typeParams') this.error(`${what} cannot be used within the definition of a generic`, e)
  }

  private visitExprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e)
  }

  private visitExpr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e)
        if (this.cur.compIterExpr > 0) this.error('assignment expression cannot be used in a comprehension iterable expression', e)
        if (this.cur.comprehension !== 'none') this.extendNamedExprScope(e.target as A.Name)
        this.visitExpr(e.value)
        this.visitExpr(e.target)
        break
      case 'BoolOp':
        this.visitExprs(e.values)
        break
      case 'BinOp':
        this.visitExpr(e.left)
        this.visitExpr(e.right)
        break
      case 'UnaryOp':
        this.visitExpr(e.operand)
        break
      case 'Lambda':
        this.visitExprs(e.args.defaults)
        this.visitExprs(e.args.kw_defaults)
        this.enterBlock('lambda', 'function', e, e)
        this.visitArguments(e.args)
        this.visitExpr(e.body)
        this.exitBlock()
        break
      case 'IfExp':
        this.visitExpr(e.test)
        this.visitExpr(e.body)
        this.visitExpr(e.orelse)
        break
      case 'Dict':
        this.visitExprs(e.keys)
        this.visitExprs(e.values)
        break
      case 'Set':
        this.visitExprs(e.elts)
        break
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null, 'generator')
        break
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null, 'list')
        break
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null, 'set')
        break
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value, 'dict')
        break
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock(e._type === 'Yield' ? 'yield expression' : 'yield expression', e)
        if (e.value) this.visitExpr(e.value)
        this.cur.generator = true
        if (this.cur.comprehension !== 'none') this.raiseIfComprehensionBlock(e)
        break
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e)
        this.visitExpr(e.value)
        this.cur.coroutine = true
        break
      case 'Compare':
        this.visitExpr(e.left)
        this.visitExprs(e.comparators)
        break
      case 'Call':
        this.visitExpr(e.func)
        this.visitExprs(e.args)
        for (const k of e.keywords) this.visitExpr(k.value)
        break
      case 'FormattedValue':
        this.visitExpr(e.value)
        if (e.format_spec) this.visitExpr(e.format_spec)
        break
      case 'JoinedStr':
        this.visitExprs(e.values)
        break
      case 'Constant':
        break
      case 'Attribute':
        this.visitExpr(e.value)
        break
      case 'Subscript':
        this.visitExpr(e.value)
        this.visitExpr(e.slice)
        break
      case 'Starred':
        this.visitExpr(e.value)
        break
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower)
        if (e.upper) this.visitExpr(e.upper)
        if (e.step) this.visitExpr(e.step)
        break
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e)
        if (e.ctx._type === 'Load' && this.cur.isFunctionLike() && e.id === 'super') this.addDef('__class__', USE, e)
        break
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts)
        break
      default:
        assertNever(e)
    }
  }

  private raiseIfComprehensionBlock(e: A.expr): never {
    const c = this.cur.comprehension
    const what = c === 'list' ? "'yield' inside list comprehension" : c === 'set' ? "'yield' inside set comprehension" : c === 'dict' ? "'yield' inside dict comprehension" : "'yield' inside generator expression"
    this.error(what, e)
  }

  /** symtable_extend_namedexpr_scope */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]
      if (ste.comprehension !== 'none') {
        if (ste.getSymbol(name) & DEF_COMP_ITER) this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target)
        continue
      }
      if (ste.isFunctionLike()) {
        if (ste.getSymbol(name) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, target)
        else this.addDef(name, DEF_NONLOCAL, target)
        this.recordDirective(name, target)
        this.addDefHelper(name, DEF_LOCAL, ste, target)
        return
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target)
        this.recordDirective(name, target)
        this.addDefHelper(name, DEF_GLOBAL, ste, target)
        return
      }
      if (ste.type === 'class') this.error('assignment expression within a comprehension cannot be used in a class body', target)
      this.error('assignment expression within a comprehension cannot be used within the definition of a generic', target)
    }
  }

  /** symtable_handle_comprehension */
  private handleComprehension(
    e: A.expr,
    scopeName: string,
    generators: A.comprehension[],
    elt: A.expr,
    value: A.expr | null,
    kind: ComprehensionKind,
  ): void {
    const isGenerator = kind === 'generator'
    const outermost = generators[0]
    this.cur.compIterExpr++
    this.visitExpr(outermost.iter)
    this.cur.compIterExpr--
    this.enterBlock(scopeName, 'function', e, e)
    this.cur.comprehension = kind
    if (outermost.is_async) this.cur.coroutine = true
    this.addDef('.0', DEF_PARAM, e)
    this.cur.compIterTarget = true
    this.visitExpr(outermost.target)
    this.cur.compIterTarget = false
    this.visitExprs(outermost.ifs)
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i]
      this.cur.compIterTarget = true
      this.visitExpr(lc.target)
      this.cur.compIterTarget = false
      this.cur.compIterExpr++
      this.visitExpr(lc.iter)
      this.cur.compIterExpr--
      this.visitExprs(lc.ifs)
      if (lc.is_async) this.cur.coroutine = true
    }
    if (value) this.visitExpr(value)
    this.visitExpr(elt)
    this.cur.generator = isGenerator
    const isAsync = this.cur.coroutine && !isGenerator
    this.exitBlock()
    if (isAsync) this.cur.coroutine = true
  }

  // ---- patterns (symtable_visit_pattern) ----------------------------------

  private visitPattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value)
        break
      case 'MatchSingleton':
        break
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q)
        break
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p)
        break
      case 'MatchMapping':
        this.visitExprs(p.keys)
        for (const q of p.patterns) this.visitPattern(q)
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p)
        break
      case 'MatchClass':
        this.visitExpr(p.cls)
        for (const q of p.patterns) this.visitPattern(q)
        for (const q of p.kwd_patterns) this.visitPattern(q)
        break
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern)
        if (p.name) this.addDef(p.name, DEF_LOCAL, p)
        break
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q)
        break
      default:
        assertNever(p)
    }
  }
}

export function buildSymtable(mod: A.mod, filename: string, future: FutureFeatures): Symtable {
  const st = new Symtable(filename, future)
  st.build(mod)
  return st
}
