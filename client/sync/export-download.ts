/** The files `GET /api/workshops/:id/export/:file` serves. */
export const REPORT_FILES = [
  { file: 'report.docx', label: 'Report (Word)' },
  { file: 'report.pdf', label: 'Report (PDF)' },
  { file: 'report.md', label: 'Report (Markdown)' },
  { file: 'workshop.xlsx', label: 'Every section (Excel)' },
] as const;

export const ACTION_PLAN_FILES = [
  { file: 'action-plan.xlsx', label: 'Action plan (Excel)' },
  { file: 'action-plan.csv', label: 'Action plan (CSV)' },
  { file: 'gantt.svg', label: 'Gantt chart (SVG)' },
  { file: 'gantt.png', label: 'Gantt chart (PNG)' },
] as const;

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
  const response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `download failed (${response.status})`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads an export of the live draft or of a version. */
export function downloadExport(
  workshopId: string,
  token: string,
  file: ExportFile,
  version: string | 'live' = 'live',
): Promise<void> {
  return downloadFile(
    `/api/workshops/${encodeURIComponent(workshopId)}/export/${file}?version=${encodeURIComponent(version)}`,
    token,
    file,
  );
}
