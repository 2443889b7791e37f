// Build config for all bundles: main (Electron shell, CLI, workers), preload (CommonJS for the sandbox), renderer.
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Worker-thread entries (batch render, export) are every `*-worker.ts` of the services, built beside the CLI.
const workers = Object.fromEntries(
  readdirSync('src/main/services')
    .filter((f) => f.endsWith('-worker.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), resolve('src/main/services', f)])
)

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/electron/index.ts'),
          cli: resolve('src/cli/index.ts'),
          ...workers
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src/renderer',
    // Minified: the window parses less code before the episode is editable.
    build: { minify: true, rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
    plugins: [react()]
  }
})
