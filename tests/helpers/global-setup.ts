import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtShell = path.join(root, 'dist/client/index.html');

function newestModification(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(target).map((entry) => newestModification(path.join(target, entry))),
  );
}

/** Browser tests need the built client; rebuilt only when its sources changed since the last build. */
export default async function setup(): Promise<void> {
  const sources = ['client', 'shared', 'vite.config.ts', 'package-lock.json'].map((entry) =>
    path.join(root, entry),
  );
  if (existsSync(builtShell) && statSync(builtShell).mtimeMs >= Math.max(...sources.map(newestModification)))
    return;
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
