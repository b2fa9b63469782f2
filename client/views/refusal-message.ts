import { CloseCode } from '../../shared/close-codes.js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import { t } from '../i18n/i18n.js';

/**
 * The one place a websocket close (its code, and for 4401 which of the server's reasons) becomes
 * words in the reader's language. The server's reasons are English (`server/collab/room-control.ts`,
 * `websocket-upgrade.ts`); an unknown one falls back to its code's message.
 */
const CODE_MESSAGES: Record<CloseCode, MessageKey> = {
  [CloseCode.serverRestarting]: 'shell.closed.restarting',
  [CloseCode.policyViolation]: 'shell.closed.tooManyMessages',
  [CloseCode.tryAgainLater]: 'shell.closed.busy',
  [CloseCode.malformedMessage]: 'shell.closed.malformed',
  [CloseCode.unauthorized]: 'shell.closed.unauthorized',
  [CloseCode.documentUnavailable]: 'shell.closed.documentUnavailable',
};

const UNAUTHORIZED_REASONS: ReadonlyArray<[RegExp, MessageKey]> = [
  [/revoked/i, 'shell.closed.revoked'],
  [/deleted/i, 'shell.closed.deleted'],
];

export function refusalMessage(refusal: { code: number; reason: string }): string {
  if (refusal.code === CloseCode.unauthorized) {
    const known = UNAUTHORIZED_REASONS.find(([pattern]) => pattern.test(refusal.reason));
    if (known) return t(known[1]);
  }
  const key = CODE_MESSAGES[refusal.code as CloseCode];
  return t(key ?? 'shell.closed.refused');
}
