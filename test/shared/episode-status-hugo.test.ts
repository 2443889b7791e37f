// Compares episode status with Hugo itself: generates a site per time zone with drafts, future and expired pages
// written in YAML, TOML and JSON, runs `hugo list all|drafts|future|expired`, and checks every page.
import { describe, it, expect } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isExpired, isFuture, resolveEpisodeDates, statusFromDates } from '../../src/shared/episode-status'
import { formatGoTime } from '../../src/shared/archetype'
import { readEpisodeText } from '../../src/main/services/front-matter-reader'
import { tempDir, writeTree } from '../fixtures/site'
import { parseCsv } from '../../src/main/services/hugo-server'

const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' })
const hasHugo = hugo.status === 0
if (!hasHugo) console.warn('hugo is not installed: skipping the status comparison with `hugo list`.')

const HOUR = 3600_000
const now = Date.now()
const utc = (ms: number, layout: string) => formatGoTime(new Date(ms), layout, 0)
const at = (h: number) => now + h * HOUR
const noOffset = (h: number) => utc(at(h), '2006-01-02T15:04:05')
const withOffset = (h: number, minutes: number) => formatGoTime(new Date(at(h)), '2006-01-02T15:04:05-07:00', minutes)
const day = (d: number) => utc(now + d * 24 * HOUR, '2006-01-02')

/** name → front matter text (YAML unless it starts with +++ or {). */
function pages(): Record<string, string> {
  const yaml = (lines: string[]) => `---\ntitle: "test"\n${lines.join('\n')}\n---\nBody.\n`
  return {
    'draft-true': yaml(['draft: true']),
    'draft-yes-yaml11': yaml(['draft: yes']),
    'draft-quoted-true': yaml(['draft: "true"']),
    'draft-quoted-yes': yaml(['draft: "yes"']),
    'draft-future': yaml(['draft: true', `date: ${withOffset(48, 540)}`]),
    'published-false': yaml(['published: false']),
    'future-date-offset': yaml([`date: ${withOffset(48, 540)}`]),
    'future-publish-offset': yaml([`date: ${withOffset(-48, 540)}`, `publishDate: ${withOffset(3, 540)}`]),
    'past-publish-future-date': yaml([`date: ${withOffset(48, 0)}`, `publishDate: ${withOffset(-3, -300)}`]),
    'no-offset-plus5h': yaml([`date: ${noOffset(5)}`]),
    'no-offset-minus3h': yaml([`date: ${noOffset(-3)}`]),
    'no-offset-plus10h': yaml([`publishDate: "${noOffset(10)}"`]),
    'space-separated': yaml([`date: ${utc(at(2), '2006-01-02 15:04:05')}`]),
    'space-offset': yaml([`date: ${formatGoTime(new Date(at(-2)), '2006-01-02 15:04:05 -07:00', 540)}`]),
    'date-only-today': yaml([`date: ${day(0)}`]),
    'date-only-tomorrow': yaml([`date: ${day(1)}`]),
    'date-only-in-2-days': yaml([`date: ${day(2)}`]),
    'date-only-yesterday': yaml([`date: ${day(-1)}`]),
    'expired-offset': yaml([`expiryDate: ${withOffset(-2, 540)}`]),
    'expired-no-offset': yaml([`expiryDate: ${noOffset(-2)}`]),
    'expires-later': yaml([`expiryDate: ${withOffset(30, 0)}`]),
    'future-and-expired': yaml([`publishDate: ${withOffset(20, 0)}`, `expiryDate: ${withOffset(-20, 0)}`]),
    'draft-expired': yaml(['draft: true', `expiryDate: ${withOffset(-20, 0)}`]),
    'pubdate-alias': yaml([`pubdate: ${withOffset(6, 0)}`]),
    'unpublishdate-alias': yaml([`unpublishdate: ${withOffset(-6, 0)}`]),
    'mixed-case-key': yaml([`PublishDate: ${withOffset(6, 0)}`]),
    'bad-publish-falls-back': yaml(['publishDate: soon', `date: ${withOffset(6, 0)}`]),
    'lastmod-only': yaml([`lastmod: ${withOffset(6, 0)}`]),
    'fraction-seconds': yaml([`date: ${utc(at(1), '2006-01-02T15:04:05')}.5Z`]),
    'toml-offset': `+++\ntitle = "t"\ndate = ${withOffset(4, 540)}\n+++\n`,
    'toml-local-datetime': `+++\ntitle = "t"\ndate = ${noOffset(5)}\n+++\n`,
    'toml-local-past': `+++\ntitle = "t"\ndate = ${noOffset(-3)}\n+++\n`,
    'toml-local-date': `+++\ntitle = "t"\ndate = ${day(1)}\n+++\n`,
    'toml-string-date': `+++\ntitle = "t"\ndate = "${noOffset(5)}"\nexpiryDate = "${noOffset(-1)}"\n+++\n`,
    'toml-draft': `+++\ntitle = "t"\ndraft = true\n+++\n`,
    'json-future': `{\n  "title": "t",\n  "date": "${noOffset(5)}"\n}\n`,
    'json-expired': `{\n  "title": "t",\n  "expiryDate": "${withOffset(-5, 0)}",\n  "draft": false\n}\n`
  }
}


