import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { GAP_KINDS, traceability } from '../../shared/traceability.js';
import { createItem, readWorkshopContent } from '../../shared/workshop-document/index.js';

const COMPLETE_ROW = {
  leadAgency: 'Interior',
  start: '2027-01-01',
  end: '2027-06-30',
  cost: '10,000',
  indicator: 'Decree',
};

/** One whole chain (F1 → R1 → A1 → T1) and one example of every gap. */
function workshop(): Y.Doc {
  const doc = new Y.Doc();
  createItem(doc, 'findings', { status: 'validated', evidence: 'Fees deter' }, { id: 'f-1' });
  createItem(doc, 'findings', { status: 'amended' }, { id: 'f-2' });
  createItem(doc, 'findings', { status: 'draft' }, { id: 'f-3' });
  createItem(doc, 'findings', { status: 'validated' }, { id: 'f-4' });
  createItem(doc, 'recommendations', { findingIds: ['f-1'], status: 'agreed' }, { id: 'r-1' });
  createItem(doc, 'recommendations', { findingIds: ['f-1', 'f-gone'] }, { id: 'r-2' });
  // Withdrawn: answers nothing and needs no action.
  createItem(doc, 'recommendations', { findingIds: ['f-4'], status: 'withdrawn' }, { id: 'r-3' });
  createItem(doc, 'targets', { baselineValue: '62%', baselineYear: 2024, targetYear: 2030 }, { id: 't-1' });
  createItem(doc, 'targets', { baselineValue: '10%' }, { id: 't-2' });
  createItem(
    doc,
    'actionPlan',
    { ...COMPLETE_ROW, recommendationIds: ['r-1'], targetIds: ['t-1'] },
    { id: 'a-1' },
  );
  createItem(doc, 'actionPlan', { leadAgency: 'Health', targetIds: ['t-gone'] }, { id: 'a-2' });
  return doc;
}

describe('traceability', () => {
  const result = traceability(readWorkshopContent(workshop()));
  const gapsOf = (kind: string) => result.gaps.filter((gap) => gap.kind === kind).map((gap) => gap.label);

  it('follows every finding through its recommendations and actions to the targets', () => {
    expect(result.chains[0]).toEqual({
      findingId: 'f-1',
      label: 'F1',
      recommendations: [
        {
          id: 'r-1',
          label: 'R1',
          actions: [{ id: 'a-1', label: 'A1', targets: [{ id: 't-1', label: 'T1' }] }],
        },
        { id: 'r-2', label: 'R2', actions: [] },
      ],
    });
    expect(result.chains.map((chain) => chain.label)).toEqual(['F1', 'F2', 'F3', 'F4']);
    expect(result.chains[3]!.recommendations).toEqual([]);
  });

  it('lists each kind of gap, once per item, naming what is missing', () => {
    expect(gapsOf('finding-unanswered')).toEqual(['F2', 'F4']);
    expect(gapsOf('recommendation-without-action')).toEqual(['R2']);
    expect(gapsOf('action-without-target')).toEqual(['A2']);
    expect(gapsOf('action-incomplete')).toEqual(['A2']);
    expect(result.gaps.find((gap) => gap.kind === 'action-incomplete')!.message).toBe(
      'A2 has no start, end, cost, indicator',
    );
    expect(gapsOf('target-incomplete')).toEqual(['T2']);
    expect(result.gaps.find((gap) => gap.kind === 'target-incomplete')!.message).toBe(
      'T2 has no baseline year, target value or target year',
    );
    expect(
      result.gaps.filter((gap) => gap.kind === 'dangling-link').map((gap) => [gap.collection, gap.label]),
    ).toEqual([
      ['recommendations', 'R2'],
      ['actionPlan', 'A2'],
    ]);
    expect(result.counts).toEqual({
      'finding-unanswered': 2,
      'recommendation-without-action': 1,
      'action-without-target': 1,
      'action-incomplete': 1,
      'target-incomplete': 1,
      'dangling-link': 2,
    });
    expect(Object.keys(result.counts)).toEqual([...GAP_KINDS]);
  });

  it('finds no gap in a whole chain', () => {
    const doc = new Y.Doc();
    createItem(doc, 'findings', { status: 'validated' }, { id: 'f-1' });
    createItem(doc, 'recommendations', { findingIds: ['f-1'] }, { id: 'r-1' });
    createItem(doc, 'targets', { baselineValue: '1', baselineYear: 2020, targetValue: '2' }, { id: 't-1' });
    createItem(doc, 'actionPlan', { ...COMPLETE_ROW, recommendationIds: ['r-1'], targetIds: ['t-1'] });
    expect(traceability(readWorkshopContent(doc)).gaps).toEqual([]);
  });
});
