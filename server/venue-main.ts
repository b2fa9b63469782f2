import path from 'node:path';
import { loadVenueConfig, VENUE_LINKS_FILE } from './config.js';
import { configOrExit } from './config-or-exit.js';
import { publicBase } from './http/public-base.js';
import { createLogger } from './logger.js';
import { startOrExplain } from './start-or-explain.js';
import { stopOnSignals } from './stop-on-signals.js';
import { keepAdminToken } from './venue/admin-token-file.js';
import { venueFacilitatorLink } from './venue/facilitator-link.js';
import { systemLanguage } from './venue/system-language.js';
import { lanAddresses } from './venue/lan-addresses.js';
import { portIsFree } from './venue/port-probe.js';
import { venueBanner } from './venue/venue-banner.js';

/** `npm run venue`: this laptop serves the room's Wi-Fi (README, "Running a workshop at a venue"). */
const config = configOrExit(() =>
  loadVenueConfig(process.env, { lanAddresses: lanAddresses(), keepAdminToken }),
);
const venue = config.venue!;
const logger = createLogger(config.logLevel);

function portInUse(): never {
  console.error(
    `Port ${config.port} is in use (another server still running?): stop it, or set PORT=${config.port + 1}.`,
  );
  process.exit(1);
}

// PORT=0 lets the system choose, which is never taken.
if (config.port !== 0 && !(await portIsFree(config.host, config.port))) portInUse();
let server;
try {
  server = await startOrExplain(config, logger);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  portInUse();
}
stopOnSignals(server, logger);

const link = await venueFacilitatorLink({
  workshops: server.workshops,
  invites: server.invites,
  file: path.join(venue.dataDir, VENUE_LINKS_FILE),
  newTitle: `Results workshop, ${new Date().toISOString().slice(0, 10)}`,
  language: systemLanguage(),
});
const origin = publicBase(config, `http://localhost:${server.port}/`, { lanOrigin: server.lanOrigin });
process.stdout.write(
  await venueBanner({
    host: config.host,
    everyInterface: venue.everyInterface,
    port: server.port,
    lanAddresses: venue.lanAddresses,
    publicUrl: config.publicUrl,
    facilitatorUrl: `${origin}${link.path}`,
    workshopTitle: link.workshop.title,
    created: link.created,
    adminTokenFile: venue.adminTokenFile,
    dataFolder: config.database.kind === 'pglite' ? venue.dataDir : undefined,
  }),
);
