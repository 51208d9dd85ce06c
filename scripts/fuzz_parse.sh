#!/bin/sh
# Fuzz the parser with N mutated inputs (default 10000); see test/parser/fuzz.test.ts.
FUZZ_N=${1:-10000} exec npx vitest run test/parser/fuzz.test.ts
