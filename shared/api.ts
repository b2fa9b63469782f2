import { z } from 'zod';
import { Role } from './roles.js';

/** HTTP API contract shared by the server routes, the browser client and the tests. */

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

export const CreateWorkshopRequest = z
  .object({
    title: z.string().trim().min(1, 'title is required').max(200),
    country: z.string().trim().max(100).optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
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
}

export type InviteTokens = Record<Role, string>;

export interface CreateWorkshopResponse extends Workshop {
  /** The raw tokens; the server keeps only their hashes, so this is the one time they are shown. */
  invites: InviteTokens;
  /** Browser paths (append to the server origin) that open the workshop with each invite. */
  links: Record<Role, string>;
}

/** What an invite token opens: `GET /api/workshops/:id` with `Authorization: Bearer <token>`. */
export interface WorkshopSession {
  workshop: Workshop;
  role: Role;
  canEdit: boolean;
}

export interface ServerInfo {
  /** `open`: anyone reaching the server may create workshops; `admin-token`: ADMIN_TOKEN is required. */
  workshopCreation: 'open' | 'admin-token';
}

export type ApiErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'unauthorized'
  | 'not_found'
  | 'payload_too_large'
  | 'unavailable'
  | 'internal';

export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

/** The path a browser opens for an invite. The token rides in the fragment so it never reaches server logs. */
export function invitePath(workshopId: string, token: string): string {
  return `/w/${encodeURIComponent(workshopId)}#invite=${encodeURIComponent(token)}`;
}

export const COLLAB_PATH = '/collab';
