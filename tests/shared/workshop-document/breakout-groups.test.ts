import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  assignToGroup,
  canonicalContent,
  createGroup,
  createItem,
  currentGroupSession,
  diffContent,
  findItem,
  groupFindingIds,
  groupRecommendationIds,
  groupReports,
  groupTitle,
  itemLinks,
  itemText,
  readGroups,
  readWorkshopContent,
  seedTemplate,
  setGroupMember,
  type BreakoutGroup,
} from '../../../shared/workshop-document/index.js';

const group = (overrides: Partial<BreakoutGroup>): BreakoutGroup => ({
  id: 'g-1',
  sessionId: 's-1',
  name: '',
  themes: [],
  findingIds: [],
  facilitator: '',
  reporter: '',
  members: [],
  created: 0,
  ...overrides,
});

describe('breakout groups in the document', () => {
  it('are listed per session in creation order, merge concurrent ticks, and assign a person to one group', () => {
    const doc = new Y.Doc();
    const first = createGroup(doc, 's-1', { name: 'Legal framework', themes: ['Legal framework'] }, 1);
    const second = createGroup(doc, 's-1', { name: 'Costs' }, 2);
    createGroup(doc, 's-2', { name: 'Elsewhere' }, 0);
    expect(readGroups(doc, 's-1').map((g) => g.id)).toEqual([first, second]);
    expect(groupTitle(readGroups(doc, 's-1')[1]!, 1)).toBe('Group 2 · Costs');
    expect(groupTitle(group({ themes: ['Awareness'] }), 0)).toBe('Group 1 · Awareness');

    // Two facilitators tick a theme each at once: both ticks stay.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    setGroupMember(doc, second, 'themes', 'Costs and access', true);
    setGroupMember(other, second, 'themes', 'Awareness', true);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(readGroups(doc, 's-1')[1]!.themes).toEqual(['Awareness', 'Costs and access']);

    assignToGroup(doc, 's-1', 'invite-a', first);
    assignToGroup(doc, 's-1', 'invite-a', second);
    const [one, two] = readGroups(doc, 's-1');
    expect(one!.members).toEqual([]);
    expect(two!.members).toEqual(['invite-a']);
  });

  it('offers the timed group session, else the next one with groups', () => {
    const agenda = [
      { id: 'a', kind: 'plenary' },
      { id: 'b', kind: 'group' },
      { id: 'c', kind: 'plenary' },
      { id: 'd', kind: 'group' },
    ];
    const groups = [group({ sessionId: 'b' }), group({ sessionId: 'd' })];
    expect(currentGroupSession(agenda, groups, null)).toBe('b');
    expect(currentGroupSession(agenda, groups, 'b')).toBe('b');
    expect(currentGroupSession(agenda, groups, 'c')).toBe('d');
    expect(currentGroupSession(agenda, [group({ sessionId: 'b' })], 'c')).toBeNull();
  });
});

describe('group filtering', () => {
  const findings = [
    { id: 'f-1', theme: 'Legal framework' },
    { id: 'f-2', theme: 'Costs and access' },
    { id: 'f-3', theme: 'Awareness' },
  ];
  const recommendations = [
    { id: 'r-1', findingIds: ['f-1'] },
    { id: 'r-2', findingIds: ['f-2', 'f-3'] },
    { id: 'r-3', findingIds: [] },
  ];

  it('gives a group the findings of its themes and those named, and the recommendations answering them', () => {
    const legal = group({ themes: ['Legal framework'], findingIds: ['f-3'] });
    const ids = groupFindingIds(legal, findings);
    expect([...ids].sort()).toEqual(['f-1', 'f-3']);
    expect([...groupRecommendationIds(ids, recommendations, { unlinked: true })].sort()).toEqual([
      'r-1',
      'r-2',
      'r-3',
    ]);
    expect([...groupRecommendationIds(ids, recommendations, { unlinked: false })].sort()).toEqual([
      'r-1',
      'r-2',
    ]);
    const costs = groupFindingIds(group({ themes: ['Costs and access'] }), findings);
    expect([...costs]).toEqual(['f-2']);
    expect([...groupRecommendationIds(costs, recommendations, { unlinked: false })]).toEqual(['r-2']);
  });
});

describe('group reports', () => {
  it('attribute each change since the start version to the groups working on the item', () => {
    const doc = new Y.Doc();
    seedTemplate(doc);
    const legal = createItem(doc, 'findings', {
      theme: 'Legal framework',
      evidence: 'Fees for late registration',
    });
    const costs = createItem(doc, 'findings', { theme: 'Costs and access', evidence: 'Travel costs' });
    const untouched = createItem(doc, 'findings', { theme: 'Legal framework', evidence: 'Nothing changes' });
    const before = canonicalContent(doc);

    findItem(doc, 'findings', legal)!.set('status', 'amended');
    itemText(findItem(doc, 'findings', legal)!, 'dissent').insert(0, 'The ministry disagrees');
    findItem(doc, 'findings', costs)!.set('status', 'rejected');
    const added = createItem(doc, 'findings', { theme: 'Legal framework', status: 'validated' });
    const drafted = createItem(doc, 'recommendations', { text: 'Waive the fees' });
    itemLinks(findItem(doc, 'recommendations', drafted)!, 'findingIds').set(legal, true);
    const unlinked = createItem(doc, 'recommendations', { text: 'Linked to nothing' });

    const content = readWorkshopContent(doc);
    const groups = [
      group({ id: 'g-legal', themes: ['Legal framework'] }),
      group({ id: 'g-costs', themes: ['Costs and access'] }),
      group({ id: 'g-empty', themes: ['Awareness'] }),
    ];
    const reports = groupReports(diffContent(before, canonicalContent(doc)), groups, content);

    expect(reports.map((r) => r.group.id)).toEqual(['g-legal', 'g-costs', 'g-empty']);
    expect(reports[0]!.entries).toEqual([
      { collection: 'findings', id: added, changes: ['added', 'validated'] },
      { collection: 'findings', id: legal, changes: ['amended', 'dissent'] },
      { collection: 'recommendations', id: drafted, changes: ['drafted'] },
    ]);
    expect(reports[1]!.entries).toEqual([{ collection: 'findings', id: costs, changes: ['rejected'] }]);
    expect(reports[2]!.entries).toEqual([]);
    const everything = reports.flatMap((r) => r.entries.map((e) => e.id));
    expect(everything).not.toContain(untouched);
    expect(everything).not.toContain(unlinked);
  });
});
