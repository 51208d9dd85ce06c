#!/usr/bin/env python3
"""Dump what CPython 3.12's code generator produces for a module, and the final code.

usage: python3.12 scripts/codegen_json.py FILE.py [OUT.json]

Output: {"codegen": {"instrs": [[opcode, oparg, lineno, end_lineno, col, end_col], ...],
                     "metadata": {...consts in index order...}},
         "code": <the module's code object as scripts/code_json.py writes it>}
Uses _testinternalcapi.compiler_codegen, the hook CPython's own
Lib/test/support/bytecode_helper.py uses to test codegen and the flow graph apart.
"""
import ast, json, os, sys
import _testinternalcapi
sys.path.insert(0, os.path.dirname(__file__))
from code_json import code_json, const_json


def main():
    path = sys.argv[1]
    src = open(path, "rb").read()
    code = compile(src, path, "exec", dont_inherit=True)
    tree = ast.parse(src, path)
    insts, meta = _testinternalcapi.compiler_codegen(tree, path, 0)
    # compiler_codegen keys its consts dict by _PyCode_ConstantKey: floats and complex
    # as (type, value[, None]), tuples and frozensets as (item keys, value).
    def unkey(k):
        if type(k) is tuple and len(k) >= 2:
            if isinstance(k[0], type) or type(k[1]) in (tuple, frozenset):
                return k[1]
        return k
    consts = [None] * len(meta["consts"])
    for k, i in meta["consts"].items():
        consts[i] = unkey(k)
    def order(d):
        out = [None] * len(d)
        for k, i in d.items():
            out[i] = k
        return out
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
    text = json.dumps(out, ensure_ascii=True)
    if len(sys.argv) > 2:
        open(sys.argv[2], "w").write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
