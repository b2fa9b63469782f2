import { createSignal, Show } from 'solid-js';
import type { Workshop } from '../../shared/api.js';
import type { WorkshopApi } from '../sync/api-client.js';
import { forgetWorkshop } from '../sync/recent-workshops.js';
import { createServerAction } from '../sync/server-action.js';
import { Dialog } from './Dialog.jsx';
import { ErrorAlert } from './ErrorAlert.jsx';

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
    <Dialog title="This workshop" onClose={props.onClose}>
      <ErrorAlert message={action.error()} />
      <section class="lifecycle-part">
        <h3>{archived() ? 'Archived' : 'Archive'}</h3>
        <Show
          when={archived()}
          fallback={
            <p>
              When the workshop is over: nobody can change it any more (the document, votes and comments),
              everyone can still read it and export its versions. It can be unarchived.
            </p>
          }
        >
          <p>
            Archived on {new Date(props.workshop.archivedAt!).toLocaleString()}: read-only for everyone.
            Unarchiving lets everyone edit again.
          </p>
        </Show>
        <button type="button" disabled={action.pending()} onClick={toggleArchive}>
          {archived() ? 'Unarchive' : 'Archive workshop'}
        </button>
      </section>
      <section class="lifecycle-part">
        <h3>Move to another server</h3>
        <p>
          Everything in the workshop as one file (the document, versions, endorsements, decisions, votes,
          comments, amendments, attendance, activity and the audit log), for its administrator to import on
          another server, where it continues with new invite links. Invite links and join codes are not in it.
        </p>
        <button type="button" disabled={action.pending()} onClick={downloadArchive}>
          Download archive
        </button>
      </section>
      <form class="lifecycle-part danger" onSubmit={remove}>
        <h3>Delete</h3>
        <p>
          Deletes the workshop and everything in it for good: the document and its history, versions,
          endorsements, votes, comments, attendance, activity and the audit log. Every invite stops working
          and everyone connected is disconnected. Export what you need to keep first.
        </p>
        <label>
          <span>
            Type the workshop's title, <strong dir="auto">{props.workshop.title}</strong>, to confirm
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
          Delete this workshop
        </button>
      </form>
    </Dialog>
  );
}
