// Whether an episode is written in Japanese, for the words Shownotes adds to the notes (a "チャプター" heading).
// Judged from the text itself: the site's language is often unset on Japanese sites.

/** True when kana or kanji make up a fair share of the letters of `text`. */
export function writtenInJapanese(text: string): boolean {
  const japanese = text.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0
  return japanese > 0 && japanese * 3 >= latin
}

export function chaptersHeading(text: string): string {
  return writtenInJapanese(text) ? 'チャプター' : 'Chapters'
}
