import { Show } from 'solid-js';
import {
  AMENDMENT_SHOWN_KEY,
  asAmendmentShown,
  presenterMap,
  showAmendment,
} from '../../shared/workshop-document/index.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { t } from '../i18n/i18n.js';

/** While the projector shows an amendment full-screen, the facilitator's way to take it down from any section. */
export function ProjectedAmendmentControl() {
  const workshop = useWorkshop();
  const raw = createYValue<unknown>(presenterMap(workshop.doc), AMENDMENT_SHOWN_KEY);
  return (
    <Show when={asAmendmentShown(raw())}>
      <span class="muted" data-testid="projected-amendment">
        {t('presenter.amendment.shown')}
      </span>
      <button type="button" onClick={() => workshop.doc.transact(() => showAmendment(workshop.doc, null))}>
        {t('presenter.amendment.takeDown')}
      </button>
    </Show>
  );
}
