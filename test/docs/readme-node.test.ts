// The README's Node.js minimum is the one package.json's `engines` declares, and it says why npm ci may warn.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const readme = readFileSync('README.md', 'utf8')
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }

describe('README and engines', () => {
  it('states the same Node.js minimum as package.json engines', () => {
    const min = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)?.[1]
    expect(min).toBeDefined()
    expect(readme).toContain(`Needs Node.js ${min} or newer`)
  })

  it('names the packaging tools that need a newer Node.js', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> }
    const rebuild = lock.packages['node_modules/@electron/rebuild']?.engines?.node
    const needed = rebuild && /(\d+\.\d+)/.exec(rebuild)?.[1]
    if (needed) expect(readme).toContain(`needs Node.js ${needed} or newer`)
  })
})
