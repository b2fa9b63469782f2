import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import {
  addPickListEntries,
  importFields,
  isImportable,
  MAX_IMPORT_ROWS,
  XLSX_TYPE,
  type ChoiceDecision,
  type ImportChoices,
  type ImportFixes,
  type ImportMapping,
  type ImportOptions,
  type ImportPreview,
  type ImportProblem,
  type ImportRow,
  type UnknownChoice,
} from '../../shared/import.js';
import { createItems, type CollectionName } from '../../shared/workshop-document/index.js';
import { fieldLabel, sectionTitle, valueOptions } from '../../shared/i18n/document-words.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { ApiRequestError } from '../sync/api-client.js';
import { errorWords } from '../sync/error-words.js';
import { i18n, language, t, tn } from '../i18n/i18n.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { createChoiceLabels } from './labels.js';

/**
 * Importing rows from a spreadsheet. The server parses, maps and checks the file (a dry run, the same
 * code a direct API import runs); this page then creates the valid rows itself, in one local edit, so
 * the person's Undo takes the whole import back.
 */

/** Rows drawn in the preview table; the counts always cover the whole file. */
const PREVIEW_ROWS = 100;

const PROBLEMS_TO_FIX = new Set(['invalid_date', 'invalid_year', 'invalid_value', 'unknown_link']);

interface Source {
  body: Blob | string;
  type: string;
  name: string;
}

/** The media type for a chosen file: by its name, since browsers report CSV as anything from text/csv to Excel's type. */
function fileSource(file: File): Source {
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  const type =
    extension === 'xlsx'
      ? XLSX_TYPE
      : extension === 'csv'
        ? 'text/csv'
        : extension === 'tsv' || extension === 'tab'
          ? 'text/tab-separated-values'
          : extension === 'txt'
            ? 'text/plain'
            : file.type || 'application/octet-stream';
  return { body: file, type, name: file.name };
}

/** The Import button of a section's header, for facilitators of the live draft. */
export function ImportButton(props: { collection: CollectionName }) {
  const workshop = useWorkshop();
  const [open, setOpen] = createSignal(false);
  const allowed = () =>
    workshop.role === 'facilitator' &&
    workshop.live &&
    !workshop.presenting &&
    isImportable(props.collection);
  return (
    <Show when={allowed()}>
      <button type="button" class="import-button" onClick={() => setOpen(true)}>
        {t('importer.button')}
      </button>
      <Show when={open()}>
        <ImportDialog collection={props.collection} onClose={() => setOpen(false)} />
      </Show>
    </Show>
  );
}

