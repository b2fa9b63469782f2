import { createMemo, createSignal, For, Show } from 'solid-js';
import { fieldLabel, sectionNoun, sectionTitle } from '../../shared/i18n/document-words.js';
import {
  COLLECTIONS,
  createItem,
  itemLabel,
  itemText,
  linkTarget,
  type Item,
} from '../../shared/workshop-document/index.js';
import { LinkPicker, type LinkOption } from '../fields/LinkPicker.jsx';
import { CellTextField } from '../fields/CellTextField.jsx';
import { ValueField } from '../fields/ValueField.jsx';
import { i18n, language, t } from '../i18n/i18n.js';
import { ACTION_PLAN_FILES } from '../sync/export-download.js';
import { createFieldIndex, createOrderedItems, createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { createItemAmendments } from './ItemAmendments.jsx';
import { createItemComments } from './ItemComments.jsx';
import { createItemHistory } from './ItemHistory.jsx';
import { ItemControls } from './ItemControls.jsx';
import { FilterSelect, SectionFrame } from './SectionFrame.jsx';
import { itemNameOf, sameElements } from './labels.js';
import { createLinkOptions } from './link-options.js';
import { ExportMenu } from './ExportMenu.jsx';
import { GanttChart } from './GanttChart.jsx';

type SortKey = 'plan' | 'agency' | 'start';

const PLAN = COLLECTIONS.actionPlan;
const label = (field: string) => fieldLabel(i18n().document, 'actionPlan', field);
const columnTitles = () => ['#', ...PLAN.columns.map(label), ''];

interface RowFacts {
  agency: string;
  start: string;
  end: string;
}

/** End before start is flagged on both cells; both dates are kept as typed. */
export function dateProblem(facts: Pick<RowFacts, 'start' | 'end'>): string | false {
  return facts?.start && facts.end && facts.end < facts.start ? t('items.actionPlan.dateProblem') : false;
}

/** Does the row's period overlap [from, to]? Open ends match everything. */
function overlaps(facts: RowFacts, from: string, to: string): boolean {
  if (from && (facts.end || facts.start) && (facts.end || facts.start) < from) return false;
  if (to && facts.start && facts.start > to) return false;
  return true;
}

export function ActionPlanSection() {
  const workshop = useWorkshop();
  const rows = createOrderedItems(workshop.doc, 'actionPlan');
  const facts = createFieldIndex<RowFacts>(workshop.doc, 'actionPlan', (item) => ({
    agency: itemText(item, 'leadAgency').toString().trim(),
    start: String(item.get('start') ?? ''),
    end: String(item.get('end') ?? ''),
  }));
  const recommendationOptions = createLinkOptions(workshop.doc, 'recommendations');
  const targetOptions = createLinkOptions(workshop.doc, 'targets');
  const [sort, setSort] = createSignal<SortKey>('plan');
  const [agency, setAgency] = createSignal('');
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');

  const positions = createMemo(() => new Map(rows().map((item, index) => [item, index])));
  // Equal lists compare equal: the filter's options are not rebuilt on every keystroke in a cell.
  const agencies = createMemo(
    () => [...new Set([...facts().values()].map((f) => f.agency).filter(Boolean))].sort(),
    undefined,
    { equals: sameElements },
  );
  const visible = createMemo(
    () => {
      const known = facts();
      const factsOf = (item: Item) => known.get(String(item.get('id'))) ?? { agency: '', start: '', end: '' };
      const shown = rows().filter((item) => {
        const f = factsOf(item);
        return (!agency() || f.agency === agency()) && overlaps(f, from(), to());
      });
      if (sort() === 'plan') return shown;
      const key = (item: Item) =>
        sort() === 'agency' ? factsOf(item).agency.toLocaleLowerCase() : factsOf(item).start || '\uffff';
      return [...shown].sort(
        (a, b) => key(a).localeCompare(key(b)) || (positions().get(a) ?? 0) - (positions().get(b) ?? 0),
      );
    },
    undefined,
    { equals: sameElements },
  );

  return (
    <SectionFrame
      importInto="actionPlan"
      title={sectionTitle(i18n().document, 'actionPlan')}
      guidance={t('items.actionPlan.guidance')}
      addLabel={t('items.actionPlan.add')}
      onAdd={() => workshop.edit(() => createItem(workshop.doc, 'actionPlan'))}
      toolbar={
        <>
          <label class="filter">
            {t('items.actionPlan.sortBy')}
            <select
              value={sort()}
              onChange={(event) => setSort(event.currentTarget.value as SortKey)}
              aria-label={t('items.actionPlan.sortRowsBy')}
            >
              <option value="plan">{t('items.actionPlan.sortPlan')}</option>
              <option value="agency">{t('items.actionPlan.sortAgency')}</option>
              <option value="start">{t('items.actionPlan.sortStart')}</option>
            </select>
          </label>
          <FilterSelect
            label={label('leadAgency')}
            value={agency()}
            options={agencies()}
            onChange={setAgency}
          />
          <label class="filter">
            {t('items.actionPlan.activeFrom')}
            <input
              type="date"
              value={from()}
              onChange={(event) => setFrom(event.currentTarget.value)}
              aria-label={t('items.actionPlan.activeFrom')}
            />
          </label>
          <label class="filter">
            {t('items.actionPlan.to')}
            <input
              type="date"
              value={to()}
              onChange={(event) => setTo(event.currentTarget.value)}
              aria-label={t('items.actionPlan.activeUntil')}
            />
          </label>
          <span class="muted count">
            {t('items.shownOf', { shown: visible().length, total: rows().length })}
          </span>
          <ExportMenu files={ACTION_PLAN_FILES} />
        </>
      }
    >
      <div class="table-scroll">
        {/* A grid of rows rather than a <table>: a table lays out every cell again whenever one cell
            changes, while each row here is laid out (and, off screen, skipped) on its own. */}
        <div class="action-plan" role="table" aria-label={sectionTitle(i18n().document, 'actionPlan')}>
          <div class="plan-row plan-head" role="row">
            <For each={columnTitles()}>{(title) => <div role="columnheader">{title}</div>}</For>
          </div>
          <div role="rowgroup">
            <For each={visible()}>
              {(item) => (
                <ActionRowView
                  item={item}
                  index={positions().get(item) ?? 0}
                  count={rows().length}
                  recommendations={recommendationOptions()}
                  targets={targetOptions()}
                />
              )}
            </For>
          </div>
        </div>
        <Show when={rows().length === 0}>
          <p class="empty">{t('items.actionPlan.empty')}</p>
        </Show>
      </div>
      <GanttChart />
    </SectionFrame>
  );
}

function ActionRowView(props: {
  item: Item;
  index: number;
  count: number;
  recommendations: LinkOption[];
  targets: LinkOption[];
}) {
  const number = () => itemLabel('actionPlan', props.index);
  const name = () => itemNameOf('actionPlan', props.index);
  const comments = createItemComments({
    collection: 'actionPlan',
    item: props.item,
    get name() {
      return name();
    },
  });
  const amendments = createItemAmendments({
    collection: 'actionPlan',
    item: props.item,
    get name() {
      return name();
    },
  });
  const history = createItemHistory({
    collection: 'actionPlan',
    itemId: String(props.item.get('id')),
    get name() {
      return name();
    },
  });
  const start = createYValue<string | null>(props.item, 'start');
  const end = createYValue<string | null>(props.item, 'end');
  const problem = () => dateProblem({ start: start() ?? '', end: end() ?? '' });
  const cellLabel = (field: string) =>
    t('items.actionPlan.cellLabel', { field: label(field), label: number() });
  const cell = (field: string) => (
    <div role="cell">
      <CellTextField text={itemText(props.item, field)} label={cellLabel(field)} />
    </div>
  );
  // Both dates are flagged when the end is before the start; each keeps what was typed.
  const dateCell = (field: string) => (
    <div role="cell">
      <ValueField item={props.item} field={field} label={cellLabel(field)} input="date" invalid={problem()} />
    </div>
  );
  const linkOptions = { recommendations: () => props.recommendations, targets: () => props.targets };
  const linkCell = (field: string, to: keyof typeof linkOptions) => (
    <div role="cell">
      <LinkPicker
        item={props.item}
        field={field}
        label={t('items.actionPlan.linkCellLabel', { field: label(field), label: number() })}
        options={linkOptions[to]()}
        noun={sectionNoun(i18n().document, to).toLocaleLowerCase(language())}
      />
    </div>
  );
  const cellOf = (field: (typeof PLAN.columns)[number]) => {
    const def = PLAN.fields[field];
    if (def.kind === 'links') return linkCell(field, linkTarget(def) as keyof typeof linkOptions);
    if (def.kind === 'value' && def.input === 'date') return dateCell(field);
    if (def.kind === 'value')
      return (
        <div role="cell">
          <ValueField item={props.item} field={field} label={cellLabel(field)} />
        </div>
      );
    return cell(field);
  };
  return (
    <div class="plan-row" role="row" data-id={String(props.item.get('id'))}>
      <div role="rowheader" class="row-label">
        {number()}
      </div>
      {PLAN.columns.map(cellOf)}
      <div role="cell" class="row-controls">
        {comments.toggle}
        {amendments.toggle}
        {history.toggle}
        <ItemControls
          collection="actionPlan"
          id={String(props.item.get('id'))}
          index={props.index}
          count={props.count}
          name={name()}
        />
      </div>
      {comments.panel}
      {amendments.panel}
      {history.panel}
    </div>
  );
}
