// Build config for all bundles: main (Electron shell, CLI, workers), preload (CommonJS for the sandbox), renderer.
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

// Worker-thread entries (batch render, export) are every `*-worker.ts` of the services, built beside the CLI.
const workers = Object.fromEntries(
  readdirSync('src/main/services')
    .filter((f) => f.endsWith('-worker.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), resolve('src/main/services', f)])
)

// Libraries bundled into main instead of loaded from node_modules (see `main` below).
const BUNDLED_IN_MAIN = ['markdown-it', 'markdown-it-deflist', 'markdown-it-emoji', 'markdown-it-footnote', 'yaml', 'js-yaml', 'smol-toml', 'zod', 'iconv-lite']

// The editor is a lazy part (src/renderer/lazy-parts.tsx), but an episode is usually opened soon or at once (the
// last one reopens): index.html asks the browser to fetch and compile its chunks in the background
// (modulepreload) while the window starts. They run only when the window imports them.
function preloadEditor(): Plugin {
  return {
    name: 'shownotes:preload-editor',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk')
        const editor = chunks.find((c) => c.facadeModuleId?.endsWith('/components/EditorPane.tsx'))
        if (!editor) return html
        const files = new Set<string>()
        const visit = (fileName: string) => {
          if (files.has(fileName) || html.includes(fileName)) return
          files.add(fileName)
          for (const dep of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(dep)
        }
        visit(editor.fileName)
        const links = [...files].map((f) => `    <link rel="modulepreload" crossorigin href="./${f}" data-part="editor">`).join('\n')
        return html.replace(/\s*<\/head>/, `\n${links}\n  </head>`)
      }
    }
  }
}

export default defineConfig({
  // Main (the Electron shell, the CLI and the workers) bundles the pure-JS libraries it runs at start: Node then
  // loads a few chunks instead of resolving and compiling a hundred small modules in node_modules, which made every
  // CLI command about 60 ms slower to start. The rest stay external: sharp (a native addon with its libvips, unpacked
  // from the asar by electron-builder.yml), jsdom (large, loaded only to sanitize in Node), chokidar, and fflate
  // (loaded only for zips; its Node build declares its own `require`, which clashes with the bundle's).
  main: {
    build: {
      externalizeDeps: { exclude: BUNDLED_IN_MAIN },
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
    plugins: [react(), preloadEditor()]
  }
})
