#!/usr/bin/env python3
"""Dump CPython 3.12 code objects as JSON: the exchange format of our golden tests.

usage: python3.12 scripts/code_json.py FILE.py [OUT.json]
       (as a module) to_json(code) -> dict

Every field pyc-check compares is kept, plus co_localsplusnames/kinds (as 3.12's
marshal stores them). Constants are tagged: {"t": "int", "v": "123"} etc.; floats
travel as float.hex() so no digit is lost.
"""
import json, sys

FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
          "co_names", "co_filename", "co_name", "co_qualname", "co_firstlineno")


def const_json(v):
    t = type(v)
    if v is None:
        return {"t": "None"}
    if v is Ellipsis:
        return {"t": "Ellipsis"}
    if t is bool:
        return {"t": "bool", "v": v}
    if t is int:
        return {"t": "int", "v": str(v)}
    if t is float:
        return {"t": "float", "v": v.hex()}
    if t is complex:
        return {"t": "complex", "re": v.real.hex(), "im": v.imag.hex()}
    if t is str:
        return {"t": "str", "v": v}
    if t is bytes:
        return {"t": "bytes", "v": v.hex()}
    if t is tuple:
        return {"t": "tuple", "v": [const_json(x) for x in v]}
    if t is frozenset:
        return {"t": "frozenset", "v": [const_json(x) for x in v]}
    if hasattr(v, "co_code"):
        return code_json(v)
    raise TypeError("unexpected constant type %r" % t)


def code_json(c):
    d = {"t": "code"}
    for f in FIELDS:
        d[f] = getattr(c, f)
    d["co_names"] = list(c.co_names)
    names = list(c.co_varnames) + [n for n in c.co_cellvars if n not in c.co_varnames] + list(c.co_freevars)
    # kinds as in Include/internal/pycore_code.h: LOCAL 0x20, CELL 0x40, FREE 0x80
    kinds = []
    for n in names:
        k = 0
        if n in c.co_varnames:
            k |= 0x20
        if n in c.co_cellvars:
            k |= 0x40
        if n in c.co_freevars and n not in c.co_varnames and n not in c.co_cellvars:
            k = 0x80
        kinds.append(k)
    d["co_localsplusnames"] = names
    d["co_localspluskinds"] = kinds
    d["co_code"] = c.co_code.hex()
    d["co_linetable"] = c.co_linetable.hex()
    d["co_exceptiontable"] = c.co_exceptiontable.hex()
    d["co_consts"] = [const_json(x) for x in c.co_consts]
    return d


def main():
    src = open(sys.argv[1], "rb").read()
    code = compile(src, sys.argv[1], "exec", dont_inherit=True)
    out = json.dumps(code_json(code), indent=1, ensure_ascii=True)
    if len(sys.argv) > 2:
        open(sys.argv[2], "w").write(out + "\n")
    else:
        print(out)


if __name__ == "__main__":
    main()
