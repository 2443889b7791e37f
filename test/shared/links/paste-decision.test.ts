// What a paste does where: a bare URL becomes a titled link in the notes, `[selection](url)` over selected text, and
// stays plain in front matter, code, a shortcode tag, or where a link's address is being written.
import { describe, expect, it } from 'vitest'
import { bareUrl, pasteDecision } from '../../../src/shared/links/paste-decision'

const URL_ = 'https://example.com/post?id=1'
/** `|` marks the cursor, `[[…]]` a selection. */
function decide(doc: string, pasted = URL_) {
  const from = doc.includes('[[') ? doc.indexOf('[[') : doc.indexOf('|')
  const clean = doc.replace('[[', '').replace(']]', '').replace('|', '')
  const to = doc.includes(']]') ? doc.indexOf(']]') - 2 : from
  return pasteDecision(clean, from, to, pasted)
}

const front = '---\ntitle: Episode\n---\n'

describe('pasteDecision', () => {
  it.each([
    ['a bare URL in the notes', `${front}See |`, { kind: 'titled', url: URL_ }],
    ['with white space around it', `${front}|`, { kind: 'titled', url: URL_ }, `  ${URL_}\n`],
    ['over selected text', `${front}Read [[the post]] today`, { kind: 'wrap', url: URL_, text: 'the post' }],
    ['in front matter', '---\ntitle: |\n---\nBody', { kind: 'plain' }],
    ['in a code block', `${front}\`\`\`\n|\n\`\`\`\n`, { kind: 'plain' }],
    ['in inline code', `${front}Run \`curl |\` now`, { kind: 'plain' }],
    ['in a shortcode tag', `${front}{{< figure src="|" >}}`, { kind: 'plain' }],
    ['inside a paired shortcode\'s content', `${front}{{< alert >}}\n|\n{{< /alert >}}`, { kind: 'titled', url: URL_ }],
    ['as a link\'s address', `${front}[text](|)`, { kind: 'plain' }],
    ['in an href', `${front}<a href="|">x</a>`, { kind: 'plain' }],
    ['over a selected URL', `${front}[[https://old.example.com]]`, { kind: 'plain' }],
    ['text that is not only a URL', `${front}|`, { kind: 'plain' }, `see ${URL_}`],
    ['a non-web URL', `${front}|`, { kind: 'plain' }, 'ftp://example.com/file'],
    ['JavaScript', `${front}|`, { kind: 'plain' }, 'javascript:alert(1)']
  ])('%s', (_name, doc, expected, pasted?: string) => expect(decide(doc, pasted)).toEqual(expected))
})

describe('bareUrl', () => {
  it('is only for one http(s) URL with a host', () => {
    expect(bareUrl('http://localhost:1313/talk/')).toBe('http://localhost:1313/talk/')
    expect(bareUrl('https:///nohost')).toBeNull()
    expect(bareUrl('https://a.example https://b.example')).toBeNull()
  })
})
