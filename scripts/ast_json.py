#!/usr/bin/env python3
"""Dump CPython 3.12's AST of a file (ast.parse) as JSON, for tests that feed our
compiler without our parser.

usage: python3.12 scripts/ast_json.py FILE.py [OUT.json] [--mode exec|eval|single]

Each node is {"_type": ClassName, <fields...>, <position attributes...>}; constant
values (Constant.value, MatchSingleton.value) are tagged as in scripts/code_json.py.
test/support/astJson.ts reads this back into our AST objects.
"""
import ast, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from code_json import const_json

CONST_FIELDS = {("Constant", "value"), ("MatchSingleton", "value")}


def node_json(node):
    if isinstance(node, ast.AST):
        name = type(node).__name__
        out = {"_type": name}
        for f in node._fields:
            v = getattr(node, f, None)
            if (name, f) in CONST_FIELDS:
                out[f] = const_json(v)
            else:
                out[f] = node_json(v)
        for a in node._attributes:
            if hasattr(node, a):
                out[a] = getattr(node, a)
        return out
    if isinstance(node, list):
        return [node_json(x) for x in node]
    return node


def main():
    args = [a for a in sys.argv[1:]]
    mode = "exec"
    if "--mode" in args:
        i = args.index("--mode")
        mode = args[i + 1]
        del args[i:i + 2]
    src = open(args[0], "rb").read()
    tree = ast.parse(src, args[0], mode)
    text = json.dumps(node_json(tree), ensure_ascii=True)
    if len(args) > 1:
        open(args[1], "w").write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
