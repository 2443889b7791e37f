// Link check speed: an episode of 500 links to a local web site answering each request after 100 ms — checked cold
// on one host (the per-host limit decides: its floor is ceil(500 / 6) × 100 ms, printed beside it as the anchor),
// cold with the links spread over 50 host names (the overall limit decides), and again from the day's cache; beside
// them Node's plain http client making the same 500 requests 6 at a time (what this machine's HTTP stack costs).
// The server answers 100 ms after each request arrives, measured (latency-server.ts says why it does not just sleep).
import { mkdtempSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultLinkCheck } from '../../src/main/services/links/link-checker'
import { LinkService } from '../../src/main/services/links/link-service'
import { startLatencyServer } from './latency-server'

const LINKS = 500
const LATENCY_MS = 100

function episode(url: (i: number) => string): string {
  const lines = Array.from({ length: LINKS }, (_, i) => `- [Link ${i}](${url(i)})`)
  return `---\ntitle: Links\n---\n${lines.join('\n')}\n`
}

/** The anchor: the same 500 HEAD requests by Node's plain http client, 6 at a time, nothing else around them. */
async function plainRequests(port: number, perHost: number): Promise<void> {
  let next = 0
  const one = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: `/page${i}`, method: 'HEAD', agent: false }, (res) => (res.resume(), res.on('end', () => resolve())))
      req.on('error', reject)
      req.end()
    })
  await Promise.all(Array.from({ length: perHost }, async () => {
    while (next < LINKS) await one(next++)
  }))
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await f()
  return Math.round(performance.now() - t)
}

export default async (): Promise<Record<string, unknown>> => {
  const site = await startLatencyServer(LATENCY_MS, '<title>page</title>')
  const resolve = async () => ({ address: '127.0.0.1', family: 4 as const, private: false })
  try {
    const oneHost = episode((i) => `http://127.0.0.1:${site.port}/page${i}`)
    const spread = episode((i) => `http://host${i % 50}.test:${site.port}/page${i}`)
    const service = (dataDir = mkdtempSync(join(tmpdir(), 'shownotes-links-bench-'))) => new LinkService({ dataDir, check: { resolve } })

    const dataDir = mkdtempSync(join(tmpdir(), 'shownotes-links-bench-'))
    const cold = service(dataDir)
    let problems = 0
    const coldMs = await timed(async () => (problems = (await cold.check([oneHost])).problems[0].length))
    const sent = (await site.stats()).requests
    const warmMs = await timed(() => cold.check([oneHost]))
    const sentAgain = (await site.stats()).requests - sent
    // A new service on the same data folder: the cache read from disk, as the app's next check or the next CI run.
    const fromDisk = service(dataDir)
    const diskMs = await timed(() => fromDisk.check([oneHost]))
    const spreadMs = await timed(() => service().check([spread]))

    const plainMs = await timed(() => plainRequests(site.port, defaultLinkCheck.perHost))
    const floorMs = Math.ceil(LINKS / defaultLinkCheck.perHost) * LATENCY_MS
    const server = await site.stats()
    return {
      links: LINKS,
      latencyMs: LATENCY_MS,
      serverMeasuredDelayMedianMs: Math.round(server.medianDelayMs * 10) / 10,
      serverMeasuredDelayMaxMs: Math.round(server.maxDelayMs * 10) / 10,
      perHost: defaultLinkCheck.perHost,
      concurrency: defaultLinkCheck.concurrency,
      coldOneHostMs: coldMs,
      anchorPerHostFloorMs: floorMs,
      coldOverFloor: Math.round((coldMs / floorMs) * 100) / 100,
      anchorPlainNodeHttpMs: plainMs,
      coldOverPlainNodeHttp: Math.round((coldMs / plainMs) * 100) / 100,
      coldSpreadOver50HostsMs: spreadMs,
      anchorOverallFloorMs: Math.ceil(LINKS / defaultLinkCheck.concurrency) * LATENCY_MS,
      secondRunSameServiceMs: warmMs,
      secondRunCacheFromDiskMs: diskMs,
      requestsOnSecondRun: sentAgain,
      problems,
      goal: 'cold ≤ 10,000 ms; second run ≤ 1,000 ms'
    }
  } finally {
    await site.close()
  }
}
