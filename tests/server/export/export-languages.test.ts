import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AdminWorkshopList,
  ApiError,
  CreateWorkshopResponse,
  WorkshopSession,
} from '../../../shared/api.js';
import { CATALOGUES } from '../../../shared/i18n/catalogues.js';
import { LANGUAGE_CODES } from '../../../shared/i18n/languages.js';
import { COLLECTIONS, type WorkshopContent } from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient } from '../../helpers/yjs-clients.js';
import { fillFixture } from './fixture.js';

/**
 * A workshop's language (set on creation, from `language` or the creator's Accept-Language) seeds
 * its template in that language and is its exports' default; `?lang=` exports in any other.
 */

const adminToken = 'a-long-admin-token-for-language-tests';
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ adminToken });
});
afterAll(async () => {
  await server.close();
});

const admin = { authorization: `Bearer ${adminToken}` };

function exportFile(workshop: CreateWorkshopResponse, file: string, query = ''): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshop.id}/export/${file}${query}`, {
    headers: { authorization: `Bearer ${workshop.invites.viewer}` },
  });
}

async function bytes(response: Response): Promise<Buffer<ArrayBuffer>> {
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function content(workshop: CreateWorkshopResponse): Promise<WorkshopContent> {
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}/content`, {
    headers: { authorization: `Bearer ${workshop.invites.viewer}` },
  });
  return (await response.json()) as WorkshopContent;
}

/** The PDF's text, without the direction marks pdftotext puts around right-to-left runs. */
function pdfText(pdf: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lang-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    '',
  );
}

/**
 * Text to compare with what pdftotext gives back: without spaces and line breaks, and without Thai's
 * marks above and below the line (an extractor may give them back on a line of their own), so a
 * heading is found however it was split.
 */
const bare = (text: string) => text.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '');

describe('the workshop language', () => {
  it('is English by default, and named on the workshop wherever it is returned', async () => {
    const workshop = await createWorkshop(server.url, { title: 'No language given' }, admin);
    expect(workshop.language).toBe('en');
    const session = (await (
      await fetch(`${server.url}/api/workshops/${workshop.id}`, {
        headers: { authorization: `Bearer ${workshop.invites.viewer}` },
      })
    ).json()) as WorkshopSession;
    expect(session.workshop.language).toBe('en');
    const listed = (await (
      await fetch(`${server.url}/api/admin/workshops`, { headers: admin })
    ).json()) as AdminWorkshopList;
    expect(listed.workshops.find((w) => w.id === workshop.id)?.language).toBe('en');
    expect((await content(workshop)).themes.map((t) => t.label)).toContain('Legal framework');
  });

  it('comes from the creator’s Accept-Language when the request names none: a Thai creator gets a Thai template', async () => {
    const workshop = await createWorkshop(
      server.url,
      { title: 'การประชุม' },
      { ...admin, 'accept-language': 'th-TH,th;q=0.9,en;q=0.8' },
    );
    expect(workshop.language).toBe('th');
    const seeded = await content(workshop);
    const th = CATALOGUES.th.template;
    expect(seeded.themes.map((t) => t.label)).toEqual(Object.values(th.themes));
    expect(seeded.populations.map((p) => p.label)).toEqual(Object.values(th.populations));
    expect(seeded.agenda.map((s) => s.title)).toEqual(Object.values(th.agenda));
    expect(seeded.report).toContain(th.reportTitle);
    expect(seeded.report).toContain(th.outline.methodology.guidance);
    // Ids do not depend on the language.
    expect(seeded.themes.map((t) => t.id)).toContain('th-legal-framework');
    expect(seeded.agenda.map((s) => s.id)).toContain('s-template-1');

    const fallback = await createWorkshop(
      server.url,
      { title: 'Unknown language' },
      { ...admin, 'accept-language': 'de-DE,fr;q=0.5' },
    );
    expect(fallback.language).toBe('en');
  });

  it('is the `language` the request names, over Accept-Language; an unknown one is refused', async () => {
    const workshop = await createWorkshop(
      server.url,
      { title: 'Lokakarya', language: 'id' },
      { ...admin, 'accept-language': 'th' },
    );
    expect(workshop.language).toBe('id');
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ title: 'x', language: 'xx' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ApiError).error.code).toBe('invalid_request');
  });
});

