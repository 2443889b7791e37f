// Lint rules: typescript-eslint's recommended set, and the layer rule that keeps src/shared pure
// (no Node, Electron or DOM) and the renderer free of Node.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads', 'electron']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', '.*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  { files: ['src/main/**', 'src/cli/**', 'src/preload/**', 'scripts/**', 'test/**', 'bin/**', '*.config.*'], languageOptions: { globals: globals.node } },
  { files: ['src/renderer/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: nodeModules, message: 'src/shared is pure: no Node or Electron imports.' }, { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], message: 'src/shared may not import from other layers.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname']
    }
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: nodeModules, message: 'The renderer runs in a sandbox: use the API, not Node.' }, { group: ['**/main/**', '**/cli/**'], message: 'The renderer talks to main only through the API.' }] }]
    }
  }
)
