import { createMemo, onCleanup, Show } from 'solid-js';
import { nameWithRole } from '../../shared/roles.js';
import { AMENDMENT_SHOWN_KEY, asAmendmentShown, presenterMap } from '../../shared/workshop-document/index.js';
import { AmendmentDiff } from '../sections/AmendmentDiff.jsx';
import { placeName } from '../sync/amendments.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';

const STATUS_WORDS = { open: 'Open for decision', accepted: 'Accepted', rejected: 'Rejected' } as const;

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
        <section class="amendment-slide" aria-label="Amendment under discussion" data-amendment={shown().id}>
          <p class="amendment-slide-where">
            {placeName(workshop.doc, shown().target)} ·{' '}
            <span data-status={shown().status}>{STATUS_WORDS[shown().status]}</span>
            <Show when={shown().status === 'open' && shown().outdated}> · the text changed since</Show>
          </p>
          <AmendmentDiff diff={shown().diff} />
          <p class="amendment-slide-by">
            Proposed by <strong dir="auto">{nameWithRole(shown().proposer)}</strong>:{' '}
            <span dir="auto">{shown().reason}</span>
          </p>
          <p class="amendment-slide-support" data-testid="slide-support">
            {shown().supporters.length === 0
              ? 'No support yet'
              : `Supported by ${shown().supporters.length}: ${shown()
                  .supporters.map((person) => person.name)
                  .join(', ')}`}
          </p>
        </section>
      )}
    </Show>
  );
}
