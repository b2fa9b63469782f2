import { createResource, For, Show } from 'solid-js';
import { verifyAuditChain, type AuditEntry } from '../../shared/audit.js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import { roleWord } from './labels.js';
import { sectionTitle } from '../../shared/i18n/document-words.js';
import { COLLECTION_NAMES, type CollectionName } from '../../shared/workshop-document/index.js';
import type { WorkshopApi } from '../sync/api-client.js';
import { actorName, versionName } from './version-words.js';
import { errorWords } from '../sync/error-words.js';
import { i18n, t, tn } from '../i18n/i18n.js';

/** What each action is called in the panel: plain words, not the log's identifiers (an unknown one as it is). */
function actionWords(action: AuditEntry['action']): string {
  const key = `audit.actions.${action}` satisfies MessageKey;
  const words = t(key);
  return words === key ? action : words;
}

const KIND_WORDS: Record<string, MessageKey> = {
  named: 'audit.kinds.named',
  auto: 'audit.kinds.auto',
  formal: 'audit.kinds.formal',
  informal: 'audit.kinds.informal',
  role: 'audit.kinds.role',
  personal: 'audit.kinds.personal',
};

/** A detail's value in the reader's words where it is one of the app's identifiers (a role, a section, a kind). */
function detailWords(key: string, value: string): string {
  if (key === 'role') return roleWord(value);
  if (key === 'collection' && (COLLECTION_NAMES as readonly string[]).includes(value))
    return sectionTitle(i18n().document, value as CollectionName);
  if (key === 'kind' && Object.hasOwn(KIND_WORDS, value)) return t(KIND_WORDS[value]!);
  return value;
}

/** The facts worth a glance, e.g. "v3 · Final"; the full entry is in the log itself. */
function summary(entry: AuditEntry): string {
  const { details } = entry;
  const parts: string[] = [];
  if (typeof details.number === 'number') parts.push(`v${details.number}`);
  for (const key of ['edition', 'name', 'role', 'file', 'collection', 'kind'] as const) {
    const value = details[key];
    if (typeof value !== 'string' || !value) continue;
    parts.push(
      key === 'name' && details.kind === 'auto'
        ? versionName({ name: value, kind: 'auto' })
        : detailWords(key, value),
    );
  }
  return parts.join(' · ');
}

/**
 * The workshop's audit log (facilitators and stakeholders), verified here in the browser rather
 * than taken on the server's word: every hash is recomputed from the entries the server sent.
 */
export function AuditLog(props: {
  api: WorkshopApi;
  /** Refetched whenever this changes (the version history, which moves with most acts). */
  refreshOn: () => unknown;
  onClose: () => void;
}) {
  // A failure is a value, not a thrown resource: reading an errored resource would throw out of the panel.
  const [log] = createResource(
    () => ({ at: props.refreshOn() }),
    async () => {
      try {
        const loaded = await props.api.auditLog();
        return { ...loaded, verification: await verifyAuditChain(loaded.entries) };
      } catch (failure) {
        return { failure: failure ?? new Error(String(failure)) };
      }
    },
  );
  const failure = () => {
    const loaded = log();
    return loaded && 'failure' in loaded ? errorWords(loaded.failure) : undefined;
  };
  const loadedLog = () => {
    const loaded = log();
    return loaded && !('failure' in loaded) ? loaded : undefined;
  };
  return (
    <section class="card audit-log" data-testid="audit-log">
      <div class="card-header">
        <strong>{t('audit.title')}</strong>
        <button type="button" class="icon" aria-label={t('audit.close')} onClick={() => props.onClose()}>
          ✕
        </button>
      </div>
      <Show when={failure()}>
        {(message) => (
          <p class="error" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <Show
        when={loadedLog()}
        fallback={
          <Show when={!failure()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(loaded) => (
          <>
            <Show
              when={loaded().verification.intact}
              fallback={
                <p class="error" role="alert" data-testid="audit-verification">
                  {(() => {
                    const verification = loaded().verification;
                    if (verification.intact) return '';
                    const seq = String(verification.seq);
                    return t('audit.broken', {
                      seq,
                      reason: t(`audit.reasons.${verification.problem}`, { seq }),
                    });
                  })()}
                </p>
              }
            >
              <p class="muted" role="status" data-testid="audit-verification">
                {tn('audit.intact', loaded().entries.length)}{' '}
                <code title={loaded().head}>{loaded().head.slice(0, 12)}…</code>
              </p>
            </Show>
            <Show when={loaded().entries.length > 0} fallback={<p class="empty">{t('audit.empty')}</p>}>
              <ol class="audit-entries">
                <For each={[...loaded().entries].reverse()}>
                  {(entry) => (
                    <li data-seq={entry.seq}>
                      <span class="muted">
                        #{entry.seq} · {i18n().dateTime(entry.at)}
                      </span>{' '}
                      <span dir="auto">
                        {t('audit.entry', {
                          name: actorName(entry.actor.name, entry.actor.inviteId),
                          role: roleWord(entry.actor.role),
                          action: actionWords(entry.action),
                        })}
                      </span>
                      <Show when={summary(entry)}>
                        {(text) => (
                          <>
                            {': '}
                            <span dir="auto">{text()}</span>
                          </>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
