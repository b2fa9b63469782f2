import type { Language } from '../../shared/i18n/languages.js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import { reach, refusalOf } from './api-error.js';

/** The files `GET /api/workshops/:id/export/:file` serves; `label` is the catalogue's key for its name. */
export const REPORT_FILES = [
  { file: 'report.docx', label: 'exportMenu.files.reportDocx' },
  { file: 'report.pdf', label: 'exportMenu.files.reportPdf' },
  { file: 'report.md', label: 'exportMenu.files.reportMd' },
  { file: 'workshop.xlsx', label: 'exportMenu.files.workshopXlsx' },
] as const satisfies ReadonlyArray<{ file: string; label: MessageKey }>;

export const ACTION_PLAN_FILES = [
  { file: 'action-plan.xlsx', label: 'exportMenu.files.actionPlanXlsx' },
  { file: 'action-plan.csv', label: 'exportMenu.files.actionPlanCsv' },
  { file: 'gantt.svg', label: 'exportMenu.files.ganttSvg' },
  { file: 'gantt.png', label: 'exportMenu.files.ganttPng' },
] as const satisfies ReadonlyArray<{ file: string; label: MessageKey }>;

export type ExportFile = (typeof REPORT_FILES)[number]['file'] | (typeof ACTION_PLAN_FILES)[number]['file'];

/** The server's file name, from `filename*=UTF-8''…` (titles in any script) or the ASCII fallback. */
function fileName(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name falls through to the plain one.
    }
  }
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? fallback;
}

/**
 * Downloads a file of the API and hands it to the browser to save. The invite token goes in the
 * Authorization header, never in a URL, so the file is fetched here and handed over as a blob.
 */
export async function downloadFile(path: string, token: string, fallbackName: string): Promise<void> {
  const response = await reach(path, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw await refusalOf(response, `download failed (${response.status})`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `path` with one more query parameter: `?` on a bare path, `&` after an existing query. */
export function withQuery(path: string, name: string, value: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

/** The address of an export: the live draft or a version, written in `lang` (the workshop's when absent). */
export function exportPath(
  workshopId: string,
  file: ExportFile,
  version: string | 'live' = 'live',
  lang?: Language,
): string {
  const path = withQuery(
    `/api/workshops/${encodeURIComponent(workshopId)}/export/${file}`,
    'version',
    version,
  );
  return lang ? withQuery(path, 'lang', lang) : path;
}

/** Downloads an export of the live draft or of a version, in `lang` (the workshop's language when absent). */
export function downloadExport(
  workshopId: string,
  token: string,
  file: ExportFile,
  version: string | 'live' = 'live',
  lang?: Language,
): Promise<void> {
  return downloadFile(exportPath(workshopId, file, version, lang), token, file);
}
