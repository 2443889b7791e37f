// The one date an episode list shows, in the window's sidebar and in `shownotes list`: the episode's date as Hugo reads
// it (`date`, else publishDate, pubDate …), its day as written. A publishDate says when it goes live: the Publish tab's.
import type { EpisodeSummary } from './api'

/** `2024-05-01` from `date: 2024-05-01T20:00:00+09:00`, or null for an undated episode. */
export function listedDay(episode: Pick<EpisodeSummary, 'date'>): string | null {
  return episode.date ? episode.date.slice(0, 10) : null
}
