import { createSignal, Show } from 'solid-js';
import type { Workshop } from '../../shared/api.js';
import { i18n, t } from '../i18n/i18n.js';
import type { WorkshopApi } from '../sync/api-client.js';
import { forgetWorkshop } from '../sync/recent-workshops.js';
import { createServerAction } from '../sync/server-action.js';
import { Dialog } from './Dialog.jsx';
import { ErrorAlert } from './ErrorAlert.jsx';
import { rich } from './rich-message.jsx';

/** Where the home page is told which workshop was just deleted, to say so once. */
export const DELETED_PARAM = 'deleted';

/**
 * Facilitators: archive the workshop (read-only for everyone, exports still work) or unarchive it,
 * download it whole as an archive file (to move it to another server), and delete it with all its
 * data after typing its title, as GitHub asks before deleting a repository.
 */
export function LifecyclePanel(props: {
  api: WorkshopApi;
  workshop: Workshop;
  onChanged: (workshop: Workshop) => void;
  onClose: () => void;
}) {
  const action = createServerAction();
  const [typedTitle, setTypedTitle] = createSignal('');
  const archived = () => props.workshop.archivedAt !== null;

  const toggleArchive = () =>
    void action.run(async () => {
      props.onChanged(await (archived() ? props.api.unarchive() : props.api.archive()));
    });
  const downloadArchive = () => void action.run(() => props.api.downloadArchive());
  const remove = (event: SubmitEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await props.api.deleteWorkshop(typedTitle());
      forgetWorkshop(props.workshop.id);
      location.assign(`/?${DELETED_PARAM}=${encodeURIComponent(props.workshop.title)}`);
    });
  };

  return (
    <Dialog title={t('shell.lifecycle.title')} onClose={props.onClose}>
      <ErrorAlert message={action.error()} />
      <section class="lifecycle-part">
        <h3>{archived() ? t('shell.lifecycle.archived') : t('shell.lifecycle.archive')}</h3>
        <Show when={archived()} fallback={<p>{t('shell.lifecycle.archiveHelp')}</p>}>
          <p>{t('shell.lifecycle.archivedOn', { date: i18n().dateTime(props.workshop.archivedAt!) })}</p>
        </Show>
        <button type="button" disabled={action.pending()} onClick={toggleArchive}>
          {archived() ? t('shell.lifecycle.unarchive') : t('shell.lifecycle.archiveWorkshop')}
        </button>
      </section>
      <section class="lifecycle-part">
        <h3>{t('shell.lifecycle.move')}</h3>
        <p>{t('shell.lifecycle.moveHelp')}</p>
        <button type="button" disabled={action.pending()} onClick={downloadArchive}>
          {t('shell.lifecycle.downloadArchive')}
        </button>
      </section>
      <form class="lifecycle-part danger" onSubmit={remove}>
        <h3>{t('common.delete')}</h3>
        <p>{t('shell.lifecycle.deleteHelp')}</p>
        <label>
          <span>
            {rich(t('shell.lifecycle.confirmTitle'), {
              title: <strong dir="auto">{props.workshop.title}</strong>,
            })}
          </span>
          <input
            name="confirmTitle"
            dir="auto"
            autocomplete="off"
            value={typedTitle()}
            onInput={(event) => setTypedTitle(event.currentTarget.value)}
          />
        </label>
        <button
          type="submit"
          class="danger"
          disabled={action.pending() || typedTitle() !== props.workshop.title}
        >
          {t('shell.lifecycle.deleteWorkshop')}
        </button>
      </form>
    </Dialog>
  );
}
