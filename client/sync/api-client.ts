import type { AuditLogResponse } from '../../shared/audit.js';
import type { Role } from '../../shared/roles.js';
import type {
  ApiError,
  CreatedInvite,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  Decision,
  DecisionRequest,
  Endorsement,
  InviteList,
  InviteSummary,
  EndorsementRequest,
  RestoreResult,
  ServerInfo,
  VersionDetail,
  VersionList,
  VersionSummary,
  Workshop,
  WorkshopSession,
} from '../../shared/api.js';
import type {
  CommentAnchor,
  CommentMessage,
  CommentThread,
  CommentThreadList,
} from '../../shared/comments.js';
import { importQuery, type ImportOptions, type ImportPreview } from '../../shared/import.js';
import type { JoinCode, JoinCodeList, JoinResponse } from '../../shared/join-codes.js';
import type { Traceability } from '../../shared/traceability.js';
import type { ActivityPage } from '../../shared/activity.js';
import type { OpenVoteRequest, VoteResults, VoteState } from '../../shared/votes.js';
import type { CollectionName, ContentDiff } from '../../shared/workshop-document/index.js';
import { personToken } from './person.js';
import { ARCHIVE_FILE_SUFFIX } from '../../shared/archive.js';
import { downloadFile } from './export-download.js';
import { ApiRequestError, reach, refusalOf } from './api-error.js';
import type {
  Amendment,
  AmendmentList,
  AmendmentListQuery,
  ProposeAmendmentRequest,
} from '../../shared/amendments.js';

export { ApiRequestError, NetworkError } from './api-error.js';

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await reach(path, init);
  if (response.ok) return (await response.json()) as T;
  throw await refusalOf(response, `request failed with ${response.status}`);
}

export function fetchServerInfo(): Promise<ServerInfo> {
  return request('/api/server-info');
}

export function createWorkshop(
  details: CreateWorkshopRequest,
  adminToken?: string,
): Promise<CreateWorkshopResponse> {
  return request('/api/workshops', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(adminToken ? { authorization: `Bearer ${adminToken}` } : {}),
    },
    body: JSON.stringify(details),
  });
}

// Per invite: one browser may hold a facilitator's tab and the projector's (a viewer invite) side by side.
const sessionKey = (workshopId: string, token: string) =>
  `workshop-session:${workshopId}:${token.slice(0, 12)}`;

/**
 * What this invite opens. The last answer is kept so that a tab reloaded while the server is
 * unreachable still opens the workshop from its local copy; a definite refusal (401) is never masked.
 */
