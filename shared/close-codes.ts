/**
 * Every websocket close code the collaboration server uses. Clients read these to decide whether to
 * keep reconnecting (a restart or an unavailable store heals) or to stop and explain (a bad invite).
 */
export const CloseCode = {
  /** The server is shutting down or restarting; reconnecting later succeeds. */
  serverRestarting: 1012,
  /** A frame that is not a well-formed y-websocket message. */
  malformedMessage: 4400,
  /** No invite token, a wrong one, or one for another workshop. Reconnecting will not help. */
  unauthorized: 4401,
  /** The room's document could not be loaded from the store; the server never serves a blank one. */
  documentUnavailable: 4503,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client should stop retrying and tell the user. */
export const PERMANENT_CLOSE_CODES: ReadonlySet<number> = new Set([CloseCode.unauthorized]);
