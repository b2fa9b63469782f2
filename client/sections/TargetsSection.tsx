import { createMemo, For, Show } from 'solid-js';
import {
  COLLECTIONS,
  createItem,
  itemLabel,
  itemName,
  itemText,
  type Item,
} from '../../shared/workshop-document/index.js';
import { TextField } from '../fields/TextField.jsx';
import { ValueField } from '../fields/ValueField.jsx';
import { createOrderedItems } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ItemControls } from './ItemControls.jsx';
import { ItemAmendments } from './ItemAmendments.jsx';
import { ItemHistory } from './ItemHistory.jsx';
import { SectionFrame } from './SectionFrame.jsx';
import { fieldOptions } from './labels.js';

const TARGET = COLLECTIONS.targets.fields;
const FRAMEWORK_OPTIONS = fieldOptions('targets', 'framework');
const PROGRESS_OPTIONS = fieldOptions('targets', 'progress');

export function TargetsSection() {
  const workshop = useWorkshop();
  const targets = createOrderedItems(workshop.doc, 'targets');
  const positions = createMemo(() => new Map(targets().map((item, index) => [item, index])));
  return (
    <SectionFrame
      importInto="targets"
      title={COLLECTIONS.targets.title}
      guidance="Targets for progress (Tool M): an indicator, disaggregated by population, from a baseline to a target value or year, with its data source and the framework it reports to (SDG 16.9 or an ESCAP Regional Action Framework target)."
      addLabel="+ Add target"
      onAdd={() => workshop.edit(() => createItem(workshop.doc, 'targets'))}
    >
      <Show when={targets().length === 0}>
        <p class="empty">No targets yet. Propose them with the assessment report (step 10).</p>
      </Show>
      <ol class="cards">
        <For each={targets()}>
          {(item) => <TargetCard item={item} index={positions().get(item) ?? 0} count={targets().length} />}
        </For>
      </ol>
    </SectionFrame>
  );
}

function TargetCard(props: { item: Item; index: number; count: number }) {
  const label = () => itemLabel('targets', props.index);
  const text = (field: string) => itemText(props.item, field);
  return (
    <li class="card target" data-id={String(props.item.get('id'))}>
      <div class="card-header">
        <strong class="item-label">{label()}</strong>
        <ValueField
          item={props.item}
          field="framework"
          label={TARGET.framework.label}
          options={FRAMEWORK_OPTIONS}
        />
        <ValueField
          item={props.item}
          field="progress"
          label={TARGET.progress.label}
          options={PROGRESS_OPTIONS}
          class="status"
        />
        <ItemAmendments collection="targets" item={props.item} name={itemName('targets', props.index)} />
        <ItemHistory
          collection="targets"
          itemId={String(props.item.get('id'))}
          name={itemName('targets', props.index)}
        />
        <ItemControls
          collection="targets"
          id={String(props.item.get('id'))}
          index={props.index}
          count={props.count}
          name={itemName('targets', props.index)}
        />
      </div>
      <TextField
        text={text('indicator')}
        label={`Indicator of ${label()}`}
        class="lead"
        placeholder="e.g. Proportion of children under 5 whose births are registered"
      />
      <div class="card-grid target-grid">
        <label>
          Disaggregation
          <TextField
            text={text('disaggregation')}
            label={TARGET.disaggregation.label}
            placeholder="e.g. refugees, stateless persons"
          />
        </label>
        <label>
          Baseline value
          <TextField text={text('baselineValue')} label="Baseline value" placeholder="e.g. 62%" />
        </label>
        <label>
          Baseline year
          <ValueField item={props.item} field="baselineYear" label="Baseline year" input="year" />
        </label>
        <label>
          Target value
          <TextField text={text('targetValue')} label="Target value" placeholder="e.g. 90%" />
        </label>
        <label>
          Target year
          <ValueField item={props.item} field="targetYear" label="Target year" input="year" />
        </label>
        <label>
          Data source
          <TextField
            text={text('dataSource')}
            label="Data source"
            placeholder="e.g. civil registration records, DHS"
          />
        </label>
      </div>
    </li>
  );
}
