import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUpdateLogBatcher } from '../../../server/collab/update-log-batcher.js';
import { createLogger } from '../../../server/logger.js';
import { openDatabase, type OpenDatabase } from '../../../server/store/database.js';
import {
  createDocumentRepository,
  type DocumentRepository,
  type UpdateLogEntry,
} from '../../../server/store/document-repository.js';
import { createWorkshopRepository } from '../../../server/store/workshop-repository.js';
import { waitFor } from '../../helpers/yjs-clients.js';

const logger = createLogger('silent');

/** A store whose statements complete only when the test says so, each one recorded. */
function heldStore() {
  const statements: Array<{
    entries: readonly UpdateLogEntry[];
    commit(): void;
    fail(error: Error): void;
  }> = [];
  const documents: Pick<DocumentRepository, 'appendUpdates'> = {
    appendUpdates: (entries) =>
      new Promise<void>((resolve, reject) => statements.push({ entries, commit: resolve, fail: reject })),
  };
  return { documents, statements };
}

/** One character typed into a room's document, as the update it makes. */
function typing(doc: Y.Doc, character: string): Uint8Array {
  let update: Uint8Array | undefined;
  doc.once('update', (made: Uint8Array) => {
    update = made;
  });
  const text = doc.getText('t');
  text.insert(text.length, character);
  return update!;
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

/** Resolves on the next turn of the event loop, after the batcher's end-of-turn write has started. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function tracked(promise: Promise<void>) {
  const state = { committed: false, rejected: false };
  promise.then(
    () => (state.committed = true),
    () => (state.rejected = true),
  );
  return state;
}

describe('update log batcher', () => {
  it('writes the first update after a quiet spell at once, and carries updates that trickle in meanwhile in one statement the spacing later', async () => {
    const { documents, statements } = heldStore();
    const batcher = createUpdateLogBatcher({ documents, logger, commitSpacingMs: 40 });
    const doc = new Y.Doc();
    const log = batcher.open('room', () => undefined);
    const first = tracked(log.append(typing(doc, 'a')));
    await nextTurn();
    expect(statements).toHaveLength(1);
    statements[0]!.commit();
    const started = Date.now();
    // Typing goes on, one character every few ms, while the spacing runs.
    const later: Array<ReturnType<typeof tracked>> = [];
    for (const character of 'bcd') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      later.push(tracked(log.append(typing(doc, character))));
    }
    await waitFor(() => statements.length === 2, 'the second statement');
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(first.committed).toBe(true);
    expect(statements[1]!.entries).toHaveLength(1);
    expect(textOf([...statements[0]!.entries, ...statements[1]!.entries].map((entry) => entry.update))).toBe(
      'abcd',
    );
    statements[1]!.commit();
    await waitFor(() => later.every((state) => state.committed), 'the later commits');
  });

  it('writes what every room appends in one turn as one statement, one merged row per room, and resolves each append only after its commit', async () => {
    const { documents, statements } = heldStore();
    const batcher = createUpdateLogBatcher({ documents, logger });
    const rows = new Map<string, number>();
    const rooms = Array.from({ length: 50 }, (_, index) => {
      const workshopId = `room-${index}`;
      return {
        workshopId,
        doc: new Y.Doc(),
        log: batcher.open(workshopId, () => rows.set(workshopId, (rows.get(workshopId) ?? 0) + 1)),
      };
    });

    const first = rooms.flatMap((room) =>
      ['a', 'b', 'c'].map((character) => tracked(room.log.append(typing(room.doc, character)))),
    );
    await nextTurn();
    expect(statements).toHaveLength(1);
    expect(statements[0]!.entries.map((entry) => entry.workshopId)).toEqual(
      rooms.map((room) => room.workshopId),
    );
    expect(textOf([statements[0]!.entries[7]!.update])).toBe('abc');

    // Appends from any room while a statement is in flight wait for the next one.
    const second = rooms.slice(0, 20).map((room) => tracked(room.log.append(typing(room.doc, 'd'))));
    await nextTurn();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statements).toHaveLength(1);
    expect([...first, ...second].some((state) => state.committed)).toBe(false);

    statements[0]!.commit();
    await waitFor(() => first.every((state) => state.committed), 'first appends committed');
    expect(second.some((state) => state.committed)).toBe(false);
    await waitFor(() => statements.length === 2, 'second statement');
    expect(statements[1]!.entries).toHaveLength(20);
    expect(textOf([statements[0]!.entries[3]!.update, statements[1]!.entries[3]!.update])).toBe('abcd');
    expect(second.some((state) => state.committed)).toBe(false);

    statements[1]!.commit();
    await waitFor(() => second.every((state) => state.committed), 'second appends committed');
    expect(rows.get('room-0')).toBe(2);
    expect(rows.get('room-30')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statements).toHaveLength(2);
  });

  it('retries a failed statement with what arrived meanwhile, and loses nothing', async () => {
    const { documents, statements } = heldStore();
    const batcher = createUpdateLogBatcher({ documents, logger });
    const docs = [new Y.Doc(), new Y.Doc()];
    const logs = docs.map((_, index) => batcher.open(`room-${index}`, () => undefined));

    const before = logs.map((log, index) => tracked(log.append(typing(docs[index]!, 'x'))));
    await nextTurn();
    const failedAt = Date.now();
    statements[0]!.fail(new Error('Connection terminated unexpectedly'));
    const during = logs.map((log, index) => tracked(log.append(typing(docs[index]!, 'y'))));
    await nextTurn();
    // Backing off: nothing written, nothing resolved, nothing rejected.
    expect(statements).toHaveLength(1);
    expect([...before, ...during].some((state) => state.committed || state.rejected)).toBe(false);

    await waitFor(() => statements.length === 2, 'retry');
    // Not before the backoff (measured rather than slept for, so a loaded machine cannot fail it).
    expect(Date.now() - failedAt).toBeGreaterThanOrEqual(45);
    expect([...before, ...during].some((state) => state.committed || state.rejected)).toBe(false);
    statements[1]!.fail(new Error('Connection terminated unexpectedly'));
    await waitFor(() => statements.length === 3, 'second retry');
    const retried = statements[2]!.entries;
    expect(retried.map((entry) => entry.workshopId)).toEqual(['room-0', 'room-1']);
    expect(retried.map((entry) => textOf([entry.update]))).toEqual(['xy', 'xy']);
    statements[2]!.commit();
    await waitFor(() => [...before, ...during].every((state) => state.committed), 'all committed');
  });

  it('isolates a room whose row the database refuses, so the others commit', async () => {
    const { documents, statements } = heldStore();
    const batcher = createUpdateLogBatcher({ documents, logger });
    const [good, bad] = [new Y.Doc(), new Y.Doc()];
    const goodLog = batcher.open('good', () => undefined);
    const badLog = batcher.open('bad', () => undefined);
    const refused = Object.assign(new Error('violates foreign key constraint'), { code: '23503' });

    const goodAppend = tracked(goodLog.append(typing(good, 'g')));
    const badAppend = tracked(badLog.append(typing(bad, 'b')));
    await nextTurn();
    statements[0]!.fail(new Error('Failed query: insert …', { cause: refused }));
    // The statement is retried one room at a time, at once.
    await waitFor(() => statements.length === 2, 'first room alone');
    expect(statements[1]!.entries.map((entry) => entry.workshopId)).toEqual(['good']);
    statements[1]!.commit();
    await waitFor(() => statements.length === 3, 'second room alone');
    expect(goodAppend.committed).toBe(true);
    statements[2]!.fail(refused);

    // The bad room keeps retrying until it is closed; closing rejects its append and stops the retries.
    await waitFor(() => statements.length === 4, 'bad room retried');
    expect(statements[3]!.entries.map((entry) => entry.workshopId)).toEqual(['bad']);
    badLog.close();
    statements[3]!.fail(refused);
    await waitFor(() => badAppend.rejected, 'bad append dropped');
    await expect(badLog.append(typing(bad, 'c'))).rejects.toThrow(/closed/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(statements).toHaveLength(4);
  });

  it('drops what a closed room had queued and stops retrying for it', async () => {
    const { documents, statements } = heldStore();
    const batcher = createUpdateLogBatcher({ documents, logger });
    const doc = new Y.Doc();
    const log = batcher.open('closing', () => undefined);
    tracked(log.append(typing(doc, 'a')));
    await nextTurn();
    statements[0]!.fail(new Error('Connection terminated unexpectedly'));
    const queued = tracked(log.append(typing(doc, 'b')));
    await nextTurn();
    log.close();
    await waitFor(() => queued.rejected, 'queued append dropped');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(statements).toHaveLength(1);
  });
});

describe('update log batcher on PGlite', () => {
  let database: OpenDatabase;
  let documents: DocumentRepository;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite' }, logger);
    documents = createDocumentRepository(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  it('stores what 200 rooms type at once in a few statements, every append committed when it resolves', async () => {
    const workshops = createWorkshopRepository(database.db);
    const ids = Array.from({ length: 200 }, () => crypto.randomUUID());
    for (const id of ids) await workshops.create(id, { title: 'Batch' }, []);
    let statements = 0;
    let failNext = true;
    const counting: Pick<DocumentRepository, 'appendUpdates'> = {
      async appendUpdates(entries) {
        statements += 1;
        // One outage on the way: the retry must still store everything.
        if (failNext && statements === 3) {
          failNext = false;
          throw new Error('Connection terminated unexpectedly');
        }
        await documents.appendUpdates(entries);
      },
    };
    const batcher = createUpdateLogBatcher({ documents: counting, logger });
    const rooms = ids.map((id) => ({ id, doc: new Y.Doc(), log: batcher.open(id, () => undefined) }));

    const appends: Promise<void>[] = [];
    for (let round = 0; round < 10; round++) {
      for (const room of rooms) {
        const character = String.fromCharCode(97 + round);
        appends.push(
          room.log.append(typing(room.doc, character)).then(async () => {
            // Resolved means committed: a fresh read already has it.
            const stored = textOf(await documents.loadUpdates(room.id));
            expect(stored).toContain(character);
          }),
        );
      }
      if (round % 3 === 0) await nextTurn();
    }
    await Promise.all(appends);
    expect(statements).toBeLessThanOrEqual(8);
    for (const room of rooms.slice(0, 20))
      expect(textOf(await documents.loadUpdates(room.id))).toBe('abcdefghij');
  });
});
