// Web mode's event stream, read through fetch: frames split across chunks, several data lines, comments skipped.
import { describe, expect, it } from 'vitest'
import { readFrames } from '../../src/renderer/event-stream'

describe('readFrames', () => {
  it.each([
    ['one event', 'event: didChangeFile\ndata: {"a":1}\n\n', [{ event: 'didChangeFile', data: '{"a":1}' }], ''],
    ['the connect comment only', ': connected\n\n', [], ''],
    ['an unfinished frame kept for the next chunk', 'event: x\ndata: {"a"', [], 'event: x\ndata: {"a"'],
    ['two events and a rest', 'event: a\ndata: 1\n\nevent: b\ndata: 2\n\nevent: c', [{ event: 'a', data: '1' }, { event: 'b', data: '2' }], 'event: c'],
    ['several data lines joined', 'data: x\ndata: y\n\n', [{ event: 'message', data: 'x\ny' }], ''],
    ['CRLF line ends', 'event: a\r\ndata: 1\r\n\r\n', [{ event: 'a', data: '1' }], '']
  ])('%s', (_name, buffer, events, rest) => {
    expect(readFrames(buffer)).toEqual({ events, rest })
  })

  it('gives the same events however the stream is cut into chunks', () => {
    const stream = ': connected\n\nevent: didChangeEpisodes\ndata: {"n":1}\n\nevent: didChangeFile\ndata: {"path":"a b"}\n\n'
    for (let cut = 1; cut < stream.length; cut++) {
      const first = readFrames(stream.slice(0, cut))
      const second = readFrames(first.rest + stream.slice(cut))
      expect([...first.events, ...second.events].map((e) => e.event)).toEqual(['didChangeEpisodes', 'didChangeFile'])
    }
  })
})
