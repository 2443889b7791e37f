// The app's export summary: written counts only episodes with an output, failures and warnings (platform limits
// worded) are listed by their path in the site.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportSummary } from '../../../src/main/services/export-summary'

describe('export summary', () => {
  it('counts, lists and words what the run did', () => {
    const root = '/site'
    const summary = exportSummary(
      {
        results: [
          { kind: 'export', file: join(root, 'content/talk/1/index.md'), outputs: ['/out/talk/1/index.html'], warnings: [] },
          {
            kind: 'export',
            file: join(root, 'content/talk/2/index.md'),
            outputs: ['/out/talk/2/index.html'],
            warnings: ['The figure "x.png" is missing.'],
            counts: [
              { id: 'spotify', name: 'Spotify', characters: 5000, limit: 4000, fits: false },
              { id: 'apple', name: 'Apple', characters: 5000, limit: 6000, fits: true }
            ]
          },
          { kind: 'export', file: join(root, 'content/talk/3/index.md'), outputs: [], warnings: [] },
          { kind: 'error', file: join(root, 'content/talk/4/index.md'), message: 'unreadable' }
        ]
      },
      root,
      '/out'
    )
    expect(summary).toEqual({
      outDir: '/out',
      written: 2,
      outputs: ['/out/talk/1/index.html', '/out/talk/2/index.html'],
      failed: [{ path: 'content/talk/4/index.md', message: 'unreadable' }],
      warnings: [{ path: 'content/talk/2/index.md', messages: ['The figure "x.png" is missing.', "5000 characters, over Spotify's limit of 4000."] }]
    })
  })
})
