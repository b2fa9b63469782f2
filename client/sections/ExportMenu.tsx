import { createSignal, For, Show } from 'solid-js';
import { downloadExport, type ExportFile } from '../sync/export-download.js';
import { useWorkshop } from '../sync/workshop-context.js';

/** A drop-down of download links for the live draft (`version` "live") or one saved version. */
export function ExportMenu(props: {
  files: ReadonlyArray<{ file: ExportFile; label: string }>;
  version?: string;
  label?: string;
}) {
  const workshop = useWorkshop();
  const [busy, setBusy] = createSignal<ExportFile | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);

  const download = async (file: ExportFile) => {
    setBusy(file);
    setProblem(null);
    try {
      await downloadExport(workshop.workshopId, workshop.token, file, props.version ?? 'live');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <details class="export-menu">
      <summary>{props.label ?? 'Export'}</summary>
      <ul>
        <For each={props.files}>
          {({ file, label }) => (
            <li>
              <button type="button" disabled={busy() !== null} onClick={() => void download(file)}>
                {busy() === file ? `${label}…` : label}
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
    </details>
  );
}
