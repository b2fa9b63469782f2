import { generateInviteToken } from '../auth/invite-tokens.js';
import { ADMIN_TOKEN_MIN_LENGTH, ConfigError } from '../config.js';
import { readSecretFile, writeSecretFile } from './secret-file.js';

/**
 * The admin token kept in `file`: made there (256 random bits, mode 0600) the first time, read
 * back on every later start, so a restart in the middle of a workshop keeps it. A file edited into
 * something unusable is an error that says how to get a new one, not a silently replaced token.
 */
export function keepAdminToken(file: string): string {
  const kept = readSecretFile(file)?.trim();
  if (kept === undefined) {
    const token = generateInviteToken();
    writeSecretFile(file, `${token}\n`);
    return token;
  }
  if (kept.length < ADMIN_TOKEN_MIN_LENGTH || /\s/.test(kept))
    throw new ConfigError(
      `${file} holds no usable admin token (one line of at least ${ADMIN_TOKEN_MIN_LENGTH} characters): delete it to have a new one made, or set ADMIN_TOKEN`,
    );
  return kept;
}
