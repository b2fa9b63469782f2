/**
 * Wrong join codes per client address. A code is eight characters from 31, about 8.5 × 10¹¹
 * possibilities; capping each address at `maxFailures` wrong tries per `windowMs` keeps guessing one
 * out of reach. The try after the cap is refused for a whole window from that moment, even with a
 * correct code, so an attacker gains nothing by mixing a code they know into their guesses; a
 * correct code does not clear the count, for the same reason.
 *
 * In memory, per instance: behind several instances an address gets the cap on each, which still
 * leaves guessing hopeless. At most `maxAddresses` are remembered, the least recently seen dropped
 * first, so a flood of addresses cannot grow the map without end.
 */
export interface JoinThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  maxAddresses?: number;
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number;
}

export interface JoinThrottle {
  /** Seconds to wait when this address is refused right now, else undefined. */
  refusal(address: string): number | undefined;
  /** Counts a wrong code; returns the seconds to wait when it was one too many, else undefined. */
  fail(address: string): number | undefined;
  /** Addresses remembered (for the bound's test). */
  readonly size: number;
}

interface AddressState {
  /** When each wrong try in the window came, oldest first. */
  failures: number[];
  blockedUntil: number;
}

export function createJoinThrottle({
  maxFailures = 10,
  windowMs = 60_000,
  maxAddresses = 10_000,
  now = Date.now,
}: JoinThrottleOptions = {}): JoinThrottle {
  const addresses = new Map<string, AddressState>();
  const secondsUntil = (at: number, from: number) => Math.max(1, Math.ceil((at - from) / 1000));

  /** The address's state with expired tries dropped; moved to the back (most recently seen). */
  function touch(address: string, at: number): AddressState {
    const state = addresses.get(address) ?? { failures: [], blockedUntil: 0 };
    addresses.delete(address);
    while (state.failures.length > 0 && state.failures[0]! <= at - windowMs) state.failures.shift();
    addresses.set(address, state);
    while (addresses.size > maxAddresses) {
      const oldest = addresses.keys().next().value;
      if (oldest === undefined) break;
      addresses.delete(oldest);
    }
    return state;
  }

  return {
    refusal(address) {
      const at = now();
      const state = addresses.get(address);
      return state && state.blockedUntil > at ? secondsUntil(state.blockedUntil, at) : undefined;
    },
    fail(address) {
      const at = now();
      const state = touch(address, at);
      if (state.blockedUntil > at) return secondsUntil(state.blockedUntil, at);
      state.failures.push(at);
      if (state.failures.length <= maxFailures) return undefined;
      state.blockedUntil = at + windowMs;
      state.failures = [];
      return secondsUntil(state.blockedUntil, at);
    },
    get size() {
      return addresses.size;
    },
  };
}
