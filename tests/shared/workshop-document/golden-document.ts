import * as Y from 'yjs';
import {
  createItem,
  findItem,
  itemRich,
  paragraphs,
  reportFragment,
  templateDocument,
} from '../../../shared/workshop-document/index.js';

/**
 * A document with every section and every storage kind filled in, built the same way every time:
 * its canonical hash was computed by the code that saved the first versions and is pinned in
 * registry.test.ts, so any change to the canonical rendering that would stop them verifying fails.
 */
export function goldenDocument(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, templateDocument());
  doc.transact(() => {
    createItem(doc, 'themes', { label: 'Digitisation' }, { id: 'th-digital' });
    createItem(
      doc,
      'agenda',
      { start: '17:00', durationMinutes: 15, title: 'Close', kind: 'plenary', facilitator: 'Amina' },
      { id: 's-close' },
    );
    createItem(
      doc,
      'findings',
      {
        theme: 'Costs and access',
        population: 'Refugees',
        evidence: 'Late fees deter registration\nعربى',
        source: 'Tool G',
        status: 'validated',
        dissent: 'Ministry of Finance',
      },
      { id: 'f-fees' },
    );
    itemRich(findItem(doc, 'findings', 'f-fees')!, 'evidence').insert(0, paragraphs('ค่าธรรมเนียม'));
    createItem(doc, 'findings', { evidence: 'No mobile units', status: 'amended' }, { id: 'f-mobile' });
    createItem(
      doc,
      'recommendations',
      {
        text: 'Waive late fees',
        findingIds: ['f-fees', 'f-gone'],
        agency: 'Civil Registry',
        reasoning: 'Cost is the barrier',
        status: 'agreed',
        priority: '#1 · 9 dots',
      },
      { id: 'r-waive' },
    );
    createItem(
      doc,
      'targets',
      {
        indicator: 'Births registered under 1',
        disaggregation: 'refugees',
        baselineValue: '62%',
        baselineYear: 2024,
        targetValue: '90%',
        targetYear: 2030,
        dataSource: 'CR records',
        framework: 'RAF 1A',
        progress: 'no-data',
      },
      { id: 't-births' },
    );
    createItem(
      doc,
      'actionPlan',
      {
        objective: 'Access',
        activity: 'Decree waiving fees',
        leadAgency: 'Interior',
        partners: 'UNHCR',
        start: '2027-01-01',
        end: '2027-06-30',
        cost: '10,000',
        fundingSource: 'State',
        indicator: 'Decree signed',
        verification: 'Gazette',
        recommendationIds: ['r-waive'],
        targetIds: ['t-births'],
        risks: 'Budget',
      },
      { id: 'a-decree' },
    );
    reportFragment(doc).insert(reportFragment(doc).length, paragraphs('Closing words.'));
  });
  return doc;
}
