import type { ServerConfig } from '../config.js';

/**
 * The origin people in the room reach this server at: what a join code's URL and its QR code start
 * with. `PUBLIC_URL` when set (behind a proxy or TLS terminator, the request's own origin is the
 * inside one); else, in venue mode, the LAN address phones on the venue's Wi-Fi can reach (the
 * server's own loopback would be useless to them); else the origin the request came to, which is
 * right whenever the facilitator opened the app at an address the room can also reach.
 */
export function publicBase(
  config: Pick<ServerConfig, 'publicUrl'>,
  requestUrl: string,
  venue?: { lanOrigin: string | undefined },
): string {
  if (config.publicUrl) return config.publicUrl;
  if (venue?.lanOrigin) return venue.lanOrigin;
  return new URL(requestUrl).origin;
}
