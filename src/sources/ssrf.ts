// The SSRF guard: by default Chancery refuses to fetch from addresses that are not on the public
// internet (loopback, private networks, link-local, multicast, carrier-grade NAT, documentation and
// reserved ranges), so a URL in a feed cannot make it read an intranet service or a cloud metadata
// endpoint. The check runs on the addresses a host name resolves to, at connection time, on every hop
// of a redirect chain (fetch.ts), so DNS tricks and redirects to 127.0.0.1 are caught too.
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/** Why an address may not be fetched from, or null when it is a public address. */
export function blockedReason(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return `${address} is not an IP address`;
  }
  // ::ffff:127.0.0.1 is 127.0.0.1.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  // ipaddr.js names every special range (loopback, private, linkLocal, multicast, uniqueLocal, reserved,
  // carrierGradeNat, 6to4, teredo…); only plain "unicast" is the public internet.
  const range = parsed.range();
  return range === 'unicast' ? null : `${address} is a ${describe(range)} address`;
}

function describe(range: string): string {
  const names: Record<string, string> = {
    loopback: 'loopback', private: 'private-network', linkLocal: 'link-local', multicast: 'multicast', uniqueLocal: 'private-network (unique local)',
    carrierGradeNat: 'carrier-grade NAT', unspecified: 'unspecified', broadcast: 'broadcast', reserved: 'reserved',
  };
  return names[range] ?? `non-public (${range})`;
}

export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKED';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Why an address (of a host) may not be fetched from, or null. */
export type AddressPolicy = (address: string, host: string) => string | null;

export const publicOnly: AddressPolicy = (address) => blockedReason(address);
export const anyAddress: AddressPolicy = () => null;

/**
 * A `lookup` for http.request: resolves the host and refuses it when any of its addresses is refused by
 * the policy (a host with one public and one private address could be steered to the private one).
 */
export function guardedLookup(policy: AddressPolicy, resolve: typeof dnsLookup = dnsLookup) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as unknown as LookupAddress[];
      for (const a of list) {
        const reason = policy(a.address, hostname);
        if (reason) return callback(new BlockedAddressError(`refused: ${hostname} resolves to ${reason} (use --allow-private for local addresses)`), '');
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}
