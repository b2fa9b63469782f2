import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

/** ar: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'حفظ',
    cancel: 'إلغاء',
    close: 'إغلاق',
    delete: 'حذف',
    edit: 'تعديل',
    add: 'إضافة',
    remove: 'إزالة',
    back: 'رجوع',
    loading: 'جارٍ التحميل…',
    retry: 'حاول مرة أخرى',
    yes: 'نعم',
    no: 'لا',
    showAll: 'عرض الكل',
    copy: 'نسخ',
    copied: 'تم النسخ',
    done: 'تم',
    download: 'تنزيل',
    open: 'فتح',
    none: 'لا شيء',
    language: 'اللغة',
    untitled: 'بلا عنوان',
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
    screenName: 'شاشة العرض',
    groupReports: 'تقارير المجموعات',
    pinned: 'مثبّت',
    following: 'يتبع {{name}}',
    sideLabel: 'الانضمام والتصويت والحاضرون',
    hereNow: 'الحاضرون الآن ({{count}})',
    peopleHere: 'الحاضرون الآن',
    sections: { trace: 'التتبّع', report: 'التقرير', versions: 'النسخ' },
    controls: {
      open: 'فتح عرض المقدّم',
      pin: 'تثبيت جهاز العرض على {{section}}',
      pinnedTo: 'جهاز العرض مثبّت على {{section}}',
      unpin: 'إلغاء التثبيت: اتبعني',
      bringEveryone: 'إحضار الجميع إلى هنا',
      brought: 'أُحضر الجميع إلى هنا الساعة {{time}}',
      joinCode: 'رمز الانضمام',
      groupReports: 'تقارير المجموعات',
    },
    amendment: {
      shown: 'جهاز العرض يعرض تعديلاً',
      takeDown: 'إزالته من العرض',
    },
    slide: {
      label: 'التعديل قيد المناقشة',
      status: { open: 'مطروح للبتّ', accepted: 'مقبول', rejected: 'مرفوض' },
      outdated: 'تغيّر النص منذ ذلك الحين',
      proposedBy: 'اقترحه {{name}}:',
      noSupport: 'لا تأييد بعد',
      supportedBy: { other: 'عدد المؤيّدين {{count}}: {{names}}' },
    },
  },
  groups: {
    number: 'المجموعة {{number}}',
    title: '{{group}} · {{name}}',
    barLabel: 'مجموعة العمل الخاصة بك',
    breakoutGroups: 'مجموعات العمل',
    choose: 'اختر مجموعتك:',
    option: '{{group}} ({{count}})',
    presence: { other: 'الحاضرون في {{group}}: {{count}}' },
    facilitator: 'الميسّر: {{name}}',
    reporter: 'المقرّر: {{name}}',
    assigned: 'بتعيين من الميسّر',
    only: '{{group}} فقط',
    group: 'المجموعة',
    noGroup: 'بلا مجموعة',
    editor: {
      heading: 'المجموعات',
      none: 'لا توجد مجموعات بعد.',
      hint: 'أضف مجموعة لكل محور: تحصل كل مجموعة على استنتاجاتها وميسّر ومقرّر.',
      add: '+ إضافة مجموعة',
      name: 'الاسم',
      nameOf: 'اسم {{group}}',
      namePlaceholder: 'مثلاً: الإطار القانوني',
      facilitator: 'الميسّر',
      facilitatorOf: 'ميسّر {{group}}',
      reporter: 'المقرّر',
      reporterOf: 'مقرّر {{group}}',
      themes: 'المحاور',
      furtherFindings: 'استنتاجات إضافية',
      furtherFindingsCount: 'استنتاجات إضافية ({{count}})',
      noFindings: 'لا توجد استنتاجات بعد.',
      confirmRemove: 'إزالة {{group}}؟',
      remove: 'إزالة {{group}}',
      assign: 'توزيع المدعوين على المجموعات',
      groupOf: 'مجموعة {{name}}',
      choosesThemselves: 'يختار بنفسه',
    },
    reports: {
      title: 'تقارير المجموعات',
      notStarted:
        'لم تبدأ هذه الجلسة بعد. عندما يبدأها الميسّر من مؤقّت جدول الأعمال، تُحفظ نسخة، وتُدرج هنا تغييرات كل مجموعة منذ ذلك الحين.',
      since: 'التغييرات منذ v{{version}}، المحفوظة عند بدء الجلسة الساعة {{time}}.',
      presentedBy: 'يعرضه {{name}}، المقرّر',
      noChanges: 'لا توجد تغييرات من هذه المجموعة بعد.',
      deleted: '(محذوف)',
      mark: 'وضع علامة «مُدمج»',
      unmark: 'التراجع عن الدمج',
      noSessions: 'لا توجد جلسة مجموعات لها مجموعات بعد.',
      session: 'الجلسة',
      untitledSession: 'جلسة بلا عنوان',
      show: 'العرض على جهاز العرض',
      stopShowing: 'إيقاف العرض على جهاز العرض',
      change: {
        dissent: 'سُجّل رأي مخالف',
        edited: 'حُرّر',
        added: 'أُضيف',
        drafted: 'صيغت توصية',
        revised: 'نُقّحت التوصية',
      },
    },
    consolidated: {
      mark: '✓ مُدمج',
      by: 'دمجه {{name}} في {{when}}',
    },
  },
  agenda: {
    guidance: 'الأداة J: جلسات ورشة العمل المحدّدة بوقت، عامة أو في مجموعات عمل، ولكل منها ميسّرها.',
    add: '+ إضافة جلسة',
    ends: 'الانتهاء',
    total: { other: 'المجموع: {{duration}}، عدد الجلسات: {{count}}' },
    duration: {
      hours: {
        one: '{{count}} ساعة',
        two: '{{count}} ساعة',
        few: '{{count}} ساعات',
        other: '{{count}} ساعة',
      },
      minutes: {
        one: '{{count}} دقيقة',
        two: '{{count}} دقيقة',
        few: '{{count}} دقائق',
        other: '{{count}} دقيقة',
      },
      hoursMinutes: '{{hours}} و{{minutes}}',
    },
    itemName: '{{noun}} {{number}}',
    sessionNumber: 'الجلسة {{number}}',
    startOf: 'بداية {{session}}',
    minutesOf: 'دقائق {{session}}',
    titleOf: 'عنوان {{session}}',
    formatOf: 'شكل {{session}}',
    facilitatorOf: 'ميسّر {{session}}',
    titlePlaceholder: 'ما يجري في هذه الجلسة',
    groups: 'المجموعات',
    untitledSession: 'جلسة بلا عنوان',
    timer: {
      removed: 'أُزيلت الجلسة من جدول الأعمال',
      idle: 'لا توجد جلسة قيد التوقيت',
      overtime: 'تجاوز الوقت',
      paused: 'متوقف مؤقتًا',
      choose: 'الجلسة المراد توقيتها',
      start: '▶ بدء',
      resume: 'استئناف',
      pause: 'إيقاف مؤقت',
      extend: '+{{minutes}} د',
      stop: 'إيقاف',
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
