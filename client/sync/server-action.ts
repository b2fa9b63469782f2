import { createSignal, type Accessor } from 'solid-js';
import { errorWordsOrNothing } from './error-words.js';

export interface ServerAction {
  /** Runs `work`; on failure keeps it for `error` (words for the person to read) and resolves false. */
  run(work: () => Promise<unknown>): Promise<boolean>;
  error: Accessor<string | undefined>;
  /** True while a request is under way: for a button that must not send twice (an append-only record). */
  pending: Accessor<boolean>;
}

/** A request a button makes, with its refusal (a 409 "vote closed", say) kept to show next to it. */
export function createServerAction(afterSuccess?: () => Promise<void>): ServerAction {
  // The failure itself is kept, not its words: they follow the interface language.
  const [failure, setFailure] = createSignal<unknown>();
  const [pending, setPending] = createSignal(false);
  return {
    error: () => errorWordsOrNothing(failure()),
    pending,
    async run(work) {
      setPending(true);
      try {
        setFailure(undefined);
        await work();
        await afterSuccess?.();
        return true;
      } catch (caught) {
        setFailure(() => caught ?? new Error(String(caught)));
        return false;
      } finally {
        setPending(false);
      }
    },
  };
}
