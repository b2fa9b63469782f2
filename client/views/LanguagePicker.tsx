import { For } from 'solid-js';
import { LANGUAGES, LANGUAGE_CODES, isLanguage } from '../../shared/i18n/languages.js';
import { language, setLanguage, t } from '../i18n/i18n.js';

/** The header's language menu: each language named in itself, so a reader finds theirs in any interface. */
export function LanguagePicker() {
  return (
    <select
      class="language-picker"
      aria-label={t('common.language')}
      value={language()}
      onChange={(event) => {
        const code = event.currentTarget.value;
        if (isLanguage(code)) void setLanguage(code);
      }}
    >
      <For each={LANGUAGE_CODES}>
        {(code) => (
          <option value={code} lang={code} dir={LANGUAGES[code].dir}>
            {LANGUAGES[code].name}
          </option>
        )}
      </For>
    </select>
  );
}

/** The language menu at the top of a plain page (home, join, the pages that say why nothing opened). */
export function PageLanguage() {
  return (
    <div class="page-language">
      <LanguagePicker />
    </div>
  );
}
