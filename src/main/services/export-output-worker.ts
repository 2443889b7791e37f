// The export's output thread (see export-output.ts): cleans html exports and writes files, one job after the other,
// answering each in the order given.
import { isMainThread, parentPort } from 'node:worker_threads'
import { finishHtml, writeFiles, type OutputAnswer, type OutputJob } from './export-output'

if (!isMainThread && parentPort) {
  const port = parentPort
  port.on('message', (job: OutputJob) => {
    let answer: OutputAnswer
    try {
      answer = { ok: true, value: 'files' in job ? (writeFiles(job.files), null) : finishHtml(job.rendered, job.outBase) }
    } catch (err) {
      answer = { ok: false, message: err instanceof Error ? err.message : String(err), code: (err as NodeJS.ErrnoException)?.code }
    }
    port.postMessage(answer)
  })
}
