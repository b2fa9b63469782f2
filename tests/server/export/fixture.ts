import * as Y from 'yjs';
import type { Workshop } from '../../../shared/api.js';
import {
  createItem,
  readReportBlocks,
  readWorkshopContent,
  reportFragment,
  seedTemplate,
} from '../../../shared/workshop-document/index.js';
import type { ExportEdition, ExportSource } from '../../../server/export/export-source.js';
import {
  cell,
  heading,
  listItem,
  node,
  paragraph,
  text,
} from '../../shared/workshop-document/prose-nodes.js';

/** Text the exports must carry through intact, in the scripts the workshops use. */
export const SCRIPTS = {
  thai: 'การจดทะเบียนการเกิดของเด็กผู้ลี้ภัย',
  vietnamese: 'Đăng ký khai sinh cho trẻ em không quốc tịch',
  arabic: 'تسجيل المواليد للاجئين',
  urdu: 'پناہ گزینوں کے بچوں کی پیدائش کا اندراج',
};

/** Payloads that must stay inert text in every export. */
export const PAYLOADS = {
  script: '<script>alert("x")</script>',
  image: '<img src=x onerror=alert(1)>',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+SUM(1,2)',
  minus: '-2+3',
  at: '@SUM(A1)',
};

/**
 * A results workshop as a facilitator would leave it: the template plus findings, recommendations,
 * targets and an action plan in several scripts, with hostile text in some cells. Fixed ids, so the
 * same fixture applied twice gives the same content.
 */
export function fillFixture(doc: Y.Doc): void {
  doc.transact(() => {
    createItem(
      doc,
      'findings',
      {
        theme: 'Legal framework',
        population: 'Refugees',
        evidence: `Children born to refugees cannot be registered without a parent's passport.\n${SCRIPTS.thai}`,
        source: 'Desk review 2024',
        status: 'validated',
        dissent: '',
      },
      { id: 'f-legal' },
    );
    createItem(
      doc,
      'findings',
      {
        theme: 'Costs and access',
        population: 'Stateless persons',
        evidence: `Late registration fees deter families. ${SCRIPTS.vietnamese}`,
        source: 'Focus groups (Tool I)',
        status: 'amended',
        dissent: `Ministry of Interior disagrees: ${PAYLOADS.script}`,
      },
      { id: 'f-fees' },
    );
    createItem(
      doc,
      'findings',
      {
        theme: 'Legal framework',
        population: 'Stateless persons',
        evidence: `${SCRIPTS.arabic} — ${SCRIPTS.urdu}`,
        source: PAYLOADS.image,
        status: 'draft',
      },
      { id: 'f-rtl' },
    );
    createItem(
      doc,
      'recommendations',
      {
        text: 'Allow birth registration on the testimony of two witnesses',
        findingIds: ['f-legal', 'f-rtl'],
        agency: 'Ministry of Interior',
        reasoning: 'Removes the document barrier for refugee parents',
        status: 'agreed',
        priority: '#1 · 14 dots',
      },
      { id: 'r-witness' },
    );
    createItem(
      doc,
      'recommendations',
      {
        text: 'Waive late registration fees for children under five',
        findingIds: ['f-fees'],
        agency: 'Civil Registration Office',
        reasoning: PAYLOADS.formula,
        status: 'draft',
      },
      { id: 'r-fees' },
    );
    createItem(
      doc,
      'targets',
      {
        indicator: 'Proportion of refugee children under 5 whose births are registered',
        disaggregation: 'Refugees, by sex',
        baselineValue: '42%',
        baselineYear: 2023,
        targetValue: '90%',
        targetYear: 2030,
        dataSource: 'Civil registry',
        framework: 'SDG 16.9',
        progress: 'progress',
      },
      { id: 't-coverage' },
    );
    const rows: Array<[string, Record<string, string | string[]>]> = [
      [
        'a-law',
        {
          objective: 'Amend the civil registration law',
          activity: 'Draft the amendment on witness testimony',
          leadAgency: 'Ministry of Interior',
          partners: 'UNHCR',
          start: '2025-01-15',
          end: '2025-06-30',
          cost: PAYLOADS.minus,
          fundingSource: PAYLOADS.at,
          indicator: 'Amendment tabled',
          verification: 'Parliamentary record',
          recommendationIds: ['r-witness'],
          targetIds: ['t-coverage'],
          risks: PAYLOADS.formula,
        },
      ],
      [
        'a-fees',
        {
          objective: 'Remove cost barriers',
          activity: `Waive fees — ${SCRIPTS.thai}`,
          leadAgency: 'Civil Registration Office',
          partners: 'UNICEF',
          start: '2025-03-01',
          end: '2025-12-31',
          cost: PAYLOADS.plus,
          fundingSource: 'National budget',
          indicator: 'Fee waiver decree',
          verification: 'Official gazette',
          recommendationIds: ['r-fees'],
          risks: PAYLOADS.script,
        },
      ],
      [
        'a-outreach',
        {
          objective: PAYLOADS.image,
          activity: `${SCRIPTS.arabic} ${PAYLOADS.script}`,
          leadAgency: 'UNHCR',
          start: '2025-05-01',
          end: '2026-02-28',
        },
      ],
    ];
    for (const [id, values] of rows) createItem(doc, 'actionPlan', values, { id });
  });
}

