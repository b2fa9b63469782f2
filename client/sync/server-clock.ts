import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import type { ServerTime } from '../../shared/api.js';

export interface ClockSample {
  /** Local clock when the request left and when the answer arrived. */
  sentAt: number;
  receivedAt: number;
  /** The server's clock while answering. */
  serverNow: number;
}

/**
 * server clock − local clock, from the sample with the shortest round trip (the one whose answer
 * time is least uncertain), assuming the answer was written half-way through it, as NTP does.
 */
export function offsetFromSamples(samples: readonly ClockSample[]): number | null {
  const best = samples.reduce<ClockSample | null>(
    (shortest, sample) =>
      !shortest || sample.receivedAt - sample.sentAt < shortest.receivedAt - shortest.sentAt
        ? sample
        : shortest,
    null,
  );
  return best ? best.serverNow - (best.sentAt + best.receivedAt) / 2 : null;
}

const SAMPLES = 4;

async function sample(): Promise<ClockSample> {
  const sentAt = Date.now();
  const response = await fetch('/api/time', { cache: 'no-store' });
  const { now } = (await response.json()) as ServerTime;
  return { sentAt, receivedAt: Date.now(), serverNow: now };
}

export interface ServerClock {
  /** The server's current time, by this device's clock corrected with the measured offset. */
  now(): number;
  /** Ticks every `tickMs`: read it in a computation to re-render a countdown. */
  tick: Accessor<number>;
}

/**
 * The server's clock on this device, ticking for countdowns. The offset is measured each time the
 * workshop's socket connects: on opening, and after every reconnect (a laptop waking from sleep may
 * have drifted).
 */
export function createServerClock(provider: WebsocketProvider, tickMs = 250): ServerClock {
  const [offset, setOffset] = createSignal(0);
  const [tick, setTick] = createSignal(Date.now());
  const timer = setInterval(() => setTick(Date.now()), tickMs);

  const measure = async () => {
    const samples: ClockSample[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      try {
        samples.push(await sample());
      } catch {
        // Offline: keep the last offset; the next reconnect measures again.
      }
    }
    const measured = offsetFromSamples(samples);
    if (measured !== null) setOffset(measured);
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') void measure();
  };
  provider.on('status', onStatus);
  if (provider.wsconnected) void measure();
  onCleanup(() => {
    clearInterval(timer);
    provider.off('status', onStatus);
  });
  return { now: () => Date.now() + offset(), tick };
}
