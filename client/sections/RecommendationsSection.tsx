import { createMemo, For, Show } from 'solid-js';
import {
  COLLECTIONS,
  createItem,
  itemLabel,
  itemName,
  itemText,
  type Item,
} from '../../shared/workshop-document/index.js';
import { LinkPicker, type LinkOption } from '../fields/LinkPicker.jsx';
import { TextField } from '../fields/TextField.jsx';
import { ValueField } from '../fields/ValueField.jsx';
import { createOrderedItems, createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ItemAmendments } from './ItemAmendments.jsx';
import { useGroupFocus } from '../sync/breakout-groups.js';
import { ConsolidatedMark } from './ConsolidatedMark.jsx';
import { ItemComments } from './ItemComments.jsx';
import { ItemControls } from './ItemControls.jsx';
import { ItemHistory } from './ItemHistory.jsx';
import { SectionFrame } from './SectionFrame.jsx';
import { fieldOptions, recommendationName } from './labels.js';
import { createLinkOptions } from './link-options.js';
import { VoteControls, VotePanel } from './VotePanel.jsx';

const STATUS_OPTIONS = fieldOptions('recommendations', 'status');

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
      title={COLLECTIONS.recommendations.title}
      guidance="Each recommendation answers one or more findings. Name the agency responsible and keep the reasoning: it goes into the report with the recommendation."
      addLabel="+ Add recommendation"
      onAdd={() => workshop.edit(() => createItem(workshop.doc, 'recommendations'))}
    >
      <VotePanel name={nameOf} />
      <Show when={recommendations().length === 0}>
        <p class="empty">No recommendations yet. Draft them against the validated findings.</p>
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
  const label = () => itemLabel('recommendations', props.index);
  const priority = createYValue<string | undefined>(props.item, 'priority');
  return (
    <li class="card recommendation" data-id={String(props.item.get('id'))}>
      <div class="card-header">
        <strong class="item-label">{label()}</strong>
        <ConsolidatedMark itemId={String(props.item.get('id'))} />
        <ValueField item={props.item} field="status" label="Status" options={STATUS_OPTIONS} class="status" />
        <Show when={priority()}>
          <span class="priority" data-testid="priority" title="Priority from the last vote">
            {priority()}
          </span>
        </Show>
        <ItemComments
          collection="recommendations"
          item={props.item}
          name={itemName('recommendations', props.index)}
        />
        <ItemAmendments
          collection="recommendations"
          item={props.item}
          name={itemName('recommendations', props.index)}
        />
        <ItemHistory
          collection="recommendations"
          itemId={String(props.item.get('id'))}
          name={itemName('recommendations', props.index)}
        />
        <ItemControls
          collection="recommendations"
          id={String(props.item.get('id'))}
          index={props.index}
          count={props.count}
          name={itemName('recommendations', props.index)}
        />
      </div>
      <VoteControls recommendationId={String(props.item.get('id'))} label={label()} />
      <TextField
        text={itemText(props.item, 'text')}
        label={`Text of ${label()}`}
        multiline
        class="lead"
        placeholder="What should be done, e.g. waive late registration fees for refugee children."
      />
      <div class="card-grid">
        <label>
          Answers findings
          <LinkPicker
            item={props.item}
            field="findingIds"
            label={`Findings answered by ${label()}`}
            options={props.findings}
            noun="finding"
          />
        </label>
        <label>
          Responsible agency
          <TextField
            text={itemText(props.item, 'agency')}
            label={`Responsible agency for ${label()}`}
            placeholder="e.g. Ministry of Interior, civil registration department"
          />
        </label>
        <label class="wide">
          Reasoning
          <TextField
            text={itemText(props.item, 'reasoning')}
            label={`Reasoning for ${label()}`}
            multiline
            placeholder="Why the workshop recommends this; alternatives considered."
          />
        </label>
      </div>
    </li>
  );
}
