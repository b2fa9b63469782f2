import { describe, expect, it } from 'vitest';
import { createActivityRecorder } from '../../../server/activity/activity-recorder.js';
import { createLogger } from '../../../server/logger.js';
import type { ActivityRow } from '../../../server/store/activity-repository.js';

const amina = {
  inviteId: '00000000-0000-4000-8000-000000000001',
  name: 'Amina',
  role: 'participant' as const,
};
const at = Date.UTC(2026, 0, 5, 10, 42, 5);
const touch = (field: string, created = false) => ({
  collection: 'findings' as const,
  itemId: 'f-1',
  fields: new Set([field]),
  created,
});

describe('activity recorder', () => {
  it('coalesces one person’s changes to an item within a minute into one row', async () => {
    const written: ActivityRow[][] = [];
    const recorder = createActivityRecorder({
      store: { upsert: async (rows) => void written.push([...rows]) },
      logger: createLogger('silent'),
      flushMs: 60_000,
    });
    recorder.record('w', amina, [touch('evidence', true)], at);
    recorder.record('w', amina, [touch('source')], at + 1_000);
    recorder.record('w', amina, [touch('source')], at + 2_000);
    recorder.record('w', amina, [touch('source')], at + 60_000);
    await recorder.flush('w');
    expect(written).toHaveLength(1);
    expect(
      written[0]!.map(({ fields, created, minute, at: last }) => ({ fields, created, minute, last })),
    ).toEqual([
      {
        fields: ['evidence', 'source'],
        created: true,
        minute: new Date(Date.UTC(2026, 0, 5, 10, 42)),
        last: new Date(at + 2_000),
      },
      {
        fields: ['source'],
        created: false,
        minute: new Date(Date.UTC(2026, 0, 5, 10, 43)),
        last: new Date(at + 60_000),
      },
    ]);
    await recorder.close();
  });

  it('drops what the store refuses, and forgets a discarded workshop', async () => {
    let calls = 0;
    const recorder = createActivityRecorder({
      store: {
        upsert: async () => {
          calls += 1;
          throw new Error('store down');
        },
      },
      logger: createLogger('silent'),
      flushMs: 60_000,
    });
    recorder.record('w', amina, [touch('source')], at);
    await expect(recorder.flush('w')).resolves.toBeUndefined();
    await recorder.flush('w');
    expect(calls).toBe(1);
    recorder.record('gone', amina, [touch('source')], at);
    recorder.discard('gone');
    await recorder.close();
    expect(calls).toBe(1);
  });
});
