// Caret anchors of traceback lines (Python/traceback.c extract_anchors_from_line): when the
// failing expression is a binary operation, the operator is marked with ^ and its operands
// with ~; for a subscript, the brackets and index are marked. CPython parses the segment;
// we scan its tokens at bracket depth 0, which decides the same root node for the shapes
// that reach here.

const BINOPS: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8,
}
const LOWER = new Set(['<', '>', '==', '>=', '<=', '!=', 'in', 'not', 'is', 'and', 'or', 'if', 'else', 'lambda', ',', ':=', '=', ':', 'for', 'await', 'yield'])

interface Tok {
  s: string
  start: number
  end: number
  operand: boolean
}

function tokenize(seg: string): Tok[] | null {
  const toks: Tok[] = []
  let i = 0
  while (i < seg.length) {
    const c = seg[i]
    if (c === ' ' || c === '\t') {
      i++
      continue
    }
    if (c === '#') return null
    const rest = seg.slice(i)
    let m = /^(?:[rRbBuUfF]{0,2})("""|'''|"|')/.exec(rest)
    if (m) {
      const q = m[1]
      let j = i + m[0].length
      while (j < seg.length && !seg.startsWith(q, j)) j += seg[j] === '\\' ? 2 : 1
      if (j >= seg.length) return null
      toks.push({ s: 'STR', start: i, end: j + q.length, operand: true })
      i = j + q.length
      continue
    }
    m = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/.exec(rest)
    if (m) {
      const w = m[0]
      toks.push({ s: w, start: i, end: i + w.length, operand: !LOWER.has(w) })
      i += w.length
      continue
    }
    m = /^(?:\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?[jJ]?|\.\d[\d_]*(?:[eE][+-]?\d+)?[jJ]?|0[xXoObB][\da-fA-F_]+)/.exec(rest)
    if (m) {
      toks.push({ s: 'NUM', start: i, end: i + m[0].length, operand: true })
      i += m[0].length
      continue
    }
    m = /^(?:\*\*=?|\/\/=?|<<=?|>>=?|[<>=!]=|:=|->|\.\.\.|[-+*/%@&|^~<>=.,:;()[\]{}])/.exec(rest)
    if (!m) return null
    toks.push({ s: m[0], start: i, end: i + m[0].length, operand: false })
    i += m[0].length
  }
  return toks
}

/** [leftEnd, rightStart] character offsets inside the segment, or null for no anchors */
export function caretAnchors(seg: string): [number, number] | null {
  const toks = tokenize(seg)
  if (toks === null || toks.length === 0) return null
  // level-0 operator positions
  let depth = 0
  let best = -1
  let bestPrec = 99
  let prevOperand = false
  let lastCloseAt0 = -1
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]
    if (t.s === '(' || t.s === '[' || t.s === '{') {
      depth++
      prevOperand = false
      continue
    }
    if (t.s === ')' || t.s === ']' || t.s === '}') {
      depth--
      if (depth < 0) return null
      prevOperand = true
      if (depth === 0) lastCloseAt0 = k
      continue
    }
    if (depth > 0) continue
    if (LOWER.has(t.s) || t.s.endsWith('=') && t.s.length <= 3 && t.s !== '==' ) {
      if (LOWER.has(t.s) || /^[-+*/%@&|^<>]+=$/.test(t.s)) return null
    }
    const prec = BINOPS[t.s]
    if (prec !== undefined && prevOperand) {
      if (prec < bestPrec || (prec === bestPrec && prec !== 8)) {
        best = k
        bestPrec = prec
      }
      prevOperand = false
      continue
    }
    if (t.s === '~' || ((t.s === '-' || t.s === '+') && !prevOperand)) {
      prevOperand = false
      continue
    }
    prevOperand = t.operand || t.s === '.' ? t.operand : false
    if (t.s === '.') prevOperand = false
  }
  if (depth !== 0) return null
  if (best >= 0) {
    // unary minus binds looser than **: "-a ** b" is UnaryOp(BinOp)
    if (bestPrec === 8 && (toks[0].s === '-' || toks[0].s === '+' || toks[0].s === '~')) return null
    const op = toks[best]
    let left = op.start
    // CPython: the operator string starts after the left operand; a 2-char operator
    // counts as 2 only when its second char directly follows
    let right = left + 1
    if (op.s.length > 1) right += 1
    return [left, right]
  }
  // subscript: the expression ends with a bracket group applied to a primary
  const last = toks[toks.length - 1]
  if (last.s === ']' && lastCloseAt0 === toks.length - 1) {
    let d = 0
    let k = toks.length - 1
    for (; k >= 0; k--) {
      if (toks[k].s === ']' || toks[k].s === ')' || toks[k].s === '}') d++
      else if (toks[k].s === '[' || toks[k].s === '(' || toks[k].s === '{') {
        d--
        if (d === 0) break
      }
    }
    if (k <= 0 || toks[k].s !== '[') return null
    const prev = toks[k - 1]
    if (!(prev.operand || prev.s === ')' || prev.s === ']')) return null
    // nothing at level 0 before that may make the root something else
    return [toks[k].start, last.end]
  }
  return null
}
