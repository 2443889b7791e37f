// The Export dialog's live preview uses the same pure exports as the folder export; where the folder export writes
// by default; and how a failed "Preview on site" is told (hugo missing, the site not building, with hugo's output).
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../src/shared/api-client'
import { defaultChoices, exportedPath, exportPreview, suggestedOutDir, type ExportChoices } from '../../src/renderer/state/export-preview'
import { sitePreviewProblem } from '../../src/renderer/state/site-preview-problem'

const text = `---
title: "Guest of the week"
date: 2025-02-14T19:00:00+09:00
summary: "A guest joins us."
tags: [guests]
---
## 00:00 Intro

{{< figure src="photos/studio.png" title="The studio" >}}

Thanks to [our sponsor](https://example.com/sponsor)!

## 03:10 The guest's project

## 15:00 Wrap-up
`
const files = ['photos/studio.png', 'unused.jpg']
const choose = (more: Partial<ExportChoices>) => ({ ...defaultChoices, ...more })

describe('export preview', () => {
  it('shows portable Markdown with the files that go alongside', () => {
    const p = exportPreview(text, defaultChoices, files)
    expect(p.views.map((v) => v.id)).toEqual(['markdown'])
    expect(p.views[0].text).toContain('<figure><img src="photos/studio.png" alt="The studio"><figcaption>The studio</figcaption></figure>')
    expect(p.views[0].text).not.toContain('{{<')
    expect(p.files).toEqual(['photos/studio.png'])
    expect(p.error).toBeNull()
  })

  it.each([
    ['figures as image and caption', { figures: 'image' as const }, '![The studio](photos/studio.png)', '<figure'],
    ['front matter reduced', { frontMatter: 'reduce' as const }, 'title: Guest of the week', 'tags:'],
    ['front matter dropped', { frontMatter: 'drop' as const }, '## 00:00 Intro', 'title:']
  ])('follows the options: %s', (_name, more, has, hasNot) => {
    const md = exportPreview(text, choose(more), files).views[0].text
    expect(md).toContain(has)
    expect(md).not.toContain(hasNot)
  })

  it('keeps image paths relative in the preview even when the folder export makes them absolute', () => {
    const p = exportPreview(text, choose({ images: 'absolute' }), files)
    expect(p.error).toBeNull()
    expect(p.views[0].text).toContain('src="photos/studio.png"')
  })

  it('shows HTML for podcast platforms, its plain text, and each platform’s count against its limit', () => {
    const p = exportPreview(text, choose({ format: 'html' }), files)
    expect(p.views.map((v) => v.id)).toEqual(['html', 'text'])
    expect(p.views[0].text).toContain('<a href="https://example.com/sponsor">our sponsor</a>')
    expect(p.views[0].text).not.toContain('<img')
    expect(p.counts.map((c) => [c.name, c.limit, c.fits])).toEqual([
      ['Apple Podcasts', 4000, true],
      ['Spotify', 4000, true],
      ['YouTube', 5000, true]
    ])
    expect(p.counts[0].characters).toBe(p.views[0].text.length)
    expect(p.warnings).toEqual(['1 image is left out: description fields take no images.'])
  })

  it('marks a platform whose limit the notes pass', () => {
    const long = text + '\n' + 'A long paragraph of notes. '.repeat(160) + '\n'
    const counts = exportPreview(long, choose({ format: 'html' }), files).counts
    expect(counts.find((c) => c.id === 'apple')).toMatchObject({ fits: false })
    expect(counts.find((c) => c.id === 'youtube')).toMatchObject({ fits: true })
  })

  it('shows the chapters as a YouTube list and as Podcasting 2.0 JSON', () => {
    const p = exportPreview(text, choose({ format: 'chapters' }), files)
    expect(p.views.map((v) => v.id)).toEqual(['youtube', 'json'])
    expect(p.views[0].text).toBe("00:00 Intro\n03:10 The guest's project\n15:00 Wrap-up\n")
    expect(JSON.parse(p.views[1].text)).toMatchObject({ title: 'Guest of the week', chapters: [{ startTime: 0, title: 'Intro' }, { startTime: 190 }, { startTime: 900 }] })
  })

  it('says so when the notes have no chapters', () => {
    const p = exportPreview('---\ntitle: x\n---\nNo stamps here.\n', choose({ format: 'chapters' }), null)
    expect(p.views).toEqual([])
    expect(p.warnings[0]).toMatch(/^No chapters found/)
  })

  it('lists what the bundle zip holds: index.md and only the files it uses', () => {
    const p = exportPreview(text, choose({ format: 'bundle' }), files)
    expect(p.views).toEqual([{ id: 'files', text: 'index.md\nphotos/studio.png', copy: false }])
  })
})