/**
 * Report prose after the template's outline, with every structure the report editor makes: headings,
 * marks and a hard break, nested bullet and ordered lists, a quote and a table, in Thai and Arabic too.
 */
export function fillReport(doc: Y.Doc): void {
  const report = reportFragment(doc);
  report.insert(report.length, [
    heading(1, 'Group notes'),
    node('paragraph', [
      text(
        'Agreed in plenary: ',
        ['witness testimony suffices', 'bold'],
        ', ',
        ['fees', 'italic'],
        ' under ',
      ),
      text(['Form B-1 <b>', 'code']),
      node('hardBreak'),
      text('Second line of the paragraph'),
    ]),
    heading(2, 'Thai and Arabic notes'),
    node('bulletList', [
      listItem(
        paragraph(`Thai group: ${SCRIPTS.thai}`),
        node('orderedList', [listItem(paragraph('First step')), listItem(paragraph('Second step # [x]'))], {
          start: 1,
        }),
      ),
      listItem(paragraph(SCRIPTS.arabic)),
    ]),
    node('orderedList', [listItem(paragraph('Third point')), listItem(paragraph('Fourth point'))], {
      start: 3,
    }),
    node('blockquote', [paragraph(`Quoted dissent: ${PAYLOADS.script}`)]),
    node('table', [
      node('tableRow', [cell('tableHeader', 'Population'), cell('tableHeader', 'Births registered')]),
      node('tableRow', [cell('tableCell', 'Refugee children'), cell('tableCell', '42%')]),
      node('tableRow', [cell('tableCell', SCRIPTS.thai), cell('tableCell', SCRIPTS.arabic)]),
    ]),
    paragraph('- not a list item'),
    node('paragraph'),
  ]);
}

export const FIXTURE_WORKSHOP: Workshop = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Results workshop — Thailand',
  country: 'Thailand',
  startsOn: '2025-03-12',
  endsOn: '2025-03-13',
  createdAt: '2025-03-01T08:00:00.000Z',
  archivedAt: null,
  language: 'en',
};

export const FIXTURE_VERSION: ExportEdition = {
  kind: 'version',
  number: 3,
  name: 'Final draft for endorsement',
  hash: 'a'.repeat(64),
  createdAt: new Date('2025-03-13T16:30:00.000Z'),
  endorsements: [
    {
      id: 'e1',
      name: 'Somchai P.',
      organisation: 'Department of Provincial Administration',
      role: 'stakeholder',
      decision: 'endorse',
      comment: null,
      contentHash: 'a'.repeat(64),
      identity: 'invite',
      auditHead: null,
      createdAt: '2025-03-14T09:00:00.000Z',
    },
  ],
  decisions: [],
  auditHead: { seq: 12, hash: 'b'.repeat(64) },
};

/** The fixture as an export source, without a server. */
export function fixtureSource(edition: ExportEdition = FIXTURE_VERSION): ExportSource {
  const doc = new Y.Doc();
  seedTemplate(doc);
  fillFixture(doc);
  fillReport(doc);
  const content = readWorkshopContent(doc);
  const report = readReportBlocks(reportFragment(doc));
  doc.destroy();
  return {
    workshop: FIXTURE_WORKSHOP,
    content,
    report,
    edition,
    participants: [
      { name: 'Amina Rahman', role: 'facilitator', firstSeenAt: new Date('2025-03-12T08:55:00.000Z') },
      {
        name: SCRIPTS.thai.slice(0, 12),
        role: 'participant',
        firstSeenAt: new Date('2025-03-12T09:02:00.000Z'),
      },
    ],
  };
}
