/** What an API call answered: its status, its JSON body (null when it had none), and the response. */
export interface ApiAnswer<T> {
  status: number;
  body: T;
  response: Response;
}

export interface ApiCallOptions {
  /** `Authorization: Bearer <token>`; left out when undefined. */
  token?: string | undefined;
  /** Sent as JSON; a string is sent as it is (to test malformed bodies). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** One JSON API request, as the API tests make them. */
export async function apiCall<T>(
  url: string,
  method: string,
  options: ApiCallOptions = {},
): Promise<ApiAnswer<T>> {
  const { token, body, headers = {} } = options;
  const response = await fetch(url, {
    method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, response, body: (await response.json().catch(() => null)) as T };
}
