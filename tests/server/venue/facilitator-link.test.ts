import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopSession } from '../../../shared/api.js';
import type { AuditLogResponse } from '../../../shared/audit.js';
import { VENUE_LINKS_FILE } from '../../../server/config.js';
import type { RunningServer } from '../../../server/start-server.js';
import { venueFacilitatorLink } from '../../../server/venue/facilitator-link.js';
import { apiCall } from '../../helpers/api-call.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'venue-links-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let server: RunningServer;
let file: string;
beforeEach(async () => {
  server = await startTestServer();
  file = path.join(mkdtempSync(path.join(scratch, 'data-')), VENUE_LINKS_FILE);
});
afterEach(() => server.close());

const link = () =>
  venueFacilitatorLink({
    workshops: server.workshops,
    invites: server.invites,
    file,
    newTitle: 'Made for the room',
  });

const tokenOf = (invitePath: string) => new URLSearchParams(invitePath.split('#')[1]).get('invite')!;

async function roleOpenedBy(workshopId: string, invitePath: string): Promise<string> {
  const opened = await apiCall<WorkshopSession>(`${server.url}/api/workshops/${workshopId}`, 'GET', {
    token: tokenOf(invitePath),
  });
  expect(opened.status).toBe(200);
  return opened.body.role;
}

describe('the facilitator link venue mode prints', () => {
  it('makes a workshop when the store has none, and prints the same link on every later start', async () => {
    const first = await link();
    expect(first).toMatchObject({
      created: true,
      workshop: { title: 'Made for the room', archivedAt: null },
    });
    expect(first.path).toMatch(new RegExp(`^/w/${first.workshop.id}#invite=`));
    expect(await roleOpenedBy(first.workshop.id, first.path)).toBe('facilitator');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ [first.workshop.id]: tokenOf(first.path) });

    const again = await link();
    expect(again).toEqual({ ...first, created: false });
  });

  it('opens the open workshop with the latest activity, with a facilitator invite of its own, audited', async () => {
    const older = await createWorkshop(server.url, { title: 'Older' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const newer = await createWorkshop(server.url, { title: 'Newer' });
    const chosen = await link();
    expect(chosen).toMatchObject({ created: false, workshop: { id: newer.id, title: 'Newer' } });
    expect(chosen.path).not.toBe(newer.links.facilitator);
    expect(await roleOpenedBy(newer.id, chosen.path)).toBe('facilitator');
    const audit = await apiCall<AuditLogResponse>(`${server.url}/api/workshops/${newer.id}/audit`, 'GET', {
      token: newer.invites.facilitator,
    });
    expect(audit.body.entries.at(-1)).toMatchObject({
      action: 'invite.created',
      actor: { name: 'Workspace' },
      details: { role: 'facilitator' },
    });

    // Archived, a workshop is over: the room carries on with the latest open one.
    const archived = await apiCall(`${server.url}/api/workshops/${newer.id}/archive`, 'POST', {
      token: newer.invites.facilitator,
    });
    expect(archived.status).toBe(200);
    const next = await link();
    expect(next.workshop.id).toBe(older.id);
    expect(await roleOpenedBy(older.id, next.path)).toBe('facilitator');
  });

  it('replaces a link revoked from the People panel, and survives a damaged file', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Revoked' });
    const first = await link();
    const invites = await apiCall<{ invites: Array<{ id: string; role: string; createdAt: string }> }>(
      `${server.url}/api/workshops/${workshop.id}/invites`,
      'GET',
      { token: workshop.invites.facilitator },
    );
    const venueInvite = invites.body.invites.filter((invite) => invite.role === 'facilitator').at(-1)!;
    const revoked = await apiCall(
      `${server.url}/api/workshops/${workshop.id}/invites/${venueInvite.id}`,
      'DELETE',
      {
        token: workshop.invites.facilitator,
      },
    );
    expect(revoked.status).toBe(200);
    const opened = await apiCall(`${server.url}/api/workshops/${workshop.id}`, 'GET', {
      token: tokenOf(first.path),
    });
    expect(opened.status).toBe(401);

    const replaced = await link();
    expect(replaced.path).not.toBe(first.path);
    expect(await roleOpenedBy(workshop.id, replaced.path)).toBe('facilitator');

    writeFileSync(file, '{ not json');
    const afterDamage = await link();
    expect(await roleOpenedBy(workshop.id, afterDamage.path)).toBe('facilitator');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ [workshop.id]: tokenOf(afterDamage.path) });
  });
});
