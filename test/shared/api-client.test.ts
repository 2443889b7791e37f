// The one client builder of both transports: the preload's plain object and web mode's on-demand one call the
// same way, unwrap answers the same way and throw the same ApiError with the code.
import { describe, expect, it } from 'vitest'
import { apiMethods, type ApiMethod } from '../../src/shared/api'
import { ApiError, buildClient, type Invoke } from '../../src/shared/api-client'

const calls: [ApiMethod, unknown][] = []
const invoke: Invoke = async (method, args) => {
  calls.push([method, args])
  return method === 'episode.read' ? { ok: false, error: { message: 'Not there.', code: 'not-found' } } : { ok: true, value: `${method} done` }
}
const subscribe = (() => () => undefined) as never

describe.each([
  ['the preload (plain object)', () => buildClient(invoke, subscribe, apiMethods)],
  ['web mode (methods made on use)', () => buildClient(invoke, subscribe)]
])('buildClient for %s', (_name, build) => {
  it('calls namespace.verb with its arguments ({} when none) and answers the value', async () => {
    calls.length = 0
    const api = build()
    expect(await api.workspace.current({})).toBe('workspace.current done')
    expect(await (api.settings.get as () => Promise<unknown>)()).toBe('settings.get done')
    expect(calls).toEqual([
      ['workspace.current', {}],
      ['settings.get', {}]
    ])
  })

  it('throws an ApiError carrying the code of a failed call', async () => {
    const err = await build().episode.read({ path: 'x/index.md' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ message: 'Not there.', code: 'not-found', name: 'ApiError' })
  })

  it('is not a thenable (so awaiting the API object does not call it)', () => {
    expect((build() as unknown as { then?: unknown }).then).toBeUndefined()
  })
})

describe('the preload object', () => {
  it('holds exactly the contract methods, as contextBridge needs own properties', () => {
    const api = buildClient(invoke, subscribe, apiMethods) as unknown as Record<string, Record<string, unknown>>
    const own = Object.keys(api).filter((k) => k !== 'on').flatMap((ns) => Object.keys(api[ns]).map((verb) => `${ns}.${verb}`))
    expect(own.sort()).toEqual([...apiMethods].sort())
  })
})
