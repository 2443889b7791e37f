// A web server for the links bench that answers every request exactly `delayMs` after it arrived. It runs in its own
// worker thread and sleeps to a few ms before the deadline, then waits the rest without sleeping: an idle vCPU on
// these VMs wakes 5–20 ms late from a timer, which a plain setTimeout would add to every "100 ms" answer.
import { Worker } from 'node:worker_threads'

const serverCode = `
const http = require('node:http')
const { parentPort, workerData } = require('node:worker_threads')
const { delayMs, body } = workerData
const delays = []
let requests = 0
const server = http.createServer((req, res) => {
  const arrived = performance.now()
  requests++
  const answer = () => {
    delays.push(performance.now() - arrived)
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  const deadline = arrived + delayMs
  const waitRest = () => (performance.now() >= deadline ? answer() : setImmediate(waitRest))
  setTimeout(waitRest, Math.max(0, delayMs - 25))
})
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }))
parentPort.on('message', (m) => {
  if (m === 'stats') {
    const sorted = [...delays].sort((a, b) => a - b)
    parentPort.postMessage({ requests, medianDelayMs: sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0, maxDelayMs: sorted.at(-1) ?? 0 })
  }
})
`

export interface LatencyServer {
  port: number
  /** Requests answered so far and the delay each had, measured by the server from arrival to answer. */
  stats(): Promise<{ requests: number; medianDelayMs: number; maxDelayMs: number }>
  close(): Promise<void>
}

export async function startLatencyServer(delayMs: number, body: string): Promise<LatencyServer> {
  const worker = new Worker(serverCode, { eval: true, workerData: { delayMs, body } })
  const next = <T>() => new Promise<T>((resolve, reject) => (worker.once('message', resolve), worker.once('error', reject)))
  const { port } = await next<{ port: number }>()
  return {
    port,
    stats: async () => {
      const answer = next<{ requests: number; medianDelayMs: number; maxDelayMs: number }>()
      worker.postMessage('stats')
      return answer
    },
    close: async () => void (await worker.terminate())
  }
}
