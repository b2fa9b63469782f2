import { describe, expect, it } from 'vitest';
import { createJoinThrottle } from '../../../server/http/join-throttle.js';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the join throttle', () => {
  it('lets 10 wrong codes a minute through, refuses the 11th and then everything for a minute', () => {
    const clock = fakeClock();
    const throttle = createJoinThrottle({ now: clock.now });
    for (let i = 0; i < 10; i++) {
      expect(throttle.refusal('10.0.0.1')).toBeUndefined();
      expect(throttle.fail('10.0.0.1')).toBeUndefined();
      clock.advance(1_000);
    }
    expect(throttle.fail('10.0.0.1')).toBe(60);
    expect(throttle.refusal('10.0.0.1')).toBe(60);
    clock.advance(30_500);
    expect(throttle.refusal('10.0.0.1')).toBe(30);
    // Another address is not held to the first one's tries.
    expect(throttle.refusal('10.0.0.2')).toBeUndefined();
    clock.advance(29_500);
    expect(throttle.refusal('10.0.0.1')).toBeUndefined();
    // A fresh start: ten more wrong tries before the next refusal.
    for (let i = 0; i < 10; i++) expect(throttle.fail('10.0.0.1')).toBeUndefined();
    expect(throttle.fail('10.0.0.1')).toBe(60);
  });

  it('forgets wrong tries older than the window', () => {
    const clock = fakeClock();
    const throttle = createJoinThrottle({ now: clock.now });
    for (let i = 0; i < 10; i++) throttle.fail('10.0.0.1');
    clock.advance(60_001);
    for (let i = 0; i < 10; i++) expect(throttle.fail('10.0.0.1')).toBeUndefined();
    expect(throttle.fail('10.0.0.1')).toBe(60);
  });

  it('remembers a bounded number of addresses, dropping the least recently seen', () => {
    const clock = fakeClock();
    const throttle = createJoinThrottle({ now: clock.now, maxAddresses: 100, maxFailures: 1 });
    throttle.fail('victim');
    throttle.fail('victim');
    expect(throttle.refusal('victim')).toBe(60);
    for (let i = 0; i < 1_000; i++) throttle.fail(`flood-${i}`);
    expect(throttle.size).toBe(100);
    expect(throttle.refusal('flood-999')).toBeUndefined();
    expect(throttle.fail('flood-999')).toBe(60);
    expect(throttle.refusal('victim')).toBeUndefined();
  });
});
