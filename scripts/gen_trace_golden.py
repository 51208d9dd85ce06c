#!/usr/bin/env python3
"""What CPython 3.12's sys.settrace reports for the programs in test/fixtures/trace/.

usage: python3.12 scripts/gen_trace_golden.py
Writes NAME.settrace.json beside each program: a list of [kind, qualname, lineno, depth]
for the events of code from the program's own file (call, line, return, exception),
depth counted from the module frame (0). Output of the program goes to /dev/null.
"""
import json, os, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "trace")


def record(path):
    events = []
    src = open(path).read()
    code = compile(src, path, "exec")
    base = [None]

    def depth_of(frame):
        d = 0
        f = frame
        while f is not None and f.f_code.co_filename == path:
            d += 1
            f = f.f_back
        return d - 1

    def tracer(frame, kind, arg):
        if frame.f_code.co_filename != path:
            return None
        events.append([kind, frame.f_code.co_qualname, frame.f_lineno, depth_of(frame)])
        return tracer

    g = {"__name__": "__main__", "__file__": path}
    out = sys.stdout
    sys.stdout = open(os.devnull, "w")
    sys.settrace(tracer)
    try:
        exec(code, g)
    finally:
        sys.settrace(None)
        sys.stdout.close()
        sys.stdout = out
    return events


for name in sorted(os.listdir(HERE)):
    if name.endswith(".py"):
        path = os.path.join(HERE, name)
        ev = record(path)
        with open(path[:-3] + ".settrace.json", "w") as f:
            json.dump(ev, f)
            f.write("\n")
