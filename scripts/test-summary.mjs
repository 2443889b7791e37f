// Prints one plain closing line for CI from vitest's JSON reports of the unit and end-to-end runs.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const file of ['test-artifacts/vitest-unit.json', 'test-artifacts/vitest-e2e.json']) {
  if (!existsSync(file)) {
    console.log(`${file} is missing: that run did not finish`)
    failed++
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + report.numTodoTests
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exitCode = failed ? 1 : 0
