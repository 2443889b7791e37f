// End-to-end tests: Playwright drives Debian's Chromium against web mode (needs `npm run build` first).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // The JSON report lets CI print one plain closing line for both runs.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-e2e.json' },
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000
  }
})
