import { describe, expect, it } from 'vitest';
import type { ApiError, CreateWorkshopResponse } from '../../../shared/api.js';
import {
  rangeAnchor,
  textRange,
  resolveRange,
  type CommentMessage,
  type CommentThread,
  type CommentThreadList,
} from '../../../shared/comments.js';
import { noticeKey } from '../../../shared/live-notices.js';
import { createItem, findItem, itemText, metaMap } from '../../../shared/workshop-document/index.js';
import { serverPerFile } from '../../helpers/server-per-file.js';
import { createWorkshop } from '../../helpers/test-server.js';
import { waitFor } from '../../helpers/yjs-clients.js';

const files = serverPerFile();

type Invite = keyof CreateWorkshopResponse['invites'];

async function call<T>(
  workshop: CreateWorkshopResponse,
  method: string,
  path: string,
  role: Invite,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${files.server.url}/api/workshops/${workshop.id}/comments${path}`, {
    method,
    headers: {
      authorization: `Bearer ${workshop.invites[role]}`,
      'content-type': 'application/json',
      'x-author-name': encodeURIComponent(role === 'stakeholder' ? 'وزارة الداخلية' : role),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

describe('comments', () => {
  it('lets stakeholders comment on a text range that stays anchored, with replies, resolve and reopen', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Comments' });
    const editor = files.connect(workshop.id, workshop.invites.participant);
    const stakeholder = files.connect(workshop.id, workshop.invites.stakeholder);
    await Promise.all([editor.synced, stakeholder.synced]);
    const id = 'r-comment';
    editor.doc.transact(() =>
      createItem(editor.doc, 'recommendations', { text: 'Waive the late registration fee' }, { id }),
    );
    await waitFor(
      () => findItem(stakeholder.doc, 'recommendations', id) !== undefined,
      'item reaches stakeholder',
    );

    // The stakeholder cannot edit, but selects "late registration fee" and comments on it.
    const text = itemText(findItem(stakeholder.doc, 'recommendations', id)!, 'text');
    const anchor = rangeAnchor(
      'recommendations',
      id,
      'text',
      textRange(text, 'Waive the '.length, text.length),
    );
    let notices = 0;
    metaMap(editor.doc).observe((event) => {
      if (event.keysChanged.has(noticeKey('comments'))) notices++;
    });
    const opened = await call<CommentThread>(workshop, 'POST', '', 'stakeholder', {
      anchor,
      body: 'Which fee: the civil registry’s or the hospital’s?',
    });
    expect(opened.status).toBe(201);
    expect(opened.body.messages[0]).toMatchObject({
      authorName: 'وزارة الداخلية',
      authorRole: 'stakeholder',
    });
    await waitFor(() => notices > 0, 'the editor is told to refresh comments');

    // Edits around the anchor, after the comment was made: it still covers the same words.
    editor.doc.transact(() => {
      const live = itemText(findItem(editor.doc, 'recommendations', id)!, 'text');
      live.insert(0, 'Immediately ');
      live.insert(live.length, ' for refugee children');
    });
    const listed = await call<CommentThreadList>(workshop, 'GET', '', 'viewer');
    expect(listed.body.threads).toHaveLength(1);
    expect(resolveRange(editor.doc, listed.body.threads[0]!.anchor)?.text).toBe('late registration fee');

    const reply = await call<CommentMessage>(workshop, 'POST', `/${opened.body.id}/replies`, 'participant', {
      body: 'The civil registry’s.',
    });
    expect(reply.status).toBe(201);
    const resolved = await call<CommentThread>(workshop, 'PATCH', `/${opened.body.id}`, 'facilitator', {
      resolved: true,
    });
    expect(resolved.body).toMatchObject({ resolved: true, statusChangedBy: 'facilitator' });
    expect(resolved.body.messages.map((m) => m.body)).toEqual([
      'Which fee: the civil registry’s or the hospital’s?',
      'The civil registry’s.',
    ]);
    const reopened = await call<CommentThread>(workshop, 'PATCH', `/${opened.body.id}`, 'stakeholder', {
      resolved: false,
    });
    expect(reopened.body.resolved).toBe(false);
    // Comments never touch the document's content.
    expect(itemText(findItem(editor.doc, 'recommendations', id)!, 'text').toString()).toBe(
      'Immediately Waive the late registration fee for refugee children',
    );
  });

  it('refuses viewers, unknown items and threads, and malformed anchors with clear errors', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Comment rules' });
    const editor = files.connect(workshop.id, workshop.invites.participant);
    await editor.synced;
    editor.doc.transact(() => createItem(editor.doc, 'findings', {}, { id: 'f-1' }));
    const room = await files.server.registry.peek(workshop.id);
    await waitFor(
      () => room !== undefined && findItem(room.doc, 'findings', 'f-1') !== undefined,
      'server has it',
    );

    const onItem = { anchor: { collection: 'findings', itemId: 'f-1' }, body: 'Source?' };
    const viewer = await call<ApiError>(workshop, 'POST', '', 'viewer', onItem);
    expect(viewer.status).toBe(403);
    expect((await call(workshop, 'POST', '', 'participant', onItem)).status).toBe(201);

    const unknownItem = await call<ApiError>(workshop, 'POST', '', 'participant', {
      anchor: { collection: 'findings', itemId: 'f-none' },
      body: 'Hello',
    });
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.body.error.message).toMatch(/does not exist/);
    const halfRange = await call<ApiError>(workshop, 'POST', '', 'participant', {
      anchor: { collection: 'findings', itemId: 'f-1', field: 'source', start: 'AAAA' },
      body: 'Hello',
    });
    expect(halfRange.status).toBe(400);
    const empty = await call<ApiError>(workshop, 'POST', '', 'participant', { ...onItem, body: '   ' });
    expect(empty.status).toBe(400);
    const noThread = await call<ApiError>(
      workshop,
      'POST',
      `/${crypto.randomUUID()}/replies`,
      'participant',
      {
        body: 'Hello',
      },
    );
    expect(noThread.status).toBe(404);
    const noToken = await fetch(`${files.server.url}/api/workshops/${workshop.id}/comments`);
    expect(noToken.status).toBe(401);
  });

  it('stores what the commented words say in the document, never a quote the client made up', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Honest quotes' });
    const other = await createWorkshop(files.server.url, { title: 'Another workshop' });
    const editor = files.connect(workshop.id, workshop.invites.participant);
    await editor.synced;
    editor.doc.transact(() =>
      createItem(editor.doc, 'findings', { source: 'Tool G, table 3', dissent: 'None' }, { id: 'f-q' }),
    );
    const room = await files.server.registry.peek(workshop.id);
    await waitFor(
      () => room !== undefined && findItem(room.doc, 'findings', 'f-q') !== undefined,
      'server has it',
    );
    const source = itemText(findItem(editor.doc, 'findings', 'f-q')!, 'source');

    const invented = rangeAnchor('findings', 'f-q', 'source', {
      ...textRange(source, 0, 6),
      quote: 'Deleted: all refugees were registered',
    });
    const opened = await call<CommentThread>(workshop, 'POST', '', 'stakeholder', {
      anchor: invented,
      body: 'Which table?',
    });
    expect(opened.status).toBe(201);
    expect(opened.body.anchor.quote).toBe('Tool G');

    // A range of one field presented as another's, and a field that is not text.
    const misplaced = {
      ...rangeAnchor('findings', 'f-q', 'source', textRange(source, 0, 6)),
      field: 'dissent',
    };
    expect(
      (await call<ApiError>(workshop, 'POST', '', 'stakeholder', { anchor: misplaced, body: 'x' })).status,
    ).toBe(409);
    const notText = { collection: 'findings', itemId: 'f-q', field: 'position' };
    expect(
      (await call<ApiError>(workshop, 'POST', '', 'stakeholder', { anchor: notText, body: 'x' })).status,
    ).toBe(400);

    // Another workshop's invite cannot reply to or resolve this workshop's thread.
    expect(
      (await call(other, 'POST', `/${opened.body.id}/replies`, 'participant', { body: 'Hi' })).status,
    ).toBe(404);
    expect((await call(other, 'PATCH', `/${opened.body.id}`, 'participant', { resolved: true })).status).toBe(
      404,
    );
  });
});
