import { createMemo, createSignal, For, Show } from 'solid-js';
import { fieldLabel, sectionNoun, sectionTitle } from '../../shared/i18n/document-words.js';
import {
  createItem,
  itemLabel,
  itemLinks,
  itemRich,
  itemText,
  type Item,
} from '../../shared/workshop-document/index.js';
import { RichTextField } from '../fields/RichTextField.jsx';
import { TextField } from '../fields/TextField.jsx';
import { ValueField } from '../fields/ValueField.jsx';
import { i18n, t } from '../i18n/i18n.js';
import { createFieldIndex, createOrderedItems } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { useGroupFocus } from '../sync/breakout-groups.js';
import { ChoiceListEditor } from './ChoiceListEditor.jsx';
import { ItemAmendments } from './ItemAmendments.jsx';
import { ConsolidatedMark } from './ConsolidatedMark.jsx';
import { ItemComments } from './ItemComments.jsx';
import { ItemControls } from './ItemControls.jsx';
import { ItemHistory } from './ItemHistory.jsx';
import { FilterSelect, SectionFrame } from './SectionFrame.jsx';
import { choiceOptions, createChoiceLabels, fieldOptions, itemNameOf } from './labels.js';

const statusOptions = () => fieldOptions('findings', 'status');
const label = (field: string) => fieldLabel(i18n().document, 'findings', field);

export function FindingsSection() {
  const workshop = useWorkshop();
  const findings = createOrderedItems(workshop.doc, 'findings');
  const themes = createChoiceLabels(workshop.doc, 'themes');
  const populations = createChoiceLabels(workshop.doc, 'populations');
  const themeOptions = createMemo(() => choiceOptions(themes()));
  const populationOptions = createMemo(() => choiceOptions(populations()));
  const recommendations = createOrderedItems(workshop.doc, 'recommendations');
  const facets = createFieldIndex(workshop.doc, 'findings', (item) => ({
    theme: String(item.get('theme') ?? ''),
    population: String(item.get('population') ?? ''),
    status: String(item.get('status') ?? ''),
  }));
  const answeringLinks = createFieldIndex(workshop.doc, 'recommendations', (item) =>
    Array.from(itemLinks(item, 'findingIds').keys()),
  );
  const [filter, setFilter] = createSignal({ theme: '', population: '', status: '' });
  const group = useGroupFocus();

  /** Finding id → labels of the recommendations that answer it. */
  const answeredBy = createMemo(() => {
    const labels = new Map<string, string[]>();
    recommendations().forEach((recommendation, index) => {
      for (const findingId of answeringLinks().get(String(recommendation.get('id'))) ?? []) {
        labels.set(findingId, [...(labels.get(findingId) ?? []), itemLabel('recommendations', index)]);
      }
    });
    return labels;
  });

  const positions = createMemo(() => new Map(findings().map((item, index) => [item, index])));
  // The same Y.Map objects every time, so <For> keeps each card (and its editors) alive across filters.
  const visible = createMemo(() => {
    const wanted = filter();
    const inGroup = group?.findingIds() ?? null;
    return findings().filter((item) => {
      const values = facets().get(String(item.get('id')));
      return (
        (!inGroup || inGroup.has(String(item.get('id')))) &&
        (!wanted.theme || values?.theme === wanted.theme) &&
        (!wanted.population || values?.population === wanted.population) &&
        (!wanted.status || values?.status === wanted.status)
      );
    });
  });

  const add = () =>
    workshop.edit(() =>
      createItem(workshop.doc, 'findings', {
        // Added while a group's findings are shown: one of that group's, so it stays on its page.
        theme: filter().theme || (group?.findingIds() ? (group.mine()?.group.themes[0] ?? '') : ''),
        population: filter().population,
      }),
    );

  return (
    <SectionFrame
      importInto="findings"
      title={sectionTitle(i18n().document, 'findings')}
      guidance={t('items.findings.guidance')}
      addLabel={t('items.findings.add')}
      onAdd={add}
      toolbar={
        <>
          <FilterSelect
            label={label('theme')}
            value={filter().theme}
            options={themes()}
            onChange={(theme) => setFilter({ ...filter(), theme })}
          />
          <FilterSelect
            label={sectionNoun(i18n().document, 'populations')}
            value={filter().population}
            options={populations()}
            onChange={(population) => setFilter({ ...filter(), population })}
          />
          <FilterSelect
            label={t('items.statusFilter')}
            value={filter().status}
            options={statusOptions()}
            onChange={(status) => setFilter({ ...filter(), status })}
          />
          <span class="muted count">
            {t('items.shownOf', { shown: visible().length, total: findings().length })}
          </span>
          <ChoiceListEditor />
        </>
      }
    >
      <Show when={findings().length === 0}>
        <p class="empty">{t('items.findings.empty')}</p>
      </Show>
      <ol class="cards">
        <For each={visible()}>
          {(item) => (
            <FindingCard
              item={item}
              index={positions().get(item) ?? 0}
              count={findings().length}
              themes={themeOptions()}
              populations={populationOptions()}
              answeredBy={answeredBy().get(String(item.get('id'))) ?? []}
            />
          )}
        </For>
      </ol>
    </SectionFrame>
  );
}

function FindingCard(props: {
  item: Item;
  index: number;
  count: number;
  themes: Array<{ value: string; label: string }>;
  populations: Array<{ value: string; label: string }>;
  answeredBy: string[];
}) {
  const number = () => itemLabel('findings', props.index);
  const name = () => itemNameOf('findings', props.index);
  return (
    <li class="card finding" data-id={String(props.item.get('id'))}>
      <div class="card-header">
        <strong class="item-label">{number()}</strong>
        <ConsolidatedMark itemId={String(props.item.get('id'))} />
        <ValueField item={props.item} field="theme" label={label('theme')} options={props.themes} />
        <ValueField
          item={props.item}
          field="population"
          label={label('population')}
          options={props.populations}
        />
        <ValueField
          item={props.item}
          field="status"
          label={label('status')}
          options={statusOptions()}
          class="status"
        />
        <ItemComments collection="findings" item={props.item} name={name()} />
        <ItemAmendments collection="findings" item={props.item} name={name()} />
        <ItemHistory collection="findings" itemId={String(props.item.get('id'))} name={name()} />
        <ItemControls
          collection="findings"
          id={String(props.item.get('id'))}
          index={props.index}
          count={props.count}
          name={name()}
        />
      </div>
      <RichTextField
        fragment={itemRich(props.item, 'evidence')}
        label={t('items.findings.evidenceLabel', { label: number() })}
        placeholder={t('items.findings.evidencePlaceholder')}
      />
      <div class="card-grid">
        <label>
          {label('source')}
          <TextField
            text={itemText(props.item, 'source')}
            label={t('items.findings.sourceLabel', { label: number() })}
            placeholder={t('items.findings.sourcePlaceholder')}
          />
        </label>
        <label>
          {label('dissent')}
          <TextField
            text={itemText(props.item, 'dissent')}
            label={t('items.findings.dissentLabel', { label: number() })}
            multiline
            placeholder={t('items.findings.dissentPlaceholder')}
          />
        </label>
      </div>
      <p class="backlinks">
        {t('items.findings.answeredBy')}{' '}
        <Show
          when={props.answeredBy.length > 0}
          fallback={<span class="muted">{t('items.findings.noRecommendation')}</span>}
        >
          <For each={props.answeredBy}>{(name) => <span class="link-chip">{name}</span>}</For>
        </Show>
      </p>
    </li>
  );
}
