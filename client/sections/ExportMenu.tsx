import { createSignal, For, Show } from 'solid-js';
import type { Language } from '../../shared/i18n/languages.js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import { language, t } from '../i18n/i18n.js';
import { errorWords } from '../sync/error-words.js';
import { downloadExport, type ExportFile } from '../sync/export-download.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { LanguageSelect } from '../views/LanguagePicker.jsx';

/**
 * A drop-down of download links for the live draft (`version` "live") or one saved version, with the
 * language the files are written in: the interface's unless the person picks another (each language
 * named in itself).
 */
export function ExportMenu(props: {
  /** Each file with the catalogue key of its name. */
  files: ReadonlyArray<{ file: ExportFile; label: MessageKey }>;
  version?: string;
  label?: string;
}) {
  const workshop = useWorkshop();
  const [busy, setBusy] = createSignal<ExportFile | null>(null);
  const [problem, setProblem] = createSignal<unknown>(null);
  // Unset until picked: the interface language, also after a switch of the interface.
  const [chosen, setChosen] = createSignal<Language | null>(null);
  const fileLanguage = () => chosen() ?? language();

  const download = async (file: ExportFile) => {
    setBusy(file);
    setProblem(null);
    try {
      await downloadExport(
        workshop.workshopId,
        workshop.token,
        file,
        props.version ?? 'live',
        fileLanguage(),
      );
    } catch (error) {
      setProblem(() => error ?? new Error(String(error)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <details class="export-menu">
      <summary>{props.label ?? t('exportMenu.export')}</summary>
      <ul>
        <li>
          <label class="export-language">
            {t('exportMenu.language')}
            <LanguageSelect value={fileLanguage()} onChange={setChosen} />
          </label>
        </li>
        <For each={props.files}>
          {({ file, label }) => (
            <li>
              <button type="button" disabled={busy() !== null} onClick={() => void download(file)}>
                {busy() === file ? t('exportMenu.preparing', { file: t(label) }) : t(label)}
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={problem()}>
        <p class="error" role="alert">
          {errorWords(problem())}
        </p>
      </Show>
    </details>
  );
}
