// A chapter that starts after the recording ends: players cannot reach it. The length comes from the Listen panel
// when it has the recording, else from a `duration` field (`1:02:03`, `62:03` or seconds).
import { parseClock } from '../../chapters/model'
import type { CheckRule, EpisodeFacts } from '../types'

export const chaptersBeyondEnd: CheckRule = {
  id: 'chapters-beyond-end',
  severity: 'error',
  description: 'A chapter starts after the end of the recording (its length from the Listen panel or a duration field).',
  check(facts, report) {
    const duration = recordingLength(facts)
    if (duration === undefined) return
    for (const line of facts.chapters()) {
      if (line.chapter.start < duration) continue
      report({ from: line.stampFrom, to: line.stampTo, code: 'chapters-beyond-end', params: { stamp: line.chapter.written, length: formatLength(duration) } })
    }
  }
}

function recordingLength(facts: EpisodeFacts): number | undefined {
  if (facts.recordingDuration !== undefined && facts.recordingDuration > 0) return facts.recordingDuration
  const field = facts.fields.get('duration')
  if (typeof field === 'number' && field > 0) return field
  if (typeof field === 'string') return parseClock(field) ?? undefined
  return undefined
}

function formatLength(seconds: number): string {
  const s = Math.floor(seconds)
  const two = (n: number) => String(n).padStart(2, '0')
  return s >= 3600 ? `${Math.floor(s / 3600)}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}` : `${Math.floor(s / 60)}:${two(s % 60)}`
}
