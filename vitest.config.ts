// Unit and corpus tests (test/ mirrors src/); end-to-end tests have their own config.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The JSON report lets CI print one plain closing line for both runs.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-unit.json' },
    testTimeout: 20000
  }
})
