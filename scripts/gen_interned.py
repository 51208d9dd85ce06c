#!/usr/bin/env python3
"""Generate src-main/python/spec/internedAtStartup.gen.ts: the identifier-like strings
(ASCII letters, digits, underscore) that are already interned in a CPython 3.12 process
running `python3.12 -m dis FILE` when it compiles FILE, as objects other than the ones the
compiler makes (for one character: other than the cached character strings).

Why: code objects intern their identifier-like str constants (Objects/codeobject.c
intern_constants); when such a string inside a constant frozenset is replaced by an equal
string interned earlier, CPython rebuilds the frozenset, and its iteration order (what dis
prints) changes. CPython has no API to list interned strings, so candidates are gathered
from everything loaded at that point (modules' code objects, module-level code from their
pycs, namespaces, the attributes of every type) and every word of the standard library's
sources, and each is checked with sys.intern on a fresh copy.

usage: python3.12 scripts/gen_interned.py
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src-main", "python", "spec", "internedAtStartup.gen.ts")

# Runs in a fresh interpreter that has imported what `-m dis` imports before compiling.
# Its own names are prefixed so they can be told apart and dropped.
PROBE = r'''
import runpy, dis, argparse, io, types, sys as _zz_sys
_zz_seen = set()
def _zz_code(_zz_c):
    for _zz_s in (_zz_c.co_names + _zz_c.co_varnames + _zz_c.co_cellvars + _zz_c.co_freevars
                  + (_zz_c.co_name, _zz_c.co_qualname)):
        _zz_seen.add(_zz_s)
    for _zz_k in _zz_c.co_consts:
        if isinstance(_zz_k, str):
            _zz_seen.add(_zz_k)
        elif isinstance(_zz_k, types.CodeType):
            _zz_code(_zz_k)
        elif isinstance(_zz_k, (tuple, frozenset)):
            for _zz_x in _zz_k:
                if isinstance(_zz_x, str):
                    _zz_seen.add(_zz_x)
def _zz_val(_zz_v, _zz_depth=0):
    # string values and the strings in containers (module constants, __all__, tables)
    if isinstance(_zz_v, str):
        _zz_seen.add(_zz_v)
    elif _zz_depth < 3 and isinstance(_zz_v, (tuple, list, set, frozenset)):
        for _zz_x in _zz_v:
            _zz_val(_zz_x, _zz_depth + 1)
    elif _zz_depth < 3 and isinstance(_zz_v, dict):
        for _zz_x, _zz_y in list(_zz_v.items()):
            _zz_val(_zz_x, _zz_depth + 1)
            _zz_val(_zz_y, _zz_depth + 1)
def _zz_ns(_zz_d, _zz_depth=0):
    for _zz_k, _zz_v in list(_zz_d.items()):
        if isinstance(_zz_k, str):
            _zz_seen.add(_zz_k)
        _zz_val(_zz_v)
        _zz_f = getattr(_zz_v, '__code__', None)
        if isinstance(_zz_f, types.CodeType):
            _zz_code(_zz_f)
        if isinstance(_zz_v, type) and _zz_depth < 2:
            _zz_ns(dict(vars(_zz_v)), _zz_depth + 1)
for _zz_m in list(_zz_sys.modules.values()):
    _zz_ns(dict(vars(_zz_m)))
# every code object of every module loaded, module-level code included (its constants
# were interned when its pyc was loaded, though the module code itself is gone)
import marshal as _zz_marshal, _imp as _zz_imp
for _zz_m in list(_zz_sys.modules.values()):
    _zz_spec = getattr(_zz_m, '__spec__', None)
    _zz_co = None
    try:
        if _zz_spec is not None and _zz_spec.origin == 'frozen':
            _zz_co = _zz_imp.get_frozen_object(_zz_spec.name)
        elif _zz_spec is not None and _zz_spec.cached:
            with open(_zz_spec.cached, 'rb') as _zz_f:
                _zz_co = _zz_marshal.loads(_zz_f.read()[16:])
    except Exception:
        _zz_co = None
    if isinstance(_zz_co, types.CodeType):
        _zz_code(_zz_co)
_zz_stack = [object]
while _zz_stack:
    _zz_t = _zz_stack.pop()
    _zz_seen.update(k for k in vars(_zz_t) if isinstance(k, str))
    try:
        _zz_stack.extend(_zz_t.__subclasses__())
    except TypeError:
        pass
# and every word of the standard library's sources (a file of words the generator wrote),
# split into fresh strings without importing anything `-m dis` does not
with open(_zz_sys.argv[1], encoding='utf-8') as _zz_f:
    _zz_seen.update(_zz_f.read().split())
_zz_ok = []
for _zz_s in sorted(_zz_seen):
    if len(_zz_s) < 2 or not _zz_s.isascii() or not all(c.isalnum() or c == '_' for c in _zz_s) or _zz_s.startswith('_zz_'):
        continue
    _zz_copy = ''.join(list(_zz_s))
    if _zz_sys.intern(_zz_copy) is not _zz_copy:
        _zz_ok.append(_zz_s)
print('\n'.join(_zz_ok))
'''

# One-character strings are cached objects that cannot be copied, so the check above cannot
# see them: instead, compile a frozenset of the character and five strings that are never
# replaced, under hash seeds until a rebuild would change the order, and see whether
# CPython rebuilt it (the character then has a different interned twin: the interpreter's
# static identifiers, _Py_ID(x), are such twins).
ONE_CHAR = r"""
import sys
c = sys.argv[1]
items = [c, '\u00e91', '\u00e92', '\u00e93', '\u00e94', '\u00e95']
fs = compile('x in {' + ', '.join(map(repr, items)) + '}', 'x', 'eval').co_consts[0]
s2 = frozenset(tuple(frozenset(tuple(items))))
s3 = frozenset(tuple(s2))
print('?' if list(s2) == list(s3) else 'R' if list(fs) == list(s3) else 'N')
"""

def one_char_replaced():
    import string
    out = []
    for c in string.ascii_letters + string.digits + "_":
        for seed in range(200):
            r = subprocess.run([sys.executable, "-c", ONE_CHAR, c], capture_output=True, text=True, check=True,
                               env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout.strip()
            if r != "?":
                if r == "R":
                    out.append(c)
                break
    return out


def main():
    import re, sysconfig, tempfile
    words = set()
    for root, dirs, files in os.walk(sysconfig.get_path("stdlib")):
        dirs[:] = [d for d in dirs if d not in ("site-packages", "__pycache__")]
        for n in files:
            if n.endswith(".py"):
                with open(os.path.join(root, n), encoding="utf-8", errors="replace") as f:
                    words.update(re.findall(r"[A-Za-z0-9_]+", f.read()))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(sorted(words)))
    try:
        names = subprocess.run([sys.executable, "-c", PROBE, f.name], capture_output=True, text=True, check=True,
                               env=dict(os.environ, PYTHONHASHSEED="0")).stdout.split()
    finally:
        os.unlink(f.name)
    names = one_char_replaced() + names
    with open(OUT, "w") as f:
        f.write("// Generated by scripts/gen_interned.py from CPython %s. Do not edit.\n" % sys.version.split()[0])
        f.write("// Identifier-like strings already interned when `python3.12 -m dis FILE` compiles FILE\n")
        f.write("// (see compiler/internConsts.ts for why the compiler needs them).\n")
        f.write("export const INTERNED_AT_STARTUP: ReadonlySet<string> = new Set(%s.split(' '))\n" % repr(" ".join(names)).replace("'", '"'))
    print(f"{len(names)} strings")

main()
