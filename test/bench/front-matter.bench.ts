// Front matter speed: the editor reads it on every keystroke in the front matter, the form edits one field at a time.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { splitDocument } from '../../src/shared/document'
import { readFrontMatter, setField } from '../../src/shared/front-matter'
import { jsonEpisode, talkEpisode, tomlEpisode } from '../shared/front-matter/fixtures'

function timeIt(fn: () => unknown, runs = 300): { median: number; p95: number } {
  for (let i = 0; i < 30; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 1000) / 1000
  return { median: round(times[Math.floor(runs / 2)]), p95: round(times[Math.floor(runs * 0.95)]) }
}

/** An invented episode padded to about 25 KB of body, like a long show-notes page. */
function episodeOf(size: number, base: string): string {
  let text = base
  for (let i = 0; text.length < size; i++) text += `\n* Topic ${i}: night trains, timetables and tea 夜行列車と時刻表\n  - a link [here](https://example.org/${i})\n`
  return text
}

export default async (): Promise<Record<string, unknown>> => {
  const yaml25 = episodeOf(25_000, talkEpisode)
  const corpusFile = resolve(process.cwd(), '../shared/corpus/episodes/mukiudo/34-reinvent-2020-recap.md')
  const corpus = existsSync(corpusFile) ? readFileSync(corpusFile, 'utf8') : null
  return {
    unit: 'ms',
    documentBytes: yaml25.length,
    splitDocument25KB: timeIt(() => splitDocument(yaml25)),
    readFrontMatterYaml25KB: timeIt(() => readFrontMatter(yaml25)),
    readFrontMatterToml: timeIt(() => readFrontMatter(episodeOf(25_000, tomlEpisode))),
    readFrontMatterJson: timeIt(() => readFrontMatter(episodeOf(25_000, jsonEpisode))),
    setFieldYamlTitle25KB: timeIt(() => setField(yaml25, 'title', '#8 Night buses'), 200),
    setFieldYamlNewNested25KB: timeIt(() => setField(yaml25, 'links.site', 'https://example.org'), 200),
    setFieldSameValue25KB: timeIt(() => setField(yaml25, 'date', '2022-04-01T20:30:00+09:00'), 200),
    ...(corpus ? { readFrontMatterCorpus34: timeIt(() => readFrontMatter(corpus)), setSummaryCorpus34: timeIt(() => setField(corpus, 'summary', 'x'), 200) } : {})
  }
}
