import { createSignal, type Accessor } from 'solid-js';

export interface ServerAction {
  /** Runs `work`; on failure keeps its message in `error` (for the person to read) and resolves false. */
  run(work: () => Promise<unknown>): Promise<boolean>;
  error: Accessor<string | undefined>;
  /** True while a request is under way: for a button that must not send twice (an append-only record). */
  pending: Accessor<boolean>;
}

/** A request a button makes, with its refusal (a 409 "vote closed", say) kept to show next to it. */
export function createServerAction(afterSuccess?: () => Promise<void>): ServerAction {
  const [error, setError] = createSignal<string>();
  const [pending, setPending] = createSignal(false);
  return {
    error,
    pending,
    async run(work) {
      setPending(true);
      try {
        setError(undefined);
        await work();
        await afterSuccess?.();
        return true;
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
        return false;
      } finally {
        setPending(false);
      }
    },
  };
}
