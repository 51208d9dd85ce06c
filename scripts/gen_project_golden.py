#!/usr/bin/env python3
"""Expected output of the multi-module projects in test/fixtures/projects/ from CPython 3.12.

usage: python3.12 scripts/gen_project_golden.py
Each project is copied to a temporary folder and its main.py run there with
PYTHONHASHSEED=0; the folder's path is replaced by <project> in the output.
Writes test/fixtures/projects/NAME.expected.json: {stdout, stderr, returncode}.
"""
import json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "projects")


def main():
    for name in sorted(os.listdir(ROOT)):
        src = os.path.join(ROOT, name)
        if not os.path.isdir(src):
            continue
        tmp = tempfile.mkdtemp(prefix="pyscope-proj-")
        try:
            dst = os.path.join(tmp, name)
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
            env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
            p = subprocess.run([sys.executable, "main.py"], cwd=dst, capture_output=True, env=env)
            fix = lambda b: b.decode("utf-8").replace(dst, "<project>")
            out = {"stdout": fix(p.stdout), "stderr": fix(p.stderr), "returncode": p.returncode}
            with open(os.path.join(ROOT, name + ".expected.json"), "w") as f:
                json.dump(out, f, indent=1)
                f.write("\n")
        finally:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
