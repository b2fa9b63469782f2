import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  FRAMEWORK_REFERENCES,
  SCHEMA_VERSION,
  collection,
  createItem,
  deleteItem,
  documentVersion,
  findItem,
  itemRich,
  itemText,
  migrateDocument,
  moveItem,
  orderedItems,
  paragraphs,
  readWorkshopContent,
  reportFragment,
  setLinked,
  templateDocument,
} from '../../../shared/workshop-document/index.js';

function fromTemplate(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, templateDocument());
  return doc;
}

describe('toolkit template', () => {
  it('starts a workshop with the pick lists, a timed agenda and the report outline', () => {
    const content = readWorkshopContent(fromTemplate());
    expect(content.schemaVersion).toBe(SCHEMA_VERSION);
    expect(content.themes.map((t) => t.label)).toEqual([
      'Legal framework',
      'Institutions and coordination',
      'Registration procedures',
      'Costs and access',
      'Awareness',
      'Coverage statistics',
    ]);
    expect(content.populations.map((p) => p.label)).toContain('Stateless persons');
    expect(content.agenda).toHaveLength(7);
    expect(content.agenda[0]).toMatchObject({ start: '09:00', durationMinutes: 30, kind: 'plenary' });
    expect(content.agenda.some((session) => session.kind === 'group')).toBe(true);
    expect(content.report).toContain('Results workshop report');
    expect(content.report).toContain('4. Validated findings');
    expect(content.findings).toEqual([]);
  });

  it('converges instead of duplicating when seeded twice', () => {
    const a = fromTemplate();
    const b = fromTemplate();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readWorkshopContent(a).themes).toHaveLength(6);
    expect(readWorkshopContent(a).agenda).toHaveLength(7);
  });

  it('offers SDG 16.9 and every ESCAP RAF target as framework references', () => {
    expect(FRAMEWORK_REFERENCES).toHaveLength(16);
    expect(FRAMEWORK_REFERENCES).toContain('RAF 1E');
    expect(FRAMEWORK_REFERENCES).toContain('RAF 3H');
  });
});

describe('schema migration', () => {
  it('brings a first-release document (one rich-text draft, no version) to the current schema, keeping its prose', () => {
    const doc = new Y.Doc();
    reportFragment(doc).insert(0, paragraphs('Notes typed in the first release'));
    expect(documentVersion(doc)).toBe(1);
    expect(migrateDocument(doc)).toBe(1);
    const content = readWorkshopContent(doc);
    expect(content.schemaVersion).toBe(SCHEMA_VERSION);
    expect(content.report).toBe('Notes typed in the first release');
    expect(content.themes).toHaveLength(6);
  });

  it('does nothing to a current document', () => {
    const doc = fromTemplate();
    let updates = 0;
    doc.on('update', () => (updates += 1));
    expect(migrateDocument(doc)).toBe(SCHEMA_VERSION);
    expect(updates).toBe(0);
  });
});

