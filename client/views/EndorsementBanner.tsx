import { Show } from 'solid-js';
import { t, tn } from '../i18n/i18n.js';
import { latestEndorsed, type VersionHistory } from '../sync/version-history.js';
import { rich } from './rich-message.jsx';

/** Says which version was endorsed and whether the live draft still matches it. */
export function EndorsementBanner(props: {
  history: VersionHistory;
  onShowDiff: (versionId: string) => void;
}) {
  const endorsed = () => latestEndorsed(props.history.list());
  const changed = () => {
    const version = endorsed();
    return version !== undefined && props.history.list()?.live.hash !== version.hash;
  };
  return (
    <Show when={endorsed()}>
      {(version) => {
        const endorsements = () => version().endorsements.filter((e) => e.decision === 'endorse');
        const count = () => endorsements().length;
        const confirmed = () => endorsements().filter((e) => e.identity === 'invite').length;
        return (
          <p
            class={`endorsement-banner ${changed() ? 'changed' : 'matches'}`}
            role="status"
            data-testid="endorsement-banner"
          >
            {rich(
              t('shell.endorsement.banner', {
                // A version's label (v3) keeps its digits, as item labels do.
                number: String(version().number),
                endorsements: tn('shell.endorsement.endorsements', count()),
                confirmed: t('shell.endorsement.confirmed', { count: confirmed() }),
                selfDeclared: t('shell.endorsement.selfDeclared', { count: count() - confirmed() }),
              }),
              { name: <bdi>{version().name}</bdi> },
            )}{' '}
            <Show when={changed()} fallback={<span>{t('shell.endorsement.unchanged')}</span>}>
              <span>{t('shell.endorsement.changed')} </span>
              <button type="button" class="link" onClick={() => props.onShowDiff(version().id)}>
                {t('shell.endorsement.seeDiff')}
              </button>
            </Show>
          </p>
        );
      }}
    </Show>
  );
}
