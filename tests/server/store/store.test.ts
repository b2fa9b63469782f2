import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hashInviteToken } from '../../../server/auth/invite-tokens.js';
import { createLogger } from '../../../server/logger.js';
import { openDatabase, type DatabaseLocation, type OpenDatabase } from '../../../server/store/database.js';
import {
  createDocumentRepository,
  type DocumentRepository,
} from '../../../server/store/document-repository.js';
import {
  createWorkshopRepository,
  type WorkshopRepository,
} from '../../../server/store/workshop-repository.js';
import { createScratchDatabase, postgresAvailable } from '../../helpers/services.js';

const logger = createLogger('silent');
const hasPostgres = await postgresAvailable();
let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;

const stores: Array<[string, () => Promise<DatabaseLocation>, boolean]> = [
  ['PGlite', async () => ({ kind: 'pglite' }), true],
  [
    'PostgreSQL',
    async () => {
      scratch = await createScratchDatabase();
      return { kind: 'postgres', url: scratch.url };
    },
    hasPostgres,
  ],
];

afterAll(async () => {
  await scratch?.drop();
});

function rebuild(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe.each(stores)('store on %s', (_name, location, available) => {
  let database: OpenDatabase;
  let workshops: WorkshopRepository;
  let documents: DocumentRepository;

  beforeAll(async () => {
    if (!available) return;
    database = await openDatabase(await location(), logger);
    workshops = createWorkshopRepository(database.db);
    documents = createDocumentRepository(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function newWorkshop(): Promise<string> {
    const id = crypto.randomUUID();
    await workshops.create(
      id,
      { title: 'Pakistan results workshop', country: 'Pakistan', startsOn: '2026-12-01' },
      [
        { role: 'facilitator', tokenHash: hashInviteToken(`${id}-facilitator`) },
        { role: 'viewer', tokenHash: hashInviteToken(`${id}-viewer`) },
      ],
    );
    return id;
  }

  it.runIf(available)('creates and finds a workshop, keeping only token hashes', async () => {
    const id = await newWorkshop();
    expect(await workshops.find(id)).toMatchObject({
      id,
      title: 'Pakistan results workshop',
      country: 'Pakistan',
      startsOn: '2026-12-01',
      endsOn: null,
    });
    expect((await workshops.findInvite(id, hashInviteToken(`${id}-facilitator`)))?.role).toBe('facilitator');
    expect((await workshops.findInvite(id, hashInviteToken(`${id}-viewer`)))?.role).toBe('viewer');
    expect(await workshops.findInvite(id, hashInviteToken('guess'))).toBeNull();
    const other = await newWorkshop();
    expect(await workshops.findInvite(other, hashInviteToken(`${id}-facilitator`))).toBeNull();
    expect(await workshops.find(crypto.randomUUID())).toBeNull();
  });

  it.runIf(available)('appends updates and loads them back into the same document', async () => {
    const id = await newWorkshop();
    const doc = new Y.Doc();
    const writes: Promise<void>[] = [];
    doc.on('update', (update: Uint8Array) =>
      writes.push(documents.appendUpdates([{ workshopId: id, update }])),
    );
    doc.getText('t').insert(0, 'ทดสอบ — kiểm tra — آزمائش');
    doc.getMap('m').set('status', 'validated');
    await Promise.all(writes);
    const loaded = rebuild(await documents.loadUpdates(id));
    expect(loaded.getText('t').toString()).toBe('ทดสอบ — kiểm tra — آزمائش');
    expect(loaded.getMap('m').get('status')).toBe('validated');
    expect(await documents.countLogRows(id)).toBe(2);
  });

  it.runIf(available)(
    'compaction folds the log into the snapshot without changing the document',
    async () => {
      const id = await newWorkshop();
      const doc = new Y.Doc();
      const text = doc.getText('t');
      for (let i = 0; i < 50; i++) {
        text.insert(text.length, `line ${i}\n`);
        if (i % 3 === 0) text.delete(0, 2);
        await documents.appendUpdates([{ workshopId: id, update: Y.encodeStateAsUpdate(doc) }]);
      }
      expect(await documents.countLogRows(id)).toBe(50);
      expect(await documents.compact(id)).toEqual({ foldedRows: 50 });
      expect(await documents.countLogRows(id)).toBe(0);
      const updates = await documents.loadUpdates(id);
      expect(updates).toHaveLength(1);
      expect(rebuild(updates).getText('t').toString()).toBe(text.toString());

      text.insert(0, 'after compaction ');
      await documents.appendUpdates([{ workshopId: id, update: Y.encodeStateAsUpdate(doc) }]);
      expect(
        rebuild(await documents.loadUpdates(id))
          .getText('t')
          .toString(),
      ).toBe(text.toString());
      expect(await documents.compact(id)).toEqual({ foldedRows: 1 });
      expect(await documents.compact(id)).toEqual({ foldedRows: 0 });
      expect(
        rebuild(await documents.loadUpdates(id))
          .getText('t')
          .toString(),
      ).toBe(text.toString());
    },
  );

  it.runIf(available)('loses nothing when updates are appended while compactions run', async () => {
    const id = await newWorkshop();
    const writers = Array.from({ length: 4 }, () => new Y.Doc());
    const appends: Promise<void>[] = [];
    const compactions: Promise<unknown>[] = [];
    for (let round = 0; round < 25; round++) {
      writers.forEach((writer, index) => {
        const before = Y.encodeStateVector(writer);
        writer.getArray<string>('items').push([`w${index}-${round}`]);
        appends.push(
          documents.appendUpdates([{ workshopId: id, update: Y.encodeStateAsUpdate(writer, before) }]),
        );
      });
      if (round % 5 === 0) compactions.push(documents.compact(id));
    }
    await Promise.all([...appends, ...compactions]);
    const items = rebuild(await documents.loadUpdates(id))
      .getArray<string>('items')
      .toArray();
    expect(items).toHaveLength(100);
    expect(new Set(items).size).toBe(100);
  });

  it.runIf(available)('appends rows of several workshops in one statement, all or none', async () => {
    const [first, second] = [await newWorkshop(), await newWorkshop()];
    const edit = (content: string) => {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, content);
      return Y.encodeStateAsUpdate(doc);
    };
    await documents.appendUpdates([
      { workshopId: first, update: edit('first') },
      { workshopId: second, update: edit('second') },
      { workshopId: second, update: edit('second again') },
    ]);
    expect(await documents.countLogRows(first)).toBe(1);
    expect(await documents.countLogRows(second)).toBe(2);

    // A workshop that does not exist fails the statement, and the valid row beside it is not kept.
    await expect(
      documents.appendUpdates([
        { workshopId: first, update: edit('lost with the statement') },
        { workshopId: crypto.randomUUID(), update: edit('no such workshop') },
      ]),
    ).rejects.toThrow();
    expect(await documents.countLogRows(first)).toBe(1);
  });

  it.runIf(available)('loads nothing for a workshop that was never edited', async () => {
    expect(await documents.loadUpdates(await newWorkshop())).toEqual([]);
  });
});
