// The link check's politeness: never more than `perHost` requests to one host, nor `overall` in all, and each host's
// requests in the order they came.
import { describe, expect, it } from 'vitest'
import { HostLimiter } from '../../../../src/main/services/links/host-limiter'

describe('HostLimiter', () => {
  it('keeps to both limits across many hosts, starts each host’s requests in order, and runs them all', async () => {
    const limiter = new HostLimiter(2, 5)
    const active = new Map<string, number>()
    let total = 0
    let most = 0
    const mostPerHost = new Map<string, number>()
    const started: string[] = []
    const jobs = Array.from({ length: 60 }, (_, i) => {
      const host = `h${i % 4}`
      return limiter.run(host, async () => {
        started.push(`${host}:${i}`)
        active.set(host, (active.get(host) ?? 0) + 1)
        total++
        most = Math.max(most, total)
        mostPerHost.set(host, Math.max(mostPerHost.get(host) ?? 0, active.get(host)!))
        await new Promise((r) => setTimeout(r, 1 + (i % 3)))
        active.set(host, active.get(host)! - 1)
        total--
        return i
      })
    })
    expect(await Promise.all(jobs)).toEqual(Array.from({ length: 60 }, (_, i) => i))
    expect(most).toBe(5)
    expect([...mostPerHost.values()]).toEqual([2, 2, 2, 2])
    for (const host of ['h0', 'h1', 'h2', 'h3']) {
      const order = started.filter((s) => s.startsWith(`${host}:`)).map((s) => Number(s.split(':')[1]))
      expect(order).toEqual([...order].sort((a, b) => a - b))
    }
  })

  it('frees the slot of a request that failed', async () => {
    const limiter = new HostLimiter(1, 1)
    await expect(limiter.run('h', async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    expect(await limiter.run('h', async () => 'next')).toBe('next')
  })
})