export async function openSession(
  workshopId: string,
  token: string,
): Promise<{ session: WorkshopSession; offline: boolean }> {
  try {
    const session = await request<WorkshopSession>(`/api/workshops/${encodeURIComponent(workshopId)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    localStorage.setItem(sessionKey(workshopId, token), JSON.stringify({ token, session }));
    return { session, offline: false };
  } catch (error) {
    if (error instanceof ApiRequestError && error.status < 500) {
      localStorage.removeItem(sessionKey(workshopId, token));
      throw error;
    }
    const cached = localStorage.getItem(sessionKey(workshopId, token));
    const parsed = cached ? (JSON.parse(cached) as { token: string; session: WorkshopSession }) : null;
    if (parsed?.token === token) return { session: parsed.session, offline: true };
    throw error;
  }
}

/** The workshop's API as this invite: every call carries the token, and the person's name for the history. */
export function workshopApi(workshopId: string, token: string, authorName: () => string) {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}`;
  const headers = () => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'x-author-name': encodeURIComponent(authorName()),
    'x-person-token': personToken(),
  });
  const send = <T>(method: string, path: string, body: unknown = {}) =>
    request<T>(`${base}${path}`, { method, headers: headers(), body: JSON.stringify(body) });
  const post = <T>(path: string, body: unknown = {}) => send<T>('POST', path, body);
  return {
    versions: () => request<VersionList>(`${base}/versions`, { headers: headers() }),
    version: (id: string) => request<VersionDetail>(`${base}/versions/${id}`, { headers: headers() }),
    diff: (id: string, against: string) =>
      request<ContentDiff>(`${base}/versions/${id}/diff?against=${encodeURIComponent(against)}`, {
        headers: headers(),
      }),
    saveVersion: (name: string) => post<VersionSummary>('/versions', { name, author: authorName() }),
    restore: (id: string) => post<RestoreResult>(`/versions/${id}/restore`),
    /** The server's reading of a file to import (a dry run): nothing changes. */
    importPreview: (collection: CollectionName, body: Blob | string, type: string, options: ImportOptions) =>
      request<ImportPreview>(`${base}/import/${collection}${importQuery({ ...options, dryRun: true })}`, {
        method: 'POST',
        headers: { ...headers(), 'content-type': type },
        body,
      }),
    traceability: (version: string | 'live') =>
      request<Traceability>(`${base}/traceability?version=${encodeURIComponent(version)}`, {
        headers: headers(),
      }),
    activity: (query: { itemId?: string; before?: string } = {}) =>
      request<ActivityPage>(`${base}/activity?${new URLSearchParams(query).toString()}`, {
        headers: headers(),
      }),
    openForEndorsement: (id: string) => post<VersionSummary>(`/versions/${id}/endorsement-request`),
    endorse: (id: string, endorsement: EndorsementRequest) =>
      post<Endorsement>(`/versions/${id}/endorsements`, endorsement),
    recordDecision: (id: string, decision: DecisionRequest) =>
      post<Decision>(`/versions/${id}/decisions`, decision),
    auditLog: () => request<AuditLogResponse>(`${base}/audit`, { headers: headers() }),
    /** A role link with `role` alone; a named person's own link with `name` (and `organisation`). */
    createInvite: (role: Role, person?: { name: string; organisation?: string }) =>
      post<CreatedInvite>('/invites', { role, ...person }),
    voteState: () => request<VoteState>(`${base}/votes/current`, { headers: headers() }),
    openVote: (vote: OpenVoteRequest) => post<VoteResults>('/votes', vote),
    cast: (voteId: string, recommendationId: string, points: number) =>
      post<VoteResults>(`/votes/${voteId}/ballots`, { recommendationId, points }),
    closeVote: (voteId: string) => post<VoteResults>(`/votes/${voteId}/close`),
    comments: () => request<CommentThreadList>(`${base}/comments`, { headers: headers() }),
    comment: (anchor: CommentAnchor, body: string) => post<CommentThread>('/comments', { anchor, body }),
    reply: (threadId: string, body: string) =>
      post<CommentMessage>(`/comments/${threadId}/replies`, { body }),
    setResolved: (threadId: string, resolved: boolean) =>
      send<CommentThread>('PATCH', `/comments/${threadId}`, { resolved }),
    invites: () => request<InviteList>(`${base}/invites`, { headers: headers() }),
    revokeInvite: (inviteId: string) => send<InviteSummary>('DELETE', `/invites/${inviteId}`),
    archive: () => post<Workshop>('/archive'),
    unarchive: () => post<Workshop>('/unarchive'),
    deleteWorkshop: (confirmTitle: string) => send<unknown>('DELETE', '', { confirmTitle }),
    amendments: (status: AmendmentListQuery = 'open') =>
      request<AmendmentList>(`${base}/amendments?status=${status}`, { headers: headers() }),
    proposeAmendment: (proposal: ProposeAmendmentRequest) => post<Amendment>('/amendments', proposal),
    supportAmendment: (amendmentId: string) => post<Amendment>(`/amendments/${amendmentId}/support`),
    /** A 409 `outdated` asks for a confirmation: the replaced words changed since it was proposed. */
    acceptAmendment: (amendmentId: string, confirmOutdated = false) =>
      post<Amendment>(`/amendments/${amendmentId}/accept`, confirmOutdated ? { confirmOutdated } : {}),
    rejectAmendment: (amendmentId: string, reason: string) =>
      post<Amendment>(`/amendments/${amendmentId}/reject`, { reason }),
    /** The whole workshop as one file, saved by the browser (facilitators). */
    downloadArchive: () => downloadFile(`${base}/archive`, token, `workshop${ARCHIVE_FILE_SUFFIX}`),
  };
}

export type WorkshopApi = ReturnType<typeof workshopApi>;

/** A refused join: `retryAfterSeconds` is set when this address made too many wrong tries (429). */
export class JoinRefused extends ApiRequestError {
  override name = 'JoinRefused';
  constructor(
    status: number,
    message: string,
    readonly retryAfterSeconds: number | undefined,
    code?: string,
  ) {
    super(status, message, code);
  }
}

/** `POST /api/join`: the invite link a typed join code opens (letter case, spaces and dashes ignored). */
export async function joinWithCode(code: string): Promise<JoinResponse> {
  const response = await reach('/api/join', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (response.ok) return (await response.json()) as JoinResponse;
  const body = (await response.json().catch(() => null)) as ApiError | null;
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new JoinRefused(
    response.status,
    body?.error.message ?? `request failed with ${response.status}`,
    response.status === 429 && retryAfter > 0 ? retryAfter : undefined,
    body?.error.code,
  );
}

/** A workshop's join codes as this invite: facilitators manage them, the projector's viewer shows one. */
export function joinCodeApi(workshopId: string, token: string) {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}/join-codes`;
  const authorization = { authorization: `Bearer ${token}` };
  return {
    list: () => request<JoinCodeList>(base, { headers: authorization }),
    one: (codeId: string) => request<JoinCode>(`${base}/${codeId}`, { headers: authorization }),
    create: (role: JoinCode['role'] = 'participant') =>
      request<JoinCode>(base, {
        method: 'POST',
        headers: { ...authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ role }),
      }),
    revoke: (codeId: string) =>
      request<JoinCode>(`${base}/${codeId}`, { method: 'DELETE', headers: authorization }),
    /** The QR code as an SVG blob: an `<img>` cannot send the Bearer token, so it shows an object URL of this. */
    async qr(codeId: string): Promise<Blob> {
      const response = await reach(`${base}/${codeId}/qr.svg`, { headers: authorization });
      if (!response.ok)
        throw await refusalOf(response, `the QR code could not be loaded (${response.status})`);
      return response.blob();
    },
  };
}

export type JoinCodeApi = ReturnType<typeof joinCodeApi>;
