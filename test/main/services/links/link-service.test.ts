// An episode's link check through the service: problems in the checks' shape (codes, line, a quick fix for a
// moved link), the site's rule settings, and the day's cache in the data folder (a second check sends nothing).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LinkService } from '../../../../src/main/services/links/link-service'
import { html, redirect, startLocalSite, status, type LocalSite } from './local-site'

let site: LocalSite
beforeAll(async () => {
  site = await startLocalSite({ '/ok': html('<title>ok</title>'), '/gone': status(410), '/old': redirect(301, '/new'), '/new': html('<title>new</title>') })
})
afterAll(() => site.close())

const episode = () => `---
title: Links
---
A [fine page](${site.url('/ok')}) and a [gone one](${site.url('/gone')}).

- Moved: ${site.url('/old')}
- Mail: <mailto:me@example.com>, a [relative](../other/) link and [an anchor](#top)

\`\`\`
${site.url('/gone')} in code is not a link
\`\`\`
`

describe('LinkService.check', () => {
  it('reports a broken link with its line and a moved one with the fix to its new address', async () => {
    const service = new LinkService({ dataDir: null, check: { resolve: site.resolver() } })
    const text = episode()
    const { problems, links } = await service.check([text])
    expect(links).toBe(3)
    expect(problems[0].map((p) => [p.rule, p.code, p.line, p.severity])).toEqual([
      ['link-broken', 'link-broken.status', 4, 'error'],
      ['link-redirected', 'link-redirected', 6, 'warning']
    ])
    expect(problems[0][0].message).toBe(`The link "${site.url('/gone')}" answers HTTP 410: readers get an error page instead.`)
    const fix = problems[0][1].fix!
    const fixed = text.slice(0, fix.changes[0].from) + fix.changes[0].insert + text.slice(fix.changes[0].to)
    expect(fixed).toContain(`- Moved: ${site.url('/new')}\n`)
  })

  it('follows the site\'s rule settings', async () => {
    const service = new LinkService({ dataDir: null, check: { resolve: site.resolver() } })
    const { problems } = await service.check([episode()], () => ({ 'link-redirected': 'off', 'link-broken': 'warning' }))
    expect(problems[0].map((p) => [p.rule, p.severity])).toEqual([['link-broken', 'warning']])
  })

  it('answers a second check of the same links from the data folder without a request, for a day', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shownotes-links-'))
    let now = Date.parse('2026-12-03T10:00:00Z')
    const make = () => new LinkService({ dataDir, check: { resolve: site.resolver() }, now: () => now })
    const first = await make().check([episode()])
    const sent = site.requests.length
    const second = await make().check([episode()])
    expect(site.requests.length).toBe(sent)
    expect(second.cached).toBe(3)
    expect(second.problems).toEqual(first.problems)
    now += 25 * 3600 * 1000
    await make().check([episode()])
    expect(site.requests.length).toBeGreaterThan(sent)
  })
})
