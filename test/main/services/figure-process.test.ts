import { describe, it, expect, afterEach } from 'vitest'
import { readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { Workspace } from '../../../src/main/services/workspace'
import { processInPlace } from '../../../src/main/services/figure-in-place'
import { readExif } from '../../../src/shared/exif'
import { tempDir, writeTree } from '../../fixtures/site'
import { animatedGif, phoneJpeg, pngWithText, svg, truncatedJpeg } from '../../fixtures/images'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const EP = 'content/talk/0007/index.md'
const BUNDLE = 'content/talk/0007'

async function open() {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, { 'hugo.toml': '', [EP]: '---\ntitle: x\n---\n' })
  const ws = await Workspace.open(site.dir, { dataDir: data.dir })
  cleanups.push(() => void ws.close())
  const path = (name: string) => join(site.dir, BUNDLE, name)
  return { ws, path, files: () => readdirSync(join(site.dir, BUNDLE)).sort() }
}

const metaOf = (bytes: Uint8Array | string) => sharp(bytes).metadata()

describe('a photo added to a bundle', () => {
  it('loses its GPS, maker and XMP blocks, is turned upright and brought within the long-edge limit', async () => {
    const { ws, path } = await open()
    // Stored 4000×3000 and tagged "turn 90°": the photo is 3000 wide and 4000 tall when upright.
    const given = await phoneJpeg(4000, 3000, { orientation: 6 })
    const copy = given.slice()
    const added = await ws.importMedia(EP, 'IMG_0042.JPG', given)
    expect(added.name).toBe('IMG_0042.jpg')
    expect(Buffer.from(given).equals(copy)).toBe(true) // the host's bytes are never changed
    const meta = await metaOf(path(added.name))
    expect(meta.exif).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    expect(meta.iptc).toBeUndefined()
    expect(readExif(meta.exif).location).toBe(false)
    expect([meta.width, meta.height]).toEqual([1920, 2560])
    expect(meta.orientation ?? 1).toBe(1)
    expect(added.sizes).toEqual({ before: given.byteLength, after: statSync(path(added.name)).size })
    expect(added.sizes!.after).toBeLessThan(added.sizes!.before)
  })

  it('keeps the pixels upright: what was on the top edge after turning stays on top', async () => {
    const { ws, path } = await open()
    // Stored 40×20 with red on the left half; orientation 6 turns it clockwise, so red ends on top.
    const raw = Buffer.alloc(40 * 20 * 3)
    for (let y = 0; y < 20; y++) for (let x = 0; x < 40; x++) raw.set(x < 20 ? [255, 0, 0] : [0, 0, 255], (y * 40 + x) * 3)
    const jpeg = await sharp(raw, { raw: { width: 40, height: 20, channels: 3 } }).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    const added = await ws.importMedia(EP, 'turned.jpg', new Uint8Array(jpeg))
    const { data, info } = await sharp(path(added.name)).raw().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([20, 40])
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)]
    expect(at(10, 5)[0]).toBeGreaterThan(200) // top: red
    expect(at(10, 35)[2]).toBeGreaterThan(200) // bottom: blue
  })

  it('keeps a colour profile, converted to sRGB', async () => {
    const { ws, path } = await open()
    const p3 = await phoneJpeg(300, 200, { p3: true })
    const srgbProfile = (await metaOf(await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).jpeg().withIccProfile('srgb').toBuffer())).icc
    const given = (await metaOf(p3)).icc
    expect(given).toBeDefined()
    expect(given!.equals(srgbProfile!)).toBe(false)
    const added = await ws.importMedia(EP, 'wide-gamut.jpg', p3)
    const icc = (await metaOf(path(added.name))).icc
    expect(icc?.equals(srgbProfile!)).toBe(true)
  })

  it('drops a PNG’s text chunks and keeps it a PNG', async () => {
    const { ws, path } = await open()
    const png = await pngWithText()
    expect((await metaOf(png)).comments?.length).toBe(2)
    const added = await ws.importMedia(EP, 'screenshot.png', png)
    expect(added.name).toBe('screenshot.png')
    const meta = await metaOf(path(added.name))
    expect(meta.format).toBe('png')
    expect(meta.comments ?? []).toEqual([])
    expect(readFileSync(path(added.name)).includes('Shibuya')).toBe(false)
  })

  it('becomes WebP when the setting asks for it, and keeps its size with a limit of 0', async () => {
    const { ws, path } = await open()
    const added = await ws.importMedia(EP, 'desk.jpg', await phoneJpeg(3000, 2000), { maxEdge: 0, format: 'webp' })
    expect(added.name).toBe('desk.webp')
    const meta = await metaOf(path(added.name))
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['webp', 3000, 2000, undefined])
  })

  it('is added exactly as given with "keep originals"', async () => {
    const { ws, path } = await open()
    const given = await phoneJpeg(300, 200)
    const added = await ws.importMedia(EP, 'as-is.jpg', given, null)
    expect(new Uint8Array(readFileSync(path(added.name)))).toEqual(given)
  })

  it('copies an animated GIF and a clean SVG as they are', async () => {
    const { ws, path } = await open()
    const gif = await animatedGif()
    const a = await ws.importMedia(EP, 'wave.gif', gif)
    expect(new Uint8Array(readFileSync(path(a.name)))).toEqual(gif)
    expect((await metaOf(path(a.name))).pages).toBe(2)
    const drawing = svg()
    const b = await ws.importMedia(EP, 'logo.svg', drawing)
    expect(new Uint8Array(readFileSync(path(b.name)))).toEqual(drawing)
  })

  it('copies a HEIC photo sharp cannot decode as it came', async () => {
    const { ws, path } = await open()
    const heic = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0, ...new TextEncoder().encode('mif1heic'), 1, 2, 3])
    const added = await ws.importMedia(EP, 'IMG_0001.HEIC', heic)
    expect(added.name).toBe('IMG_0001.heic')
    expect(new Uint8Array(readFileSync(path(added.name)))).toEqual(heic)
  })

  it.each([
    ['a script element', '<script>alert(1)</script>'],
    ['an event handler', '<circle r="4" onload="alert(1)"/>'],
    ['a javascript: link', '<a href="javascript:alert(1)"><circle r="4"/></a>']
  ])('refuses an SVG with %s, adding nothing', async (_what, inner) => {
    const { ws, files } = await open()
    await expect(ws.importMedia(EP, 'logo.svg', svg(inner))).rejects.toMatchObject({ code: 'svg-script', message: expect.stringContaining('logo.svg') })
    expect(files()).toEqual(['index.md'])
  })

  it('refuses a JPEG cut short with a clear message, leaving nothing behind', async () => {
    const { ws, files } = await open()
    await expect(ws.importMedia(EP, 'broken.jpg', await truncatedJpeg())).rejects.toMatchObject({ code: 'image-unreadable', message: expect.stringMatching(/"broken\.jpg" could not be read/) })
    expect(files()).toEqual(['index.md']) // no temporary file either
  })
})

