// The export's output thread (see export-output.ts): reads episodes, cleans html exports and writes files, one job
// after the other, answering each in the order given; it says 'ready' first, once loaded.
import { isMainThread, parentPort } from 'node:worker_threads'
import { runJob, type OutputJob } from './export-output'

if (!isMainThread && parentPort) {
  const port = parentPort
  port.on('message', (job: OutputJob) => port.postMessage(runJob(job)))
  port.postMessage('ready')
}
