/**
 * One complete binary websocket message as a server sends it (RFC 6455 §5.2: FIN, opcode 2, no mask,
 * 7-, 16- or 64-bit length). A room's broadcast is framed once and these same bytes are written to
 * every socket; `ws` would frame it again for each socket and hand the header and the payload to the
 * kernel as two buffers (a writev) each time, which was most of the cost of a fan-out.
 */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerBytes);
  return frame;
}
