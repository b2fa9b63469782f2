import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Owner read and write only: the file holds a secret. */
export const SECRET_FILE_MODE = 0o600;

/**
 * Reads a file that holds secrets, or undefined when there is none. A file others could read
 * (copied in, or made under a loose umask) is narrowed to 0600 rather than refused: the secret has
 * not gone anywhere because of its mode, and refusing would stop the room's server for it.
 */
export function readSecretFile(file: string): string | undefined {
  let stat;
  try {
    stat = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // A link could point the secret at, or read it from, anywhere.
  if (!stat.isFile()) throw new Error(`${file} is not a plain file`);
  if ((stat.mode & 0o777) !== SECRET_FILE_MODE) chmodSync(file, SECRET_FILE_MODE);
  return readFileSync(file, 'utf8');
}

/**
 * Writes the whole file at once with mode 0600 (through a temporary file renamed over it, so a
 * crash mid-write leaves the old contents rather than half of the new). Creates its folder.
 */
export function writeSecretFile(file: string, contents: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents, { mode: SECRET_FILE_MODE, flag: 'w' });
  // writeFileSync's mode applies only when it creates the file, and then through the umask.
  chmodSync(temporary, SECRET_FILE_MODE);
  renameSync(temporary, file);
}
