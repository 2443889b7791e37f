// `shownotes render FILE`: prints the episode body's HTML as the site would get it (shortcodes rendered as the theme
// does, sanitized, URLs as written); shortcode problems go to stderr. `render FILE|DIR… --out DIR` renders many
// episodes into DIR (mirroring their paths, `.md` → `.html`) with worker threads.
import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { UserError } from '../../shared/user-error'
import { readFrontMatter } from '../../shared/front-matter'
import { renderEpisode } from '../../shared/render/render-episode'
import { defaultIframeHosts } from '../../shared/iframe-hosts'
import { findSiteRoot, readSiteForChecks } from '../../main/services/check-config'
import { findEpisodes } from '../../main/services/export-batch'
import { readTextFile } from '../../main/services/file-text'
import { createNodeSanitizer, sanitizeBlocks } from '../../main/services/node-sanitizer'
import { renderBatch, siteEmoji } from '../../main/services/render-batch'
import type { RenderTask } from '../../main/services/render-worker'
import { parseCliArgs, workersOption } from '../args'
import type { CliIo } from '../index'
import { shownFromCwd } from '../shown-path'

const USAGE = 'Usage: shownotes render FILE [--emoji|--no-emoji]\n       shownotes render FILE|DIR… --out DIR [--workers N] [--emoji|--no-emoji]'

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    { out: { type: 'string' }, workers: { type: 'string' }, emoji: { type: 'boolean' }, 'no-emoji': { type: 'boolean' }, help: { type: 'boolean' } },
    USAGE
  )
  if (values.help) {
    io.out(`${USAGE}\n\nPrints the body HTML the site gets for an episode: shortcodes as the theme renders them, then Markdown as\nHugo's Goldmark does, sanitized like the preview. Emoji follow the site's enableEmoji unless --emoji or --no-emoji.`)
    return 0
  }
  if (!positionals.length) throw new UserError(`Name the episode file to render.\n${USAGE}`, 'bad-arguments')
  const emoji = values.emoji ? true : values['no-emoji'] ? false : undefined
  const workers = workersOption(values.workers)

  if (values.out === undefined) {
    if (positionals.length > 1) throw new UserError(`To render more than one episode, give a folder to write them to with --out DIR.\n${USAGE}`, 'bad-arguments')
    return renderOne(positionals[0], emoji, io)
  }
  return renderMany(positionals, resolve(io.cwd, values.out), emoji, workers, io)
}

async function renderOne(path: string, emoji: boolean | undefined, io: CliIo): Promise<number> {
  const file = resolve(io.cwd, path)
  const info = await stat(file).catch(() => null)
  if (!info) throw new UserError(`"${path}" does not exist.`, 'not-found')
  if (info.isDirectory()) throw new UserError(`"${path}" is a folder; name an episode file, or add --out DIR to render every episode in it.`, 'bad-arguments')
  if (!/\.(md|markdown)$/i.test(file)) throw new UserError(`"${path}" is not a Markdown file (.md).`, 'bad-arguments')
  const text = await readTextFile(file)
  const root = await findSiteRoot(file)
  const site = root ? await readSiteForChecks(root) : null
  const rendered = renderEpisode(text, { emoji: emoji ?? (root ? await siteEmoji(root) : false), params: readFrontMatter(text).data ?? {}, figureWord: site?.figureWord })
  const sanitizer = createNodeSanitizer({ iframeHosts: [...defaultIframeHosts, ...(site?.config.iframeHosts ?? [])] })
  const html = sanitizeBlocks(sanitizer, rendered.blocks)
  if (html) io.out(html.endsWith('\n') ? html.slice(0, -1) : html)
  for (const d of rendered.diagnostics) io.err(`${path}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`)
  return 0
}

async function renderMany(inputs: string[], outDir: string, emoji: boolean | undefined, workers: number | undefined, io: CliIo): Promise<number> {
  const episodes = await findEpisodes(inputs, io.cwd)
  if (!episodes.length) throw new UserError(`No episodes found in ${inputs.map((i) => `"${i}"`).join(', ')}.`, 'not-found')
  const emojiBySite = new Map<string, boolean>()
  for (const e of episodes) if (!emojiBySite.has(e.site.root)) emojiBySite.set(e.site.root, emoji ?? (await siteEmoji(e.site.root)))
  const tasks: RenderTask[] = episodes.map((e) => ({
    file: e.file,
    out: join(outDir, e.relative.replace(/\.(md|markdown)$/i, '.html')),
    emoji: emojiBySite.get(e.site.root)!,
    iframeHosts: e.site.config.iframeHosts
  }))
  const started = performance.now()
  const results = await renderBatch(tasks, { workers })
  const show = (abs: string) => shownFromCwd(io.cwd, abs)
  let failed = 0
  for (const r of results) {
    if (!r.ok) {
      failed++
      io.err(`${show(r.file)}: could not render: ${r.message}`)
    }
  }
  io.out(`Rendered ${results.length - failed} of ${results.length} episodes into ${show(outDir)} in ${Math.round(performance.now() - started)} ms.`)
  return failed ? 1 : 0
}
