// What the built window loads before it can show anything: its entry script and the chunks index.html preloads.
// The API's argument schemas (zod) are the server's business; pulled in by one stray import they added about
// 90 KB to every start, so the built files are checked for them here.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const rendererDir = process.env.SHOWNOTES_RENDERER_DIR ?? resolve('out/renderer')

describe("the window's startup scripts", () => {
  it('leave out the validation library of the API schemas', () => {
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
    const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1])
    expect(scripts.length).toBeGreaterThan(1)
    for (const script of scripts) expect(readFileSync(join(rendererDir, script), 'utf8'), script).not.toMatch(/ZodError|\$ZodType/)
  })
})
