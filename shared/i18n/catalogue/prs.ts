import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

/** prs: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'ذخیره',
    cancel: 'لغو',
    close: 'بستن',
    delete: 'حذف',
    edit: 'ویرایش',
    add: 'افزودن',
    remove: 'برداشتن',
    back: 'بازگشت',
    loading: 'در حال بارگذاری…',
    retry: 'دوباره کوشش کنید',
    yes: 'بلی',
    no: 'نخیر',
    showAll: 'نمایش همه',
    copy: 'کاپی',
    copied: 'کاپی شد',
    done: 'انجام شد',
    download: 'دانلود',
    open: 'باز کردن',
    none: 'هیچ',
    language: 'زبان',
    untitled: 'بدون عنوان',
  },

  // ────────────────────────────────────────────────────────────────
  // A: home page, join page, workshop shell, people panel
  // ────────────────────────────────────────────────────────────────

  home: {},
  join: {},
  shell: {},
  people: {},

  // ────────────────────────────────────────────────────────────────
  // B: presenter view, breakout groups, agenda
  // ────────────────────────────────────────────────────────────────

  presenter: {},
  groups: {},
  agenda: {},

  // ────────────────────────────────────────────────────────────────
  // C: section items, amendments, votes, comments, traceability, fields and editor
  // ────────────────────────────────────────────────────────────────

  items: {},
  amendments: {},
  votes: {},
  comments: {},
  trace: {},
  editor: {},

  // ────────────────────────────────────────────────────────────────
  // D: versions, report, export menu, import, audit log, error messages
  // ────────────────────────────────────────────────────────────────

  versions: {},
  report: {},
  exportMenu: {},
  importer: {},
  audit: {},
  errors: {},

  // ────────────────────────────────────────────────────────────────
  // E: registry words, template, exported documents
  // ────────────────────────────────────────────────────────────────

  template: {},
  export: {},

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: englishDocumentWords(),
};

export default catalogue;
