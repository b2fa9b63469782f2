import { createMemo, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import {
  collection,
  consolidatedMap,
  GROUP_REPORTS_KEY,
  groupReports,
  presenterMap,
  showGroupReports,
  shownGroupReports,
  groupStartsMap,
  itemLabel,
  itemLinks,
  itemRich,
  itemText,
  markConsolidated,
  orderedItems,
  plainText,
  readConsolidated,
  readGroupStart,
  type GroupReportEntry,
  type ReportChange,
} from '../../shared/workshop-document/index.js';
import { ConsolidatedMark } from '../sections/ConsolidatedMark.jsx';
import { summary } from '../sections/labels.js';
import { createGroups } from '../sync/breakout-groups.js';
import { createOrderedItems, createYKeys, createYValue } from '../sync/y-signals.js';
import { canSteerRoom } from '../../shared/roles.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ErrorAlert } from './ErrorAlert.jsx';
import { valueWord } from '../../shared/i18n/document-words.js';
import { i18n, t } from '../i18n/i18n.js';
import { groupName } from './agenda-words.js';

/** What a group did to an item: the plenary's decisions in the findings' status words, else ours. */
function changeWords(change: ReportChange): string {
  switch (change) {
    case 'validated':
    case 'amended':
    case 'rejected':
      return valueWord(i18n().document, 'findings', 'status', change).toLocaleLowerCase(i18n().language);
    default:
      return t(`groups.reports.change.${change}`);
  }
}

/** Edits settle for this long before the reports ask the server for the diff again. */
const REFRESH_AFTER_MS = 600;

/**
 * Group reports for the plenary: group by group, what each group changed since the version saved
 * when the session started (the server's diff from it to the live draft), for its reporter to present.
 * `marking`: the rapporteur's page, where each item can be marked consolidated.
 */
export function GroupReports(props: { sessionId: string; marking: boolean }) {
  const workshop = useWorkshop();
  const doc = workshop.doc;
  const allGroups = createGroups(doc);
  const groups = createMemo(() => allGroups().filter((group) => group.sessionId === props.sessionId));
  const startValue = createYValue<unknown>(groupStartsMap(doc), props.sessionId);
  const start = () => (startValue(), readGroupStart(doc, props.sessionId));

  // Any edit to findings or recommendations may change the reports: fetch again once typing pauses.
  const [edits, setEdits] = createSignal(0);
  let pending: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(pending);
    pending = setTimeout(() => setEdits(edits() + 1), REFRESH_AFTER_MS);
  };
  const roots = [collection(doc, 'findings'), collection(doc, 'recommendations')];
  for (const root of roots) root.observeDeep(changed);
  onCleanup(() => {
    clearTimeout(pending);
    for (const root of roots) root.unobserveDeep(changed);
  });

  const [diff] = createResource(
    () => {
      const versionId = start()?.versionId;
      return versionId ? { versionId, edits: edits() } : false;
    },
    ({ versionId }) => workshop.api.diff(versionId, 'live'),
  );
  const reports = createMemo(() => {
    const current = diff.state === 'ready' || diff.state === 'refreshing' ? diff() : undefined;
    if (!current) return null;
    edits();
    const findings = orderedItems(doc, 'findings').map((item) => ({
      id: String(item.get('id')),
      theme: String(item.get('theme') ?? ''),
    }));
    const recommendations = orderedItems(doc, 'recommendations').map((item) => ({
      id: String(item.get('id')),
      findingIds: Array.from(itemLinks(item, 'findingIds').keys()),
    }));
    return groupReports(current, groups(), { findings, recommendations });
  });

  return (
    <section class="group-reports" aria-label={t('groups.reports.title')} data-testid="group-reports">
      <h2>{t('groups.reports.title')}</h2>
      <Show when={start()} fallback={<p class="muted">{t('groups.reports.notStarted')}</p>}>
        {(saved) => (
          <p class="muted">
            {t('groups.reports.since', {
              version: saved().versionNumber,
              time: i18n().time(saved().startedAt),
            })}
          </p>
        )}
      </Show>
      <ErrorAlert message={diff.error} />
      <Show when={reports()}>
        {(list) => (
          <For each={list()}>
            {(report, index) => (
              <article class="group-report" data-group={report.group.id}>
                <h3>{groupName(report.group, index())}</h3>
                <Show when={report.group.reporter}>
                  {(reporter) => <p class="muted">{t('groups.reports.presentedBy', { name: reporter() })}</p>}
                </Show>
                <Show
                  when={report.entries.length > 0}
                  fallback={<p class="muted">{t('groups.reports.noChanges')}</p>}
                >
                  <ul class="report-entries">
                    <For each={report.entries}>
                      {(entry) => <ReportEntry entry={entry} marking={props.marking} />}
                    </For>
                  </ul>
                </Show>
              </article>
            )}
          </For>
        )}
      </Show>
    </section>
  );
}

