// Runs every rendering fixture (test/shared/render/fixtures/*.txt: input → expected HTML), one file per shortcode family.
import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { renderEpisode } from '../../../src/shared/render/render-episode'
import { fixtureOptions, parseFixtures } from './fixture-file'

const dir = new URL('./fixtures/', import.meta.url)
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  describe(file, () => {
    for (const c of parseFixtures(readFileSync(new URL(file, dir), 'utf8'))) {
      it(c.name, () => expect(renderEpisode(c.input, fixtureOptions(c.options)).html.trimEnd()).toBe(c.expected.trimEnd()))
    }
  })
}
