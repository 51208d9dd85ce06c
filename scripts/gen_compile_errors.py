#!/usr/bin/env python3
"""Golden compile errors and warnings: for each snippet of FILE.txt (separated by
lines '# ---') that CPython parses, its AST (scripts/ast_json.py format), the
SyntaxError compile() raises (msg, lineno, offset, end_lineno, end_offset) or None,
and the SyntaxWarnings it emits (message, lineno).

usage: python3.12 scripts/gen_compile_errors.py test/fixtures/compile/errors.txt
       -> test/fixtures/compile/errors.expected.json
"""
import ast, json, os, sys, warnings
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ast_json import node_json


def main():
    path = sys.argv[1]
    chunks = open(path).read().split("# ---\n")
    out = []
    for i, src in enumerate(chunks):
        entry = {"source": src}
        try:
            tree = ast.parse(src, "<snippet>")
        except SyntaxError as e:
            entry["parse_error"] = e.msg
            out.append(entry)
            continue
        entry["ast"] = node_json(tree)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                compile(src, "<snippet>", "exec", dont_inherit=True)
            entry["error"] = None
            entry["warnings"] = [{"message": str(w.message), "lineno": w.lineno}
                                 for w in caught if w.category is SyntaxWarning]
        except SyntaxError as e:
            entry["error"] = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                              "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        out.append(entry)
    open(path[:-4] + ".expected.json", "w").write(json.dumps(out, indent=0, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
