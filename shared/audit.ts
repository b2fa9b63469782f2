import canonicalize from 'canonicalize';
import { digest as sha256 } from 'lib0/hash/sha256';
import type { Actor } from './people.js';

/**
 * The tamper-evident audit chain: each entry's hash covers the previous entry's hash and the entry
 * itself, so changing, removing or reordering any entry breaks every hash after it. Shared by the
 * server (which appends) and the browser (which verifies what the server sends), so both hash the
 * same bytes:
 *
 *   hash = sha256hex(prevHash + "\n" + JCS({seq, at, actor, action, subject, details}))
 *
 * JCS is RFC 8785 JSON canonicalisation; `seq` counts from 1 per workshop and the first entry's
 * `prevHash` is GENESIS_HASH. SHA-256 comes from lib0 (Yjs's own library: `node:crypto` on the
 * server, plain JavaScript in the browser), not WebCrypto: browsers give `crypto.subtle` to secure
 * contexts only, and a phone opening venue mode's `http://192.168.…` page is not one.
 */

/** Every act the log records; an entry with any other action is not one this server wrote. */
export const AUDIT_ACTIONS = [
  'invite.created',
  'invite.revoked',
  'join-code.created',
  'join-code.revoked',
  'version.saved',
  'version.restored',
  'endorsement.requested',
  'endorsement.given',
  'endorsement.declined',
  'vote.opened',
  'vote.closed',
  'decision.recorded',
  'import.applied',
  'workshop.archived',
  'workshop.unarchived',
  'export.version',
  'amendment.proposed',
  'amendment.accepted',
  'amendment.rejected',
  'workshop.exported',
  'workshop.imported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The `prevHash` of entry 1, and the head of an empty log. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Who acts when nobody asked: automatic versions (the timer, everyone leaving). The nil UUID is no
 * invite's id, so the entry cannot be mistaken for a person's act; the name is the one such versions
 * carry as their author.
 */
export const SYSTEM_ACTOR: Actor = {
  inviteId: '00000000-0000-0000-0000-000000000000',
  name: 'Workspace',
  role: 'facilitator',
};

/** Small facts about the act (role, name, version number, content hash, file name…), never a token. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/** What the hash covers: everything an entry says except the hashes themselves. */
export interface AuditEntryBody {
  seq: number;
  /** ISO 8601 with milliseconds (`Date#toISOString`), hashed exactly as stored. */
  at: string;
  actor: Actor;
  action: AuditAction;
  /** The id of what the act is about: an invite, a version, a vote, the workshop… */
  subject: string;
  details: AuditDetails;
}

export interface AuditEntry extends AuditEntryBody {
  prevHash: string;
  hash: string;
}

/** Where a chain ends: the last entry's hash and seq (GENESIS_HASH and 0 when empty). */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** `GET /api/workshops/:id/audit` (facilitators and stakeholders). */
export interface AuditLogResponse {
  /** Oldest first. */
  entries: AuditEntry[];
  /** The last entry's hash (GENESIS_HASH when there is none): what a printed report is checked against. */
  head: string;
}

/** The exact string whose SHA-256 is an entry's hash. Only the hashed fields are read. */
export function auditHashInput(prevHash: string, entry: AuditEntryBody): string {
  const { seq, at, actor, action, subject, details } = entry;
  const canonical = canonicalize({
    seq,
    at,
    actor: { inviteId: actor.inviteId, name: actor.name, role: actor.role },
    action,
    subject,
    details,
  });
  if (canonical === undefined) throw new Error('audit entry is not serialisable as JSON');
  return `${prevHash}\n${canonical}`;
}

async function sha256hex(text: string): Promise<string> {
  const digest = sha256(new TextEncoder().encode(text));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function auditHash(prevHash: string, entry: AuditEntryBody): Promise<string> {
  return sha256hex(auditHashInput(prevHash, entry));
}

export function auditHeadOf(entries: readonly AuditEntry[]): AuditHead {
  const last = entries.at(-1);
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

export type AuditVerification =
  | { intact: true; entries: number; head: AuditHead }
  /** `seq`: the first position (1-based) where the chain no longer holds; `reason` says how. */
  | { intact: false; seq: number; reason: string; problem: 'seq' | 'link' | 'hash' };

/**
 * Checks a whole log, oldest first: seqs are 1, 2, 3… with no gap, each entry links to the one
 * before, and each hash is what its content gives. A removed entry shows as a seq gap or a broken
 * link, a reordered one likewise, a changed one as a wrong hash.
 */
export async function verifyAuditChain(entries: readonly AuditEntry[]): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const expected = index + 1;
    if (entry.seq !== expected)
      return {
        intact: false,
        seq: expected,
        reason: `entry ${expected} has seq ${entry.seq}`,
        problem: 'seq',
      };
    if (entry.prevHash !== prevHash)
      return {
        intact: false,
        seq: expected,
        reason: `entry ${expected} does not follow entry ${index}`,
        problem: 'link',
      };
    if ((await auditHash(prevHash, entry)) !== entry.hash)
      return {
        intact: false,
        seq: expected,
        reason: `entry ${expected} was changed after it was written`,
        problem: 'hash',
      };
    prevHash = entry.hash;
  }
  return { intact: true, entries: entries.length, head: auditHeadOf(entries) };
}
