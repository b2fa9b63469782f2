import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AMENDMENT_STATUSES, type AmendmentAnchor, type AmendmentTarget } from '../../shared/amendments.js';
import type { CommentAnchor } from '../../shared/comments.js';
import { DECISION_KIND, type DecisionKind, type DecisionOutcome } from '../../shared/decisions.js';
import { ENDORSEMENT_IDENTITIES, INVITE_KINDS, type Actor } from '../../shared/people.js';
import { LANGUAGE_CODES, type Language } from '../../shared/i18n/languages.js';
import { ROLES } from '../../shared/roles.js';
import { VOTE_MODES } from '../../shared/votes.js';

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
  /** Set while the workshop is archived: read-only for every role (server/http/archive-guard.ts). */
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  /** The workshop's language: its template's words and its exports' default language. */
  language: text('language', { enum: LANGUAGE_CODES as [Language, ...Language[]] })
    .notNull()
    .default('en'),
});

/** Only a SHA-256 of each invite token is kept: a leaked database does not leak working links. */
export const invites = pgTable(
  'invites',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    /** What the People panel, revocation, activity and the audit log name the invite by (never the token). */
    id: uuid('id').notNull().defaultRandom(),
    role: text('role', { enum: ROLES }).notNull(),
    /** `role`: a link shared by everyone of the role; `personal`: one named person's. */
    kind: text('kind', { enum: INVITE_KINDS }).notNull().default('role'),
    name: text('name'),
    organisation: text('organisation'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Refreshed at most once a minute per invite (see invite-authorizer.ts). */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.workshopId, table.tokenHash] }),
    uniqueIndex('invites_id_idx').on(table.id),
  ],
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

/**
 * Frozen copies of a workshop's document. Append-only: the repository has no update, and a trigger
 * (migration 0002) refuses UPDATE at the database too. `contentHash` is SHA-256 over the canonical
 * rendering of the content (shared/workshop-document/canonical.ts), not over the Yjs bytes.
 */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… per workshop: what people call "v3". */
    number: integer('number').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['named', 'auto'] }).notNull(),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role', { enum: ROLES }).notNull(),
    state: bytea('state').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('document_versions_number_idx').on(table.workshopId, table.number)],
);

/** A facilitator opening a version for endorsement: an event, so the version row itself never changes. */
export const endorsementRequests = pgTable('endorsement_requests', {
  versionId: uuid('version_id')
    .primaryKey()
    .references(() => documentVersions.id, { onDelete: 'cascade' }),
  openedBy: text('opened_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A stakeholder's endorsement or refusal of one version, bound to that version's content hash. */
export const endorsements = pgTable(
  'endorsements',
  {
    id: uuid('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => documentVersions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    organisation: text('organisation').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    decision: text('decision', { enum: ['endorse', 'decline'] }).notNull(),
    comment: text('comment'),
    contentHash: text('content_hash').notNull(),
    /** `invite`: name and organisation came from a personal invite; `self-declared`: typed on a role link. */
    identity: text('identity', { enum: ENDORSEMENT_IDENTITIES }).notNull().default('self-declared'),
    inviteId: uuid('invite_id'),
    /** The workshop's audit head when it was given, so a printed report can be checked against the log. */
    auditHead: text('audit_head'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('endorsements_version_idx').on(table.versionId, table.createdAt),
    // One per personal invite per version, even for two requests racing each other.
    uniqueIndex('endorsements_once_per_invite_idx')
      .on(table.versionId, table.inviteId)
      .where(sql`identity = 'invite'`),
  ],
);

/**
 * What the decision-maker(s) decided on one presented version (step 11), recorded by a facilitator.
 * Append-only like endorsements: a trigger (migration 0005) refuses UPDATE and DELETE.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => documentVersions.id, { onDelete: 'cascade' }),
    decisionMaker: text('decision_maker').notNull(),
    office: text('office').notNull(),
    kind: text('kind', { enum: DECISION_KIND.values as [DecisionKind, ...DecisionKind[]] }).notNull(),
    decidedOn: date('decided_on').notNull(),
    text: text('text').notNull(),
    /** Recommendation id → outcome, for recommendations of that version's content only. */
    recommendations: jsonb('recommendations').$type<Record<string, DecisionOutcome>>().notNull(),
    recorderName: text('recorder_name').notNull(),
    recorderRole: text('recorder_role', { enum: ROLES }).notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('decisions_version_idx').on(table.versionId, table.createdAt)],
);

/** A dot-vote or rating of the recommendations; at most one is open per workshop at a time. */
export const votes = pgTable(
  'votes',
  {
    id: uuid('id').primaryKey(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: VOTE_MODES }).notNull(),
    dotsPerPerson: integer('dots_per_person'),
    anonymous: boolean('anonymous').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    recommendationIds: jsonb('recommendation_ids').$type<string[]>().notNull(),
    openedBy: text('opened_by').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    index('votes_workshop_idx').on(table.workshopId, table.openedAt),
    uniqueIndex('votes_one_open_idx')
      .on(table.workshopId)
      .where(sql`status = 'open'`),
  ],
);

/**
 * What one person cast on one recommendation. The unique index is what makes "vote twice" impossible
 * even for two requests racing each other; the voter is the SHA-256 of their person token.
 */
export const ballots = pgTable(
  'ballots',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    voteId: uuid('vote_id')
      .notNull()
      .references(() => votes.id, { onDelete: 'cascade' }),
    voterKey: text('voter_key').notNull(),
    voterName: text('voter_name').notNull(),
    recommendationId: text('recommendation_id').notNull(),
    points: integer('points').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('ballots_once_idx').on(table.voteId, table.voterKey, table.recommendationId)],
);

export const commentThreads = pgTable(
  'comment_threads',
  {
    id: uuid('id').primaryKey(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    anchor: jsonb('anchor').$type<CommentAnchor>().notNull(),
    resolved: boolean('resolved').notNull().default(false),
    statusChangedBy: text('status_changed_by'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('comment_threads_workshop_idx').on(table.workshopId, table.createdAt)],
);

export const commentMessages = pgTable(
  'comment_messages',
  {
    id: uuid('id').primaryKey(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => commentThreads.id, { onDelete: 'cascade' }),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role', { enum: ROLES }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('comment_messages_thread_idx').on(table.threadId, table.createdAt)],
);

/**
 * Who was present: each name seen in a workshop's presence, with the role its invite gave and when it
 * was first seen. Written by server/attendance/, read for the report's annex of participants.
 */
export const attendance = pgTable(
  'attendance',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.workshopId, table.name] })],
);

