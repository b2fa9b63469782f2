import { build } from 'vite';

/** The browser tests and any server test that serves pages need the built client. */
export default async function setup(): Promise<void> {
  await build({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
