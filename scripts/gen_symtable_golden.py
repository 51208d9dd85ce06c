#!/usr/bin/env python3
"""Golden symbol tables: for each fixture FILE.py, CPython 3.12's symbol table as the
`symtable` module reports it (every scope in depth-first order with its type, name,
line and the raw flags of each symbol, scope bits included).

usage: python3.12 scripts/gen_symtable_golden.py FILE.py... -> FILE.symtable.json beside each
"""
import json, symtable, sys


def walk(t, out):
    syms = {}
    for s in t.get_symbols():
        syms[s.get_name()] = s._Symbol__flags
    out.append({"type": t.get_type() if isinstance(t.get_type(), str) else t.get_type().value,
                "name": t.get_name(), "lineno": t.get_lineno(), "symbols": syms})
    for c in t.get_children():
        walk(c, out)


def main():
    for path in sys.argv[1:]:
        src = open(path).read()
        try:
            top = symtable.symtable(src, path, "exec")
        except SyntaxError:
            continue
        out = []
        walk(top, out)
        open(path[:-3] + ".symtable.json", "w").write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
