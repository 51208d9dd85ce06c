#!/usr/bin/env python3
"""Golden data for the codegen tests: for each FILE.py, CPython 3.12's AST (as
scripts/ast_json.py writes it), its code generator's output for the module unit and
the final module code object (in the formats of scripts/codegen_json.py and
scripts/code_json.py).

usage: python3.12 scripts/gen_codegen_golden.py [--optimize N] FILE.py...
           -> FILE.golden.json beside each (FILE.O1.golden.json etc. with --optimize)
       python3.12 scripts/gen_codegen_golden.py --stdout [--optimize N] FILE.py...
           -> one JSON object per line
A fixture whose first line is `# optimize: N` is compiled at that level; one whose
first line is `# mode: eval` or `# mode: single` is compiled in that mode; one whose
first line is `# flags: 0x2000` is compiled with those compile() flags (final code only,
as compiler_codegen takes no flags).
Files CPython cannot compile get {"error": "..."}.
"""
import ast, json, os, sys
import _testinternalcapi
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ast_json import node_json
from code_json import code_json, const_json


def unkey(k):
    # compiler_codegen keys its consts dict by _PyCode_ConstantKey
    if type(k) is tuple and len(k) >= 2:
        if isinstance(k[0], type) or type(k[1]) in (tuple, frozenset):
            return k[1]
    return k


def ordered(d):
    out = [None] * len(d)
    for k, i in d.items():
        out[i] = k
    return out


def golden(path, optimize):
    try:
        src = open(path, "rb").read()
        first = src.split(b"\n", 1)[0]
        if optimize is None:
            optimize = int(first.split(b":")[1]) if first.startswith(b"# optimize:") else 0
        mode = first.split(b":")[1].strip().decode() if first.startswith(b"# mode:") else "exec"
        flags = int(first.split(b":")[1], 0) if first.startswith(b"# flags:") else 0
        code = compile(src, path, mode, flags=flags, dont_inherit=True, optimize=optimize)
        tree = ast.parse(src, path, mode)
    except (SyntaxError, ValueError) as e:
        return {"file": path, "error": f"{type(e).__name__}: {e}"}
    if flags:
        return {"file": path, "optimize": optimize, "mode": mode, "flags": flags, "ast": node_json(tree),
                "codegen": None, "code": code_json(code)}
    if mode == "single":
        # compiler_codegen crashes on Interactive trees in 3.12.1: final code only
        return {"file": path, "optimize": optimize, "mode": mode, "ast": node_json(tree),
                "codegen": None, "code": code_json(code)}
    insts, meta = _testinternalcapi.compiler_codegen(tree, path, optimize, {"exec": 0, "eval": 258}[mode])
    consts = [None] * len(meta["consts"])
    for k, i in meta["consts"].items():
        consts[i] = unkey(k)
    md = {
        "name": meta["name"], "qualname": "<module>",
        "consts": [const_json(c) for c in consts],
        "names": ordered(meta["names"]), "varnames": ordered(meta["varnames"]),
        "cellvars": ordered(meta["cellvars"]), "freevars": [],
        "fasthidden": [],
        "argcount": meta["argcount"], "posonlyargcount": meta["posonlyargcount"],
        "kwonlyargcount": meta["kwonlyargcount"],
        "firstlineno": code.co_firstlineno, "flags": code.co_flags, "filename": path,
    }
    return {"file": path, "optimize": optimize, "mode": mode, "ast": node_json(tree),
            "codegen": {"instrs": [list(i) for i in insts], "metadata": md},
            "code": code_json(code)}


def main():
    args = sys.argv[1:]
    to_stdout = False
    optimize = None
    while args and args[0].startswith("--"):
        if args[0] == "--stdout":
            to_stdout = True
            args = args[1:]
        elif args[0] == "--optimize":
            optimize = int(args[1])
            args = args[2:]
        else:
            sys.exit(f"unknown option {args[0]}")
    for path in args:
        try:
            g = golden(path, optimize)
        except Exception as e:  # CPython itself failed (e.g. recursion)
            g = {"file": path, "error": f"{type(e).__name__}: {e}"}
        text = json.dumps(g, ensure_ascii=True)
        if to_stdout:
            sys.stdout.write(text + "\n")
        else:
            open(path[:-3] + ".golden.json", "w").write(text + "\n")


if __name__ == "__main__":
    main()
