import { describe, expect, it } from 'vitest';
import { createExportCache } from '../../../server/export/export-cache.js';
import type { ExportSource } from '../../../server/export/export-source.js';
import { createExporter } from '../../../server/export/exporter.js';
import { FIXTURE_WORKSHOP, fixtureSource } from './fixture.js';

const VERSION = '00000000-0000-4000-8000-00000000000a';

/** An exporter over the fixture whose render pool counts what it renders and answers at once. */
function counting() {
  const rendered: string[] = [];
  let sourcesRead = 0;
  /** What the version's appended records (endorsements, decisions) amount to now. */
  let stamp = 'e1d0';
  const exporter = createExporter({
    sources: {
      async stamp(workshopId: string) {
        return workshopId === FIXTURE_WORKSHOP.id ? stamp : null;
      },
      async source(workshopId: string, edition: string): Promise<ExportSource | null> {
        sourcesRead++;
        if (workshopId !== FIXTURE_WORKSHOP.id) return null;
        return edition === 'live'
          ? fixtureSource({ kind: 'live', hash: 'b'.repeat(64), at: new Date() })
          : fixtureSource();
      },
    },
    pool: {
      async render(file: string) {
        rendered.push(file);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return new Uint8Array(1000).fill(rendered.length);
      },
    },
    cacheBytes: 2500,
  });
  return {
    exporter,
    rendered,
    sourcesRead: () => sourcesRead,
    recordSomething: () => {
      stamp = `${stamp}+`;
    },
  };
}

describe('exporter', () => {
  it('renders the heavy formats on the pool and the light ones in process', async () => {
    const { exporter, rendered } = counting();
    const pdf = await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf');
    expect(pdf).toMatchObject({
      bytes: 1000,
      edition: 'v3',
      name: 'results-workshop-thailand-report-v3.pdf',
    });
    const md = await exporter.file(FIXTURE_WORKSHOP.id, 'live', 'report.md');
    expect(typeof md?.body).toBe('string');
    expect(md?.edition).toBe('live');
    expect(rendered).toEqual(['report.pdf']);
  });

  it("serves a version's file again from memory, one render for concurrent requests", async () => {
    const { exporter, rendered, sourcesRead } = counting();
    const [first, second] = await Promise.all([
      exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf'),
      exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf'),
    ]);
    const third = await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf');
    expect(rendered).toEqual(['report.pdf']);
    expect(sourcesRead()).toBe(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
    // Live exports are never cached: the draft moves on.
    await exporter.file(FIXTURE_WORKSHOP.id, 'live', 'report.pdf');
    await exporter.file(FIXTURE_WORKSHOP.id, 'live', 'report.pdf');
    expect(rendered).toHaveLength(3);
    // Nor is "no such workshop or version", and a version is cached under its own workshop only.
    expect(await exporter.file('another-workshop', VERSION, 'report.pdf')).toBeNull();
    expect(rendered).toHaveLength(3);
  });

  it("keeps a version's file per language: each is its own render, the workshop's language by default", async () => {
    const languages: Array<string | undefined> = [];
    const exporter = createExporter({
      sources: {
        stamp: async () => 'e1d0',
        source: async () => fixtureSource(),
      },
      pool: {
        async render(_file: string, source: ExportSource) {
          languages.push(source.language);
          return new Uint8Array(10);
        },
      },
      cacheBytes: 1000,
    });
    for (const language of [undefined, 'th', 'th', 'ar', undefined] as const)
      await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf', language);
    expect(languages).toEqual([undefined, 'th', 'ar']);
  });

  it('renders a version again once an endorsement or decision was added to it since', async () => {
    const { exporter, rendered, recordSomething } = counting();
    const before = await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf');
    expect(await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf')).toBe(before);
    recordSomething();
    const after = await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf');
    expect(after).not.toBe(before);
    expect(rendered).toEqual(['report.pdf', 'report.pdf']);
  });

  it('keeps within its byte bound, dropping the least recently used first', async () => {
    const { exporter, rendered } = counting();
    await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf');
    await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.docx');
    await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf'); // hit: the docx is now the oldest
    await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'gantt.png'); // 3000 bytes > 2500: the docx goes
    expect(exporter.cachedBytes).toBe(2000);
    await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.pdf');
    await exporter.file(FIXTURE_WORKSHOP.id, VERSION, 'report.docx');
    expect(rendered).toEqual(['report.pdf', 'report.docx', 'gantt.png', 'report.docx']);
  });

  it('never keeps an entry larger than the whole cache', () => {
    const cache = createExportCache<{ bytes: number }>(100);
    cache.set('big', { bytes: 101 });
    expect(cache.get('big')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});
