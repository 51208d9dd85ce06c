// The tokenizer's mode stack (Parser/tokenizer.h tokenizer_mode): what it needs to know
// about each f-string it is inside, since PEP 701 lets them nest.

export /** tokenizer_mode: the regular mode at the bottom, one entry per open f-string above it */
interface Mode {
  fstring: boolean
  quote: number
  quoteSize: number
  raw: boolean
  /** index of the f-string's first character (its prefix) */
  start: number
  multiLineStart: number
  startLineno: number
  curlyDepth: number
  exprStartDepth: number
  /** last_expr_end != -1: the expression of the current replacement field has ended */
  exprEnded: boolean
  debug: boolean
}

export function newMode(): Mode {
  return {
    fstring: false, quote: 0, quoteSize: 0, raw: false, start: 0, multiLineStart: 0, startLineno: 0,
    curlyDepth: 0, exprStartDepth: -1, exprEnded: false, debug: false,
  }
}
