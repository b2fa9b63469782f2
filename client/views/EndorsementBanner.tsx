import { Show } from 'solid-js';
import { ENDORSEMENT_IDENTITY_WORDS } from '../../shared/people.js';
import { latestEndorsed, type VersionHistory } from '../sync/version-history.js';

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
            Endorsed version v{version().number} “{version().name}” ({count()} endorsement
            {count() === 1 ? '' : 's'}, {confirmed()} {ENDORSEMENT_IDENTITY_WORDS.invite},{' '}
            {count() - confirmed()} {ENDORSEMENT_IDENTITY_WORDS['self-declared']}).{' '}
            <Show when={changed()} fallback={<span>The draft is unchanged since.</span>}>
              <span>The draft has changed since: </span>
              <button type="button" class="link" onClick={() => props.onShowDiff(version().id)}>
                see diff
              </button>
            </Show>
          </p>
        );
      }}
    </Show>
  );
}
