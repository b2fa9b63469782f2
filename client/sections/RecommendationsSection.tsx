import { createMemo, For, Show } from 'solid-js';
import { fieldLabel, sectionNoun, sectionTitle } from '../../shared/i18n/document-words.js';
import { createItem, itemLabel, itemText, type Item } from '../../shared/workshop-document/index.js';
import { LinkPicker, type LinkOption } from '../fields/LinkPicker.jsx';
import { TextField } from '../fields/TextField.jsx';
import { ValueField } from '../fields/ValueField.jsx';
import { i18n, language, t } from '../i18n/i18n.js';
import { createOrderedItems, createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ItemAmendments } from './ItemAmendments.jsx';
import { useGroupFocus } from '../sync/breakout-groups.js';
import { ConsolidatedMark } from './ConsolidatedMark.jsx';
import { ItemComments } from './ItemComments.jsx';
import { ItemControls } from './ItemControls.jsx';
import { ItemHistory } from './ItemHistory.jsx';
import { SectionFrame } from './SectionFrame.jsx';
import { fieldOptions, itemNameOf, recommendationName } from './labels.js';
import { createLinkOptions } from './link-options.js';
import { VoteControls, VotePanel } from './VotePanel.jsx';

const label = (field: string) => fieldLabel(i18n().document, 'recommendations', field);

export function RecommendationsSection() {
  const workshop = useWorkshop();
  const recommendations = createOrderedItems(workshop.doc, 'recommendations');
  const findingOptions = createLinkOptions(workshop.doc, 'findings');
  const positions = createMemo(() => new Map(recommendations().map((item, index) => [item, index])));
  const nameOf = (id: string) => recommendationName(workshop.doc, id);
  const group = useGroupFocus();
  // The same Y.Map objects every time, so <For> keeps each card alive when the group filter changes.
  const visible = createMemo(() => {
    const inGroup = group?.recommendationIds() ?? null;
    return inGroup
      ? recommendations().filter((item) => inGroup.has(String(item.get('id'))))
      : recommendations();
  });
  return (
    <SectionFrame
      importInto="recommendations"
      title={sectionTitle(i18n().document, 'recommendations')}
      guidance={t('items.recommendations.guidance')}
      addLabel={t('items.recommendations.add')}
      onAdd={() => workshop.edit(() => createItem(workshop.doc, 'recommendations'))}
    >
      <VotePanel name={nameOf} />
      <Show when={recommendations().length === 0}>
        <p class="empty">{t('items.recommendations.empty')}</p>
      </Show>
      <ol class="cards">
        <For each={visible()}>
          {(item) => (
            <RecommendationCard
              item={item}
              index={positions().get(item) ?? 0}
              count={recommendations().length}
              findings={findingOptions()}
            />
          )}
        </For>
      </ol>
    </SectionFrame>
  );
}

function RecommendationCard(props: { item: Item; index: number; count: number; findings: LinkOption[] }) {
  const number = () => itemLabel('recommendations', props.index);
  const name = () => itemNameOf('recommendations', props.index);
  const priority = createYValue<string | undefined>(props.item, 'priority');
  return (
    <li class="card recommendation" data-id={String(props.item.get('id'))}>
      <div class="card-header">
        <strong class="item-label">{number()}</strong>
        <ConsolidatedMark itemId={String(props.item.get('id'))} />
        <ValueField
          item={props.item}
          field="status"
          label={label('status')}
          options={fieldOptions('recommendations', 'status')}
          class="status"
        />
        <Show when={priority()}>
          <span class="priority" data-testid="priority" title={t('items.recommendations.priorityTitle')}>
            {priority()}
          </span>
        </Show>
        <ItemComments collection="recommendations" item={props.item} name={name()} />
        <ItemAmendments collection="recommendations" item={props.item} name={name()} />
        <ItemHistory collection="recommendations" itemId={String(props.item.get('id'))} name={name()} />
        <ItemControls
          collection="recommendations"
          id={String(props.item.get('id'))}
          index={props.index}
          count={props.count}
          name={name()}
        />
      </div>
      <VoteControls recommendationId={String(props.item.get('id'))} label={number()} />
      <TextField
        text={itemText(props.item, 'text')}
        label={t('items.recommendations.textLabel', { label: number() })}
        multiline
        class="lead"
        placeholder={t('items.recommendations.textPlaceholder')}
      />
      <div class="card-grid">
        <label>
          {label('findingIds')}
          <LinkPicker
            item={props.item}
            field="findingIds"
            label={t('items.recommendations.findingsLabel', { label: number() })}
            options={props.findings}
            noun={sectionNoun(i18n().document, 'findings').toLocaleLowerCase(language())}
          />
        </label>
        <label>
          {label('agency')}
          <TextField
            text={itemText(props.item, 'agency')}
            label={t('items.recommendations.agencyLabel', { label: number() })}
            placeholder={t('items.recommendations.agencyPlaceholder')}
          />
        </label>
        <label class="wide">
          {label('reasoning')}
          <TextField
            text={itemText(props.item, 'reasoning')}
            label={t('items.recommendations.reasoningLabel', { label: number() })}
            multiline
            placeholder={t('items.recommendations.reasoningPlaceholder')}
          />
        </label>
      </div>
    </li>
  );
}
