import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  COLLECTION_NAMES,
  createItem,
  readReportBlocks,
  readWorkshopContent,
  reportFragment,
  sectionDef,
} from '../../../shared/workshop-document/index.js';
import { renderMarkdown } from '../../../server/export/markdown.js';
import { buildReportModel } from '../../../server/export/report-model.js';
import { renderWorkshopXlsx, renderXlsx } from '../../../server/export/xlsx.js';
import { withExtraSection } from '../../helpers/extra-section.js';
import { goldenDocument } from '../../shared/workshop-document/golden-document.js';
import { fixtureSource } from './fixture.js';

function sourceWith(doc = goldenDocument()) {
  return {
    ...fixtureSource(),
    content: readWorkshopContent(doc),
    report: readReportBlocks(reportFragment(doc)),
  };
}

describe('tables derived from the registry', () => {
  it('gives every section a place in the report, a section added later included', async () => {
    await withExtraSection(() => {
      const doc = goldenDocument();
      createItem(doc, 'riskRegister' as never, { risk: 'Budget cut', likelihood: 'high' });
      const markdown = renderMarkdown(buildReportModel(sourceWith(doc)));
      for (const name of COLLECTION_NAMES) {
        const def = sectionDef(name);
        if (def.report === 'groups') continue; // the pick lists head the findings' groups
        expect(markdown, name).toContain(`# ${def.title}`);
      }
      expect(markdown).toContain('| K1 | Budget cut | high |');
      // The findings are grouped under the pick lists' labels.
      expect(markdown).toContain('## Costs and access');
      expect(markdown).toContain('### Refugees');
    });
  });

  it('prints stored values in their words, not rewritten keys', () => {
    const markdown = renderMarkdown(buildReportModel(sourceWith()));
    expect(markdown).toContain('No data');
    expect(markdown).not.toContain('No / data');
    expect(markdown).toContain('| Validated |');
  });

  it('prints the traceability annex: every path from finding to target, then the gaps', () => {
    const markdown = renderMarkdown(buildReportModel(sourceWith()));
    const annex = markdown.slice(markdown.indexOf('## Annex: traceability'));
    expect(annex).toContain('| F1 | R1 | A1 | T1 |');
    expect(annex).toContain('| F2 | — | — | — |');
    expect(annex).toContain('R1 links to 1 deleted finding (answers findings)');
  });

  it('gives every section a sheet of the workbook, with every column', async () => {
    await withExtraSection(async () => {
      const bytes = await renderWorkshopXlsx(sourceWith().content, { title: 'W', date: new Date(0) });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.slice().buffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        ...COLLECTION_NAMES.map((name) => sectionDef(name).title),
        'Traceability',
        'Gaps',
      ]);
      const trace = workbook.getWorksheet('Traceability')!;
      expect((trace.getRow(1).values as unknown[]).slice(1)).toEqual([
        'Findings',
        'Recommendations',
        'Action plan',
        'Targets',
      ]);
      // F1 → R1 → A1 → T1; F2 is answered by nothing.
      expect((trace.getRow(2).values as unknown[]).slice(1)).toEqual(['F1', 'R1', 'A1', 'T1']);
      expect((trace.getRow(3).values as unknown[]).slice(1)).toEqual(['F2', '—', '—', '—']);
      const gaps = workbook.getWorksheet('Gaps')!;
      expect(gaps.getColumn(3).values).toContain('F2 is amended but no recommendation answers it');
      const targets = workbook.getWorksheet('Targets')!;
      expect((targets.getRow(1).values as unknown[]).slice(1)).toEqual([
        '#',
        'Indicator',
        'Disaggregation',
        'Baseline value',
        'Baseline year',
        'Target value',
        'Target year',
        'Data source',
        'Framework',
        'Progress',
      ]);
      expect((targets.getRow(2).values as unknown[]).slice(1)).toEqual([
        'T1',
        'Births registered under 1',
        'refugees',
        '62%',
        '2024',
        '90%',
        '2030',
        'CR records',
        'RAF 1A',
        'No data',
      ]);
      const plan = workbook.getWorksheet('Action plan')!;
      expect(plan.getCell('L2').value).toBe('R1');
    });
  });

  it('names every sheet as Excel allows, and never two alike', async () => {
    const table = { kind: 'table' as const, columns: [{ title: 'A', weight: 1 }], rows: [], empty: '' };
    const long = 'Recommendations: answered / open [draft]';
    const bytes = await renderXlsx(
      [long, long, 'gaps', 'Gaps'].map((name) => ({ name, table })),
      { title: 'W', date: new Date(0) },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Recommendations  answered   ope',
      'Recommendations  answered   (2)',
      'gaps',
      'Gaps (2)',
    ]);
  });
});
