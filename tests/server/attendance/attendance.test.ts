import { describe, expect, it } from 'vitest';
import { PRESENTER_FIELD } from '../../../shared/presence.js';
import { serverPerFile } from '../../helpers/server-per-file.js';
import { createWorkshop } from '../../helpers/test-server.js';
import { waitFor } from '../../helpers/yjs-clients.js';

const files = serverPerFile();

describe('the annex of participants present', () => {
  it('lists the people seen in presence with their invite’s role, and not the projector', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Attendance' });
    const join = (token: string, user: Record<string, string>, presenter = false) => {
      const client = files.connect(workshop.id, token);
      client.provider.awareness.setLocalStateField('user', user);
      if (presenter) client.provider.awareness.setLocalStateField(PRESENTER_FIELD, true);
      return client;
    };
    // Amina's page claims to be a facilitator's; her invite is a participant's.
    const pages = [
      join(workshop.invites.participant, { name: '  Amina   Rahman ', color: '#000', role: 'facilitator' }),
      join(workshop.invites.stakeholder, { name: 'สมชาย', color: '#000', role: 'stakeholder' }),
      join(workshop.invites.viewer, { name: 'Presenter screen', color: '#000', role: 'viewer' }, true),
    ];
    await Promise.all(pages.map((page) => page.synced));
    const room = await files.server.registry.peek(workshop.id);
    await waitFor(() => (room?.awareness.getStates().size ?? 0) === 3, 'three pages present');

    const response = await fetch(`${files.server.url}/api/workshops/${workshop.id}/export/report.md`, {
      headers: { authorization: `Bearer ${workshop.invites.viewer}` },
    });
    expect(response.status).toBe(200);
    const annex = (await response.text()).split(/^#+ .*[Pp]articipants present.*$/m).at(-1) ?? '';
    expect(annex).toMatch(/Amina Rahman\s*\|\s*Participant/);
    expect(annex).toMatch(/สมชาย\s*\|\s*Stakeholder/);
    expect(annex).not.toContain('Presenter screen');
    expect(annex).not.toMatch(/Amina Rahman\s*\|\s*Facilitator/);
  });
});
