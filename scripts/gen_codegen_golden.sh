#!/bin/sh
# Regenerate the committed codegen goldens (test/fixtures/compile/*.golden.json)
# from the oracle CPython 3.12.
set -e
PY="${PYSCOPE_CPYTHON:-$(pyenv root)/versions/3.12.1/bin/python3.12}"
cd "$(dirname "$0")/.."
"$PY" scripts/gen_codegen_golden.py test/fixtures/compile/*.py
"$PY" scripts/gen_compile_errors.py test/fixtures/compile/errors.txt
"$PY" scripts/gen_symtable_golden.py test/fixtures/compile/*.py