describe('exports in the reader’s language', () => {
  let workshop: CreateWorkshopResponse;
  beforeAll(async () => {
    workshop = await createWorkshop(server.url, { title: 'Lokakarya hasil', language: 'id' }, admin);
    const client = connectClient(server.url, workshop.id, workshop.invites.participant);
    await client.synced;
    fillFixture(client.doc);
    for (let attempt = 0; attempt < 250 && (await content(workshop)).actionPlan.length === 0; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    client.destroy();
  });

  it('default to the workshop’s language: an Indonesian workshop’s template and report', async () => {
    const seeded = await content(workshop);
    expect(seeded.themes.map((t) => t.label)).toContain('Kerangka hukum');
    const markdown = (await bytes(await exportFile(workshop, 'report.md'))).toString('utf8');
    expect(markdown).toContain('**Laporan lokakarya hasil**');
    expect(markdown).toContain('## Temuan');
    expect(markdown).toContain('## Rekomendasi');
    expect(markdown).toContain('## Lampiran: keterlacakan');
    expect(markdown).toContain('| Mulai | Menit | Sesi | Format | Fasilitator |');
    expect(markdown).not.toContain('## Findings');
  });

  it('are in the language asked for, the content as typed', async () => {
    const markdown = (await bytes(await exportFile(workshop, 'report.md', '?lang=th'))).toString('utf8');
    expect(markdown).toContain('## ข้อค้นพบ');
    expect(markdown).toContain('## การรับรอง');
    // The content stays in the workshop's words (its Indonesian template), never translated.
    expect(markdown).toContain('Pembukaan, tujuan, dan agenda');
    const english = (await bytes(await exportFile(workshop, 'report.md', '?lang=en'))).toString('utf8');
    expect(english).toContain('## Findings');
  });

  it('give the action plan’s CSV and XLSX and the workbook Thai column titles', async () => {
    const words = CATALOGUES.th.document.fields.actionPlan;
    const csv = (await bytes(await exportFile(workshop, 'action-plan.csv', '?lang=th'))).toString('utf8');
    const titles = ['#', ...COLLECTIONS.actionPlan.columns.map((field) => words[field])];
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(titles.map((title) => `"${title}"`).join(','));

    const plan = new ExcelJS.Workbook();
    await plan.xlsx.load((await bytes(await exportFile(workshop, 'action-plan.xlsx', '?lang=th'))).buffer);
    expect(plan.worksheets.map((sheet) => sheet.name)).toEqual(['แผนปฏิบัติการ']);
    expect(plan.worksheets[0]!.getRow(1).getCell(2).value).toBe('วัตถุประสงค์');

    const arabic = new ExcelJS.Workbook();
    await arabic.xlsx.load((await bytes(await exportFile(workshop, 'action-plan.xlsx', '?lang=ar'))).buffer);
    expect(arabic.worksheets[0]!.name).toBe('خطة العمل');
    expect(arabic.worksheets[0]!.views[0]?.rightToLeft).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytes(await exportFile(workshop, 'workshop.xlsx', '?lang=th'))).buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toContain('ข้อค้นพบ');
    expect(book.worksheets.map((sheet) => sheet.name)).toContain('การตรวจสอบย้อนกลับ');
    const findings = book.getWorksheet('ข้อค้นพบ')!;
    expect(findings.getRow(1).values).toContain('สถานะการยืนยัน');
  });

  it('give the DOCX Thai headings, column titles and page numbers', async () => {
    const zip = await JSZip.loadAsync(await bytes(await exportFile(workshop, 'report.docx', '?lang=th')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const word of ['ข้อค้นพบ', 'ข้อเสนอแนะ', 'วัตถุประสงค์', 'หน่วยงานหลัก', 'ภาคผนวก: การตรวจสอบย้อนกลับ'])
      expect(text).toContain(word);
    expect(text).not.toContain('Annex: traceability');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(footers.join('').replace(/<[^>]+>/g, '')).toContain('หน้า');
  });

  it('give the PDF Vietnamese headings, statuses and page numbers', async () => {
    const text = pdfText(await bytes(await exportFile(workshop, 'report.pdf', '?lang=vi')));
    const squashed = text.replace(/\s+/g, ' ');
    for (const heading of [
      'Báo cáo hội thảo kết quả',
      'Chương trình',
      'Phát hiện',
      'Khuyến nghị',
      'Chỉ tiêu',
      'Kế hoạch hành động',
      'Biểu đồ Gantt',
      'Phụ lục: truy xuất nguồn gốc',
      'Phụ lục: người tham dự',
      'Sự tán thành',
    ])
      expect(squashed).toContain(heading);
    expect(squashed).toMatch(/Trang 1 \/ \d+/);
    expect(squashed).toContain('Toàn thể');
    expect(squashed).not.toContain('Annex');
  });

  it('give the PDF Arabic headings, shaped, and dates without stray direction marks', async () => {
    const text = pdfText(await bytes(await exportFile(workshop, 'report.pdf', '?lang=ar')));
    const words = text.replace(/\s+/g, ' ');
    for (const heading of [
      'ورشة عمل النتائج',
      'الاستنتاجات',
      'التوصيات',
      'خطة العمل',
      'مخطط غانت',
      'المصادقات',
    ])
      expect(words).toContain(heading);
    // pdftotext may give a colon between right-to-left words back on the other side of its space.
    expect(bare(words)).toContain(bare('ملحق:التتبع'));
  });

  it('give the PDF Thai headings', async () => {
    const text = bare(pdfText(await bytes(await exportFile(workshop, 'report.pdf', '?lang=th'))));
    for (const heading of ['ข้อค้นพบ', 'แผนปฏิบัติการ', 'ภาคผนวก: การตรวจสอบย้อนกลับ', 'การรับรอง'])
      expect(text).toContain(bare(heading));
    // Dates in the Buddhist era: the live draft's date, this year plus 543.
    expect(text).toContain(`${new Date().getUTCFullYear() + 543}`);
  });

  it('give the Gantt chart its words in the reader’s language', async () => {
    const svg = (await bytes(await exportFile(workshop, 'gantt.svg', '?lang=vi'))).toString('utf8');
    expect(svg).toContain('Mục tiêu / hoạt động');
    expect(svg).toContain('Biểu đồ Gantt của kế hoạch hành động');
    // The Thai axis counts years in the Buddhist era: the plan's 2025 is 2568.
    const thai = (await bytes(await exportFile(workshop, 'gantt.svg', '?lang=th'))).toString('utf8');
    expect(thai).toContain('2568');
    expect(thai).not.toMatch(/>[^<]*2025<\/text>/);
  });

  it('refuse a language that is not one of ours with 400 invalid_language', async () => {
    const response = await exportFile(workshop, 'report.md', '?lang=xx');
    expect(response.status).toBe(400);
    const error = ((await response.json()) as ApiError).error;
    expect(error.code).toBe('invalid_language');
    for (const code of LANGUAGE_CODES) expect(error.message).toContain(code);
  });
});
