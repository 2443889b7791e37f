// A transcript is a list of cues: when a stretch of speech starts and ends (milliseconds kept), what was said and,
// when the tool knew it, who said it (a speaker id such as SPEAKER_00 until it is mapped to a name).

export interface Cue {
  start: number
  end: number
  text: string
  speaker?: string
}

export type TranscriptFormat = 'srt' | 'vtt' | 'whisper-json'

/** Speaker ids in the order they first speak. */
export function speakerIds(cues: readonly Cue[]): string[] {
  return [...new Set(cues.flatMap((c) => (c.speaker ? [c.speaker] : [])))]
}

/** Cues with each speaker id replaced by its name where the map has one; unmapped ids stay as they are. */
export function nameSpeakers(cues: readonly Cue[], names: Readonly<Record<string, string>>): Cue[] {
  return cues.map((c) => (c.speaker && names[c.speaker]?.trim() ? { ...c, speaker: names[c.speaker].trim() } : c))
}

/** The cues whose text or speaker contains the query (case-insensitive, full-width ASCII folded). */
export function searchCues(cues: readonly Cue[], query: string): number[] {
  const q = foldForSearch(query.trim())
  if (!q) return cues.map((_, i) => i)
  const hits: number[] = []
  cues.forEach((c, i) => {
    if (foldForSearch(c.text).includes(q) || (c.speaker && foldForSearch(c.speaker).includes(q))) hits.push(i)
  })
  return hits
}

/** Text as the search compares it: full-width ASCII made half-width, lower case; the length stays the same. */
export function foldForSearch(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase()
}
