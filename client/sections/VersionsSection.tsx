import { createMemo, createResource, createSignal, For, Show, type Accessor, type JSX } from 'solid-js';
import type { VersionSummary } from '../../shared/api.js';
import type { EndorsementIdentity } from '../../shared/people.js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import type { Traceability } from '../../shared/traceability.js';
import type { WorkshopApi } from '../sync/api-client.js';
import type { VersionHistory } from '../sync/version-history.js';
import { ACTION_PLAN_FILES, REPORT_FILES } from '../sync/export-download.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { errorWords } from '../sync/error-words.js';
import { i18n, t } from '../i18n/i18n.js';
import { roleWord } from './labels.js';
import { AuditLog } from './AuditLog.jsx';
import { DiffView } from './DiffView.jsx';
import { sameElements } from './labels.js';
import { ExportMenu } from './ExportMenu.jsx';
import { SectionFrame } from './SectionFrame.jsx';
import { EndorsementGapCheck } from './EndorsementGapCheck.jsx';
import { VersionDecisions } from './VersionDecisions.jsx';
import { VersionViewer } from './VersionViewer.jsx';
import { actorName, versionName } from './version-words.js';

interface VersionsSectionProps {
  history: VersionHistory;
  api: WorkshopApi;
  /** The version whose differences from the live draft are shown, if any. */
  diffOf: Accessor<string | undefined>;
  showDiff: (versionId: string | undefined) => void;
}

const IDENTITY_WORDS: Record<EndorsementIdentity, MessageKey> = {
  invite: 'versions.card.identity.invite',
  'self-declared': 'versions.card.identity.selfDeclared',
};

/** "As <strong>Amina</strong>": a message around one emphasised value, in the language's word order. */
function around(key: MessageKey, name: string, value: () => JSX.Element): JSX.Element {
  const mark = '\u0000';
  const [before = '', after = ''] = t(key, { [name]: mark }).split(mark);
  return (
    <>
      {before}
      {value()}
      {after}
    </>
  );
}

/** History of frozen versions: save, compare with the draft, restore, and endorse. */
export function VersionsSection(props: VersionsSectionProps) {
  const workshop = useWorkshop();
  // The failure itself, worded when shown (the words follow the interface language).
  const [problem, setProblem] = createSignal<unknown>();
  const [viewing, setViewing] = createSignal<string>();
  const isFacilitator = workshop.role === 'facilitator';
  const canReadAudit = isFacilitator || workshop.role === 'stakeholder';
  const [auditOpen, setAuditOpen] = createSignal(false);
  // Cards are keyed by version id, not by the objects of each refetch (after every edit and notice):
  // a card keeps what someone is typing into it (a decision, an organisation) while the list refreshes.
  const versionIds = createMemo(() => props.history.list()?.versions.map((v) => v.id) ?? [], [], {
    equals: sameElements,
  });
  const versionsById = createMemo(() => new Map(props.history.list()?.versions.map((v) => [v.id, v])));

  const act = async (action: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await action();
      await props.history.refresh();
    } catch (failure) {
      setProblem(() => failure ?? new Error(String(failure)));
    }
  };

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) return;
    void act(async () => {
      await props.api.saveVersion(name);
      form.reset();
    });
  };

  return (
    <SectionFrame title={t('versions.title')} guidance={t('versions.guidance')}>
      <div class="version-actions">
        <ExportMenu files={[...REPORT_FILES, ...ACTION_PLAN_FILES]} label={t('versions.exportLive')} />
        <Show when={canReadAudit}>
          <button type="button" aria-expanded={auditOpen()} onClick={() => setAuditOpen(!auditOpen())}>
            {t('versions.auditLog')}
          </button>
        </Show>
      </div>
      <Show when={canReadAudit && auditOpen()}>
        <AuditLog
          api={props.api}
          refreshOn={() => props.history.list()}
          onClose={() => setAuditOpen(false)}
        />
      </Show>
      <Show when={isFacilitator}>
        <form class="save-version" onSubmit={save}>
          <input
            name="name"
            aria-label={t('versions.nameLabel')}
            placeholder={t('versions.namePlaceholder')}
            dir="auto"
            maxLength={200}
            required
          />
          <button type="submit" class="primary">
            {t('versions.save')}
          </button>
        </form>
      </Show>
      <Show when={problem() ?? props.history.error()}>
        <p class="error" role="alert">
          {problem() ? errorWords(problem()) : props.history.error()}
        </p>
      </Show>
      <Show when={viewing()} keyed>
        {(versionId) => (
          <VersionViewer api={props.api} versionId={versionId} onClose={() => setViewing(undefined)} />
        )}
      </Show>
      <Show when={props.diffOf()}>
        {(versionId) => (
          <DiffPanel
            api={props.api}
            versionId={versionId()}
            history={props.history}
            onClose={() => props.showDiff(undefined)}
          />
        )}
      </Show>
      <Show when={props.history.list()?.versions.length === 0}>
        <p class="empty">{t('versions.empty')}</p>
      </Show>
      <ol class="cards versions">
        <For each={versionIds()}>
          {(id) => (
            <Show when={versionsById().get(id)}>
              {(version) => (
                <VersionCard
                  api={props.api}
                  onChanged={() => props.history.refresh()}
                  version={version()}
                  liveHash={props.history.list()?.live.hash}
                  onDiff={() => props.showDiff(id)}
                  onView={() => setViewing(id)}
                  onRestore={() => {
                    if (
                      confirm(
                        t('versions.confirmRestore', {
                          number: String(version().number),
                          name: versionName(version()),
                        }),
                      )
                    ) {
                      void act(() => props.api.restore(id));
                    }
                  }}
                  onOpen={() => void act(() => props.api.openForEndorsement(id))}
                  onEndorse={(decision, organisation, comment) =>
                    act(() =>
                      props.api.endorse(id, {
                        name: workshop.user().name,
                        ...(organisation ? { organisation } : {}),
                        decision,
                        ...(comment ? { comment } : {}),
                      }),
                    )
                  }
                />
              )}
            </Show>
          )}
        </For>
      </ol>
    </SectionFrame>
  );
}

