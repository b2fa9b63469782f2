import * as Y from 'yjs';

/**
 * When each edit was sent, per writing client. Every benchmark edit inserts one character, so edit n of
 * a client has Yjs clock n: a receiver learns which edits an update carries from the update's clock
 * range alone, however the server merged or split them, without integrating it into a document.
 */
export class SendLog {
  private readonly writers = new Map<number, number[]>();

  /** The send-time array of a client, indexed by clock; the writer fills it as it sends. */
  writer(clientId: number): number[] {
    let sent = this.writers.get(clientId);
    if (!sent) {
      sent = [];
      this.writers.set(clientId, sent);
    }
    return sent;
  }

  /**
   * An update handler for one receiving socket: calls `delivered` once per edit of a logged writer that
   * the update brings to this receiver for the first time (a receiver's own edits, echoed back by
   * some servers, are skipped).
   */
  receiver(
    ownClientId: number | undefined,
    delivered: (clientId: number, clock: number, sentAt: number, now: number) => void,
  ): (update: Uint8Array) => void {
    const seen = new Map<number, number>();
    return (update) => {
      const now = performance.now();
      for (const [clientId, to] of Y.parseUpdateMeta(update).to) {
        if (clientId === ownClientId) continue;
        const sent = this.writers.get(clientId);
        if (!sent) continue;
        const from = seen.get(clientId) ?? 0;
        if (to <= from) continue;
        seen.set(clientId, to);
        for (let clock = from; clock < to; clock++)
          delivered(clientId, clock, sent[clock] ?? Number.NaN, now);
      }
    };
  }
}

/** A client that types one character at a time into the shared `bench` text; each keystroke is one update. */
export class Typist {
  readonly doc = new Y.Doc();
  private readonly text = this.doc.getText('bench');
  private last: Uint8Array | undefined;

  constructor() {
    this.doc.on('update', (update: Uint8Array) => {
      this.last = update;
    });
  }

  get clientId(): number {
    return this.doc.clientID;
  }

  /** The next keystroke's update; its clock is the number of keystrokes before it. */
  type(): Uint8Array {
    this.text.insert(this.text.length, 'x');
    const update = this.last;
    if (!update) throw new Error('typing produced no update');
    this.last = undefined;
    return update;
  }
}
