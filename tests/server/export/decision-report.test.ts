import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/decisions.js';
import { renderDocx } from '../../../server/export/docx.js';
import type { ExportSource } from '../../../server/export/export-source.js';
import { renderMarkdown } from '../../../server/export/markdown.js';
import { renderPdf } from '../../../server/export/pdf.js';
import { buildReportModel } from '../../../server/export/report-model.js';
import { FIXTURE_VERSION, PAYLOADS, SCRIPTS, fixtureSource } from './fixture.js';

const ARTIFACTS = fileURLToPath(new URL('../../../dist/test-artifacts/export/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

const DECISION: Decision = {
  id: 'd1',
  decisionMaker: 'Somsak K.',
  office: 'Minister of Interior',
  kind: 'formal',
  decidedOn: '2027-02-01',
  text: `The witness procedure is adopted.\nEffective at once.\n\nFees wait for the budget. ${PAYLOADS.script}`,
  // The fixture's R1; R2 (r-fees) was not ruled on.
  recommendations: { 'r-witness': 'adopted' },
  recorderName: 'Amina Rahman',
  recorderRole: 'facilitator',
  contentHash: 'a'.repeat(64),
  createdAt: '2027-02-02T10:00:00.000Z',
};

function decidedSource(decisions: Decision[] = [DECISION]): ExportSource {
  if (FIXTURE_VERSION.kind !== 'version') throw new Error('the fixture is a version');
  return fixtureSource({ ...FIXTURE_VERSION, decisions });
}

const COVER_LINE = 'Formal, 1 Feb 2027, Somsak K. (Minister of Interior)';

describe('the decision in the report', async () => {
  const markdown = renderMarkdown(buildReportModel(decidedSource()));
  const lines = markdown.split('\n');

  it('is on the title page and in a Decision chapter before the action plan (Markdown)', () => {
    expect(lines.slice(0, lines.indexOf('## Endorsements'))).toContain(`- **Decision:** ${COVER_LINE}`);
    const chapters = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(chapters.slice(chapters.indexOf('Targets'))).toEqual([
      'Targets',
      'Decision',
      'Action plan',
      'Annex: traceability',
      'Annex: participants present',
    ]);
    const chapter = lines.slice(lines.indexOf('## Decision'), lines.indexOf('## Action plan'));
    expect(chapter).toEqual([
      '## Decision',
      '',
      `### ${COVER_LINE}`,
      '',
      '**Decision-maker:** Somsak K.\\',
      '**Office:** Minister of Interior\\',
      '**Kind:** Formal\\',
      '**Date:** 1 Feb 2027\\',
      '**Recorded by:** Amina Rahman (Facilitator), 2 Feb 2027',
      '',
      'The witness procedure is adopted.\\',
      'Effective at once.',
      '',
      'Fees wait for the budget. &lt;script&gt;alert("x")&lt;/script&gt;',
      '',
      '| # | Recommendation | Decision |',
      '| --- | --- | --- |',
      '| R1 | Allow birth registration on the testimony of two witnesses | Adopted |',
      '| R2 | Waive late registration fees for children under five | — |',
      '',
    ]);
  });

  it('prints each of several decisions, oldest first, and none for a version without one or the live draft', () => {
    const later: Decision = {
      ...DECISION,
      id: 'd2',
      kind: 'informal',
      decidedOn: '2027-03-01',
      decisionMaker: SCRIPTS.thai.slice(0, 10),
      recommendations: { 'r-fees': 'rejected', 'r-witness': 'deferred' },
    };
    const both = renderMarkdown(buildReportModel(decidedSource([DECISION, later])));
    const covers = both.split('\n').filter((line) => line.startsWith('- **Decision:**'));
    expect(covers).toEqual([
      `- **Decision:** ${COVER_LINE}`,
      `- **Decision:** Informal, 1 Mar 2027, ${SCRIPTS.thai.slice(0, 10)} (Minister of Interior)`,
    ]);
    expect(both).toContain('| R2 | Waive late registration fees for children under five | Rejected |');
    expect(both).toContain('| R1 | Allow birth registration on the testimony of two witnesses | Deferred |');

    for (const source of [
      decidedSource([]),
      fixtureSource({ kind: 'live', hash: 'b'.repeat(64), at: new Date('2027-02-03T00:00:00Z') }),
    ]) {
      const text = renderMarkdown(buildReportModel(source));
      expect(text).not.toContain('## Decision');
      expect(text).not.toContain('**Decision:**');
    }
  });

  it('is in the DOCX: a cover line, a Decision chapter with its heading style, and the table', async () => {
    const bytes = await renderDocx(buildReportModel(decidedSource()));
    writeFileSync(path.join(ARTIFACTS, 'report-decision.docx'), bytes);
    const xml = await new JSZip()
      .loadAsync(bytes)
      .then((zip) => zip.file('word/document.xml')!.async('string'));
    const paragraphs = Array.from(xml.matchAll(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/g), (m) => m[0]);
    const textOf = (part: string) =>
      Array.from(part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join('');
    const headings = paragraphs.filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map(textOf);
    expect(headings.slice(headings.indexOf('Targets'), headings.indexOf('Targets') + 3)).toEqual([
      'Targets',
      'Decision',
      'Action plan',
    ]);
    const texts = paragraphs.map(textOf);
    expect(texts.some((t) => t.includes(COVER_LINE) && t.startsWith('Decision'))).toBe(true);
    const tables = Array.from(xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g), (m) => m[0]);
    const decided = tables.find((t) => textOf(t).includes('Adopted'))!;
    const rows = Array.from(decided.matchAll(/<w:tr>.*?<\/w:tr>/g), (m) => m[0]);
    const cells = (row: string) => Array.from(row.matchAll(/<w:tc>.*?<\/w:tc>/g), (m) => textOf(m[0]));
    expect(rows.map(cells)).toEqual([
      ['#', 'Recommendation', 'Decision'],
      ['R1', 'Allow birth registration on the testimony of two witnesses', 'Adopted'],
      ['R2', 'Waive late registration fees for children under five', '—'],
    ]);
  });

  it('is in the PDF: on the title page and in its chapter', async () => {
    const file = path.join(ARTIFACTS, 'report-decision.pdf');
    writeFileSync(file, await renderPdf(buildReportModel(decidedSource())));
    const pdfText = (page?: number) =>
      execFileSync(
        'pdftotext',
        [...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), '-enc', 'UTF-8', file, '-'],
        { encoding: 'utf8' },
      );
    expect(pdfText(1).replace(/\s+/g, ' ')).toContain(`Decision ${COVER_LINE}`);
    const all = pdfText().replace(/\s+/g, ' ');
    expect(all).toMatch(
      /Decision-maker: Somsak K\. Office: Minister of Interior Kind: Formal Date: 1 Feb 2027/,
    );
    expect(all).toContain('The witness procedure is adopted. Effective at once.');
    expect(all).toMatch(/R1 Allow birth registration on the testimony of two witnesses Adopted/);
  });
});
