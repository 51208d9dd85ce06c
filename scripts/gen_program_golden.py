#!/usr/bin/env python3
"""Golden files of the differential corpus: for each test/programs/NAME.py write
NAME.expected.json ({stdout, stderr, returncode} from CPython 3.12, run with cwd=test/programs
as `python3.12 NAME.py`, PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1) and NAME.code.json
(CPython's compiled module, filename NAME.py, via scripts/code_json.py).

usage: python3.12 scripts/gen_program_golden.py [NAME ...]
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import code_json  # noqa: E402

PROGRAMS = os.path.join(os.path.dirname(HERE), "test", "programs")


def main():
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    for name in names:
        src_path = os.path.join(PROGRAMS, name + ".py")
        stdin_path = os.path.join(PROGRAMS, name + ".stdin")
        stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
        r = subprocess.run([sys.executable, name + ".py"], cwd=PROGRAMS, env=env, input=stdin,
                           capture_output=True, timeout=60)
        norm = lambda b: b.decode("utf-8").replace(PROGRAMS + os.sep, "{DIR}/")
        expected = {"stdout": norm(r.stdout), "stderr": norm(r.stderr), "returncode": r.returncode}
        with open(os.path.join(PROGRAMS, name + ".expected.json"), "w") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
            f.write("\n")
        code = compile(open(src_path, "rb").read(), name + ".py", "exec", dont_inherit=True)
        with open(os.path.join(PROGRAMS, name + ".code.json"), "w") as f:
            json.dump(code_json.code_json(code), f, separators=(",", ":"), ensure_ascii=True)
            f.write("\n")
        print(name, r.returncode)


if __name__ == "__main__":
    main()
