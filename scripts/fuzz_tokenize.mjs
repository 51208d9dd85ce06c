#!/usr/bin/env node
// Long tokenizer fuzz run: node scripts/fuzz_tokenize.mjs [N=10000] [SEED]
// Runs test/tokenizer/fuzz.test.ts with FUZZ_N inputs and prints its summary line.
import { spawnSync } from 'node:child_process'

const n = process.argv[2] ?? '10000'
const seed = process.argv[3] ?? String(Date.now() % 100000)
const r = spawnSync('npx', ['vitest', 'run', 'test/tokenizer/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_N: n, FUZZ_SEED: seed },
})
process.exit(r.status ?? 1)
