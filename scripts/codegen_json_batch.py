#!/usr/bin/env python3
"""Batch form of scripts/codegen_json.py: many files in one CPython process.

usage: python3.12 scripts/codegen_json_batch.py [--ast] FILE.py... > OUT.jsonl
       python3.12 scripts/codegen_json_batch.py [--ast] --list LISTFILE > OUT.jsonl

Writes one JSON line per file, {"file": path, ...codegen_json's object...} or
{"file": path, "error": "..."} when CPython cannot compile it. With --ast each line
also carries the module's AST as scripts/ast_json.py writes it.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import ast, warnings
warnings.simplefilter("ignore")
import _testinternalcapi
from code_json import code_json, const_json


def unkey(k):
    # compiler_codegen keys consts by _PyCode_ConstantKey (see codegen_json.py)
    if type(k) is tuple and len(k) >= 2:
        if isinstance(k[0], type) or type(k[1]) in (tuple, frozenset):
            return k[1]
    return k


def order(d):
    out = [None] * len(d)
    for k, i in d.items():
        out[i] = k
    return out


def dump(path, with_ast=False):
    src = open(path, "rb").read()
    code = compile(src, path, "exec", dont_inherit=True)
    tree = ast.parse(src, path)
    insts, meta = _testinternalcapi.compiler_codegen(tree, path, 0)
    consts = [None] * len(meta["consts"])
    for k, i in meta["consts"].items():
        consts[i] = unkey(k)
    md = {
        "name": meta["name"], "qualname": "<module>",
        "consts": [const_json(c) for c in consts],
        "names": order(meta["names"]), "varnames": order(meta["varnames"]),
        "cellvars": order(meta["cellvars"]), "freevars": order(meta["freevars"]),
        "fasthidden": [],
        "argcount": meta["argcount"], "posonlyargcount": meta["posonlyargcount"],
        "kwonlyargcount": meta["kwonlyargcount"],
        "firstlineno": code.co_firstlineno, "flags": code.co_flags, "filename": path,
    }
    out = {"codegen": {"instrs": [list(i) for i in insts], "metadata": md}, "code": code_json(code)}
    if with_ast:
        from ast_json import node_json
        out["ast"] = node_json(tree)
    return out


def main():
    args = sys.argv[1:]
    with_ast = args[:1] == ["--ast"]
    if with_ast:
        args = args[1:]
    if args[:1] == ["--list"]:
        args = [l.strip() for l in open(args[1]) if l.strip()]
    out = sys.stdout
    for path in args:
        try:
            d = dump(path, with_ast)
        except Exception as e:  # SyntaxError, RecursionError, odd encodings
            d = {"error": "%s: %s" % (type(e).__name__, e)}
        d["file"] = path
        out.write(json.dumps(d, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
