// An error whose message is written for the user (a path refused, a file too large), with a code from the one list
// (error-codes.ts) so the window can lead with its own language.
import type { ErrorCode } from './error-codes'

export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'user-error'
  ) {
    super(message)
    this.name = 'UserError'
  }
}
