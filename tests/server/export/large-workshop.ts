import type * as Y from 'yjs';
import { createItem } from '../../../shared/workshop-document/index.js';
import { SCRIPTS } from './fixture.js';

export interface WorkshopSize {
  findings: number;
  recommendations: number;
  actions: number;
}

/** A large workshop (the size a reviewer measured exports on), in several scripts. Fixed ids. */
export function fillLargeWorkshop(doc: Y.Doc, size: WorkshopSize): void {
  const scripts = Object.values(SCRIPTS);
  doc.transact(() => {
    for (let i = 0; i < size.findings; i++)
      createItem(
        doc,
        'findings',
        {
          theme: `Theme ${i % 7}`,
          population: `Population ${i % 5}`,
          evidence:
            `Finding ${i + 1}: ${scripts[i % scripts.length]} — late registration remains common in remote districts, and fees deter families. `.repeat(
              3,
            ),
          source: 'Desk review',
          status: 'validated',
        },
        { id: `f-${i}` },
      );
    for (let i = 0; i < size.recommendations; i++)
      createItem(
        doc,
        'recommendations',
        {
          text: `Recommendation ${i + 1}: ${scripts[i % scripts.length]} mobile registration teams for remote areas`,
          findingIds: [`f-${i % size.findings}`, `f-${(i * 3) % size.findings}`],
          agency: `Agency ${i % 6}`,
          reasoning: 'Reaches families who cannot travel to the district office. '.repeat(2),
          status: 'agreed',
        },
        { id: `r-${i}` },
      );
    for (let i = 0; i < size.actions; i++)
      createItem(
        doc,
        'actionPlan',
        {
          objective: `Objective ${i % 9}`,
          activity: `Activity ${i + 1}: ${scripts[i % scripts.length]}`,
          leadAgency: `Agency ${i % 6}`,
          partners: 'UNICEF, UNHCR',
          start: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
          end: `2026-${String((i % 12) + 1).padStart(2, '0')}-28`,
          cost: `${(i + 1) * 1000} USD`,
          indicator: 'Teams deployed',
          verification: 'Quarterly report',
          recommendationIds: [`r-${i % size.recommendations}`],
        },
        { id: `a-${i}` },
      );
  });
}
