import { createResource, For, Show } from 'solid-js';
import { verifyAuditChain, type AuditEntry } from '../../shared/audit.js';
import type { WorkshopApi } from '../sync/api-client.js';

/** What each action is called in the panel: plain words, not the log's identifiers. */
const ACTION_WORDS: Record<AuditEntry['action'], string> = {
  'invite.created': 'created an invite',
  'invite.revoked': 'revoked an invite',
  'join-code.created': 'made a join code',
  'join-code.revoked': 'revoked a join code',
  'version.saved': 'saved a version',
  'version.restored': 'restored a version',
  'endorsement.requested': 'opened a version for endorsement',
  'endorsement.given': 'endorsed a version',
  'endorsement.declined': 'declined a version',
  'vote.opened': 'opened a vote',
  'vote.closed': 'closed a vote',
  'decision.recorded': 'recorded a decision',
  'import.applied': 'imported rows',
  'workshop.archived': 'archived the workshop',
  'workshop.unarchived': 'unarchived the workshop',
  'export.version': 'exported a version',
  'amendment.proposed': 'proposed an amendment',
  'amendment.accepted': 'accepted an amendment',
  'amendment.rejected': 'rejected an amendment',
  'workshop.exported': 'downloaded the workshop archive',
  'workshop.imported': 'imported the workshop from an archive',
};

/** The facts worth a glance, e.g. "v3 · Final"; the full entry is in the log itself. */
function summary(entry: AuditEntry): string {
  const { details } = entry;
  const parts: string[] = [];
  if (typeof details.number === 'number') parts.push(`v${details.number}`);
  for (const key of ['edition', 'name', 'role', 'file', 'collection', 'kind'] as const) {
    const value = details[key];
    if (typeof value === 'string' && value) parts.push(value);
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
        return { failure: failure instanceof Error ? failure.message : String(failure) };
      }
    },
  );
  const failure = () => {
    const loaded = log();
    return loaded && 'failure' in loaded ? loaded.failure : undefined;
  };
  const loadedLog = () => {
    const loaded = log();
    return loaded && !('failure' in loaded) ? loaded : undefined;
  };
  return (
    <section class="card audit-log" data-testid="audit-log">
      <div class="card-header">
        <strong>Audit log</strong>
        <button type="button" class="icon" aria-label="Close the audit log" onClick={() => props.onClose()}>
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
            <p class="muted">Loading…</p>
          </Show>
        }
      >
        {(loaded) => (
          <>
            <Show
              when={loaded().verification.intact}
              fallback={
                <p class="error" role="alert" data-testid="audit-verification">
                  ✕ Chain broken at entry{' '}
                  {(() => {
                    const verification = loaded().verification;
                    return verification.intact ? '' : `${verification.seq}: ${verification.reason}`;
                  })()}
                </p>
              }
            >
              <p class="muted" role="status" data-testid="audit-verification">
                ✓ Chain intact, {loaded().entries.length} entr{loaded().entries.length === 1 ? 'y' : 'ies'},
                head <code title={loaded().head}>{loaded().head.slice(0, 12)}…</code>
              </p>
            </Show>
            <Show when={loaded().entries.length > 0} fallback={<p class="empty">Nothing recorded yet.</p>}>
              <ol class="audit-entries">
                <For each={[...loaded().entries].reverse()}>
                  {(entry) => (
                    <li data-seq={entry.seq}>
                      <span class="muted">
                        #{entry.seq} · {new Date(entry.at).toLocaleString()}
                      </span>{' '}
                      <strong dir="auto">{entry.actor.name}</strong> ({entry.actor.role}){' '}
                      {ACTION_WORDS[entry.action] ?? entry.action}
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
