import { Show } from 'solid-js';
import { t } from '../i18n/i18n.js';
import { rich } from './rich-message.jsx';

/** Where a person was before a facilitator brought them elsewhere, so they can go back. */
export interface BroughtHere {
  by: string;
  section: string;
}

/** "Brought here by Amina — Go back", until the person goes back or dismisses it. */
export function SummonNotice(props: {
  brought: BroughtHere | undefined;
  onGoBack: () => void;
  onDismiss: () => void;
}) {
  return (
    <Show when={props.brought}>
      {(brought) => (
        <div class="summon-notice" role="status" data-testid="summon-notice">
          <span>{rich(t('shell.summon.broughtBy'), { name: <bdi>{brought().by}</bdi> })}</span>
          <button type="button" onClick={() => props.onGoBack()}>
            {t('shell.summon.goBack')}
          </button>
          <button
            type="button"
            class="icon"
            aria-label={t('shell.dismiss')}
            onClick={() => props.onDismiss()}
          >
            ✕
          </button>
        </div>
      )}
    </Show>
  );
}
