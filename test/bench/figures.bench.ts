// Figures: adding a 12-megapixel phone photo (4000×3000 with GPS) to a bundle — processed (orientation, metadata
// stripped, shrunk to 2560 px) beside the anchor of adding the same bytes as they are ("keep originals") — and
// `shownotes images` over 200 such photos of a site (photos/s), beside its second run over the now clean photos
// (only looking, nothing to do).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/index'
import { Workspace } from '../../src/main/services/workspace'
import { phoneJpeg } from '../fixtures/images'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

export default async (): Promise<Record<string, unknown>> => {
  const root = mkdtempSync(join(tmpdir(), 'shownotes-figures-bench-'))
  try {
    const site = join(root, 'site')
    mkdirSync(join(site, 'content/talk/0001'), { recursive: true })
    writeFileSync(join(site, 'hugo.toml'), '')
    writeFileSync(join(site, 'content/talk/0001/index.md'), '---\ntitle: one\n---\n')
    const photo = await phoneJpeg(4000, 3000, { orientation: 6 })
    const ws = await Workspace.open(site, { dataDir: join(root, 'data') })
    const processed: number[] = []
    const asIs: number[] = []
    let saved = 0
    try {
      await ws.importMedia('content/talk/0001/index.md', 'warm-up.jpg', photo) // loads sharp and libvips once
      for (let i = 0; i < 7; i++) {
        // Alternated, so both feel the same neighbours on a shared machine.
        let t = performance.now()
        const added = await ws.importMedia('content/talk/0001/index.md', 'photo.jpg', photo)
        processed.push(performance.now() - t)
        saved = added.sizes!.before - added.sizes!.after
        t = performance.now()
        await ws.importMedia('content/talk/0001/index.md', 'original.jpg', photo, null)
        asIs.push(performance.now() - t)
      }
    } finally {
      await ws.close()
    }

    // 200 photos of a site, 6 megapixels each (3000×2000 with GPS): location stripped and shrunk to 2560 px.
    const many = join(root, 'many')
    const six = await phoneJpeg(3000, 2000)
    for (let i = 0; i < 200; i++) {
      const dir = join(many, 'content/talk', String(Math.floor(i / 4)).padStart(4, '0'))
      mkdirSync(dir, { recursive: true })
      if (i % 4 === 0) writeFileSync(join(dir, 'photo-0.jpg'), six)
      else copyFileSync(join(dir, 'photo-0.jpg'), join(dir, `photo-${i % 4}.jpg`))
    }
    const quiet = { out: () => {}, err: () => {}, cwd: many }
    let t = performance.now()
    const code = await main(['images', '.'], quiet)
    const firstMs = performance.now() - t
    t = performance.now()
    await main(['images', '.'], quiet)
    const secondMs = performance.now() - t
    return {
      import12mp: {
        processedMedianMs: round(median(processed)),
        asIsMedianMs: round(median(asIs)),
        ratio: round(median(processed) / median(asIs)),
        goalMs: 1000,
        sizeMB: round(photo.byteLength / 1024 / 1024, 2),
        savedMB: round(saved / 1024 / 1024, 2)
      },
      images200: {
        exitCode: code,
        processSeconds: round(firstMs / 1000),
        photosPerSecond: round(200 / (firstMs / 1000)),
        lookOnlySeconds: round(secondMs / 1000, 2),
        lookOnlyPhotosPerSecond: round(200 / (secondMs / 1000))
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
