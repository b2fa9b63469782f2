import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startUpdateLogThread, type UpdateLogThread } from '../../../server/collab/update-log-thread.js';
import { createLogger } from '../../../server/logger.js';
import { openDatabase, type OpenDatabase } from '../../../server/store/database.js';
import {
  createDocumentRepository,
  type DocumentRepository,
} from '../../../server/store/document-repository.js';
import { createWorkshopRepository } from '../../../server/store/workshop-repository.js';
import { createScratchDatabase, postgresAvailable } from '../../helpers/services.js';

const logger = createLogger('silent');
const available = await postgresAvailable();

/** One character typed into a room's document, as the update it makes. */
function typing(doc: Y.Doc, character: string): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  doc.getText('t').insert(doc.getText('t').length, character);
  doc.off('update', collect);
  return updates[0]!;
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe.runIf(available)('update log on its own thread (PostgreSQL)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: OpenDatabase;
  let documents: DocumentRepository;
  let thread: UpdateLogThread;
  const ids = Array.from({ length: 20 }, () => crypto.randomUUID());

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    database = await openDatabase({ kind: 'postgres', url: scratch.url }, logger);
    documents = createDocumentRepository(database.db);
    const workshops = createWorkshopRepository(database.db);
    for (const id of ids) await workshops.create(id, { title: 'Thread' }, []);
    thread = startUpdateLogThread({ databaseUrl: scratch.url, logLevel: 'silent', logger });
  });
  afterAll(async () => {
    await thread?.close();
    await database?.close();
    await scratch?.drop();
  });

  it('resolves an append once its row is committed, and counts each room’s rows', async () => {
    const rows = new Map<string, number>();
    const rooms = ids.map((id) => ({
      id,
      doc: new Y.Doc(),
      log: thread.open(id, () => rows.set(id, (rows.get(id) ?? 0) + 1)),
    }));
    const appends: Promise<void>[] = [];
    for (const character of 'abcde') {
      for (const room of rooms) {
        appends.push(
          room.log.append(typing(room.doc, character)).then(async () => {
            // Resolved means committed: a fresh read on another connection already has it.
            expect(textOf(await documents.loadUpdates(room.id))).toContain(character);
          }),
        );
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(appends);
    for (const room of rooms) {
      expect(textOf(await documents.loadUpdates(room.id))).toBe('abcde');
      expect(rows.get(room.id)).toBe(await documents.countLogRows(room.id));
      room.log.close();
    }
  });

  it('sends what was not committed to a new thread when the thread dies', async () => {
    const [first, second] = ids.slice(0, 2).map((id) => ({
      id,
      doc: new Y.Doc(),
      log: thread.open(id, () => undefined),
    }));
    const before = thread.worker;
    const appends = Array.from('vwxyz', (character) => [
      first!.log.append(typing(first!.doc, character)),
      second!.log.append(typing(second!.doc, character)),
    ]).flat();
    // Posted at the end of this turn; the thread dies before it can have committed them.
    await new Promise((resolve) => setImmediate(resolve));
    await before.terminate();
    await Promise.all(appends);
    expect(thread.worker).not.toBe(before);
    for (const room of [first!, second!]) {
      expect(textOf(await documents.loadUpdates(room.id))).toContain('vwxyz');
      room.log.close();
    }
  });

  it('drops what a closed room still had waiting, and keeps writing for the others', async () => {
    const [closing, staying] = ids.slice(2, 4).map((id) => ({
      id,
      doc: new Y.Doc(),
      log: thread.open(id, () => undefined),
    }));
    const dropped = closing!.log.append(typing(closing!.doc, 'q'));
    const kept = staying!.log.append(typing(staying!.doc, 'k'));
    closing!.log.close();
    await expect(dropped).rejects.toThrow(/closed before the update was written/);
    await kept;
    await expect(closing!.log.append(typing(closing!.doc, 'r'))).rejects.toThrow(/closed/);
    expect(textOf(await documents.loadUpdates(staying!.id))).toContain('k');
    staying!.log.close();
  });
});