/** One item a group changed: its label and text, what the group did, and its consolidated mark. */
function ReportEntry(props: { entry: GroupReportEntry; marking: boolean }) {
  const workshop = useWorkshop();
  const doc = workshop.doc;
  const described = () => {
    const items = orderedItems(doc, props.entry.collection);
    const index = items.findIndex((item) => item.get('id') === props.entry.id);
    const item = items[index];
    if (!item) return { label: '?', text: t('groups.reports.deleted') };
    const text =
      props.entry.collection === 'findings'
        ? plainText(itemRich(item, 'evidence'))
        : itemText(item, 'text').toString();
    return { label: itemLabel(props.entry.collection, index), text };
  };
  // Observed for the button's words; ConsolidatedMark shows the mark itself.
  const marked = createYValue<unknown>(consolidatedMap(doc), props.entry.id);
  const isMarked = () => (marked(), readConsolidated(doc, props.entry.id) !== null);
  const toggle = () =>
    doc.transact(() =>
      markConsolidated(
        doc,
        props.entry.id,
        isMarked() ? null : { by: workshop.user().name, at: workshop.clock.now() },
      ),
    );
  return (
    <li class="report-entry" data-id={props.entry.id}>
      <span class="report-item" dir="auto">
        {summary(described().label, described().text, 140)}
      </span>
      <span class="report-changes">{i18n().list(props.entry.changes.map(changeWords))}</span>
      <ConsolidatedMark itemId={props.entry.id} />
      <Show when={props.marking}>
        <button type="button" aria-pressed={isMarked()} onClick={toggle}>
          {isMarked() ? t('groups.reports.unmark') : t('groups.reports.mark')}
        </button>
      </Show>
    </li>
  );
}

/**
 * The facilitator's Group reports: which group session to report on (the one started last by
 * default), the reports with their consolidate buttons, and putting them on the projector.
 */
export function GroupReportsPanel() {
  const workshop = useWorkshop();
  const doc = workshop.doc;
  const allGroups = createGroups(doc);
  const agenda = createOrderedItems(doc, 'agenda');
  const starts = createYKeys(groupStartsMap(doc));
  const sessions = createMemo(() => {
    starts();
    const withGroups = new Set(allGroups().map((group) => group.sessionId));
    return agenda()
      .filter((item) => withGroups.has(String(item.get('id'))))
      .map((item) => {
        const id = String(item.get('id'));
        return {
          id,
          title: String(item.get('title') ?? ''),
          startedAt: readGroupStart(doc, id)?.startedAt ?? 0,
        };
      });
  });
  const [chosen, setChosen] = createSignal<string>();
  const sessionId = () =>
    chosen() ?? [...sessions()].sort((a, b) => b.startedAt - a.startedAt)[0]?.id ?? undefined;
  const shownValue = createYValue<unknown>(presenterMap(doc), GROUP_REPORTS_KEY);
  const shown = () => (shownValue(), shownGroupReports(doc));
  return (
    <div class="group-reports-panel" data-testid="group-reports-panel">
      <Show when={sessions().length > 0} fallback={<p class="muted">{t('groups.reports.noSessions')}</p>}>
        <div class="section-toolbar">
          <label class="filter">
            {t('groups.reports.session')}
            <select value={sessionId() ?? ''} onChange={(event) => setChosen(event.currentTarget.value)}>
              <For each={sessions()}>
                {(session) => (
                  <option value={session.id} selected={session.id === sessionId()}>
                    {session.title || t('groups.reports.untitledSession')}
                  </option>
                )}
              </For>
            </select>
          </label>
          <Show when={sessionId()}>
            {(id) => (
              <button
                type="button"
                aria-pressed={shown() === id()}
                onClick={() => doc.transact(() => showGroupReports(doc, shown() === id() ? null : id()))}
              >
                {shown() === id() ? t('groups.reports.stopShowing') : t('groups.reports.show')}
              </button>
            )}
          </Show>
        </div>
        <Show when={sessionId()} keyed>
          {(id) => <GroupReports sessionId={id} marking={workshop.canEdit && canSteerRoom(workshop.role)} />}
        </Show>
      </Show>
    </div>
  );
}