describe('a photo already in the bundle', () => {
  it('is listed with its upright size and whether it records a place', async () => {
    const { ws, path } = await open()
    writeFileSync(path('gps.jpg'), await phoneJpeg(300, 200, { orientation: 6 }))
    writeFileSync(path('clean.jpg'), await phoneJpeg(300, 200, { gps: false }))
    const media = await ws.listMedia(EP)
    expect(media.find((m) => m.name === 'gps.jpg')?.image).toEqual({ width: 200, height: 300, location: true })
    expect(media.find((m) => m.name === 'clean.jpg')?.image).toEqual({ width: 300, height: 200, location: false })
  })

  it('is processed in place by the quick fix: same name, no GPS, within the limit', async () => {
    const { ws, path, files } = await open()
    writeFileSync(path('big.jpg'), await phoneJpeg(3200, 1800))
    const before = statSync(path('big.jpg')).size
    const done = await ws.processMedia(EP, 'big.jpg', 2560)
    expect(done).toEqual({ name: 'big.jpg', sizes: { before, after: statSync(path('big.jpg')).size } })
    const meta = await metaOf(path('big.jpg'))
    expect([meta.width, meta.height, readExif(meta.exif).location]).toEqual([2560, 1440, false])
    expect(files()).toEqual(['big.jpg', 'index.md'])
  })

  it('is left unchanged when it cannot be written or is broken', async () => {
    const { ws, path } = await open()
    writeFileSync(path('locked.jpg'), await phoneJpeg(300, 200))
    chmodSync(path('locked.jpg'), 0o444)
    const bytes = readFileSync(path('locked.jpg'))
    await expect(ws.processMedia(EP, 'locked.jpg', 2560)).rejects.toMatchObject({ code: 'read-only' })
    expect(readFileSync(path('locked.jpg'))).toEqual(bytes)
    writeFileSync(path('cut.jpg'), await truncatedJpeg())
    await expect(processInPlace(path('cut.jpg'), 'cut.jpg', 2560)).rejects.toMatchObject({ code: 'image-unreadable' })
    await expect(ws.processMedia(EP, '../../../hugo.toml', 2560)).rejects.toMatchObject({ code: 'path-refused' })
  })
})
