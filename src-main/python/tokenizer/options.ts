// What a caller can ask of the tokenizer: its mode, type comments, and where warnings go.

export interface TokenizerOptions {
  filename?: string
  /** Lib/tokenize.py's stream: COMMENT, NL, no parser-only checks */
  extraTokens?: boolean
  /** ast.parse(type_comments=True): TYPE_COMMENT / TYPE_IGNORE tokens */
  typeComments?: boolean
  /**
   * SyntaxWarnings the tokenizer issues (tokenizer.c parser_warn / warn_invalid_escape_sequence):
   * "invalid decimal literal" before a keyword, "invalid escape sequence '\{'" in f-strings.
   * Returning true turns the warning into a SyntaxError, as `-W error` does.
   */
  onWarning?: (w: TokenizerWarning) => boolean | void
}

export interface TokenizerWarning {
  category: 'SyntaxWarning'
  message: string
  filename: string
  lineno: number
}
