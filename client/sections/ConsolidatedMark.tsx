import { Show } from 'solid-js';
import { consolidatedMap, readConsolidated } from '../../shared/workshop-document/index.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { i18n, t } from '../i18n/i18n.js';

/** "✓ Consolidated" on an item the rapporteur consolidated after the group reports. */
export function ConsolidatedMark(props: { itemId: string }) {
  const workshop = useWorkshop();
  const stored = createYValue<unknown>(consolidatedMap(workshop.doc), props.itemId);
  const mark = () => (stored(), readConsolidated(workshop.doc, props.itemId));
  return (
    <Show when={mark()}>
      {(current) => (
        <span
          class="consolidated-mark"
          data-testid="consolidated"
          title={t('groups.consolidated.by', { name: current().by, when: i18n().dateTime(current().at) })}
        >
          {t('groups.consolidated.mark')}
        </span>
      )}
    </Show>
  );
}
