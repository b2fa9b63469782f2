import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../../server/export/markdown.js';
import { buildReportModel } from '../../../server/export/report-model.js';
import { PAYLOADS, SCRIPTS, fixtureSource } from './fixture.js';

describe('Markdown report', () => {
  const markdown = renderMarkdown(buildReportModel(fixtureSource()));
  const lines = markdown.split('\n');

  it('has the title page facts, the chapters in order and the findings grouped by theme and population', () => {
    expect(lines[0]).toBe('# Results workshop — Thailand');
    expect(markdown).toContain('- **Country:** Thailand');
    expect(markdown).toContain('- **Dates:** 12 Mar 2025 to 13 Mar 2025');
    expect(markdown).toContain('- **Version:** v3 · Final draft for endorsement');
    expect(markdown).toContain(`- **Content hash (SHA-256):** ${'a'.repeat(64)}`);
    expect(markdown).toContain(`- **Audit log head:** ${'b'.repeat(64)} (entry 12)`);
    expect(markdown).toContain(
      '| Somchai P. | Department of Provincial Administration | confirmed by personal invite | Endorsed | 14 Mar 2025 |  |',
    );

    const chapters = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(chapters).toEqual([
      'Endorsements',
      'Agenda',
      'Report',
      'Findings',
      'Recommendations',
      'Targets',
      'Action plan',
      'Annex: traceability',
      'Annex: participants present',
    ]);
    // Theme headings in the pick list's order, then population groups inside each.
    const groups = lines.slice(lines.indexOf('## Findings')).filter((line) => /^#{3,4} /.test(line));
    expect(groups.slice(0, 5)).toEqual([
      '### Legal framework',
      '#### Refugees',
      '#### Stateless persons',
      '### Costs and access',
      '#### Stateless persons',
    ]);
  });

  it("keeps the report's headings under its chapter, its lists, quote, table and marks", () => {
    const report = lines.slice(lines.indexOf('## Report') + 1, lines.indexOf('## Findings'));
    expect(report.filter((line) => line.startsWith('#'))).toEqual([
      '### Results workshop report',
      '#### 1\\. Background and objectives',
      '#### 2\\. Methodology',
      '#### 3\\. Participants',
      '#### 4\\. Validated findings',
      '#### 5\\. Recommendations and priorities',
      '#### 6\\. Proposed targets',
      '#### 7\\. Next steps',
      '### Group notes',
      '#### Thai and Arabic notes',
    ]);
    const from = (text: string) => report.slice(report.findIndex((line) => line.startsWith(text)));
    // Bold, italic and code marks; the hard break as a backslash; the code span shows `<b>` literally.
    expect(from('Agreed in plenary').slice(0, 2)).toEqual([
      'Agreed in plenary: **witness testimony suffices**, *fees* under `Form B-1 <b>`\\',
      'Second line of the paragraph',
    ]);
    // The ordered list nested in a bullet item, indented under its text; the next list keeps its start.
    expect(from('- Thai group').slice(0, 9)).toEqual([
      `- Thai group: ${SCRIPTS.thai}`,
      '  1. First step',
      '  2. Second step # \\[x\\]',
      `- ${SCRIPTS.arabic}`,
      '',
      '3. Third point',
      '4. Fourth point',
      '',
      '> Quoted dissent: &lt;script&gt;alert("x")&lt;/script&gt;',
    ]);
    expect(from('| Population').slice(0, 4)).toEqual([
      '| Population | Births registered |',
      '| --- | --- |',
      '| Refugee children | 42% |',
      `| ${SCRIPTS.thai} | ${SCRIPTS.arabic} |`,
    ]);
    // Typed text that looks like Markdown stays text.
    expect(report).toContain('\\- not a list item');
  });

  it('keeps every script as typed and shows links and priority by their labels', () => {
    for (const text of Object.values(SCRIPTS)) expect(markdown).toContain(text);
    const witness = lines.find((line) => line.includes('testimony of two witnesses'));
    expect(witness).toContain('| F1, F3 | Ministry of Interior | #1 · 14 dots | Agreed |');
    const law = lines.find((line) => line.includes('Draft the amendment'));
    expect(law).toContain('| R1 | T1 |');
  });

  it('never lets content become HTML, links or markup', () => {
    expect(markdown).not.toContain('<script');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not numbered')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not numbered',
    );
    // Cells keep their line breaks without breaking the table.
    const evidence = lines.find((line) => line.startsWith('| F1 |'));
    expect(evidence).toContain(`passport.<br>${SCRIPTS.thai}`);
    expect(PAYLOADS.script).toContain('<script>');
  });

  it('keeps marked report text inert: code spans outfence their backticks, emphasis spaces stay outside', () => {
    const source = fixtureSource();
    const prose = renderMarkdown(
      buildReportModel({
        ...source,
        report: [
          {
            kind: 'paragraph',
            spans: [
              { text: 'run ' },
              { text: '`rm` <b>', code: true },
              { text: ' then ' },
              { text: ' loud ', bold: true },
              { text: '**not bold** <i>x</i>' },
            ],
          },
        ],
      }),
    );
    expect(prose).toContain('run `` `rm` <b> `` then  **loud** \\*\\*not bold\\*\\* &lt;i&gt;x&lt;/i&gt;\n');
  });
});