/**
 * Who changed what: one row per person, item and minute, with the fields touched in it. Written by
 * server/activity/, coalesced in memory and upserted, so typing a paragraph costs one row a minute.
 */
export const activity = pgTable(
  'activity',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    inviteId: uuid('invite_id').notNull(),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role', { enum: ROLES }).notNull(),
    collection: text('collection').notNull(),
    itemId: text('item_id').notNull(),
    fields: text('fields').array().notNull(),
    /** Whether the item was created in this minute by this person. */
    created: boolean('created').notNull().default(false),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('activity_coalesce_idx').on(
      table.workshopId,
      table.inviteId,
      table.actorName,
      table.itemId,
      table.minute,
    ),
    index('activity_item_idx').on(table.workshopId, table.itemId, table.id),
    index('activity_workshop_idx').on(table.workshopId, table.id),
  ],
);

/**
 * The tamper-evident record of every act that matters (shared/audit.ts says how each entry is
 * hashed into the chain). Append-only: triggers (migration 0006) refuse UPDATE, and DELETE except
 * when the workshop itself is being deleted.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /** ISO 8601 with milliseconds, as hashed: kept as text so the bytes hashed are the bytes stored. */
    at: text('at').notNull(),
    actor: jsonb('actor').$type<Actor>().notNull(),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.workshopId, table.seq] })],
);

/**
 * Short codes that let a room join without typing an invite link. Each is backed by an invite of its
 * own (a role link), whose token is kept here in the clear: the code is itself a working secret
 * shown on the projector, so the token beside it reveals nothing more, and it is what `/api/join`
 * hands out. Revoking the code stops new joins; the invite stays (revoke it in People to cut off
 * everyone who joined by it).
 */
export const joinCodes = pgTable(
  'join_codes',
  {
    id: uuid('id').primaryKey(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    /** Normalised: upper case, no dash. */
    code: text('code').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    inviteId: uuid('invite_id').notNull(),
    inviteToken: text('invite_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('join_codes_code_idx').on(table.code),
    index('join_codes_workshop_idx').on(table.workshopId, table.createdAt),
  ],
);

/**
 * Proposed changes to the wording of a text field or of words of the report (shared/amendments.ts),
 * open until a facilitator accepts or rejects them; decided ones stay, for the item's history and
 * the exports' annex.
 */
export const amendments = pgTable(
  'amendments',
  {
    id: uuid('id').primaryKey(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    target: jsonb('target').$type<AmendmentTarget>().notNull(),
    /** The replaced words' relative positions; null: the whole field (it was empty when proposed). */
    anchor: jsonb('anchor').$type<AmendmentAnchor>(),
    baseText: text('base_text').notNull(),
    proposedText: text('proposed_text').notNull(),
    replacedText: text('replaced_text').notNull(),
    replacement: text('replacement').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: AMENDMENT_STATUSES }).notNull().default('open'),
    proposerName: text('proposer_name').notNull(),
    proposerRole: text('proposer_role', { enum: ROLES }).notNull(),
    proposerInviteId: uuid('proposer_invite_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedByName: text('decided_by_name'),
    decidedByRole: text('decided_by_role', { enum: ROLES }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why it was rejected. */
    decisionReason: text('decision_reason'),
    /** The target's text just before the decision, and what accepting made it (or would have). */
    decidedBefore: text('decided_before'),
    decidedAfter: text('decided_after'),
  },
  (table) => [index('amendments_workshop_idx').on(table.workshopId, table.createdAt)],
);

/** One +1 per person (the SHA-256 of their person token, as for ballots) per amendment. */
export const amendmentSupports = pgTable(
  'amendment_supports',
  {
    amendmentId: uuid('amendment_id')
      .notNull()
      .references(() => amendments.id, { onDelete: 'cascade' }),
    personKey: text('person_key').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.amendmentId, table.personKey] })],
);
