import { createMemo, For, Show } from 'solid-js';
import { fieldLabel, sectionTitle } from '../../shared/i18n/document-words.js';
import { createItem, itemLabel, itemText, type Item } from '../../shared/workshop-document/index.js';
import { TextField } from '../fields/TextField.jsx';
import { ValueField } from '../fields/ValueField.jsx';
import { i18n, t } from '../i18n/i18n.js';
import { createOrderedItems } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ItemControls } from './ItemControls.jsx';
import { ItemAmendments } from './ItemAmendments.jsx';
import { ItemHistory } from './ItemHistory.jsx';
import { SectionFrame } from './SectionFrame.jsx';
import { fieldOptions, itemNameOf } from './labels.js';

const label = (field: string) => fieldLabel(i18n().document, 'targets', field);

export function TargetsSection() {
  const workshop = useWorkshop();
  const targets = createOrderedItems(workshop.doc, 'targets');
  const positions = createMemo(() => new Map(targets().map((item, index) => [item, index])));
  return (
    <SectionFrame
      importInto="targets"
      title={sectionTitle(i18n().document, 'targets')}
      guidance={t('items.targets.guidance')}
      addLabel={t('items.targets.add')}
      onAdd={() => workshop.edit(() => createItem(workshop.doc, 'targets'))}
    >
      <Show when={targets().length === 0}>
        <p class="empty">{t('items.targets.empty')}</p>
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
  const number = () => itemLabel('targets', props.index);
  const name = () => itemNameOf('targets', props.index);
  const text = (field: string) => itemText(props.item, field);
  return (
    <li class="card target" data-id={String(props.item.get('id'))}>
      <div class="card-header">
        <strong class="item-label">{number()}</strong>
        <ValueField
          item={props.item}
          field="framework"
          label={label('framework')}
          options={fieldOptions('targets', 'framework')}
        />
        <ValueField
          item={props.item}
          field="progress"
          label={label('progress')}
          options={fieldOptions('targets', 'progress')}
          class="status"
        />
        <ItemAmendments collection="targets" item={props.item} name={name()} />
        <ItemHistory collection="targets" itemId={String(props.item.get('id'))} name={name()} />
        <ItemControls
          collection="targets"
          id={String(props.item.get('id'))}
          index={props.index}
          count={props.count}
          name={name()}
        />
      </div>
      <TextField
        text={text('indicator')}
        label={t('items.targets.indicatorLabel', { label: number() })}
        class="lead"
        placeholder={t('items.targets.indicatorPlaceholder')}
      />
      <div class="card-grid target-grid">
        <label>
          {label('disaggregation')}
          <TextField
            text={text('disaggregation')}
            label={label('disaggregation')}
            placeholder={t('items.targets.disaggregationPlaceholder')}
          />
        </label>
        <label>
          {label('baselineValue')}
          <TextField
            text={text('baselineValue')}
            label={label('baselineValue')}
            placeholder={t('items.targets.baselineValuePlaceholder')}
          />
        </label>
        <label>
          {label('baselineYear')}
          <ValueField item={props.item} field="baselineYear" label={label('baselineYear')} input="year" />
        </label>
        <label>
          {label('targetValue')}
          <TextField
            text={text('targetValue')}
            label={label('targetValue')}
            placeholder={t('items.targets.targetValuePlaceholder')}
          />
        </label>
        <label>
          {label('targetYear')}
          <ValueField item={props.item} field="targetYear" label={label('targetYear')} input="year" />
        </label>
        <label>
          {label('dataSource')}
          <TextField
            text={text('dataSource')}
            label={label('dataSource')}
            placeholder={t('items.targets.dataSourcePlaceholder')}
          />
        </label>
      </div>
    </li>
  );
}
