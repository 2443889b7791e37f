import { describe, it, expect } from 'vitest'
import { fillArchetype, formatGoTime, titleCase } from '../../src/shared/archetype'

const now = new Date('2026-11-24T01:03:07.250Z')
const ctx = { name: 'the-state-of-aws-news', type: 'talk', now, offsetMinutes: 540 }

describe('fillArchetype', () => {
  it.each<[string, string]>([
    ['{{ .Name }}', 'the-state-of-aws-news'],
    ['{{ replace .Name "-" " " | title }}', 'The State of Aws News'],
    ['{{ .Date }}', '2026-11-24T10:03:07+09:00'],
    ['{{ now.Format "2006-01-02" }}', '2026-11-24'],
    ['{{ now.Format "Jan 2, 2006 3:04 PM" }}', 'Nov 24, 2026 10:03 AM'],
    ['{{ .Type }} / {{ .Section }}', 'talk / talk'],
    ['{{ .File.ContentBaseName | humanize }}', 'The state of aws news'],
    ['{{ .Name | upper }}', 'THE-STATE-OF-AWS-NEWS'],
    ['{{ dateFormat "2006" .Date }}', '2026'],
    ['{{ .Date | time.Format "Monday" }}', 'Tuesday'],
    ['{{ printf "%s-%s" .Type .Name }}', 'talk-the-state-of-aws-news'],
    ['{{ (replace .Name "-" "_") }}', 'the_state_of_aws_news'],
    ['{{ `raw "string"` }}', 'raw "string"'],
    ['a {{/* a comment */}}b', 'a b'],
    ['a  {{- .Type -}}  b', 'atalkb'],
    ['title: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\ndraft: true\n', 'title: "The State of Aws News"\ndate: 2026-11-24T10:03:07+09:00\ndraft: true\n']
  ])('%s', (template, expected) => {
    const filled = fillArchetype(template, ctx)
    expect(filled.text).toBe(expected)
    expect(filled.unresolved).toEqual([])
  })

  it('leaves what it does not understand as written and reports it', () => {
    const filled = fillArchetype('a: {{ .Site.Params.author }}\nb: {{ if .Draft }}x{{ end }}\nc: {{ .Name }}', ctx)
    expect(filled.text).toBe('a: {{ .Site.Params.author }}\nb: {{ if .Draft }}x{{ end }}\nc: the-state-of-aws-news')
    expect(filled.unresolved).toEqual(['{{ .Site.Params.author }}', '{{ if .Draft }}', '{{ end }}'])
  })

  it('uses the machine offset when none is given', () => {
    const text = fillArchetype('{{ .Date }}', { name: 'x', type: 't', now }).text
    expect(new Date(text).getTime()).toBe(Math.floor(now.getTime() / 1000) * 1000)
  })
})

describe('formatGoTime (Go reference layout)', () => {
  it.each<[string, number, string]>([
    ['2006-01-02T15:04:05Z07:00', 540, '2026-11-24T10:03:07+09:00'],
    ['2006-01-02T15:04:05Z07:00', 0, '2026-11-24T01:03:07Z'],
    ['2006-01-02T15:04:05-07:00', 0, '2026-11-24T01:03:07+00:00'],
    ['2006-01-02T15:04:05-0700', -330, '2026-11-23T19:33:07-0530'],
    ['Mon Jan _2 15:04:05 2006', 0, 'Tue Nov 24 01:03:07 2026'],
    ['Monday, January 2, 2006', 540, 'Tuesday, November 24, 2026'],
    ['06/1/2 3:4:5 pm', 0, '26/11/24 1:3:7 am'],
    ['15:04:05.000', 0, '01:03:07.250'],
    ['15:04:05.999', 0, '01:03:07.25'],
    ['2006-002', 0, '2026-328'],
    ['MST', 0, 'UTC']
  ])('%s at %i', (layout, offset, expected) => {
    expect(formatGoTime(now, layout, offset)).toBe(expected)
  })
})

describe('titleCase (Hugo AP style)', () => {
  it.each([
    ['the state of aws news', 'The State of Aws News'],
    ['a tale of two clouds', 'A Tale of Two Clouds'],
    ['news for you and me', 'News for You and Me'],
    ['日本語 title', '日本語 Title']
  ])('%s', (input, expected) => {
    expect(titleCase(input)).toBe(expected)
  })
})
