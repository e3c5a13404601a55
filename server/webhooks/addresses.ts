import { BlockList, isIP } from 'node:net';

/**
 * What an address reaches, for the webhook guard against server-side request forgery: a
 * delivery goes to `public` addresses only, unless the operator allows `loopback` or
 * `private` ones (WEBHOOKS_ALLOW). The rest is never allowed: link-local holds the cloud
 * metadata service (169.254.169.254), and multicast, unspecified and reserved addresses
 * are no receiver's.
 */
export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'multicast' | 'unspecified' | 'reserved';

/** The classes an operator may allow. `private` covers RFC 1918, unique-local (fc00::/7) and carrier-grade NAT (100.64/10). */
export const ALLOWABLE = ['loopback', 'private'] as const;
export type Allowable = (typeof ALLOWABLE)[number];

const RANGES: Record<Exclude<AddressClass, 'public'>, readonly (readonly [string, number])[]> = {
  unspecified: [['0.0.0.0', 8], ['::', 128]],
  loopback: [['127.0.0.0', 8], ['::1', 128]],
  private: [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['100.64.0.0', 10], ['fc00::', 7], ['fec0::', 10]],
  'link-local': [['169.254.0.0', 16], ['fe80::', 10]],
  multicast: [['224.0.0.0', 4], ['ff00::', 8]],
  // Protocol assignments, documentation, benchmarking, the old 240/4 and broadcast; IPv4-compatible IPv6 and 6to4, which embed an IPv4 address.
  reserved: [['192.0.0.0', 24], ['192.0.2.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['240.0.0.0', 4], ['::', 96], ['2001:db8::', 32], ['2002::', 16], ['100::', 64]],
};

const lists = Object.entries(RANGES).map(([name, ranges]) => {
  const list = new BlockList();
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, isIP(network) === 6 ? 'ipv6' : 'ipv4');
  return [name as AddressClass, list] as const;
});

/** The class of an IP address; IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms count as the IPv4 address they carry. */
export function classify(address: string): AddressClass {
  const version = isIP(address);
  if (!version) throw new Error(`not an IP address: ${address}`);
  const embedded = version === 6 ? nat64Ipv4(address) : undefined;
  if (embedded) return classify(embedded);
  // BlockList already matches an IPv4-mapped address against the IPv4 ranges.
  return lists.find(([, list]) => list.check(address, version === 6 ? 'ipv6' : 'ipv4'))?.[0] ?? 'public';
}

/** May a webhook be sent to `address` with these classes allowed? */
export const addressAllowed = (address: string, allowed: ReadonlySet<Allowable>): boolean => {
  const kind = classify(address);
  return kind === 'public' || allowed.has(kind as Allowable);
};

/** The IPv4 address inside a NAT64 one (64:ff9b::/96), which a NAT64 gateway would reach. */
function nat64Ipv4(address: string): string | undefined {
  const groups = expandIpv6(address);
  if (groups[0] !== 0x64 || groups[1] !== 0xff9b || groups.slice(2, 6).some(Boolean)) return undefined;
  return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
}

/** An IPv6 address's eight 16-bit groups (a dotted IPv4 tail becomes the last two). */
function expandIpv6(address: string): number[] {
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const hex = tail ? address.slice(0, tail.index) + [((+tail[1]! << 8) | +tail[2]!).toString(16), ((+tail[3]! << 8) | +tail[4]!).toString(16)].join(':') : address;
  const [head, rest] = hex.split('::') as [string, string | undefined];
  const parse = (part: string): number[] => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
