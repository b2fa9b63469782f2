import { createMemo, onCleanup, Show } from 'solid-js';
import { personWithRole } from '../sections/labels.js';
import { AMENDMENT_SHOWN_KEY, asAmendmentShown, presenterMap } from '../../shared/workshop-document/index.js';
import { AmendmentDiff } from '../sections/AmendmentDiff.jsx';
import { placeName } from '../sync/amendments.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { i18n, t, tn } from '../i18n/i18n.js';
import { rich } from './rich-message.jsx';

const STATUS_KEYS = {
  open: 'presenter.slide.status.open',
  accepted: 'presenter.slide.status.accepted',
  rejected: 'presenter.slide.status.rejected',
} as const;

/**
 * The amendment the facilitator put on the projector (`presenter.amendment`), over the whole screen:
 * what it changes as a word diff in very large type, who proposed it and why, and who supports it.
 * It stays up once decided, saying so, until the facilitator takes it down.
 */
export function AmendmentSlide() {
  const workshop = useWorkshop();
  const raw = createYValue<unknown>(presenterMap(workshop.doc), AMENDMENT_SHOWN_KEY);
  const amendment = createMemo(() => {
    const shown = asAmendmentShown(raw());
    return shown ? workshop.amendments.value()?.amendments.find((a) => a.id === shown.id) : undefined;
  });
  // Its diff is against the text when last fetched: fetch again a moment after the text is edited.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onUpdate = () => {
    if (amendment()?.status !== 'open') return;
    clearTimeout(timer);
    timer = setTimeout(() => void workshop.amendments.refresh(), 800);
  };
  workshop.doc.on('update', onUpdate);
  onCleanup(() => {
    workshop.doc.off('update', onUpdate);
    clearTimeout(timer);
  });
  return (
    <Show when={amendment()}>
      {(shown) => (
        <section class="amendment-slide" aria-label={t('presenter.slide.label')} data-amendment={shown().id}>
          <p class="amendment-slide-where">
            {placeName(workshop.doc, shown().target)} ·{' '}
            <span data-status={shown().status}>{t(STATUS_KEYS[shown().status])}</span>
            <Show when={shown().status === 'open' && shown().outdated}>
              {' '}
              · {t('presenter.slide.outdated')}
            </Show>
          </p>
          <AmendmentDiff diff={shown().diff} />
          <p class="amendment-slide-by">
            {rich(t('presenter.slide.proposedBy'), {
              name: <strong dir="auto">{personWithRole(shown().proposer)}</strong>,
            })}{' '}
            <span dir="auto">{shown().reason}</span>
          </p>
          <p class="amendment-slide-support" data-testid="slide-support">
            {shown().supporters.length === 0
              ? t('presenter.slide.noSupport')
              : tn('presenter.slide.supportedBy', shown().supporters.length, {
                  names: i18n().list(shown().supporters.map((person) => person.name)),
                })}
          </p>
        </section>
      )}
    </Show>
  );
}
