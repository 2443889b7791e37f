// An error whose message is written for the user (a path refused, a file too large); shown as-is in the UI.

export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = 'user-error'
  ) {
    super(message)
    this.name = 'UserError'
  }
}
