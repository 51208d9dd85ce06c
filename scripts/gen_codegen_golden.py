#!/usr/bin/env python3
"""Golden data for the codegen tests: for each FILE.py, CPython 3.12's AST (as
scripts/ast_json.py writes it) and its code generator's output for the module unit and
the final module code object (as scripts/codegen_json.py writes them).

usage: python3.12 scripts/gen_codegen_golden.py FILE.py...          -> FILE.golden.json beside each
       python3.12 scripts/gen_codegen_golden.py --stdout FILE.py... -> one JSON object per line
Files CPython cannot compile get {"error": "..."}.
"""
import ast, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ast_json import node_json
import codegen_json


def golden(path):
    try:
        src = open(path, "rb").read()
        compile(src, path, "exec", dont_inherit=True)
        tree = ast.parse(src, path)
    except (SyntaxError, ValueError) as e:
        return {"file": path, "error": f"{type(e).__name__}: {e}"}
    # reuse codegen_json's dump (it writes to a file given as second argument)
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as tmp:
        name = tmp.name
    argv = sys.argv
    try:
        sys.argv = ["codegen_json.py", path, name]
        codegen_json.main()
        dumped = json.load(open(name))
    finally:
        sys.argv = argv
        os.unlink(name)
    return {"file": path, "ast": node_json(tree), "codegen": dumped["codegen"], "code": dumped["code"]}


def main():
    args = sys.argv[1:]
    to_stdout = False
    if args and args[0] == "--stdout":
        to_stdout = True
        args = args[1:]
    for path in args:
        try:
            g = golden(path)
        except Exception as e:  # CPython itself failed (e.g. recursion)
            g = {"file": path, "error": f"{type(e).__name__}: {e}"}
        text = json.dumps(g, ensure_ascii=True)
        if to_stdout:
            sys.stdout.write(text + "\n")
        else:
            out = path[:-3] + ".golden.json"
            open(out, "w").write(text + "\n")


if __name__ == "__main__":
    main()
