// Prints "N passed, N failed" from vitest's JSON report and exits 1 when anything failed.
// A test file that fails to load has no test results of its own; it counts as one failure,
// so a broken import can never pass CI silently.
import { readFileSync } from 'node:fs'

const file = process.argv[2] ?? 'test-results/vitest.json'
let report
try {
  report = JSON.parse(readFileSync(file, 'utf8'))
} catch (e) {
  console.error(`ci-summary: cannot read ${file}: ${e.message}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}

let passed = 0
let failed = 0
for (const suite of report.testResults ?? []) {
  const results = suite.assertionResults ?? []
  for (const t of results) {
    if (t.status === 'passed') passed++
    else if (t.status === 'failed') failed++
  }
  if (suite.status === 'failed' && !results.some((t) => t.status === 'failed')) {
    console.error(`ci-summary: ${suite.name} failed outside its tests: ${(suite.message ?? '').split('\n')[0]}`)
    failed++
  }
}
if (report.success === false && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
