import { open, rename } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../server/config.js';
import { configOrExit } from '../server/config-or-exit.js';

/**
 * `npm run backup -- <file>`: an online backup of the embedded store, taken from the running server
 * (POST /api/admin/backup) with the same environment it runs with (HOST, PORT, ADMIN_TOKEN). Written to
 * `<file>.partial`, synced, then renamed: `<file>` is either the whole backup or absent.
 */
const file = process.argv[2];
if (!file) {
  console.error(
    'usage: npm run backup -- <file>   (with the server running, and its HOST, PORT, ADMIN_TOKEN)',
  );
  process.exit(2);
}

const config = configOrExit(() => loadConfig(process.env), 2);
// A server listening on every address is reachable on loopback.
const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}/api/admin/backup`;

let response: Response;
try {
  response = await fetch(url, {
    method: 'POST',
    headers: config.adminToken ? { authorization: `Bearer ${config.adminToken}` } : {},
  });
} catch (error) {
  console.error(
    `no server answers at ${url} (${String(error)}): start it, or set HOST and PORT to where it runs`,
  );
  process.exit(1);
}
if (!response.ok) {
  const body = await response.text();
  let message = body;
  try {
    message = (JSON.parse(body) as { error: { message: string } }).error.message;
  } catch {
    // not an API error body: show it as it came
  }
  console.error(`backup refused (${response.status}): ${message}`);
  process.exit(1);
}

const tarball = new Uint8Array(await response.arrayBuffer());
const target = path.resolve(file);
const partial = `${target}.partial`;
const handle = await open(partial, 'w');
try {
  await handle.writeFile(tarball);
  await handle.sync();
} finally {
  await handle.close();
}
await rename(partial, target);
// The rename is durable once the directory holding it is synced.
const directory = await open(path.dirname(target), 'r');
try {
  await directory.sync();
} finally {
  await directory.close();
}
console.log(`backed up the embedded store (${tarball.byteLength} bytes) to ${target}`);
