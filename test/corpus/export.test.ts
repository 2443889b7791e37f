// The markdown export of every corpus episode, rendered by plain markdown-it (no shortcodes, no Hugo extensions),
// shows the same text and the same images as the preview; the html export passes the sanitizer unchanged.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import MarkdownIt from 'markdown-it'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { exportMarkdown } from '../../src/shared/export/markdown'
import { renderEpisode } from '../../src/shared/render/render-episode'

const corpus = resolve(__dirname, '../../..', 'shared/corpus')
const exists = existsSync(join(corpus, 'episodes'))
if (!exists) console.log(`test/corpus/export: ${corpus} is absent; skipping the corpus export tests.`)

const files = exists
  ? readdirSync(join(corpus, 'episodes')).flatMap((d) => readdirSync(join(corpus, 'episodes', d)).filter((f) => f.endsWith('.md')).map((f) => `${d}/${f}`))
  : []

// Plain CommonMark with the GFM bits every blog platform has; typographer on, as the site's Goldmark has it.
const plain = new MarkdownIt({ html: true, linkify: true, typographer: true })

/** What a reader sees: the text (quotes, dashes and white space normalised) and the images (URL-decoded). */
export function seen(html: string): { text: string; images: string[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const text = (document.body.textContent ?? '')
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
  const images = [...document.querySelectorAll('img')].map((img) => decode(img.getAttribute('src') ?? ''))
  return { text, images }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

describe.skipIf(!exists)('markdown export of the corpus', () => {
  it.each(files)('%s reads the same through plain markdown-it', (file) => {
    const text = readFileSync(join(corpus, 'episodes', file), 'utf8')
    const preview = seen(renderEpisode(text).html)
    for (const figures of ['html', 'image'] as const) {
      const { markdown } = exportMarkdown(text, { figures, frontMatter: 'drop' })
      expect(markdown).not.toMatch(/\{\{[<%]\s*(?!\/?\*)/) // no shortcode left
      const exported = seen(plain.render(markdown))
      expect(exported.images).toEqual(preview.images)
      expect(exported.text).toBe(preview.text)
    }
  })
})

describe.skipIf(!exists)('html export of the corpus', () => {
  it.each(files)('%s passes the sanitizer unchanged and keeps only the accepted tags', async (file) => {
    const { JSDOM } = await import('jsdom')
    const { createSanitizer } = await import('../../src/shared/sanitize')
    const { exportHtml } = await import('../../src/shared/export/html')
    const sanitizer = createSanitizer(new JSDOM('').window)
    const text = readFileSync(join(corpus, 'episodes', file), 'utf8')
    const { html, counts } = exportHtml(text)
    expect(sanitizer.sanitize(html)).toBe(html)
    expect(new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]))).toSatisfy((tags: Set<string>) => [...tags].every((t) => ['p', 'br', 'a', 'strong', 'em', 'ul', 'ol', 'li'].includes(t)))
    expect(counts.map((c) => c.id)).toEqual(['apple', 'spotify', 'youtube'])
  })
})
