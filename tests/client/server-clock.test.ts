import { describe, expect, it } from 'vitest';
import { offsetFromSamples } from '../../client/sync/server-clock.js';

describe('server clock offset', () => {
  it('takes the sample with the shortest round trip, assuming the answer came half-way', () => {
    // A device 7 minutes slow: its clock reads 420 s less than the server's.
    const skew = -420_000;
    const samples = [
      { sentAt: 1_000 + skew, receivedAt: 1_400 + skew, serverNow: 1_050 }, // slow, asymmetric answer
      { sentAt: 2_000 + skew, receivedAt: 2_020 + skew, serverNow: 2_010 },
    ];
    expect(offsetFromSamples(samples)).toBe(420_000);
    expect(offsetFromSamples([])).toBeNull();
  });
});
