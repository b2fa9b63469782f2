import type { ApiError } from '../../shared/api.js';

/** A request the server answered with an error (`{error: {code, message}}`), or without one. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    readonly status: number,
    /** The server's own message (English, part of the API contract): for logs and as a detail. */
    message: string,
    /** The server's error code (`outdated`, `archived`…), when it gave one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The server could not be reached at all (offline, the venue's server down): `fetch` itself failed. */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(readonly failure: unknown) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/** `fetch`, with a failure to reach the server told apart from the server's refusals. */
export async function reach(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (failure) {
    // An abort is the caller's own doing, not the network's.
    if (failure instanceof DOMException && failure.name === 'AbortError') throw failure;
    throw new NetworkError(failure);
  }
}

/** The refusal in a failed response: its JSON error body if it has one (the code then travels). */
export async function refusalOf(response: Response, fallback: string): Promise<ApiRequestError> {
  const body = (await response.json().catch(() => null)) as Partial<ApiError> | null;
  return new ApiRequestError(response.status, body?.error?.message ?? fallback, body?.error?.code);
}
