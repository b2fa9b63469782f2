import type { Actor } from './people.js';
import { COLLECTION_NAMES, type CollectionName } from './workshop-document/registry.js';

/**
 * Who changed what: the server records every change it applies from a connection (or makes for
 * someone: a restore, a vote's close), one entry per person, item and minute with the fields touched.
 */

/**
 * The report's prose is one rich-text root, not a collection: it is recorded as this one item with
 * this one field, so every consumer reads it like a card.
 */
export const REPORT_ACTIVITY = { collection: 'report', itemId: 'report', field: 'text' } as const;

export type ActivityCollection = CollectionName | typeof REPORT_ACTIVITY.collection;

export const ACTIVITY_COLLECTIONS: readonly ActivityCollection[] = [
  ...COLLECTION_NAMES,
  REPORT_ACTIVITY.collection,
];

/** One entry of `GET /api/workshops/:id/activity`. */
export interface ActivityEntry {
  /** The last change coalesced into the entry (ISO 8601). */
  at: string;
  actor: Actor;
  collection: ActivityCollection;
  itemId: string;
  /** Field names of the item's section (`text` for the report), in the section's order. */
  fields: string[];
  /** The item was created by this person in this entry's minute. */
  created: boolean;
}

/**
 * `GET /api/workshops/:id/activity?itemId=<id>&before=<cursor>` (any invite): newest first; `next`
 * is the `before` of the following page, null on the last.
 */
export interface ActivityPage {
  entries: ActivityEntry[];
  next: string | null;
}

/** Entries on one page of the activity log. */
export const ACTIVITY_PAGE_SIZE = 50;

export interface Contributor {
  name: string;
  role: Actor['role'];
}

/**
 * Everyone who changed something, in order of their first change, each once (a person is their
 * invite and the name they went by). `entries` newest first, as the API gives them.
 */
export function contributorsOf(entries: readonly Pick<ActivityEntry, 'actor'>[]): Contributor[] {
  const seen = new Map<string, Contributor>();
  for (let index = entries.length - 1; index >= 0; index--) {
    const { actor } = entries[index]!;
    const key = `${actor.inviteId}\u0000${actor.name}`;
    if (!seen.has(key)) seen.set(key, { name: actor.name, role: actor.role });
  }
  return Array.from(seen.values());
}
