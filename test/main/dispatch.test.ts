// The dispatch table both transports use: unknown calls, bad arguments and failures come back as readable envelopes.
import { describe, expect, it, vi } from 'vitest'
import { createDispatcher, type Handlers } from '../../src/main/dispatch'
import { UserError } from '../../src/shared/user-error'

function handlers(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides as Handlers, {
    get: (target, key: string) => target[key as keyof Handlers] ?? (() => { throw new Error(`unexpected call ${key}`) })
  })
}

describe('createDispatcher', () => {
  it('runs the handler with the validated arguments and wraps the result', async () => {
    const read = vi.fn(async ({ path }: { path: string }) => ({ path, text: 'hello', hash: 'h' }))
    const dispatch = createDispatcher(handlers({ 'episode.read': read }))
    expect(await dispatch('episode.read', { path: 'content/talk/1/index.md' })).toEqual({ ok: true, value: { path: 'content/talk/1/index.md', text: 'hello', hash: 'h' } })
    expect(read).toHaveBeenCalledWith({ path: 'content/talk/1/index.md' })
  })

  it('refuses an unknown method without running anything', async () => {
    const dispatch = createDispatcher(handlers({}))
    const result = await dispatch('fs.rm', { path: '/' })
    expect(result).toEqual({ ok: false, error: { code: 'unknown-method', message: 'Unknown call "fs.rm".' } })
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    expect(await dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
  })

  it.each([
    ['a missing field', { text: 'x', baseHash: null }],
    ['a wrong type', { path: 42, text: 'x', baseHash: null }],
    ['an extra field', { path: 'a.md', text: 'x', baseHash: null, mode: 0o777 }],
    ['no object at all', 'content/x.md']
  ])('refuses %s with a message naming the call', async (_name, args) => {
    const save = vi.fn()
    const dispatch = createDispatcher(handlers({ 'episode.save': save }))
    const result = await dispatch('episode.save', args)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-arguments')
      expect(result.error.message).toMatch(/^Invalid arguments for episode\.save/)
    }
    expect(save).not.toHaveBeenCalled()
  })

  it('passes a UserError message through as written', async () => {
    const dispatch = createDispatcher(handlers({ 'episode.read': () => { throw new UserError('"../x" is outside the workspace and was refused.', 'path-refused') } }))
    expect(await dispatch('episode.read', { path: '../x' })).toEqual({ ok: false, error: { message: '"../x" is outside the workspace and was refused.', code: 'path-refused' } })
  })

  it('turns an unexpected failure into one readable line, never a stack trace', async () => {
    const log = vi.fn()
    const dispatch = createDispatcher(handlers({ 'episodes.list': () => { throw new Error('EACCES: permission denied\n    at foo (x.js:1:1)') } }), log)
    const result = await dispatch('episodes.list', {})
    expect(result).toEqual({ ok: false, error: { message: 'Something went wrong: EACCES: permission denied', code: 'internal' } })
    expect(log).toHaveBeenCalledOnce()
  })
})
