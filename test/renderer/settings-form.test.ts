// The settings dialog's fields: player hosts typed or pasted one per line, and the summary length limit.
import { describe, expect, it } from 'vitest'
import { parseHosts, parseSummaryLimit } from '../../src/renderer/state/settings-form'

describe('player hosts', () => {
  it.each([
    ['', []],
    ['player.example.com', ['player.example.com']],
    ['  Player.Example.com  \n\n embed.radio.jp\r\n', ['player.example.com', 'embed.radio.jp']],
    ['https://player.example.com/embed/123?t=4', ['player.example.com']],
    ['http://w.example.org:8080/x', ['w.example.org']],
    ['a.example.com\na.example.com', ['a.example.com']]
  ])('reads %j', (text, hosts) => {
    expect(parseHosts(text)).toEqual({ ok: true, value: hosts })
  })

  it.each([
    ['localhost', 1, 'localhost'],
    ['ok.example.com\nnot a host', 2, 'not a host'],
    ['ok.example.com\n\n*.example.com', 3, '*.example.com'],
    ['javascript:alert(1)', 1, 'javascript:alert(1)']
  ])('says which line of %j is not a host name', (text, line, bad) => {
    expect(parseHosts(text)).toEqual({ ok: false, line, text: bad })
  })
})

describe('summary limit', () => {
  it.each([
    ['160', 160],
    [' 20 ', 20],
    ['10000', 10000]
  ])('accepts %j', (text, n) => {
    expect(parseSummaryLimit(text)).toEqual({ ok: true, value: n })
  })

  it.each(['', '19', '10001', '12.5', '-5', 'abc'])('refuses %j', (text) => {
    expect(parseSummaryLimit(text).ok).toBe(false)
  })
})
