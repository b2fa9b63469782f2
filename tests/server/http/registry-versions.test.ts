import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionDetail, VersionSummary } from '../../../shared/api.js';
import { createItem } from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import { withExtraSection } from '../../helpers/extra-section.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient } from '../../helpers/yjs-clients.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('a section added to the registry after versions were saved', () => {
  it('leaves their hash and verification as they were, and appears in the content API', async () => {
    const workshop = await createWorkshop(server.url);
    const call = async <T>(method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server.url}/api/workshops/${workshop.id}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${workshop.invites.facilitator}`,
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as T;
    };
    const client = connectClient(server.url, workshop.id, workshop.invites.participant);
    await client.synced;
    createItem(client.doc, 'findings', { source: 'Desk review' }, { id: 'f-1' });
    for (
      let tries = 0;
      (await call<{ findings: unknown[] }>('GET', '/content')).findings.length === 0;
      tries++
    ) {
      if (tries > 200) throw new Error('the finding never reached the server');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    client.destroy();
    const saved = await call<VersionSummary>('POST', '/versions', { name: 'Before the new section' });

    await withExtraSection(async () => {
      const detail = await call<VersionDetail>('GET', `/versions/${saved.id}`);
      expect(detail.hash).toBe(saved.hash);
      expect(detail.verified).toBe(true);
      const content = await call<Record<string, unknown>>('GET', '/content');
      expect(content).toHaveProperty('riskRegister', []);
    });
  });
});
