import { describe, it, expect } from 'vitest'
import { countWords } from '../../src/shared/word-count'

describe('countWords', () => {
  it.each<[string, string, number]>([
    ['plain English', 'We talked about object storage.', 5],
    ['each CJK character is a word', '今週はクラウド', 7],
    ['mixed words: ASCII runs are words, CJK characters each', 'AWSの新機能を紹介します。', 11],
    ['prolonged sound mark and 々 count', 'サーバー 人々', 6],
    ['Hangul', '안녕하세요', 5],
    ['punctuation alone is not a word', '- * > | --- ...', 0],
    ['words with inner punctuation stay one', "re:Invent don't e-mail", 3],
    ['link text counts, its URL does not', '[the announcement](https://example.com/a/b/c)', 2],
    ['image alt counts', '![a whiteboard](whiteboard.png)', 2],
    ['shortcodes do not count', '{{< figure src="x.png" title="Slide one" >}} after', 1],
    ['HTML tags and comments do not count', '<iframe src="https://anchor.fm/x"></iframe> <!-- note to self --> <b>bold</b>', 1],
    ['accented letters', 'café naïve', 2],
    ['digits', 'In 2020 we had 12 episodes', 6],
    ['link reference definitions do not count', 'see [docs]\n\n[docs]: https://example.com/docs', 2],
    ['empty', '', 0]
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected)
  })
})
