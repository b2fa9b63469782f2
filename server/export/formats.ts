import { ganttChart } from '../../shared/gantt-chart.js';
import { renderActionPlanCsv } from './action-plan-csv.js';
import { editionDate, editionDay, type ExportSource } from './export-source.js';
import { ganttWords } from '../../shared/gantt-words.js';
import { renderMarkdown } from './markdown.js';
import { buildReportModel, exportLanguage } from './report-model.js';
import { exportWords } from './export-words.js';

/** The export's fixed words in the reader's language. */
const wordsOf = (source: ExportSource) => exportWords(exportLanguage(source));

const gantt = (source: ExportSource) =>
  ganttChart(source.content.actionPlan, {
    today: editionDay(source.edition),
    words: ganttWords(wordsOf(source)),
  });

/** One downloadable file: what it is called in the URL and how it is made from an export source. */
export interface ExportFormat {
  contentType: string;
  /** File name part naming the document (`report`, `action-plan`, `workshop`, `gantt`). */
  document: string;
  extension: string;
  /**
   * Rendered on a worker thread (render-pool.ts), never on the event loop that serves every
   * collaboration socket: on a workshop of 300 findings, 100 recommendations and 198 action rows the
   * PDF took 6 s, the DOCX 3 s, the PNG 1.5 s, the XLSX 60 ms; the others ~10 ms.
   */
  offThread: boolean;
  render(source: ExportSource): Promise<Uint8Array | string>;
}

/**
 * Keyed by the file name the route serves: `GET …/export/report.md`. The off-thread formats load their
 * libraries (pdfkit, docx, exceljs, resvg: tens of MiB) when first rendered, which is on a worker, so
 * the process serving the sockets never holds them.
 */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'report.md': {
    contentType: 'text/markdown; charset=utf-8',
    document: 'report',
    extension: 'md',
    offThread: false,
    render: async (source) => renderMarkdown(buildReportModel(source)),
  },
  'report.docx': {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    document: 'report',
    extension: 'docx',
    offThread: true,
    render: async (source) => (await import('./docx.js')).renderDocx(buildReportModel(source)),
  },
  'report.pdf': {
    contentType: 'application/pdf',
    document: 'report',
    extension: 'pdf',
    offThread: true,
    render: async (source) => (await import('./pdf.js')).renderPdf(buildReportModel(source)),
  },
  'action-plan.csv': {
    contentType: 'text/csv; charset=utf-8',
    document: 'action-plan',
    extension: 'csv',
    offThread: false,
    render: async (source) => renderActionPlanCsv(source.content, wordsOf(source)),
  },
  'action-plan.xlsx': {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    document: 'action-plan',
    extension: 'xlsx',
    offThread: true,
    render: async (source) =>
      (await import('./xlsx.js')).renderActionPlanXlsx(
        source.content,
        { title: source.workshop.title, date: editionDate(source.edition) },
        wordsOf(source),
      ),
  },
  'workshop.xlsx': {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    document: 'workshop',
    extension: 'xlsx',
    offThread: true,
    render: async (source) =>
      (await import('./xlsx.js')).renderWorkshopXlsx(
        source.content,
        { title: source.workshop.title, date: editionDate(source.edition) },
        wordsOf(source),
      ),
  },
  'gantt.svg': {
    contentType: 'image/svg+xml; charset=utf-8',
    document: 'gantt',
    extension: 'svg',
    offThread: false,
    render: async (source) => gantt(source).svg,
  },
  'gantt.png': {
    contentType: 'image/png',
    document: 'gantt',
    extension: 'png',
    offThread: true,
    render: async (source) => {
      const chart = gantt(source);
      return (await import('./gantt-png.js')).ganttPng(chart.svg, chart.width);
    },
  },
};

/** The format served under this file name, if any (`toString` and the like are not file names). */
export function exportFormat(file: string): ExportFormat | undefined {
  return Object.hasOwn(EXPORT_FORMATS, file) ? EXPORT_FORMATS[file] : undefined;
}
