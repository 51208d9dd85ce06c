// The editor's two marks from the views: the highlighted range (the AST node, token or
// instruction a view points at) and the syntax error's underline. Both are set by effects
// and kept in one field so they map through edits until the next analysis replaces them.

import { StateEffect, StateField, type Extension } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'

export interface MarkRange {
  from: number
  to: number
}

export const setHighlight = StateEffect.define<MarkRange | null>()
export const setErrorMark = StateEffect.define<{ range: MarkRange; message: string } | null>()

const highlightMark = Decoration.mark({ class: 'cm-pyscope-highlight', attributes: { 'data-testid': 'source-highlight' } })

function clamp(r: MarkRange, len: number): MarkRange | null {
  const from = Math.max(0, Math.min(r.from, len))
  const to = Math.max(from, Math.min(r.to, len))
  return to > from ? { from, to } : null
}

const highlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    set = set.map(tr.changes)
    for (const e of tr.effects) {
      if (e.is(setHighlight)) {
        const r = e.value && clamp(e.value, tr.state.doc.length)
        set = r ? Decoration.set([highlightMark.range(r.from, r.to)]) : Decoration.none
      }
    }
    return set
  },
  provide: (f) => EditorView.decorations.from(f),
})

const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    set = set.map(tr.changes)
    for (const e of tr.effects) {
      if (e.is(setErrorMark)) {
        const r = e.value && clamp(e.value.range, tr.state.doc.length)
        const mark = Decoration.mark({
          class: 'cm-pyscope-error',
          attributes: { title: e.value?.message ?? '', 'data-testid': 'error-underline' },
        })
        set = r ? Decoration.set([mark.range(r.from, r.to)]) : Decoration.none
      }
    }
    return set
  },
  provide: (f) => EditorView.decorations.from(f),
})

// the highlight is also outlined, so it does not depend on colour alone
const marksTheme = EditorView.baseTheme({
  '.cm-pyscope-highlight': { backgroundColor: 'var(--bg-highlight)', outline: '1px dashed var(--fg-muted)' },
  '.cm-pyscope-error': { textDecoration: 'underline wavy #d00000', textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
})

export const editorMarks: Extension = [highlightField, errorField, marksTheme]