const instant = (s: string | undefined) => (!s || s.startsWith('0001-01-01') ? null : new Date(s).getTime())

describe.skipIf(!hasHugo).each([undefined, 'Asia/Tokyo', 'America/New_York'])('status matches `hugo list` (timeZone %s)', (timeZone) => {
  it('agrees on every page', () => {
    const { dir, cleanup } = tempDir('shownotes-hugo-status-')
    try {
      const files: Record<string, string> = {
        'hugo.toml': `baseURL = "https://example.org/"\ntitle = "Status test"\n${timeZone ? `timeZone = "${timeZone}"\n` : ''}`
      }
      for (const [name, text] of Object.entries(pages())) files[`content/talk/${name}/index.md`] = text
      writeTree(dir, files)
      const list = (what: string) => execFileSync('hugo', ['list', what, '--source', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      const all = parseCsv(list('all')).slice(1)
      const drafts = new Set(parseCsv(list('drafts')).map((r) => r[0]))
      const future = new Set(parseCsv(list('future')).map((r) => r[0]))
      const expired = new Set(parseCsv(list('expired')).map((r) => r[0]))
      const checkedAt = new Date()
      let compared = 0
      for (const name of Object.keys(pages())) {
        const path = `content/talk/${name}/index.md`
        const row = all.find((r) => r[0] === path)
        expect(row, `${path} missing from hugo list all`).toBeDefined()
        const [, , , hDate, hExpiry, hPublish, hDraft] = row!
        const dates = resolveEpisodeDates(readEpisodeText(readFileSync(join(dir, path), 'utf8')).data, timeZone)
        const ours = {
          draft: dates.draft,
          date: dates.date?.getTime() ?? null,
          publishDate: dates.publishDate?.getTime() ?? null,
          expiryDate: dates.expiryDate?.getTime() ?? null
        }
        // Hugo prints whole seconds.
        const secs = (v: number | null) => (v === null ? null : Math.floor(v / 1000))
        expect({ draft: ours.draft, date: secs(ours.date), publishDate: secs(ours.publishDate), expiryDate: secs(ours.expiryDate) }, name).toEqual({
          draft: hDraft === 'true',
          date: secs(instant(hDate)),
          publishDate: secs(instant(hPublish)),
          expiryDate: secs(instant(hExpiry))
        })
        // A page whose date is within minutes of now may flip between Hugo's run and ours: compare dates only.
        const near = [ours.publishDate, ours.expiryDate].some((t) => t !== null && Math.abs(t - checkedAt.getTime()) < 5 * 60_000)
        if (near) continue
        // Hugo's IsFuture / IsExpired on the dates Hugo resolved, in our documented order.
        const hPub = instant(hPublish)
        const hExp = instant(hExpiry)
        const t = checkedAt.getTime()
        const hugoStatus = hDraft === 'true' ? 'draft' : hPub !== null && hPub > t ? 'scheduled' : hExp !== null && hExp < t ? 'expired' : 'published'
        expect(statusFromDates(dates, checkedAt), name).toBe(hugoStatus)
        // Each list is built with only its own flags: a future draft is in neither `drafts` nor `future`, and a page
        // both future and expired is in no list.
        const fut = isFuture(dates, checkedAt)
        const exp = isExpired(dates, checkedAt)
        expect(drafts.has(path), `${name} in hugo list drafts`).toBe(dates.draft && !fut && !exp)
        expect(future.has(path), `${name} in hugo list future`).toBe(!dates.draft && fut && !exp)
        expect(expired.has(path), `${name} in hugo list expired`).toBe(!dates.draft && !fut && exp)
        compared++
      }
      expect(compared).toBeGreaterThan(30)
    } finally {
      cleanup()
    }
  })
})