export function ImportDialog(props: { collection: CollectionName; onClose: () => void }) {
  const workshop = useWorkshop();
  const sectionWords = () => sectionTitle(i18n().document, props.collection);
  const fields = importFields(props.collection);
  const themes = createChoiceLabels(workshop.doc, 'themes');
  const populations = createChoiceLabels(workshop.doc, 'populations');
  const [source, setSource] = createSignal<Source | null>(null);
  const [pasted, setPasted] = createSignal('');
  const [mapping, setMapping] = createSignal<ImportMapping | undefined>();
  const [choices, setChoices] = createSignal<ImportChoices>({});
  const [fixes, setFixes] = createSignal<ImportFixes>({});
  const [preview, setPreview] = createSignal<ImportPreview | null>(null);
  const [problem, setProblem] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  let dialog!: HTMLDialogElement;
  let asked = 0;

  onMount(() => dialog.showModal());

  async function check(): Promise<void> {
    const chosen = source();
    if (!chosen) return;
    const ask = ++asked;
    setBusy(true);
    setProblem(null);
    const options: ImportOptions = { mapping: mapping(), choices: choices(), fixes: fixes() };
    try {
      const shown = await workshop.api.importPreview(props.collection, chosen.body, chosen.type, options);
      if (ask === asked) setPreview(shown);
    } catch (error) {
      if (ask !== asked) return;
      // A refused file (415, 413, a bad mapping) shows no stale preview beside its reason.
      if (error instanceof ApiRequestError) setPreview(null);
      setProblem(() => error ?? new Error(String(error)));
    } finally {
      if (ask === asked) setBusy(false);
    }
  }

  const start = (next: Source) => {
    setSource(next);
    setMapping(undefined);
    setChoices({});
    setFixes({});
    void check();
  };

  const mapColumn = (column: number, field: string | null) => {
    // The pending mapping first: a second change made before the preview returns keeps the first.
    const current = mapping() ?? preview()?.mapping ?? [];
    // A field fills one column: the column that had it lets it go.
    setMapping(current.map((old, i) => (i === column ? field : old === field ? null : old)));
    void check();
  };

  const decide = (choice: UnknownChoice, decision: ChoiceDecision | null) => {
    const byValue = { ...(choices()[choice.field] ?? {}) };
    if (decision) byValue[choice.value] = decision;
    else delete byValue[choice.value];
    setChoices({ ...choices(), [choice.field]: byValue });
    void check();
  };

  const fix = (row: ImportRow, field: string, text: string) => {
    const key = String(row.index);
    setFixes({ ...fixes(), [key]: { ...(fixes()[key] ?? {}), [field]: text } });
    void check();
  };

  const listLabels = (list: UnknownChoice['list']) => (list === 'themes' ? themes() : populations());
  const labelOf = (field: string | null) =>
    field ? fieldLabel(i18n().document, props.collection, field) : '';
  /** A row's problem in the person's words, from its code (the server's message is English). */
  const problemWords = (error: ImportProblem) => {
    const args = { field: labelOf(error.field ?? null), value: error.value ?? '' };
    if (error.code !== 'invalid_value') return t(`importer.problems.${error.code}`, args);
    const allowed = (() => {
      try {
        return valueOptions(i18n().document, props.collection, error.field ?? '').map((o) => o.label);
      } catch {
        return [];
      }
    })();
    return allowed.length > 0
      ? t('importer.problems.invalid_value', { ...args, allowed: i18n().list(allowed, 'disjunction') })
      : t('importer.problems.invalid_value_plain', args);
  };
  const problemRows = createMemo(() => (preview()?.rows ?? []).filter((row) => row.errors.length > 0));

  const importRows = () => {
    const shown = preview();
    if (!shown || shown.valid === 0) return;
    const { doc, undoManager } = workshop;
    // Its own undo step: not merged with an edit made just before or after.
    undoManager.stopCapturing();
    workshop.edit(() => {
      addPickListEntries(doc, shown.addToPickLists);
      createItems(
        doc,
        props.collection,
        shown.rows.filter((row) => row.errors.length === 0).map((row) => row.values),
      );
    });
    undoManager.stopCapturing();
    workshop.announce(
      shown.skipped
        ? tn('importer.importedSkipped', shown.valid, { section: sectionWords(), skipped: shown.skipped })
        : tn('importer.imported', shown.valid, { section: sectionWords() }),
      true,
    );
    dialog.close();
  };

  return (
    <dialog ref={dialog} class="import-dialog" aria-labelledby="import-title" onClose={() => props.onClose()}>
      <header class="import-head">
        <h2 id="import-title">
          {t('importer.title', { section: sectionWords().toLocaleLowerCase(LANGUAGES[language()].intl) })}
        </h2>
        <button type="button" class="icon" aria-label={t('common.close')} onClick={() => dialog.close()}>
          ✕
        </button>
      </header>
      <div class="import-sources">
        <label class="import-file">
          {t('importer.file')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain"
            dir="auto"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) start(fileSource(file));
            }}
          />
        </label>
        <label class="import-paste">
          {t('importer.paste')}
          <textarea
            dir="auto"
            rows={4}
            value={pasted()}
            placeholder={fields.map((f) => labelOf(f.field)).join('\t')}
            onInput={(event) => setPasted(event.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          disabled={pasted().trim() === ''}
          onClick={() =>
            start({ body: pasted(), type: 'text/tab-separated-values', name: t('importer.pastedName') })
          }
        >
          {t('importer.previewPasted')}
        </button>
      </div>
      <Show when={problem()}>
        <p class="error" role="alert">
          {errorWords(problem())}
        </p>
      </Show>
      <Show when={preview()}>
        {(shown) => (
          <div class="import-preview" aria-busy={busy()}>
            <p class="import-summary" role="status">
              <strong>{tn('importer.summary', shown().valid, { skipped: shown().skipped })}</strong>
              <span class="muted" dir="auto">
                {' '}
                {t('importer.source', { name: source()?.name ?? '', max: MAX_IMPORT_ROWS })}
              </span>
            </p>

            <Show when={shown().unknownChoices.length > 0}>
              <fieldset class="import-choices">
                <legend>{t('importer.notInLists')}</legend>
                <For each={shown().unknownChoices}>
                  {(choice) => (
                    <label class="import-choice">
                      <span dir="auto">
                        “{choice.value}”{' '}
                        <span class="muted">
                          {tn('importer.where', choice.rows.length, {
                            field: labelOf(choice.field),
                            rows: i18n().list(choice.rows.map((row) => i18n().number(row))),
                          })}
                        </span>
                      </span>
                      <select
                        aria-label={t('importer.whatToDo', { value: choice.value })}
                        onChange={(event) => {
                          const value = event.currentTarget.value;
                          decide(
                            choice,
                            value === 'add'
                              ? { add: true }
                              : value.startsWith('map:')
                                ? { mapTo: value.slice(4) }
                                : null,
                          );
                        }}
                      >
                        <option value="" selected={!choice.decision}>
                          {t('importer.skipRows')}
                        </option>
                        <option value="add" selected={!!choice.decision && 'add' in choice.decision}>
                          {t('importer.addToList')}
                        </option>
                        <optgroup label={t('importer.useEntry')}>
                          <For each={listLabels(choice.list)}>
                            {(label) => (
                              <option
                                value={`map:${label}`}
                                selected={
                                  !!choice.decision &&
                                  'mapTo' in choice.decision &&
                                  choice.decision.mapTo === label
                                }
                              >
                                {label}
                              </option>
                            )}
                          </For>
                        </optgroup>
                      </select>
                    </label>
                  )}
                </For>
              </fieldset>
            </Show>

            <Show when={problemRows().length > 0}>
              <details class="import-problems" open={problemRows().length <= 12}>
                <summary>{tn('importer.problemRows', problemRows().length)}</summary>
                <ul>
                  <For each={problemRows().slice(0, PREVIEW_ROWS)}>
                    {(row) => (
                      <li>
                        <strong>{t('importer.row', { row: row.index })}</strong>
                        <For each={row.errors}>
                          {(error) => (
                            <span class="import-problem">
                              <span dir="auto">{problemWords(error)}</span>
                              <Show when={error.field && PROBLEMS_TO_FIX.has(error.code)}>
                                <input
                                  dir="auto"
                                  aria-label={t('importer.fix', {
                                    field: labelOf(error.field ?? null),
                                    row: row.index,
                                  })}
                                  value={error.value ?? ''}
                                  onChange={(event) => fix(row, error.field!, event.currentTarget.value)}
                                />
                              </Show>
                            </span>
                          )}
                        </For>
                      </li>
                    )}
                  </For>
                </ul>
              </details>
            </Show>

            <div class="import-table-wrap">
              <table class="import-table">
                <thead>
                  <tr>
                    <th scope="col">{t('importer.rowHeader')}</th>
                    <For each={shown().headers}>
                      {(header, column) => (
                        <th scope="col">
                          <span class="import-header" dir="auto">
                            {header || t('importer.column', { number: column() + 1 })}
                          </span>
                          <select
                            aria-label={t('importer.columnField', {
                              column: header || i18n().number(column() + 1),
                            })}
                            onChange={(event) => mapColumn(column(), event.currentTarget.value || null)}
                          >
                            <option value="" selected={shown().mapping[column()] === null}>
                              {t('importer.ignore')}
                            </option>
                            <For each={fields}>
                              {(f) => (
                                <option value={f.field} selected={shown().mapping[column()] === f.field}>
                                  {labelOf(f.field)}
                                </option>
                              )}
                            </For>
                          </select>
                        </th>
                      )}
                    </For>
                  </tr>
                </thead>
                <tbody>
                  <For each={shown().rows.slice(0, PREVIEW_ROWS)}>
                    {(row) => (
                      <tr classList={{ skipped: row.errors.length > 0 }}>
                        <th scope="row" title={row.errors.map(problemWords).join('\n')}>
                          {row.index} {row.errors.length > 0 ? '✕' : '✓'}
                        </th>
                        <For each={shown().headers}>
                          {(_header, column) => (
                            <td dir="auto" classList={{ ignored: shown().mapping[column()] === null }}>
                              {row.cells[column()] ?? ''}
                            </td>
                          )}
                        </For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <Show when={shown().rows.length > PREVIEW_ROWS}>
              <p class="muted">
                {t('importer.showing', { shown: PREVIEW_ROWS, total: shown().rows.length })}
              </p>
            </Show>
          </div>
        )}
      </Show>
      <footer class="import-actions">
        <button type="button" onClick={() => dialog.close()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          class="primary"
          disabled={busy() || !preview() || preview()!.valid === 0}
          onClick={importRows}
        >
          {tn('importer.submit', preview()?.valid ?? 0)}
        </button>
      </footer>
    </dialog>
  );
}
