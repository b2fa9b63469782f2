import { onCleanup, onMount, type JSX } from 'solid-js';
import { t } from '../i18n/i18n.js';

/**
 * A modal panel over the workshop (People, the workshop's end of life): closes on its button, on Escape
 * and on a click outside; scrolls inside itself on a phone.
 */
export function Dialog(props: { title: string; onClose: () => void; children: JSX.Element }) {
  let panel!: HTMLElement;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onClose();
  };
  onMount(() => {
    document.addEventListener('keydown', onKey);
    panel.focus();
  });
  onCleanup(() => document.removeEventListener('keydown', onKey));
  return (
    <div class="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && props.onClose()}>
      <section
        class="dialog-panel"
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        tabIndex={-1}
        ref={panel}
      >
        <header class="dialog-head">
          <h2>{props.title}</h2>
          <button type="button" onClick={() => props.onClose()}>
            {t('common.close')}
          </button>
        </header>
        {props.children}
      </section>
    </div>
  );
}
