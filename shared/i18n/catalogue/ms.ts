import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

/** ms: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'Simpan',
    cancel: 'Batal',
    close: 'Tutup',
    delete: 'Padam',
    edit: 'Sunting',
    add: 'Tambah',
    remove: 'Alih keluar',
    back: 'Kembali',
    loading: 'Memuatkan…',
    retry: 'Cuba lagi',
    yes: 'Ya',
    no: 'Tidak',
    showAll: 'Tunjukkan semua',
    copy: 'Salin',
    copied: 'Disalin',
    done: 'Selesai',
    download: 'Muat turun',
    open: 'Buka',
    none: 'Tiada',
    language: 'Bahasa',
    untitled: 'Tanpa tajuk',
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
