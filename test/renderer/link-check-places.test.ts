// The Publish tab's link problems follow the text: an edit above moves them (line and fix included), deleting the
// link removes its problem.
import { EditorState } from '@codemirror/state'
import type { ViewUpdate } from '@codemirror/view'
import { describe, expect, it, vi } from 'vitest'
import type { CheckDiagnostic } from '../../src/shared/checks/types'

vi.mock('../../src/renderer/api', () => ({ api: {} }))
const { mapItems } = await import('../../src/renderer/state/use-link-check')

const url = 'https://old.example.com/'
const doc = `intro\n- ${url}\n`
const from = doc.indexOf(url)
const item: CheckDiagnostic = {
  from,
  to: from + url.length,
  line: 2,
  column: 3,
  severity: 'warning',
  rule: 'link-redirected',
  message: 'moved',
  params: { url, to: 'https://new.example.com/' },
  fix: { label: 'Use', changes: [{ from, to: from + url.length, insert: 'https://new.example.com/' }] }
}

function edit(changes: { from: number; to?: number; insert?: string }): ViewUpdate {
  const tr = EditorState.create({ doc }).update({ changes })
  return { changes: tr.changes, state: tr.state } as unknown as ViewUpdate
}

describe('mapItems', () => {
  it('moves a problem with the text above it', () => {
    const [moved] = mapItems([item], edit({ from: 0, insert: 'new line\n' }))
    expect(moved).toMatchObject({ from: from + 9, to: from + 9 + url.length, line: 3, column: 3 })
    expect(moved.fix?.changes[0]).toMatchObject({ from: from + 9, to: from + 9 + url.length })
  })

  it('drops the problem of a deleted link', () => {
    expect(mapItems([item], edit({ from: from - 2, to: from + url.length }))).toEqual([])
  })
})