function DiffPanel(props: {
  api: WorkshopApi;
  versionId: string;
  history: VersionHistory;
  onClose: () => void;
}) {
  // Refetched whenever the live hash changes, so the comparison follows the draft.
  const [diff] = createResource(
    () => [props.versionId, props.history.list()?.live.hash] as const,
    ([id]) => props.api.diff(id, 'live'),
  );
  const version = () => props.history.list()?.versions.find((v) => v.id === props.versionId);
  return (
    <section class="card diff-panel" data-testid="diff-panel">
      <div class="card-header">
        <strong dir="auto">
          {t('versions.diff.title', {
            number: String(version()?.number ?? ''),
            name: (() => {
              const v = version();
              return v ? versionName(v) : '';
            })(),
          })}
        </strong>
        <button
          type="button"
          class="icon"
          aria-label={t('versions.diff.close')}
          onClick={() => props.onClose()}
        >
          ✕
        </button>
      </div>
      <Show when={diff()} fallback={<p class="muted">{t('versions.diff.comparing')}</p>}>
        {(loaded) => <DiffView diff={loaded()} />}
      </Show>
    </section>
  );
}

function VersionCard(props: {
  api: WorkshopApi;
  /** After this card recorded something, so it shows at once (others hear of it live). */
  onChanged: () => Promise<void>;
  version: VersionSummary;
  liveHash: string | undefined;
  onDiff: () => void;
  onView: () => void;
  onRestore: () => void;
  onOpen: () => void;
  onEndorse: (decision: 'endorse' | 'decline', organisation: string, comment: string) => Promise<void>;
}) {
  const workshop = useWorkshop();
  const canEndorse = workshop.role === 'stakeholder' || workshop.role === 'facilitator';
  // A personal invite says who endorses (the server takes its name and organisation, not the form's).
  const personal = () => workshop.invite.kind === 'personal';
  const invitedOrganisation = () => (personal() ? workshop.invite.organisation : null);
  const [organisation, setOrganisation] = createSignal('');
  const [comment, setComment] = createSignal('');
  const [gapCheck, setGapCheck] = createSignal<Traceability | Error>();
  // A version with no gaps opens at once; one with gaps shows them first, to go past or not.
  const openForEndorsement = async () => {
    const trace = await props.api
      .traceability(props.version.id)
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    if (!(trace instanceof Error) && trace.gaps.length === 0) props.onOpen();
    else setGapCheck(trace);
  };
  const created = () => i18n().dateTime(props.version.createdAt);
  return (
    <li class="card version" data-version={props.version.number}>
      <div class="card-header">
        <strong class="item-label">v{props.version.number}</strong>
        <span class="version-name" dir="auto">
          {versionName(props.version)}
        </span>
        <Show when={props.version.kind === 'auto'}>
          <span class="badge">{t('versions.card.automatic')}</span>
        </Show>
        <Show when={props.version.openForEndorsement}>
          <span class="badge open">{t('versions.card.openForEndorsement')}</span>
        </Show>
        <Show when={props.liveHash === props.version.hash}>
          <span class="badge same">{t('versions.card.sameAsDraft')}</span>
        </Show>
      </div>
      <p class="muted">
        <span dir="auto">
          {t('versions.card.byline', {
            name:
              props.version.kind === 'auto' ? actorName(props.version.authorName) : props.version.authorName,
            role: roleWord(props.version.authorRole),
          })}
        </span>{' '}
        · {created()} ·{' '}
        <code title={t('versions.card.hashTitle', { hash: props.version.hash })}>
          {props.version.hash.slice(0, 16)}…
        </code>
      </p>
      <Show when={props.version.endorsements.length > 0}>
        <ul class="endorsements">
          <For each={props.version.endorsements}>
            {(endorsement) => (
              <li class={`endorsement ${endorsement.decision}`}>
                {endorsement.decision === 'endorse' ? '✓' : '✕'} <span dir="auto">{endorsement.name}</span> (
                <span dir="auto">{endorsement.organisation}</span>){' '}
                {endorsement.decision === 'endorse'
                  ? t('versions.card.endorsed')
                  : t('versions.card.declined')}
                <Show when={endorsement.comment}>
                  : “<span dir="auto">{endorsement.comment}</span>”
                </Show>{' '}
                <span class={`badge identity ${endorsement.identity}`}>
                  {t(IDENTITY_WORDS[endorsement.identity])}
                </span>
                <span class="muted"> · {i18n().dateTime(endorsement.createdAt)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="version-actions">
        <button type="button" onClick={() => props.onView()}>
          {t('versions.card.openReadOnly')}
        </button>
        <ExportMenu
          files={[...REPORT_FILES, ...ACTION_PLAN_FILES]}
          version={props.version.id}
          label={t('versions.card.export', { number: String(props.version.number) })}
        />
        <button type="button" onClick={() => props.onDiff()}>
          {t('versions.card.compare')}
        </button>
        <Show when={workshop.role === 'facilitator'}>
          <button type="button" onClick={() => props.onRestore()}>
            {t('versions.card.restore')}
          </button>
          <Show when={!props.version.openForEndorsement}>
            <button type="button" onClick={() => void openForEndorsement()}>
              {t('versions.card.open')}
            </button>
          </Show>
        </Show>
      </div>
      <Show when={!props.version.openForEndorsement && gapCheck()}>
        {(checked) => (
          <EndorsementGapCheck
            version={props.version}
            trace={checked()}
            onConfirm={() => {
              setGapCheck(undefined);
              props.onOpen();
            }}
            onCancel={() => setGapCheck(undefined)}
          />
        )}
      </Show>
      <VersionDecisions api={props.api} version={props.version} onRecorded={props.onChanged} />
      <Show when={canEndorse && props.version.openForEndorsement}>
        <form
          class="endorse-form"
          onSubmit={(event) => {
            event.preventDefault();
            const decision =
              (event.submitter as HTMLButtonElement | null)?.value === 'decline' ? 'decline' : 'endorse';
            void props.onEndorse(decision, organisation(), comment()).then(() => setComment(''));
          }}
        >
          <span data-testid="endorse-as">
            {around('versions.endorse.as', 'name', () => (
              <strong dir="auto">{workshop.user().name}</strong>
            ))}
            <Show when={invitedOrganisation()}>
              {(organisation) => (
                <>
                  {' '}
                  (<span dir="auto">{organisation()}</span>)
                </>
              )}
            </Show>
            <Show when={personal()}>
              <span class="muted"> {t('versions.endorse.fromInvite')}</span>
            </Show>
          </span>
          <Show when={!invitedOrganisation()}>
            <input
              aria-label={t('versions.endorse.organisation')}
              placeholder={t('versions.endorse.organisation')}
              required
              dir="auto"
              value={organisation()}
              onInput={(event) => setOrganisation(event.currentTarget.value)}
            />
          </Show>
          <input
            aria-label={t('versions.endorse.comment')}
            placeholder={t('versions.endorse.commentPlaceholder')}
            dir="auto"
            value={comment()}
            onInput={(event) => setComment(event.currentTarget.value)}
          />
          <button type="submit" class="primary" value="endorse">
            {t('versions.endorse.endorse', { number: String(props.version.number) })}
          </button>
          <button type="submit" value="decline">
            {t('versions.endorse.decline')}
          </button>
        </form>
      </Show>
    </li>
  );
}
