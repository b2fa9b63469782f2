import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../../../server/logger.js';
import { openDatabase } from '../../../server/store/database.js';
import { createDocumentRepository } from '../../../server/store/document-repository.js';
import { freePort, spawnServer, type ServerProcess } from '../../helpers/server-process.js';
import {
  createScratchDatabase,
  postgresAvailable,
  redisAvailable,
  TEST_REDIS_URL,
} from '../../helpers/services.js';
import { startTcpBalancer } from '../../helpers/tcp-balancer.js';
import { createWorkshop } from '../../helpers/test-server.js';
import { connectClient, text, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

/**
 * Two server processes on one PostgreSQL and one Redis, behind a round-robin TCP balancer (no sticky
 * sessions). One instance is killed with SIGKILL while 20 clients type through both; the clients
 * reconnect through the balancer to the survivor, the killed instance comes back, and in the end every
 * client and the store hold every edit that any client made.
 */
const CLIENTS = 20;
const EDIT_EVERY_MS = 80;

const available = (await postgresAvailable()) && (await redisAvailable());
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Editor {
  client: TestClient;
  /** Every marker this client inserted, each unique across the whole test. */
  sent: string[];
}

/**
 * Inserts `[c07-e0012]`-style markers at a random marker boundary, so concurrent inserts interleave
 * whole markers and never split one; a marker present in the text therefore proves that edit arrived.
 */
function typeMarker(editor: Editor, index: number): void {
  const ytext = editor.client.doc.getText('text');
  const current = ytext.toString();
  const boundaries = [0];
  for (let at = current.indexOf(']'); at !== -1; at = current.indexOf(']', at + 1)) boundaries.push(at + 1);
  const marker = `[c${String(index).padStart(2, '0')}-e${String(editor.sent.length).padStart(4, '0')}]`;
  ytext.insert(boundaries[Math.floor(Math.random() * boundaries.length)]!, marker);
  editor.sent.push(marker);
}

const missingFrom = (content: string, markers: readonly string[]) =>
  markers.filter((marker) => !content.includes(marker));

const online = (editor: Editor) => editor.client.provider.wsconnected && editor.client.provider.synced;

describe.runIf(available)('scale-out under a crashed instance', () => {
  it('loses no edit when one of two instances is killed with SIGKILL while 20 clients edit through both', async () => {
    const scratch = await createScratchDatabase();
    cleanups.push(() => scratch.drop());
    const [portA, portB] = [await freePort(), await freePort()];
    const envOf = (port: number) => ({
      PORT: String(port),
      DATABASE_URL: scratch.url,
      REDIS_URL: TEST_REDIS_URL,
    });
    const servers: ServerProcess[] = [];
    cleanups.push(() => {
      for (const server of servers) server.child.kill('SIGKILL');
    });
    const [first, second] = await Promise.all([spawnServer(envOf(portA)), spawnServer(envOf(portB))]);
    servers.push(first, second);
    const balancer = await startTcpBalancer([portA, portB]);
    cleanups.push(() => balancer.close());

    // Created directly, so that every connection the balancer routes is a collaboration socket.
    const workshop = await createWorkshop(first.url, { title: 'Failover' });
    const editors: Editor[] = Array.from({ length: CLIENTS }, () => ({
      client: connectClient(balancer.url, workshop.id, workshop.invites.participant),
      sent: [],
    }));
    cleanups.push(() => {
      for (const { client } of editors) client.destroy();
    });
    await Promise.all(editors.map(({ client }) => client.synced));
    // The balancer spread the clients over both instances.
    expect(balancer.routed.get(portA)).toBeGreaterThanOrEqual(CLIENTS / 2 - 1);
    expect(balancer.routed.get(portB)).toBeGreaterThanOrEqual(CLIENTS / 2 - 1);

    // Every client types on its own clock, whether or not it is connected at that moment.
    const typing = editors.map((editor, index) =>
      setInterval(() => typeMarker(editor, index), EDIT_EVERY_MS + index),
    );
    const stopTyping = () => typing.forEach((timer) => clearInterval(timer));
    cleanups.push(stopTyping);
    await sleep(1_200);

    const onKilled = balancer.routed.get(portA) ?? 0;
    const routedToSurvivorBefore = balancer.routed.get(portB) ?? 0;
    first.child.kill('SIGKILL');
    await first.exited;
    // Those whose instance died come back through the balancer, which now finds only the survivor.
    await waitFor(
      () => (balancer.routed.get(portB) ?? 0) - routedToSurvivorBefore >= onKilled && editors.every(online),
      'every client of the killed instance back online through the survivor',
      15_000,
    );
    await sleep(500);

    // The killed instance returns; half the clients reconnect, landing on both instances again.
    const restarted = await spawnServer(envOf(portA));
    servers.push(restarted);
    const routedToRestarted = balancer.routed.get(portA) ?? 0;
    for (const { client } of editors.slice(0, CLIENTS / 2)) {
      client.provider.disconnect();
      client.provider.connect();
    }
    await waitFor(
      () => (balancer.routed.get(portA) ?? 0) > routedToRestarted && editors.every(online),
      'every client online, some on the restarted instance',
      15_000,
    );
    await sleep(700);
    stopTyping();

    const everyEdit = editors.flatMap(({ sent }) => sent);
    expect(everyEdit.length).toBeGreaterThan(CLIENTS * 15);
    await waitFor(
      () => {
        const reference = text(editors[0]!.client);
        return (
          editors.every(({ client }) => text(client) === reference) &&
          missingFrom(reference, everyEdit).length === 0
        );
      },
      'every client to show the same text with every edit',
      15_000,
    ).catch((error: unknown) => {
      const missing = editors.map(({ client }) => missingFrom(text(client), everyEdit).length);
      throw new Error(`edits missing per client: ${JSON.stringify(missing)}`, { cause: error });
    });

    // Everyone leaves; both instances shut down cleanly, then the store alone must hold every edit.
    for (const { client } of editors) client.destroy();
    restarted.child.kill('SIGTERM');
    second.child.kill('SIGTERM');
    expect(await Promise.all([restarted.exited, second.exited])).toEqual([0, 0]);
    const database = await openDatabase({ kind: 'postgres', url: scratch.url }, createLogger('silent'));
    const stored = new Y.Doc();
    try {
      for (const update of await createDocumentRepository(database.db).loadUpdates(workshop.id))
        Y.applyUpdate(stored, update);
    } finally {
      await database.close();
    }
    const lost = missingFrom(stored.getText('text').toString(), everyEdit);
    expect(lost).toEqual([]);
    expect(stored.getText('text').toString()).toBe(text(editors[0]!.client));
  }, 60_000);
});
