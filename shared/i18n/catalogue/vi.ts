import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

/** vi: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'Lưu',
    cancel: 'Hủy',
    close: 'Đóng',
    delete: 'Xóa',
    edit: 'Sửa',
    add: 'Thêm',
    remove: 'Gỡ bỏ',
    back: 'Quay lại',
    loading: 'Đang tải…',
    retry: 'Thử lại',
    yes: 'Có',
    no: 'Không',
    showAll: 'Hiện tất cả',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    done: 'Xong',
    download: 'Tải xuống',
    open: 'Mở',
    none: 'Không có',
    language: 'Ngôn ngữ',
    untitled: 'Chưa đặt tên',
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
