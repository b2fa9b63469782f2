import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Amendment } from '../../../shared/amendments.js';
import { wordDiff } from '../../../shared/word-diff.js';
import { renderDocx } from '../../../server/export/docx.js';
import type { ExportSource } from '../../../server/export/export-source.js';
import { renderMarkdown } from '../../../server/export/markdown.js';
import { renderPdf } from '../../../server/export/pdf.js';
import { buildReportModel } from '../../../server/export/report-model.js';
import { SCRIPTS, fixtureSource } from './fixture.js';

function decided(
  status: 'accepted' | 'rejected',
  before: string,
  after: string,
  reason: string,
  decisionReason: string | null,
  target: Amendment['target'],
): Amendment {
  return {
    id: crypto.randomUUID(),
    status,
    target,
    baseText: before,
    proposedText: after,
    reason,
    proposer: { name: 'Ministry of Interior', role: 'stakeholder' },
    createdAt: '2026-11-20T09:00:00.000Z',
    supporters: [],
    supportedByMe: false,
    currentText: before,
    resultText: after,
    diff: wordDiff(before, after),
    outdated: false,
    gone: false,
    decision: {
      by: { name: 'Chair', role: 'facilitator' },
      at: status === 'accepted' ? '2026-11-20T10:00:00.000Z' : '2026-11-20T11:00:00.000Z',
      reason: decisionReason,
      before,
      after,
    },
  };
}

const source: ExportSource = {
  ...fixtureSource(),
  amendments: [
    decided(
      'accepted',
      'Waive the late registration fee.',
      'Waive the late birth registration fee.',
      'Only births are meant.',
      null,
      { collection: 'recommendations', itemId: 'r-fees', field: 'text' },
    ),
    decided(
      'rejected',
      'two days',
      `two days (${SCRIPTS.thai})`,
      'Say it in Thai too.',
      'The annex has it.',
      {
        report: { start: 'AA==', end: 'AA==' },
      },
    ),
  ],
};

describe('the annex "Amendments considered"', () => {
  const model = buildReportModel(source);

  it('lists every decided amendment with its target, proposer, reason, words and decision', () => {
    const markdown = renderMarkdown(model);
    const annex = markdown.slice(markdown.indexOf('## Annex: amendments considered'));
    expect(annex).toContain('Recommendations R');
    expect(annex).toContain('Ministry of Interior (Stakeholder), 20 Nov 2026: Only births are meant.');
    expect(annex).toContain('“registration” → “birth registration”');
    expect(annex).toContain('Accepted by Chair (Facilitator), 20 Nov 2026');
    expect(annex).toContain('Rejected by Chair (Facilitator), 20 Nov 2026: The annex has it.');
    expect(annex).toContain(SCRIPTS.thai);
    // Without amendments to report, the annex still says so rather than vanishing.
    expect(renderMarkdown(buildReportModel({ ...source, amendments: [] }))).toContain(
      'No amendment has been accepted or rejected.',
    );
  });

  it('is in the Word and PDF reports too', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(model));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join('');
    expect(text).toContain('Annex: amendments considered');
    expect(text).toContain('Only births are meant.');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'amend-')), 'report.pdf');
    writeFileSync(file, await renderPdf(model));
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(pdf).toContain('Annex: amendments considered');
    expect(pdf).toContain('The annex has it.');
  });
});
