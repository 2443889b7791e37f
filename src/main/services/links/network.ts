// Where a host name leads, and whether that address is on a private network (loopback, LAN, link-local, unique
// local): a link check may reach a host's own local docs, but never by a public page's redirect (see follow.ts).
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

export interface ResolvedHost {
  address: string
  family: 4 | 6
  private: boolean
}

/** Resolves a host name to the one address a request will connect to (tests bring their own). */
export type Resolver = (hostname: string) => Promise<ResolvedHost>

const privateRanges = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15]
] as const) privateRanges.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10]
] as const) privateRanges.addSubnet(net, prefix, 'ipv6')

/** True for an address of a private network or this machine. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return privateRanges.check(address, 'ipv4')
  if (family !== 6) return false
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? privateRanges.check(mapped[1], 'ipv4') : privateRanges.check(address, 'ipv6')
}

/** The system resolver (getaddrinfo, as browsers use), first address. */
export const systemResolver: Resolver = async (hostname) => {
  const bare = hostname.replace(/^\[|\]$/g, '')
  const literal = isIP(bare)
  if (literal) return { address: bare, family: literal as 4 | 6, private: isPrivateAddress(bare) }
  const { address, family } = await lookup(bare)
  return { address, family: family as 4 | 6, private: isPrivateAddress(address) }
}
