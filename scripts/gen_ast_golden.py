#!/usr/bin/env python3
"""Regenerate the parser's golden files from CPython 3.12 (the oracle).

For every test/fixtures/ast/NAME.py (mode from a `.eval`/`.single`/`.func_type` suffix
before `.py`, else exec) it writes, next to the source:
  NAME.ast  ast.dump(ast.parse(src, mode=..., type_comments=True), indent=1,
            include_attributes=True), or
  NAME.err  the SyntaxError as JSON: [type, msg, lineno, offset, end_lineno, end_offset].
The source is handed to ast.parse as bytes (the file's own decoding rules apply).
Run with python3.12: python3.12 scripts/gen_ast_golden.py
"""
import ast, glob, json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'ast')
for path in sorted(glob.glob(os.path.join(root, '*.py'))):
    base = path[:-3]
    mode = 'exec'
    for m in ('eval', 'single', 'func_type'):
        if base.endswith('.' + m):
            mode = m
    with open(path, 'rb') as f:
        src = f.read()
    for ext in ('.ast', '.err'):
        if os.path.exists(base + ext):
            os.remove(base + ext)
    try:
        tree = ast.parse(src, os.path.basename(path), mode, type_comments=True)
    except SyntaxError as e:
        with open(base + '.err', 'w') as f:
            json.dump([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset], f)
            f.write('\n')
        continue
    with open(base + '.ast', 'w') as f:
        f.write(ast.dump(tree, indent=1, include_attributes=True) + '\n')
print('goldens written for', len(glob.glob(os.path.join(root, '*.py'))), 'fixtures', file=sys.stderr)
