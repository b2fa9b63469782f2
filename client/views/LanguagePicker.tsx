import { For } from 'solid-js';
import { LANGUAGES, LANGUAGE_CODES, isLanguage, type Language } from '../../shared/i18n/languages.js';
import { language, setLanguage, t } from '../i18n/i18n.js';

/** A choice of language, each named in itself, so a reader finds theirs whatever the interface's. */
export function LanguageSelect(props: {
  value: Language;
  onChange: (language: Language) => void;
  class?: string;
  label?: string;
}) {
  return (
    <select
      class={props.class}
      aria-label={props.label}
      value={props.value}
      onChange={(event) => {
        const code = event.currentTarget.value;
        if (isLanguage(code)) props.onChange(code);
      }}
    >
      <For each={LANGUAGE_CODES}>
        {(code) => (
          <option value={code} lang={code} dir={LANGUAGES[code].dir} selected={code === props.value}>
            {LANGUAGES[code].name}
          </option>
        )}
      </For>
    </select>
  );
}

/** The header's language menu: the interface's language. */
export function LanguagePicker() {
  return (
    <LanguageSelect
      class="language-picker"
      label={t('common.language')}
      value={language()}
      onChange={(code) => void setLanguage(code)}
    />
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
