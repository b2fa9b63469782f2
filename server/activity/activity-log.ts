import {
  ACTIVITY_COLLECTIONS,
  ACTIVITY_PAGE_SIZE,
  REPORT_ACTIVITY,
  type ActivityCollection,
  type ActivityEntry,
  type ActivityPage,
} from '../../shared/activity.js';
import { COLLECTION_NAMES, sectionDef } from '../../shared/workshop-document/index.js';
import type { ActivityRepository, StoredActivity } from '../store/activity-repository.js';
import type { ActivityRecorder } from './activity-recorder.js';

export interface ActivityReader {
  /** One page, newest first; what was recorded until now is written first, so it is on it. */
  page(workshopId: string, query: { itemId?: string; before?: number }): Promise<ActivityPage>;
  /** Every entry last changed by `until` (all without), newest first: the export's contributors. */
  all(workshopId: string, until?: Date): Promise<ActivityEntry[]>;
}

/** Most entries an export reads (a long workshop has a few thousand person-minutes). */
const MAX_EXPORT_ENTRIES = 20_000;

/** Each section's field order, so fields are listed as the card shows them whichever order they came in. */
const FIELD_ORDER: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  ...COLLECTION_NAMES.map(
    (name) =>
      [name, new Map(Object.keys(sectionDef(name).fields).map((field, index) => [field, index]))] as const,
  ),
  [REPORT_ACTIVITY.collection, new Map([[REPORT_ACTIVITY.field, 0]])],
]);

const KNOWN_COLLECTIONS: ReadonlySet<string> = new Set(ACTIVITY_COLLECTIONS);

function toEntry(row: StoredActivity): ActivityEntry {
  const order = FIELD_ORDER.get(row.collection);
  const rank = (field: string) => order?.get(field) ?? Number.MAX_SAFE_INTEGER;
  return {
    at: row.at.toISOString(),
    actor: { inviteId: row.inviteId, name: row.actorName, role: row.actorRole },
    collection: row.collection as ActivityCollection,
    itemId: row.itemId,
    fields: [...row.fields].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)),
    created: row.created,
  };
}

export function createActivityReader(deps: {
  repository: Pick<ActivityRepository, 'list'>;
  recorder: Pick<ActivityRecorder, 'flush'>;
}): ActivityReader {
  const read = async (workshopId: string, query: Parameters<ActivityRepository['list']>[1]) => {
    await deps.recorder.flush(workshopId);
    // A section a later version dropped: its entries are not shown rather than mislabelled.
    return (await deps.repository.list(workshopId, query)).filter((row) =>
      KNOWN_COLLECTIONS.has(row.collection),
    );
  };
  return {
    async page(workshopId, { itemId, before }) {
      const rows = await read(workshopId, { itemId, before, limit: ACTIVITY_PAGE_SIZE + 1 });
      const shown = rows.slice(0, ACTIVITY_PAGE_SIZE);
      return {
        entries: shown.map(toEntry),
        next: rows.length > ACTIVITY_PAGE_SIZE ? String(shown.at(-1)!.id) : null,
      };
    },
    async all(workshopId, until) {
      return (await read(workshopId, { until, limit: MAX_EXPORT_ENTRIES })).map(toEntry);
    },
  };
}
