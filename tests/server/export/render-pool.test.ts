import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readWorkshopContent, seedTemplate } from '../../../shared/workshop-document/index.js';
import type { ExportSource } from '../../../server/export/export-source.js';
import { renderPdf } from '../../../server/export/pdf.js';
import { startRenderPool, type RenderPool } from '../../../server/export/render-pool.js';
import { WorkerPoolBusy } from '../../../server/worker-pool.js';
import { buildReportModel } from '../../../server/export/report-model.js';
import { fixtureSource } from './fixture.js';
import { fillLargeWorkshop } from './large-workshop.js';

let pool: RenderPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('render pool', () => {
  it('renders on a worker thread the same bytes as in process, transferred whole', async () => {
    pool = startRenderPool({ threads: 1, maxWaiting: 2 });
    expect(pool.threads).toBe(0);
    const bytes = await pool.render('report.pdf', fixtureSource());
    expect(pool.threads).toBe(1);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    // A version's PDF is reproducible, so the worker's must equal the main thread's.
    expect(Buffer.from(bytes).equals(await renderPdf(buildReportModel(fixtureSource())))).toBe(true);
  });

  it('refuses at once when the waiting renders are at their bound, and serves the rest', async () => {
    pool = startRenderPool({ threads: 1, maxWaiting: 2 });
    const source = fixtureSource();
    const renders = Array.from({ length: 5 }, () => pool!.render('gantt.png', source));
    const outcomes = await Promise.allSettled(renders);
    // One rendering and two waiting; the fourth and fifth are refused.
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    for (const outcome of outcomes.slice(3))
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(WorkerPoolBusy);
    expect((await pool.render('gantt.png', source)).byteLength).toBeGreaterThan(1000);
  });

  it('reports a failed render and keeps serving', async () => {
    pool = startRenderPool({ threads: 1, maxWaiting: 2 });
    const broken = { ...fixtureSource(), content: undefined } as unknown as ExportSource;
    await expect(pool.render('report.docx', broken)).rejects.toThrow(/rendering report\.docx failed/);
    expect((await pool.render('action-plan.xlsx', fixtureSource())).byteLength).toBeGreaterThan(1000);
  });

  it('fails a render that outlives its timeout and replaces its worker', async () => {
    pool = startRenderPool({ threads: 1, maxWaiting: 2, timeoutMs: 3000 });
    const doc = new Y.Doc();
    seedTemplate(doc);
    fillLargeWorkshop(doc, { findings: 300, recommendations: 100, actions: 198 });
    const large = { ...fixtureSource(), content: readWorkshopContent(doc) };
    await pool.render('gantt.svg', fixtureSource()); // the worker has started
    await expect(pool.render('report.pdf', large)).rejects.toThrow(/took over 3000 ms/);
    expect((await pool.render('gantt.svg', fixtureSource())).byteLength).toBeGreaterThan(1000);
    expect(pool.threads).toBe(1);
  });

  it('stops every thread on close, failing what was in flight or waiting', async () => {
    pool = startRenderPool({ threads: 2, maxWaiting: 4 });
    const source = fixtureSource();
    await Promise.all([pool.render('gantt.png', source), pool.render('gantt.png', source)]);
    expect(pool.threads).toBe(2);
    const inFlight = Promise.allSettled(Array.from({ length: 4 }, () => pool!.render('report.pdf', source)));
    await pool.close();
    expect(pool.threads).toBe(0);
    for (const outcome of await inFlight)
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(WorkerPoolBusy);
    await expect(pool.render('report.pdf', source)).rejects.toBeInstanceOf(WorkerPoolBusy);
  });
});
