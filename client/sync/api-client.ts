import type {
  ApiError,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  ServerInfo,
  WorkshopSession,
} from '../../shared/api.js';

export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, init);
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as ApiError | null;
  throw new ApiRequestError(response.status, body?.error.message ?? `request failed with ${response.status}`);
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

const sessionKey = (workshopId: string) => `workshop-session:${workshopId}`;

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
    localStorage.setItem(sessionKey(workshopId), JSON.stringify({ token, session }));
    return { session, offline: false };
  } catch (error) {
    if (error instanceof ApiRequestError && error.status < 500) {
      localStorage.removeItem(sessionKey(workshopId));
      throw error;
    }
    const cached = localStorage.getItem(sessionKey(workshopId));
    const parsed = cached ? (JSON.parse(cached) as { token: string; session: WorkshopSession }) : null;
    if (parsed?.token === token) return { session: parsed.session, offline: true };
    throw error;
  }
}
