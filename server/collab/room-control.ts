import { z } from 'zod';
import { CloseCode } from '../../shared/close-codes.js';

/**
 * What a facilitator (or administrator) does to a workshop's live sockets: revoking an invite closes
 * the sockets opened with it, deleting the workshop closes them all and drops the room unwritten,
 * archiving makes every socket read-only. Applied on this instance and sent to the others holding
 * the room (server/collab/room-fanout.ts), so a revoke on one instance closes sockets on another.
 */
export const RoomControl = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('revoke'), inviteId: z.string() }),
  z.object({ kind: z.literal('delete') }),
  z.object({ kind: z.literal('archive'), archived: z.boolean() }),
]);
export type RoomControl = z.infer<typeof RoomControl>;

export const CONTROL_CLOSE = {
  revoke: { code: CloseCode.unauthorized, reason: 'this invite link was revoked' },
  delete: { code: CloseCode.unauthorized, reason: 'this workshop was deleted' },
} as const;

export function encodeControl(control: RoomControl): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(control));
}

/** Throws on anything that is not a control message this version knows. */
export function decodeControl(payload: Uint8Array): RoomControl {
  return RoomControl.parse(JSON.parse(new TextDecoder().decode(payload)));
}