describe('items', () => {
  it('creates items with every field, in order, and reorders by position', () => {
    const doc = fromTemplate();
    const first = createItem(doc, 'findings', {
      theme: 'Legal framework',
      evidence: 'Line one\nLine two',
      source: 'Desk review',
    });
    const second = createItem(doc, 'findings', { status: 'validated' });
    const between = createItem(doc, 'findings', {}, { afterId: first });
    const top = createItem(doc, 'findings', {}, { afterId: null });
    expect(orderedItems(doc, 'findings').map((item) => item.get('id'))).toEqual([
      top,
      first,
      between,
      second,
    ]);

    moveItem(doc, 'findings', top, 3);
    expect(orderedItems(doc, 'findings').map((item) => item.get('id'))).toEqual([
      first,
      between,
      second,
      top,
    ]);

    const finding = readWorkshopContent(doc).findings[0]!;
    expect(finding).toMatchObject({
      id: first,
      theme: 'Legal framework',
      evidence: 'Line one\nLine two',
      source: 'Desk review',
      status: 'draft',
      dissent: '',
    });
    expect(findItem(doc, 'findings', first)?.get('id')).toBe(first);
    expect(first).toMatch(/^f-[0-9a-z]{12}$/);
  });

  it('reads values outside the schema as the field default instead of failing', () => {
    const doc = fromTemplate();
    const id = createItem(doc, 'targets', { indicator: 'Birth registration under 5' });
    const target = findItem(doc, 'targets', id)!;
    target.set('progress', 'great');
    target.set('framework', 'RAF 9Z');
    target.set('baselineYear', 'last year');
    const read = readWorkshopContent(doc).targets[0]!;
    expect(read).toMatchObject({
      indicator: 'Birth registration under 5',
      progress: 'no-data',
      framework: '',
      baselineYear: null,
    });
  });

  it('keeps a link to a deleted finding, so it can be shown as dangling', () => {
    const doc = fromTemplate();
    const finding = createItem(doc, 'findings');
    const recommendation = createItem(doc, 'recommendations', { findingIds: [finding] });
    deleteItem(doc, 'findings', finding);
    const content = readWorkshopContent(doc);
    expect(content.findings).toEqual([]);
    expect(content.recommendations.find((r) => r.id === recommendation)?.findingIds).toEqual([finding]);
  });

  it('undoes a deletion, rich evidence included, with a Yjs undo manager on the collection', () => {
    const doc = fromTemplate();
    const origin = Symbol('me');
    const undo = new Y.UndoManager(collection(doc, 'findings'), { trackedOrigins: new Set([origin]) });
    const id = createItem(doc, 'findings', { evidence: 'Fees of 200 baht deter late registration' });
    doc.transact(() => deleteItem(doc, 'findings', id), origin);
    expect(readWorkshopContent(doc).findings).toEqual([]);
    undo.undo();
    const restored = readWorkshopContent(doc).findings;
    expect(restored).toHaveLength(1);
    expect(restored[0]).toMatchObject({ id, evidence: 'Fees of 200 baht deter late registration' });
  });
});

/** Each replica's updates, applied to a fresh document in the given order of replicas. */
function mergeInOrder(replicas: Y.Doc[], order: number[]): Y.Doc {
  const merged = new Y.Doc();
  for (const index of order) Y.applyUpdate(merged, Y.encodeStateAsUpdate(replicas[index]!));
  return merged;
}

const ORDERS = [
  [0, 1, 2],
  [2, 1, 0],
  [1, 0, 2],
  [2, 0, 1],
];

/** Starts every replica from the same state, so concurrent edits act on shared items. */
function replicas(count: number, prepare: (doc: Y.Doc) => void): Y.Doc[] {
  const base = fromTemplate();
  prepare(base);
  const state = Y.encodeStateAsUpdate(base);
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc;
  });
}

function expectConvergence(docs: Y.Doc[]) {
  const results = ORDERS.map((order) => JSON.stringify(readWorkshopContent(mergeInOrder(docs, order))));
  expect(new Set(results).size).toBe(1);
  return readWorkshopContent(mergeInOrder(docs, ORDERS[0]!));
}

