/**
 * Every websocket close code the collaboration server uses. The stock y-websocket client (3.x) stops
 * reconnecting after any code from 4400 to 4499 and retries after any other, so codes a client can
 * recover from stay outside that range.
 */
export const CloseCode = {
  /** The server is shutting down or restarting; reconnecting later succeeds. */
  serverRestarting: 1012,
  /** The socket broke a limit: too many frames per second. Reconnecting (slower) is allowed. */
  policyViolation: 1008,
  /**
   * The server is too busy for this socket right now: too many sockets from its address, or too much
   * sent before its room was ready.
   */
  tryAgainLater: 1013,
  /** A frame that is not a well-formed y-websocket message: a broken client, not worth retrying. */
  malformedMessage: 4400,
  /** No invite token, a wrong one, or one for another workshop. Reconnecting will not help. */
  unauthorized: 4401,
  /** The room's document could not be loaded from the store; the server never serves a blank one. */
  documentUnavailable: 4503,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client stops retrying (as y-websocket does) and tells the user why. */
export function isPermanentCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}
