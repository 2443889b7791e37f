// The `app://` protocol's answers: the built renderer and the open folder's files (with HTTP Range, so the audio
// player can seek), through the same appFile both shells use. No logic lives here.
import { appFile, type AppFileContext } from '../app-files'

export function appProtocolHandler(context: () => Omit<AppFileContext, 'range'>): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = await appFile(new URL(request.url).pathname, { ...context(), range: request.headers.get('range') })
    return new Response(file.body as BodyInit, { status: file.status, headers: file.headers })
  }
}
