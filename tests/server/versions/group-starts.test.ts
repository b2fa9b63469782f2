import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse, VersionList } from '../../../shared/api.js';
import {
  pauseTimer,
  readGroupStart,
  readTimer,
  resumeTimer,
  startTimer,
  writeTimer,
} from '../../../shared/workshop-document/index.js';
import { apiCall } from '../../helpers/api-call.js';
import { serverPerFile } from '../../helpers/server-per-file.js';
import { createWorkshop } from '../../helpers/test-server.js';
import { waitFor, type TestClient } from '../../helpers/yjs-clients.js';

/** The template's first group session and a plenary one (template.ts gives them fixed ids). */
const GROUP_SESSION = 's-template-3';
const GROUP_TITLE = 'Breakout groups: validate or amend the findings by theme';
const PLENARY_SESSION = 's-template-1';

const files = serverPerFile();

async function versionNames(workshop: CreateWorkshopResponse): Promise<string[]> {
  const { body } = await apiCall<VersionList>(
    `${files.server.url}/api/workshops/${workshop.id}/versions`,
    'GET',
    {
      token: workshop.invites.viewer,
    },
  );
  return body.versions.map((version) => version.name);
}

async function facilitatorClient(workshop: CreateWorkshopResponse): Promise<TestClient> {
  const client = files.connect(workshop.id, workshop.invites.facilitator);
  await client.synced;
  return client;
}

const write = (client: TestClient, change: () => void) => client.doc.transact(change);

describe('the version saved when a group session starts', () => {
  it('is saved once per start, named after the session, and recorded in the document', async () => {
    const workshop = await createWorkshop(files.server.url);
    const client = await facilitatorClient(workshop);
    const startedAt = Date.now();
    write(client, () => writeTimer(client.doc, startTimer(GROUP_SESSION, 90 * 60_000, startedAt)));

    await waitFor(() => readGroupStart(client.doc, GROUP_SESSION) !== null, 'the start to be recorded');
    const recorded = readGroupStart(client.doc, GROUP_SESSION)!;
    expect(recorded.startedAt).toBe(startedAt);
    expect(await versionNames(workshop)).toEqual([`Before: ${GROUP_TITLE}`]);

    // Pausing, resuming and extending are not starts; the same start written again is not either.
    write(client, () => writeTimer(client.doc, pauseTimer(readTimer(client.doc)!, startedAt + 1_000)));
    write(client, () => writeTimer(client.doc, resumeTimer(readTimer(client.doc)!, startedAt + 2_000)));
    write(client, () => writeTimer(client.doc, startTimer(GROUP_SESSION, 90 * 60_000, startedAt)));
    // A plenary session's start saves nothing; a marker change lets the test know the server has seen them.
    write(client, () => writeTimer(client.doc, startTimer(PLENARY_SESSION, 30 * 60_000, startedAt + 3_000)));
    const restartedAt = startedAt + 4_000;
    write(client, () => writeTimer(client.doc, startTimer(GROUP_SESSION, 90 * 60_000, restartedAt)));

    await waitFor(
      () => readGroupStart(client.doc, GROUP_SESSION)?.startedAt === restartedAt,
      'the second start to be recorded',
    );
    const names = await versionNames(workshop);
    expect(names).toEqual([`Before: ${GROUP_TITLE}`, `Before: ${GROUP_TITLE}`]);
    const second = readGroupStart(client.doc, GROUP_SESSION)!;
    expect(second.versionNumber).toBe(recorded.versionNumber + 1);
  });

  it('is not saved for a start a read-only role writes (the server never applies it)', async () => {
    const workshop = await createWorkshop(files.server.url);
    const viewer = files.connect(workshop.id, workshop.invites.viewer);
    await viewer.synced;
    write(viewer, () => writeTimer(viewer.doc, startTimer(GROUP_SESSION, 60_000, Date.now())));
    // The facilitator's later start is saved; the viewer's never was.
    const client = await facilitatorClient(workshop);
    expect(readTimer(client.doc)).toBeNull();
    write(client, () => writeTimer(client.doc, startTimer(GROUP_SESSION, 60_000, Date.now())));
    await waitFor(() => readGroupStart(client.doc, GROUP_SESSION) !== null, 'the start to be recorded');
    expect(await versionNames(workshop)).toHaveLength(1);
  });
});
