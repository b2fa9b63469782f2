import {
  bigserial,
  customType,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../shared/roles.js';

/** pg-core has no bytea column; pg hands back a Buffer and PGlite a Uint8Array, so normalise both. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

export const workshops = pgTable('workshops', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  country: text('country'),
  startsOn: date('starts_on'),
  endsOn: date('ends_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Only a SHA-256 of each invite token is kept: a leaked database does not leak working links. */
export const invites = pgTable(
  'invites',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.workshopId, table.tokenHash] })],
);

/** The append-only log of Yjs updates the server accepted, not yet folded into the snapshot. */
export const documentUpdates = pgTable(
  'document_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    update: bytea('update').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('document_updates_workshop_idx').on(table.workshopId, table.id)],
);

/** One compacted Yjs state per workshop; the document is this plus every remaining log row. */
export const documentSnapshots = pgTable('document_snapshots', {
  workshopId: uuid('workshop_id')
    .primaryKey()
    .references(() => workshops.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
