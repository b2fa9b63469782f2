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

  presenter: {
    screenName: 'صفحهٔ نمایش ارائه',
    groupReports: 'گزارش‌های گروه‌ها',
    pinned: 'ثابت‌شده',
    following: 'به دنبال {{name}}',
    sideLabel: 'پیوستن، رأی‌دهی و اشخاص حاضر',
    hereNow: 'حاضر در این لحظه ({{count}})',
    peopleHere: 'اشخاص حاضر در این لحظه',
    sections: { trace: 'ردیابی', report: 'گزارش', versions: 'نسخه‌ها' },
    controls: {
      open: 'باز کردن نمای ارائه',
      pin: 'ثابت کردن پروجکتور روی {{section}}',
      pinnedTo: 'پروجکتور روی {{section}} ثابت است',
      unpin: 'برداشتن تثبیت: مرا دنبال کنید',
      bringEveryone: 'همه را به اینجا بیاورید',
      brought: 'همه در ساعت {{time}} به اینجا آورده شدند',
      joinCode: 'کود پیوستن',
      groupReports: 'گزارش‌های گروه‌ها',
    },
    amendment: {
      shown: 'پروجکتور یک اصلاحیه را نشان می‌دهد',
      takeDown: 'برداشتن آن',
    },
    slide: {
      label: 'اصلاحیهٔ مورد بحث',
      status: { open: 'باز برای تصمیم‌گیری', accepted: 'پذیرفته‌شده', rejected: 'ردشده' },
      outdated: 'متن از آن زمان تغییر کرده است',
      proposedBy: 'طرح‌شده توسط {{name}}:',
      noSupport: 'هنوز حمایتی نشده است',
      supportedBy: {
        one: 'حمایت {{count}} نفر: {{names}}',
        other: 'حمایت {{count}} نفر: {{names}}',
      },
    },
  },
  groups: {
    number: 'گروه {{number}}',
    title: '{{group}} · {{name}}',
    barLabel: 'گروه کاری شما',
    breakoutGroups: 'گروه‌های کاری',
    choose: 'گروه خود را انتخاب کنید:',
    option: '{{group}} ({{count}})',
    presence: {
      one: '{{count}} نفر در {{group}}',
      other: '{{count}} نفر در {{group}}',
    },
    facilitator: 'تسهیل‌کننده: {{name}}',
    reporter: 'گزارشگر: {{name}}',
    assigned: 'تعیین‌شده توسط تسهیل‌کننده',
    only: 'تنها {{group}}',
    group: 'گروه',
    noGroup: 'بدون گروه',
    editor: {
      heading: 'گروه‌ها',
      none: 'هنوز گروهی وجود ندارد.',
      hint: 'برای هر موضوع یک گروه اضافه کنید: هر گروه یافته‌های خود، یک تسهیل‌کننده و یک گزارشگر دارد.',
      add: '+ افزودن گروه',
      name: 'نام',
      nameOf: 'نام {{group}}',
      namePlaceholder: 'مثلاً چارچوب حقوقی',
      facilitator: 'تسهیل‌کننده',
      facilitatorOf: 'تسهیل‌کنندهٔ {{group}}',
      reporter: 'گزارشگر',
      reporterOf: 'گزارشگر {{group}}',
      themes: 'موضوعات',
      furtherFindings: 'یافته‌های دیگر',
      furtherFindingsCount: 'یافته‌های دیگر ({{count}})',
      noFindings: 'هنوز یافته‌ای وجود ندارد.',
      confirmRemove: '{{group}} حذف شود؟',
      remove: 'حذف {{group}}',
      assign: 'تعیین اشخاص دعوت‌شده به گروه‌ها',
      groupOf: 'گروه {{name}}',
      choosesThemselves: 'خودش انتخاب می‌کند',
    },
    reports: {
      title: 'گزارش‌های گروه‌ها',
      notStarted:
        'این جلسه هنوز آغاز نشده است. وقتی تسهیل‌کننده آن را با زمان‌سنج اجندا آغاز کند، یک نسخه ذخیره می‌شود و تغییرات هر گروه از آن زمان به بعد در اینجا فهرست می‌شود.',
      since: 'تغییرات از v{{version}}، که هنگام آغاز جلسه در ساعت {{time}} ذخیره شد.',
      presentedBy: 'ارائه توسط {{name}}، گزارشگر',
      noChanges: 'هنوز تغییری از این گروه نیست.',
      deleted: '(حذف‌شده)',
      mark: 'نشانی به‌عنوان تلفیق‌شده',
      unmark: 'لغو تلفیق',
      noSessions: 'هنوز هیچ جلسهٔ گروهی، گروه ندارد.',
      session: 'جلسه',
      untitledSession: 'جلسهٔ بی‌عنوان',
      show: 'نمایش روی پروجکتور',
      stopShowing: 'توقف نمایش روی پروجکتور',
      change: {
        dissent: 'نظر مخالف ثبت شد',
        edited: 'ویرایش شد',
        added: 'افزوده شد',
        drafted: 'پیشنهاد تهیه شد',
        revised: 'پیشنهاد بازنگری شد',
      },
    },
    consolidated: {
      mark: '✓ تلفیق‌شده',
      by: 'تلفیق‌شده توسط {{name}} در {{when}}',
    },
  },
  agenda: {
    guidance: 'ابزار J: جلسات زمان‌بندی‌شدهٔ ورکشاپ، عمومی یا در گروه‌های کاری، هر کدام با تسهیل‌کنندهٔ خود.',
    add: '+ افزودن جلسه',
    ends: 'پایان',
    total: {
      one: 'مجموع: {{duration}} در {{count}} جلسه',
      other: 'مجموع: {{duration}} در {{count}} جلسه',
    },
    duration: {
      hours: { one: '{{count}} ساعت', other: '{{count}} ساعت' },
      minutes: { one: '{{count}} دقیقه', other: '{{count}} دقیقه' },
      hoursMinutes: '{{hours}} و {{minutes}}',
    },
    itemName: '{{noun}} {{number}}',
    sessionNumber: 'جلسهٔ {{number}}',
    startOf: 'آغاز {{session}}',
    minutesOf: 'دقایق {{session}}',
    titleOf: 'عنوان {{session}}',
    formatOf: 'شکل {{session}}',
    facilitatorOf: 'تسهیل‌کنندهٔ {{session}}',
    titlePlaceholder: 'در این جلسه چه می‌گذرد',
    groups: 'گروه‌ها',
    untitledSession: 'جلسهٔ بی‌عنوان',
    timer: {
      removed: 'جلسه از اجندا حذف شد',
      idle: 'هیچ جلسه‌ای زمان‌گیری نمی‌شود',
      overtime: 'وقت گذشته',
      paused: 'متوقف',
      choose: 'جلسه برای زمان‌گیری',
      start: '▶ آغاز',
      resume: 'ادامه',
      pause: 'توقف موقت',
      extend: '+{{minutes}} دقیقه',
      stop: 'توقف',
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
