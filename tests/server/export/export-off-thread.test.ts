import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, CreateWorkshopResponse, VersionSummary } from '../../../shared/api.js';
import { orderedItems } from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor, type TestClient } from '../../helpers/yjs-clients.js';
import { fillFixture } from './fixture.js';
import { fillLargeWorkshop, type WorkshopSize } from './large-workshop.js';

/**
 * Large enough that the PDF takes seconds to render (it blocked the event loop for 3–4 s before
 * exports moved to worker threads), small enough to keep this file well under 20 s on two cores.
 */
const LARGE: WorkshopSize = { findings: 200, recommendations: 60, actions: 120 };

let server: RunningServer;
let large: CreateWorkshopResponse;
let small: CreateWorkshopResponse;
const clients: TestClient[] = [];

async function connected(workshop: CreateWorkshopResponse, role: 'participant' | 'facilitator') {
  const client = connectClient(server.url, workshop.id, workshop.invites[role]);
  clients.push(client);
  await client.synced;
  return client;
}

async function filled(workshop: CreateWorkshopResponse, fill: (client: TestClient) => void): Promise<void> {
  const client = await connected(workshop, 'participant');
  fill(client);
  const actions = orderedItems(client.doc, 'actionPlan').length;
  const room = await server.registry.peek(workshop.id);
  await waitFor(() => orderedItems(room!.doc, 'actionPlan').length === actions, 'the server to have it');
}

function exportFile(workshop: CreateWorkshopResponse, file: string, version = 'live'): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshop.id}/export/${file}?version=${version}`, {
    headers: { authorization: `Bearer ${workshop.invites.viewer}` },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  large = await createWorkshop(server.url, { title: 'Large workshop' });
  small = await createWorkshop(server.url, { title: 'Small workshop' });
  await filled(large, (client) => fillLargeWorkshop(client.doc, LARGE));
  await filled(small, (client) => fillFixture(client.doc));
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

describe('exports off the event loop', () => {
  it('keep the event loop and the collaboration sockets responsive while a large PDF renders', async () => {
    const writer = await connected(large, 'facilitator');
    const reader = await connected(large, 'participant');
    const probes = writer.doc.getMap('probe');
    const seen = reader.doc.getMap('probe');
    const roundTrips: number[] = [];

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    let rendering = true;
    const pdf = exportFile(large, 'report.pdf').then(async (response) => {
      const body = new Uint8Array(await response.arrayBuffer());
      rendering = false;
      return { response, body, took: performance.now() - started };
    });
    // An edit from one collaborator to another through the server, again and again while it renders.
    for (let n = 0; rendering; n++) {
      const sent = performance.now();
      probes.set('n', n);
      await waitFor(() => seen.get('n') === n, 'the edit to reach the other client', 5000);
      roundTrips.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const { response, body, took } = await pdf;
    delay.disable();

    expect(response.status).toBe(200);
    expect(Buffer.from(body.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    roundTrips.sort((a, b) => a - b);
    const p99 = (values: number[]) => values[Math.ceil(values.length * 0.99) - 1]!;
    console.info(
      `report.pdf of ${JSON.stringify(LARGE)}: ${(body.byteLength / 1024).toFixed(0)} KiB in ${took.toFixed(0)} ms; ` +
        `event-loop delay p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${(delay.max / 1e6).toFixed(1)} ms; ` +
        `${roundTrips.length} edit round trips, p99 ${p99(roundTrips).toFixed(1)} ms`,
    );
    // Meaningful only if the render took long enough to have blocked the loop.
    expect(took).toBeGreaterThan(1000);
    expect(delay.percentile(99) / 1e6).toBeLessThan(100);
    expect(p99(roundTrips)).toBeLessThan(100);
  });

  it('serve a saved version again from memory, the same bytes', async () => {
    const saved = (await (
      await fetch(`${server.url}/api/workshops/${large.id}/versions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${large.invites.facilitator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Final' }),
      })
    ).json()) as VersionSummary;
    const timed = async () => {
      const started = performance.now();
      const response = await exportFile(large, 'report.docx', saved.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-edition')).toBe(`v${saved.number}`);
      return { body: Buffer.from(await response.arrayBuffer()), took: performance.now() - started };
    };
    const first = await timed();
    const again = await timed();
    expect(again.body.equals(first.body)).toBe(true);
    expect(again.took).toBeLessThan(first.took / 4);
  });

  it('answer 503 with Retry-After when every render thread is busy and the queue is full', async () => {
    const responses = await Promise.all(Array.from({ length: 30 }, () => exportFile(small, 'report.pdf')));
    const refused = responses.filter((response) => response.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const response of refused) {
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await response.json()) as ApiError).error.code).toBe('unavailable');
    }
    for (const response of responses.filter((r) => r.status !== 503)) {
      expect(response.status).toBe(200);
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
    // Once the queue has drained, exports are served again.
    expect((await exportFile(small, 'report.pdf')).status).toBe(200);
  });

  it('leave no render thread behind once the server is closed', async () => {
    expect(server.renderPool.threads).toBeGreaterThan(0);
    await server.close();
    expect(server.renderPool.threads).toBe(0);
  });
});
