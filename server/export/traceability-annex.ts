import { CHAIN, GAP_TITLES, traceability, type Traceability } from '../../shared/traceability.js';
import { COLLECTIONS, type WorkshopContent } from '../../shared/workshop-document/index.js';
import type { ReportBlock, ReportTable } from './report-model.js';

/**
 * The traceability annex: every path from a finding through a recommendation and an action-plan
 * row to its targets, one row each, then the gaps. The same tables go into the report (DOCX, PDF,
 * Markdown) and the workbook.
 */

const NONE = '—';

export function chainTable(trace: Traceability): ReportTable {
  const rows: string[][] = [];
  for (const chain of trace.chains) {
    if (chain.recommendations.length === 0) rows.push([chain.label, NONE, NONE, NONE]);
    for (const recommendation of chain.recommendations) {
      if (recommendation.actions.length === 0) rows.push([chain.label, recommendation.label, NONE, NONE]);
      for (const action of recommendation.actions)
        rows.push([
          chain.label,
          recommendation.label,
          action.label,
          action.targets.map((target) => target.label).join(', ') || NONE,
        ]);
    }
  }
  return {
    kind: 'table',
    columns: CHAIN.map((name) => ({
      title: COLLECTIONS[name].title,
      weight: 1,
    })),
    rows,
    empty: 'No findings recorded.',
  };
}

export function gapTable(trace: Traceability): ReportTable {
  return {
    kind: 'table',
    columns: [
      { title: 'Gap', weight: 3 },
      { title: '#', weight: 0.8 },
      { title: 'What is missing', weight: 4 },
    ],
    rows: trace.gaps.map((gap) => [GAP_TITLES[gap.kind], gap.label, gap.message]),
    empty: 'No gaps: every finding the workshop stands behind is carried through to targets.',
  };
}

export function traceabilityAnnex(content: WorkshopContent): ReportBlock[] {
  const trace = traceability(content);
  return [
    { kind: 'heading', level: 1, text: 'Annex: traceability' },
    {
      kind: 'paragraph',
      text: 'Each finding, the recommendations that answer it, the action-plan rows that carry them out and the targets that measure them (toolkit Tools K, M and N).',
    },
    chainTable(trace),
    { kind: 'heading', level: 2, text: 'Gaps' },
    gapTable(trace),
  ];
}

/** The workbook's sheets of the same annex. */
export function traceabilitySheets(content: WorkshopContent): Array<{ name: string; table: ReportTable }> {
  const trace = traceability(content);
  return [
    { name: 'Traceability', table: chainTable(trace) },
    { name: 'Gaps', table: gapTable(trace) },
  ];
}