describe('export folder', () => {
  it.each([
    ['/home/me/radio', '/home/me/radio-export'],
    ['/home/me/radio/', '/home/me/radio-export'],
    ['/radio', '/radio-export'],
    ['C:\\Users\\me\\radio', 'C:\\Users\\me\\radio-export']
  ])('suggests %s → %s', (root, out) => {
    expect(suggestedOutDir(root)).toBe(out)
  })

  it.each([
    ['content/talk/0004-guest/index.md', 'content/talk/0004-guest'],
    ['content/posts/hello.md', 'content/posts/hello.md'],
    ['content/talk/x/index.markdown', 'content/talk/x']
  ])('exports %s as %s (a bundle by its folder)', (path, exported) => {
    expect(exportedPath(path)).toBe(exported)
  })
})

describe('Preview on site problems', () => {
  it('tells a missing hugo apart', () => {
    expect(sitePreviewProblem(new ApiError('Hugo is not installed (no "hugo" command was found).', 'hugo-missing'))).toEqual({
      kind: 'hugo-missing',
      message: 'Hugo is not installed (no "hugo" command was found).',
      output: '',
      headline: null
    })
  })

  it('keeps hugo’s output of a failed build apart from the sentence', () => {
    const err = new ApiError('The site failed to build (hugo exited with code 255):\nStart building sites …\nError: hugo.toml:12:8: expected ]\n', 'hugo-build-failed')
    expect(sitePreviewProblem(err)).toEqual({
      kind: 'build-failed',
      message: 'The site failed to build (hugo exited with code 255):',
      output: 'Start building sites …\nError: hugo.toml:12:8: expected ]',
      headline: 'Error: hugo.toml:12:8: expected ]'
    })
  })

  it('picks hugo’s first error line out of its output, without the timestamp, over its warnings', () => {
    const output = [
      'Start building sites … ',
      'hugo v0.111.3+extended linux/amd64',
      'WARN 2026/12/03 13:39:32 found no layout file for "HTML" for kind "home": You should create a template file',
      'ERROR 2026/12/03 13:39:33 render of "page" failed: "/site/layouts/_default/single.html:3:5": execute of template failed',
      'ERROR 2026/12/03 13:39:33 second error',
      'Error: Error building site: failed to render pages'
    ].join('\n')
    expect(sitePreviewProblem(new ApiError(`The site failed to build (hugo exited with code 1):\n${output}`, 'hugo-build-failed')).headline).toBe(
      'render of "page" failed: "/site/layouts/_default/single.html:3:5": execute of template failed'
    )
  })

  it('tells a site with no layout for episode pages apart, with hugo’s warning as the headline', () => {
    const err = new ApiError('Hugo found no layout for episode pages.\nWARN 2026/12/03 13:39:32 found no layout file for "HTML" for kind "page": You should create a template file', 'hugo-no-layout')
    expect(sitePreviewProblem(err)).toMatchObject({ kind: 'no-layout', headline: 'found no layout file for "HTML" for kind "page": You should create a template file' })
  })

  it('tells a build that took too long apart', () => {
    expect(sitePreviewProblem(new ApiError('Hugo did not finish building the site within 90 seconds.\nBuilding…', 'hugo-timeout'))).toMatchObject({ kind: 'timeout', output: 'Building…' })
  })

  it('shows any other failure as it is', () => {
    expect(sitePreviewProblem(new ApiError('No folder is open.', 'no-workspace'))).toMatchObject({ kind: 'other', message: 'No folder is open.' })
    expect(sitePreviewProblem('offline')).toMatchObject({ kind: 'other', message: 'offline' })
  })
})
