// Titled paste's fetch against a local web site: titles in UTF-8, Shift_JIS and EUC-JP (by header or by <meta>),
// og:title first, no title, a 5 MB page read only to 1 MB, redirects followed, and failures as null.
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchPageTitle, TITLE_MAX_BYTES } from '../../../../src/main/services/links/page-title-fetch'
import { html, redirect, startLocalSite, status, type LocalSite } from './local-site'

let site: LocalSite
let bigBytesSent = 0

const sjis = iconv.encode('<html><head><title>第42回 ポッドキャストの作り方</title></head></html>', 'shift_jis')
const eucjp = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><title>日本語のページ &amp; ノート</title></head></html>', 'euc-jp')
const sjisMeta = iconv.encode('<html><head><meta charset="Shift_JIS"><title>番組表</title></head></html>', 'shift_jis')

beforeAll(async () => {
  site = await startLocalSite({
    '/utf8': html('<html><head><title>Episode notes — “quoted”</title></head></html>'),
    '/og': html('<meta property="og:title" content="The real title"><title>Site name | The real title</title>'),
    '/sjis-header': (_q, res) => (res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' }), res.end(sjis)),
    '/eucjp-meta': (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(eucjp)),
    '/sjis-meta': (_q, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(sjisMeta)),
    '/untitled': html('<html><body>No title here</body></html>'),
    '/pdf': html('%PDF-1.7', 'application/pdf'),
    '/gone': status(404),
    '/moved': redirect(301, '/utf8'),
    '/big-late-title': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      let sent = 0
      const pump = () => {
        while (sent < 5 * 1024 * 1024) {
          sent += chunk.length
          bigBytesSent = sent
          if (!res.write(chunk)) return res.once('drain', pump)
        }
        res.end('<title>Too far</title>')
      }
      res.on('close', () => {})
      pump()
    },
    '/big-early-title': html('<title>Early</title>' + 'a'.repeat(5 * 1024 * 1024))
  })
})
afterAll(() => site.close())

const title = (path: string) => fetchPageTitle(site.url(path), { resolve: site.resolver(), timeoutMs: 3000 })

describe('fetchPageTitle', () => {
  it('reads UTF-8, Shift_JIS and EUC-JP titles by the header or the page\'s <meta>', async () => {
    expect(await title('/utf8')).toBe('Episode notes — “quoted”')
    expect(await title('/sjis-header')).toBe('第42回 ポッドキャストの作り方')
    expect(await title('/eucjp-meta')).toBe('日本語のページ & ノート')
    expect(await title('/sjis-meta')).toBe('番組表')
  })

  it('prefers og:title, follows redirects, and gives null for no title, not HTML, or an error page', async () => {
    expect(await title('/og')).toBe('The real title')
    expect(await title('/moved')).toBe('Episode notes — “quoted”')
    expect(await title('/untitled')).toBeNull()
    expect(await title('/pdf')).toBeNull()
    expect(await title('/gone')).toBeNull()
  })

  it('reads at most 1 MB of a 5 MB page', async () => {
    expect(await title('/big-early-title')).toBe('Early')
    expect(await title('/big-late-title')).toBeNull()
    // The server was stopped well before the end: only what fits in the socket buffers past 1 MB was written.
    expect(bigBytesSent).toBeLessThan(5 * 1024 * 1024)
    expect(TITLE_MAX_BYTES).toBe(1024 * 1024)
  })
})