describe('concurrent edits converge and keep every typed character', () => {
  let rowId = '';
  const withRow = (doc: Y.Doc) => {
    rowId = createItem(doc, 'actionPlan', { activity: 'Mobile registration ' });
  };

  it('two people typing in two cells of one row', () => {
    const [a, b, c] = replicas(3, withRow);
    itemText(findItem(a!, 'actionPlan', rowId)!, 'leadAgency').insert(
      0,
      'Department of Provincial Administration',
    );
    itemText(findItem(b!, 'actionPlan', rowId)!, 'partners').insert(0, 'UNHCR, UNICEF');
    findItem(c!, 'actionPlan', rowId)!.set('start', '2027-01-15');
    const row = expectConvergence([a!, b!, c!]).actionPlan[0]!;
    expect(row).toMatchObject({
      leadAgency: 'Department of Provincial Administration',
      partners: 'UNHCR, UNICEF',
      start: '2027-01-15',
    });
  });

  it('three people typing in the same cell, in several scripts', () => {
    const [a, b, c] = replicas(3, withRow);
    itemText(findItem(a!, 'actionPlan', rowId)!, 'activity').insert(20, 'in border districts');
    itemText(findItem(b!, 'actionPlan', rowId)!, 'activity').insert(0, 'Đăng ký lưu động: ');
    itemText(findItem(c!, 'actionPlan', rowId)!, 'activity').insert(20, ' (تسجيل متنقل)');
    const activity = expectConvergence([a!, b!, c!]).actionPlan[0]!.activity;
    for (const typed of [
      'in border districts',
      'Đăng ký lưu động: ',
      ' (تسجيل متنقل)',
      'Mobile registration ',
    ])
      expect(activity).toContain(typed);
  });

  it('concurrent links to different findings all survive; a concurrent unlink removes only its own', () => {
    let recommendation = '';
    const findings: string[] = [];
    const [a, b, c] = replicas(3, (doc) => {
      for (let i = 0; i < 3; i++) findings.push(createItem(doc, 'findings'));
      recommendation = createItem(doc, 'recommendations', { findingIds: [findings[0]!] });
    });
    setLinked(findItem(a!, 'recommendations', recommendation)!, 'findingIds', findings[1]!, true);
    setLinked(findItem(b!, 'recommendations', recommendation)!, 'findingIds', findings[2]!, true);
    setLinked(findItem(c!, 'recommendations', recommendation)!, 'findingIds', findings[0]!, false);
    const linked = expectConvergence([a!, b!, c!]).recommendations[0]!.findingIds;
    expect(linked).toEqual([findings[1]!, findings[2]!].sort());
  });

  it('a finding deleted while someone links to it stays visible as a dangling link', () => {
    let finding = '';
    let recommendation = '';
    const [a, b] = replicas(2, (doc) => {
      finding = createItem(doc, 'findings');
      recommendation = createItem(doc, 'recommendations');
    });
    deleteItem(a!, 'findings', finding);
    setLinked(findItem(b!, 'recommendations', recommendation)!, 'findingIds', finding, true);
    const content = expectConvergence([a!, b!, new Y.Doc()]);
    expect(content.findings).toEqual([]);
    expect(content.recommendations[0]!.findingIds).toEqual([finding]);
  });

  it('a move and an edit of the same item both apply; simultaneous inserts at one place keep both, in one order', () => {
    const ids: string[] = [];
    const [a, b, c] = replicas(3, (doc) => {
      for (let i = 0; i < 3; i++) ids.push(createItem(doc, 'findings', { source: `source ${i}` }));
    });
    moveItem(a!, 'findings', ids[0]!, 2);
    itemText(findItem(b!, 'findings', ids[0]!)!, 'source').insert(8, ' (revised)');
    itemRich(findItem(b!, 'findings', ids[0]!)!, 'evidence').insert(0, paragraphs('New evidence'));
    createItem(b!, 'findings', { source: 'from b' }, { afterId: ids[1]! });
    createItem(c!, 'findings', { source: 'from c' }, { afterId: ids[1]! });
    const findings = expectConvergence([a!, b!, c!]).findings;
    expect(findings).toHaveLength(5);
    const moved = findings.find((f) => f.id === ids[0]);
    expect(moved).toMatchObject({ source: 'source 0 (revised)', evidence: 'New evidence' });
    expect(findings.at(-1)?.id).toBe(ids[0]);
    expect(findings.map((f) => f.source)).toEqual(expect.arrayContaining(['from b', 'from c']));
  });

  it('a status set concurrently settles on one value everywhere', () => {
    let finding = '';
    const [a, b] = replicas(2, (doc) => {
      finding = createItem(doc, 'findings');
    });
    findItem(a!, 'findings', finding)!.set('status', 'validated');
    findItem(b!, 'findings', finding)!.set('status', 'amended');
    const status = expectConvergence([a!, b!, new Y.Doc()]).findings[0]!.status;
    expect(['validated', 'amended']).toContain(status);
  });
});
