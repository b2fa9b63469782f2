import { z } from 'zod';
import type { Decision } from './decisions.js';
import type { EndorsementIdentity, InviteKind } from './people.js';
import { LANGUAGE_CODES, type Language } from './i18n/languages.js';
import { Role } from './roles.js';

/** `POST …/versions/:versionId/decisions`: its body and what it stores (step 11). */
export { DecisionRequest, type Decision } from './decisions.js';

/** HTTP API contract shared by the server routes, the browser client and the tests. */

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

export const CreateWorkshopRequest = z
  .object({
    title: z.string().trim().min(1, 'title is required').max(200),
    country: z.string().trim().max(100).optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    /** The workshop's language: its template's words and its exports' default (the creator's interface language). */
    language: z.enum(LANGUAGE_CODES as [Language, ...Language[]]).optional(),
  })
  .strict()
  .refine((w) => !w.startsOn || !w.endsOn || w.startsOn <= w.endsOn, {
    message: 'endsOn must not be before startsOn',
    path: ['endsOn'],
  });
export type CreateWorkshopRequest = z.infer<typeof CreateWorkshopRequest>;

export interface Workshop {
  id: string;
  title: string;
  country: string | null;
  startsOn: string | null;
  endsOn: string | null;
  createdAt: string;
  /** When a facilitator archived it (read-only for everyone); null while it is open. */
  archivedAt: string | null;
  /** Its language: the words its template was seeded with, and the default language of its exports. */
  language: Language;
}

export type InviteTokens = Record<Role, string>;

export interface CreateWorkshopResponse extends Workshop {
  /** The raw tokens; the server keeps only their hashes, so this is the one time they are shown. */
  invites: InviteTokens;
  /** Browser paths (append to the server origin) that open the workshop with each invite. */
  links: Record<Role, string>;
}

export { CreateInviteRequest, type CreatedInvite, type InviteList, type InviteSummary } from './people.js';

/** `DELETE /api/workshops/:id`: the title typed back, so a workshop is never deleted by a slip. */
export const DeleteWorkshopRequest = z
  .object({ confirmTitle: z.string({ error: 'confirmTitle is required: type the workshop’s title' }) })
  .strict();
export type DeleteWorkshopRequest = z.infer<typeof DeleteWorkshopRequest>;

/** `GET /api/admin/workshops` (Bearer ADMIN_TOKEN): every workshop on the server. */
export interface AdminWorkshopList {
  workshops: Array<Workshop & { bytes: number; lastActivityAt: string }>;
}

/** What an invite token opens: `GET /api/workshops/:id` with `Authorization: Bearer <token>`. */
export interface WorkshopSession {
  workshop: Workshop;
  role: Role;
  /** False for read-only roles, and for everyone while the workshop is archived. */
  canEdit: boolean;
  /** The invite itself: a personal one names its person, who then appears under that name. */
  invite: { id: string; kind: InviteKind; name: string | null; organisation: string | null };
}

export interface ServerInfo {
  /** `open`: anyone reaching the server may create workshops; `admin-token`: ADMIN_TOKEN is required. */
  workshopCreation: 'open' | 'admin-token';
}

/** `GET /api/time`: milliseconds since the epoch on the server's clock. */
export interface ServerTime {
  now: number;
}

export type ApiErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  /** An amendment whose replaced words changed since it was proposed: accept it again with `confirmOutdated`. */
  | 'outdated'
  | 'archived'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unavailable'
  | 'too_many_requests'
  | 'internal'
  /** A workshop archive that is damaged, truncated or tampered with (shared/archive.ts). */
  | 'invalid_archive'
  | 'invalid_language';

export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

/** The path a browser opens for an invite. The token rides in the fragment so it never reaches server logs. */
export function invitePath(workshopId: string, token: string): string {
  return `/w/${encodeURIComponent(workshopId)}#invite=${encodeURIComponent(token)}`;
}

export const COLLAB_PATH = '/collab';

export const CreateVersionRequest = z
  .object({
    name: z.string().trim().min(1, 'name is required').max(200),
    /** Who saves it, as shown in the history; defaults to the role. */
    author: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type CreateVersionRequest = z.infer<typeof CreateVersionRequest>;

/**
 * Through a personal invite the name and organisation are the invite's (these are then ignored, but
 * for an organisation the invite lacks); through a shared role link both are required.
 */
export const EndorsementRequest = z
  .object({
    name: z.string().trim().min(1, 'name must not be empty').max(100).optional(),
    organisation: z.string().trim().min(1, 'organisation must not be empty').max(200).optional(),
    decision: z.enum(['endorse', 'decline']),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((e) => e.decision === 'endorse' || (e.comment?.length ?? 0) > 0, {
    message: 'a decline needs a comment saying why',
    path: ['comment'],
  });
export type EndorsementRequest = z.infer<typeof EndorsementRequest>;

export interface Endorsement {
  id: string;
  name: string;
  organisation: string;
  role: Role;
  decision: 'endorse' | 'decline';
  comment: string | null;
  /** The content hash of the version when it was endorsed; always the version's own hash. */
  contentHash: string;
  /** `invite`: who it is came from a personal invite; `self-declared`: typed on a shared role link. */
  identity: EndorsementIdentity;
  /** The audit log's head once this endorsement was appended to it: its own entry's hash. */
  auditHead: string | null;
  createdAt: string;
}

export interface VersionSummary {
  id: string;
  /** 1, 2, 3… within the workshop: "v3". */
  number: number;
  name: string;
  kind: 'named' | 'auto';
  authorName: string;
  authorRole: Role;
  createdAt: string;
  /** SHA-256 (hex) of the canonical rendering of the version's content. */
  hash: string;
  openForEndorsement: boolean;
  endorsements: Endorsement[];
  /** What the decision-maker(s) decided on this version (step 11), oldest first. */
  decisions: Decision[];
}

export interface VersionList {
  versions: VersionSummary[];
  /** The live draft's current content hash, to tell whether it changed since a version. */
  live: { hash: string };
}

export interface VersionDetail extends VersionSummary {
  /** The Yjs state of the version, base64: load it into a Y.Doc to read or verify it. */
  state: string;
  /** Recomputed from the stored state on every request: true when it still matches `hash`. */
  verified: boolean;
}

export interface RestoreResult {
  restored: VersionSummary;
  /** The live draft as it was just before the restore, saved so the restore itself can be undone. */
  backup: VersionSummary;
}
