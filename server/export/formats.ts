import { ganttChart } from '../../shared/gantt-chart.js';
import { renderActionPlanCsv } from './action-plan-csv.js';
import { renderActionPlanXlsx } from './action-plan-xlsx.js';
import { renderDocx } from './docx.js';
import { editionDate, editionDay, type ExportSource } from './export-source.js';
import { ganttPng } from './gantt-png.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf.js';
import { buildReportModel } from './report-model.js';

const gantt = (source: ExportSource) =>
  ganttChart(source.content.actionPlan, { today: editionDay(source.edition) });

/** One downloadable file: what it is called in the URL and how it is made from an export source. */
export interface ExportFormat {
  contentType: string;
  /** File name part naming the document (`report`, `action-plan`, `gantt`). */
  document: string;
  extension: string;
  render(source: ExportSource): Promise<Uint8Array | string>;
}

/** Keyed by the file name the route serves: `GET …/export/report.md`. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'report.md': {
    contentType: 'text/markdown; charset=utf-8',
    document: 'report',
    extension: 'md',
    render: async (source) => renderMarkdown(buildReportModel(source)),
  },
  'report.docx': {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    document: 'report',
    extension: 'docx',
    render: (source) => renderDocx(buildReportModel(source)),
  },
  'report.pdf': {
    contentType: 'application/pdf',
    document: 'report',
    extension: 'pdf',
    render: (source) => renderPdf(buildReportModel(source)),
  },
  'action-plan.csv': {
    contentType: 'text/csv; charset=utf-8',
    document: 'action-plan',
    extension: 'csv',
    render: async (source) => renderActionPlanCsv(source.content),
  },
  'action-plan.xlsx': {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    document: 'action-plan',
    extension: 'xlsx',
    render: (source) =>
      renderActionPlanXlsx(source.content, {
        title: source.workshop.title,
        date: editionDate(source.edition),
      }),
  },
  'gantt.svg': {
    contentType: 'image/svg+xml; charset=utf-8',
    document: 'gantt',
    extension: 'svg',
    render: async (source) => gantt(source).svg,
  },
  'gantt.png': {
    contentType: 'image/png',
    document: 'gantt',
    extension: 'png',
    render: async (source) => {
      const chart = gantt(source);
      return ganttPng(chart.svg, chart.width);
    },
  },
};
