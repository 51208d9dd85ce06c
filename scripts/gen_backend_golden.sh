#!/bin/sh
# Regenerate the back-end goldens: for each test/fixtures/backend/NAME.py, CPython 3.12's
# code generator output for the module, its final module code object and its AST
# (scripts/codegen_json_batch.py --ast), written to NAME.json.
# usage: sh scripts/gen_backend_golden.sh   (from the repository root; PYSCOPE_CPYTHON or pyenv's 3.12.1)
set -e
PY="${PYSCOPE_CPYTHON:-$(pyenv root)/versions/3.12.1/bin/python3.12}"
for f in test/fixtures/backend/*.py; do
  "$PY" scripts/codegen_json_batch.py --ast "$f" > "${f%.py}.json"
done
