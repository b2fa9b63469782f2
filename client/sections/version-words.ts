import { SYSTEM_ACTOR } from '../../shared/audit.js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import { t } from '../i18n/i18n.js';

/**
 * Names the server writes itself (in English, stored with the version or the log entry), shown in
 * the reader's words; a name a person typed is shown as typed.
 */
const AUTOMATIC_NAMES: Record<string, MessageKey> = {
  'Auto-saved when everyone had left': 'versions.card.autoNames.leaving',
  'Auto-saved during editing': 'versions.card.autoNames.editing',
};

/** A version's name: an automatic version's in the reader's language. */
export function versionName(version: { name: string; kind?: string }): string {
  const key = version.kind === 'auto' ? AUTOMATIC_NAMES[version.name] : undefined;
  return key ? t(key) : version.name;
}

/** Who acted: the workspace itself (automatic versions, the system's log entries) in the reader's words. */
export function actorName(name: string, inviteId?: string): string {
  return name === SYSTEM_ACTOR.name && (inviteId === undefined || inviteId === SYSTEM_ACTOR.inviteId)
    ? t('versions.card.workspace')
    : name;
}
