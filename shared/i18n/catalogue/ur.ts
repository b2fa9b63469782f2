import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

/** ur: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'محفوظ کریں',
    cancel: 'منسوخ کریں',
    close: 'بند کریں',
    delete: 'حذف کریں',
    edit: 'ترمیم کریں',
    add: 'شامل کریں',
    remove: 'ہٹائیں',
    back: 'واپس',
    loading: 'لوڈ ہو رہا ہے…',
    retry: 'دوبارہ کوشش کریں',
    yes: 'ہاں',
    no: 'نہیں',
    showAll: 'سب دکھائیں',
    copy: 'کاپی کریں',
    copied: 'کاپی ہو گیا',
    done: 'مکمل',
    download: 'ڈاؤن لوڈ کریں',
    open: 'کھولیں',
    none: 'کوئی نہیں',
    language: 'زبان',
    untitled: 'بے عنوان',
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

  presenter: {
    screenName: 'پریزنٹر اسکرین',
    groupReports: 'گروپ رپورٹیں',
    pinned: 'پن شدہ',
    following: '{{name}} کی پیروی میں',
    sideLabel: 'شمولیت، ووٹ اور موجود لوگ',
    hereNow: 'اس وقت موجود ({{count}})',
    peopleHere: 'اس وقت موجود لوگ',
    sections: { trace: 'سراغ', report: 'رپورٹ', versions: 'ورژن' },
    controls: {
      open: 'پریزنٹر منظر کھولیں',
      pin: 'پروجیکٹر کو {{section}} پر پن کریں',
      pinnedTo: 'پروجیکٹر {{section}} پر پن ہے',
      unpin: 'پن ہٹائیں: میری پیروی کریں',
      bringEveryone: 'سب کو یہاں لائیں',
      brought: 'سب کو {{time}} پر یہاں لایا گیا',
      joinCode: 'شمولیت کا کوڈ',
      groupReports: 'گروپ رپورٹیں',
    },
    amendment: {
      shown: 'پروجیکٹر ایک ترمیم دکھا رہا ہے',
      takeDown: 'اسے ہٹائیں',
    },
    slide: {
      label: 'زیرِ بحث ترمیم',
      status: { open: 'فیصلے کے لیے کھلی', accepted: 'منظور شدہ', rejected: 'مسترد شدہ' },
      outdated: 'اس کے بعد متن بدل چکا ہے',
      proposedBy: 'تجویز کنندہ {{name}}:',
      noSupport: 'ابھی کوئی حمایت نہیں',
      supportedBy: {
        one: '{{count}} حامی: {{names}}',
        other: '{{count}} حامی: {{names}}',
      },
    },
  },
  groups: {
    number: 'گروپ {{number}}',
    title: '{{group}} · {{name}}',
    barLabel: 'آپ کا ذیلی گروپ',
    breakoutGroups: 'ذیلی گروپ',
    choose: 'اپنا گروپ منتخب کریں:',
    option: '{{group}} ({{count}})',
    presence: {
      one: '{{group}} میں {{count}} فرد',
      other: '{{group}} میں {{count}} افراد',
    },
    facilitator: 'سہولت کار: {{name}}',
    reporter: 'رپورٹر: {{name}}',
    assigned: 'سہولت کار کی جانب سے مقرر',
    only: 'صرف {{group}}',
    group: 'گروپ',
    noGroup: 'کوئی گروپ نہیں',
    editor: {
      heading: 'گروپ',
      none: 'ابھی کوئی گروپ نہیں۔',
      hint: 'ہر موضوع کے لیے ایک گروپ شامل کریں: ہر گروپ کو اس کے نتائج، ایک سہولت کار اور ایک رپورٹر ملتا ہے۔',
      add: '+ گروپ شامل کریں',
      name: 'نام',
      nameOf: '{{group}} کا نام',
      namePlaceholder: 'مثلاً قانونی ڈھانچہ',
      facilitator: 'سہولت کار',
      facilitatorOf: '{{group}} کا سہولت کار',
      reporter: 'رپورٹر',
      reporterOf: '{{group}} کا رپورٹر',
      themes: 'موضوعات',
      furtherFindings: 'مزید نتائج',
      furtherFindingsCount: 'مزید نتائج ({{count}})',
      noFindings: 'ابھی کوئی نتیجہ نہیں۔',
      confirmRemove: '{{group}} ہٹا دیں؟',
      remove: '{{group}} ہٹائیں',
      assign: 'مدعو افراد کو گروپوں میں مقرر کریں',
      groupOf: '{{name}} کا گروپ',
      choosesThemselves: 'خود منتخب کریں گے',
    },
    reports: {
      title: 'گروپ رپورٹیں',
      notStarted:
        'یہ سیشن ابھی شروع نہیں ہوا۔ جب سہولت کار اسے ایجنڈا ٹائمر پر شروع کرے گا تو ایک ورژن محفوظ ہو جائے گا، اور اس کے بعد سے ہر گروپ کی تبدیلیاں یہاں درج ہوں گی۔',
      since: 'v{{version}} کے بعد کی تبدیلیاں، جو سیشن شروع ہونے پر {{time}} پر محفوظ کیا گیا۔',
      presentedBy: 'پیش کنندہ {{name}}، رپورٹر',
      noChanges: 'اس گروپ کی جانب سے ابھی کوئی تبدیلی نہیں۔',
      deleted: '(حذف شدہ)',
      mark: 'یکجا شدہ کا نشان لگائیں',
      unmark: 'یکجا شدہ کا نشان ہٹائیں',
      noSessions: 'ابھی کسی گروپ سیشن میں گروپ نہیں ہیں۔',
      session: 'سیشن',
      untitledSession: 'بے عنوان سیشن',
      show: 'پروجیکٹر پر دکھائیں',
      stopShowing: 'پروجیکٹر پر دکھانا بند کریں',
      change: {
        dissent: 'اختلاف درج کیا گیا',
        edited: 'تدوین کی گئی',
        added: 'شامل کیا گیا',
        drafted: 'سفارش کا مسودہ تیار کیا گیا',
        revised: 'سفارش پر نظرِ ثانی کی گئی',
      },
    },
    consolidated: {
      mark: '✓ یکجا شدہ',
      by: '{{name}} نے {{when}} کو یکجا کیا',
    },
  },
  agenda: {
    guidance:
      'ٹول J: ورکشاپ کے وقت مقررہ سیشن، مکمل اجلاس میں یا ذیلی گروپوں میں، ہر ایک اپنے سہولت کار کے ساتھ۔',
    add: '+ سیشن شامل کریں',
    ends: 'اختتام',
    total: {
      one: 'کل: {{count}} سیشن میں {{duration}}',
      other: 'کل: {{count}} سیشنوں میں {{duration}}',
    },
    duration: {
      hours: { one: '{{count}} گھنٹہ', other: '{{count}} گھنٹے' },
      minutes: { one: '{{count}} منٹ', other: '{{count}} منٹ' },
      hoursMinutes: '{{hours}} {{minutes}}',
    },
    itemName: '{{noun}} {{number}}',
    sessionNumber: 'سیشن {{number}}',
    startOf: '{{session}} کا آغاز',
    minutesOf: '{{session}} کے منٹ',
    titleOf: '{{session}} کا عنوان',
    formatOf: '{{session}} کی نوعیت',
    facilitatorOf: '{{session}} کا سہولت کار',
    titlePlaceholder: 'اس سیشن میں کیا ہوگا',
    groups: 'گروپ',
    untitledSession: 'بے عنوان سیشن',
    timer: {
      removed: 'سیشن ایجنڈے سے ہٹا دیا گیا',
      idle: 'کسی سیشن کا وقت نہیں لیا جا رہا',
      overtime: 'وقت سے زائد',
      paused: 'موقوف',
      choose: 'وقت لینے کے لیے سیشن',
      start: '▶ شروع کریں',
      resume: 'دوبارہ شروع کریں',
      pause: 'موقوف کریں',
      extend: '+{{minutes}} منٹ',
      stop: 'بند کریں',
    },
  },

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
