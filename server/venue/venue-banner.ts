import QRCode from 'qrcode';
import { lanOrigin, type LanAddress } from './lan-addresses.js';

export interface VenueBannerFacts {
  host: string;
  /** Listening on every interface (HOST 0.0.0.0), not on one address. */
  everyInterface: boolean;
  port: number;
  /** Best first: the first is the one join codes point at. */
  lanAddresses: LanAddress[];
  /** `PUBLIC_URL`, when it overrides the LAN address for links and join codes. */
  publicUrl: string | undefined;
  /** The full facilitator link, on the origin the room reaches. */
  facilitatorUrl: string;
  workshopTitle: string;
  /** The workshop was made for this start. */
  created: boolean;
  /** Where the admin token is kept; undefined when it came from `ADMIN_TOKEN`. */
  adminTokenFile: string | undefined;
  /** The embedded database's folder; undefined on PostgreSQL. */
  dataFolder: string | undefined;
}

/** The last line of the banner: a test (and a person) knows from it that the server is ready. */
export const BANNER_LAST_LINE = 'Stop it with Ctrl+C.';

/**
 * What `npm run venue` prints once it listens: where the room reaches this laptop, the
 * facilitator's link with a QR code to open it on a phone or tablet, and where its secrets and
 * data are. Plain text, so it reads the same in any terminal; only the QR code uses colours.
 */
export async function venueBanner(facts: VenueBannerFacts): Promise<string> {
  const width = Math.max(0, ...facts.lanAddresses.map((address) => lanOrigin(address, facts.port).length));
  const lines = ['', 'Results Workshop Workspace: venue mode', ''];
  if (facts.lanAddresses.length === 0 && !facts.everyInterface) {
    lines.push(`HOST=${facts.host} is not on the room’s network: unset HOST to serve every interface.`);
  } else if (facts.lanAddresses.length === 0) {
    lines.push(
      'No network found: connect this laptop to the room’s Wi-Fi (or turn on its hotspot), then start again.',
      'Until then only this laptop can open the workspace.',
    );
  } else {
    lines.push('On the room’s Wi-Fi, open:');
    for (const address of facts.lanAddresses)
      lines.push(`  ${lanOrigin(address, facts.port).padEnd(width)}   (${address.interface})`);
  }
  lines.push(`On this laptop: http://localhost:${facts.port}`);
  if (facts.publicUrl) lines.push(`Links and join codes use PUBLIC_URL: ${facts.publicUrl}`);
  const which = facts.created ? 'made just now' : 'the one last worked on';
  lines.push(
    '',
    `Facilitator link to “${facts.workshopTitle}” (${which}):`,
    `  ${facts.facilitatorUrl}`,
    '',
    // Level L keeps the code small enough for an 80×24 terminal; a terminal is not a projector.
    (
      await QRCode.toString(facts.facilitatorUrl, {
        type: 'terminal',
        small: true,
        errorCorrectionLevel: 'L',
      })
    ).replace(/\n+$/, ''),
    '',
    'Scan it with your phone or tablet, or open it here. It is the facilitator’s key to the workshop:',
    'keep this terminal off the projector. Everyone else joins with the workshop’s “Join code” button.',
    '',
    facts.adminTokenFile
      ? `Admin token (the home page asks for it to create another workshop): in ${facts.adminTokenFile}`
      : 'Admin token: the ADMIN_TOKEN you set.',
  );
  if (facts.dataFolder) lines.push(`Everything the room writes is kept in ${facts.dataFolder}`);
  lines.push(
    'If this laptop restarts, run npm run venue again: the same links and join codes work, and the',
    'phones send what was typed meanwhile as soon as they reconnect.',
    BANNER_LAST_LINE,
    '',
  );
  return lines.join('\n');
}
