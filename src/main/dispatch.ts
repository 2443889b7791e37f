// The one dispatch table both transports call: validates arguments against the contract, runs the handler,
// and turns any failure into an envelope with a message a person can read.
import { apiArgs, type ApiArgs, type ApiEnvelope, type ApiMethod, type ApiResults } from '../shared/api'
import { UserError } from '../shared/user-error'
import { explainFsError } from './services/fs-errors'

export type Handlers = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]> | ApiResults[M] }
export type Dispatch = (method: string, args: unknown) => Promise<ApiEnvelope<unknown>>

export function createDispatcher(handlers: Handlers, log: (err: unknown) => void = console.error): Dispatch {
  return async (method, rawArgs) => {
    if (typeof method !== 'string' || !Object.hasOwn(apiArgs, method)) {
      return { ok: false, error: { message: `Unknown call "${String(method)}".`, code: 'unknown-method' } }
    }
    const m = method as ApiMethod
    const parsed = apiArgs[m].safeParse(rawArgs ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : ''
      return { ok: false, error: { message: `Invalid arguments for ${m}${where}: ${issue?.message ?? 'bad input'}.`, code: 'invalid-arguments' } }
    }
    try {
      const handler = handlers[m] as (args: unknown) => unknown
      return { ok: true, value: await handler(parsed.data) }
    } catch (err) {
      const user = err instanceof UserError ? err : explainFsError(err)
      if (user) return { ok: false, error: { message: user.message, code: user.code } }
      log(err)
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err)
      return { ok: false, error: { message: `Something went wrong: ${message}`, code: 'internal' } }
    }
  }
}
