// Invented show notes of a made-up bilingual podcast about repairing old radios, for benchmarks and generated
// sites: the shapes hosts write (player iframe, nested lists, figures in list items, links, Japanese text).

const topics = ['真空管ラジオ', 'Valve amplifiers', 'はんだ付けのコツ', 'Crystal sets', 'アンテナの張り方', 'Shortwave listening', 'コンデンサ交換', 'Restoring cabinets']
const words = ['今回は', 'ゲストと', '古いラジオを', '修理しました。', 'We talked about', 'the hum in the speaker', 'and why it happens', '部品の', '選び方も', 'お話ししています。', 'Listeners asked', 'about safe voltages']

function sentence(seed: number, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += (i ? ' ' : '') + words[(seed * 7 + i * 3) % words.length]
  return out
}

/** One section of notes (about 1.2 KB): a heading, a nested list with links and a figure, a paragraph. */
export function sampleSection(n: number): string {
  const topic = topics[n % topics.length]
  return [
    `## ${topic} ${n}`,
    '',
    `* ${sentence(n, 5)} [資料 ${n}](https://example.com/radio/notes-${n}.html)`,
    `  - ${sentence(n + 1, 6)}`,
    `    - **${topic}**: ${sentence(n + 2, 4)} \`6V6-GT\` https://example.org/parts/${n}`,
    `  {{< figure src="photo-${n}.jpg" title="${topic}の写真 ${n}" numbered="true" lightbox="true" >}}`,
    `* ${sentence(n + 3, 7)}`,
    `  + "${sentence(n + 4, 3)}" -- ${sentence(n + 5, 3)}...`,
    '',
    `${sentence(n + 6, 8)}  `,
    `${sentence(n + 7, 6)} ~~old part~~ new part.`,
    '',
    n % 5 === 0 ? `> ${sentence(n + 8, 6)}\n> ${sentence(n + 9, 4)}\n` : `1. ${sentence(n + 8, 3)}\n2. ${sentence(n + 9, 3)}\n`,
    ''
  ].join('\n')
}

/** A whole episode file of about `bytes` bytes (UTF-8). */
export function sampleEpisode(number: number, bytes: number): string {
  const head = [
    '---',
    '# Documentation: https://example.com/docs/',
    `title: "#${number} ${topics[number % topics.length]}の回"`,
    `date: 2021-0${(number % 9) + 1}-1${number % 10}T10:00:00+09:00`,
    'summary: "古いラジオの修理について話しました。"',
    'tags: [radio, repair]',
    'draft: false',
    '---',
    '',
    `<iframe src="https://anchor.fm/radio-repair/embed/episodes/ep-${number}" height="102px" width="400px" frameborder="0" scrolling="no"></iframe>`,
    '',
    '# Show Notes',
    ''
  ].join('\n')
  const encoder = new TextEncoder()
  let text = head
  let size = encoder.encode(head).length
  for (let n = number * 31; size < bytes; n++) {
    const section = '\n' + sampleSection(n)
    text += section
    size += encoder.encode(section).length
  }
  return text
}
