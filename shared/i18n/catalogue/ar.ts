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

  versions: {
    title: 'النسخ',
    guidance:
      'نسخ مجمّدة من ورشة عمل النتائج بأكملها. يصادق أصحاب المصلحة على نسخة محددة؛ وتثبت بصمة محتواها لاحقًا أن النص المصادق عليه هو النص الذي اطّلعوا عليه. وبعد عرض التقرير على صانع القرار أو صنّاعه، يسجّل الميسّر قرارهم على النسخة المعروضة. وتُحفظ النسخ أيضًا تلقائيًا أثناء التحرير وعند مغادرة الجميع.',
    exportLive: 'تصدير المسودة الحالية',
    auditLog: 'سجل التدقيق',
    nameLabel: 'اسم النسخة',
    namePlaceholder: 'مثلًا: النهائية للمصادقة',
    save: 'حفظ النسخة',
    empty: 'لا توجد نسخ بعد.',
    confirmRestore: 'استعادة v{{number}} «{{name}}»؟ تُحفظ المسودة الحالية أولًا، لذا يمكن التراجع عن ذلك.',
    card: {
      automatic: 'تلقائية',
      autoNames: {
        leaving: 'حُفظت تلقائيًا بعد مغادرة الجميع',
        editing: 'حُفظت تلقائيًا أثناء التحرير',
      },
      workspace: 'مساحة العمل',
      openForEndorsement: 'مفتوحة للمصادقة',
      sameAsDraft: 'مطابقة للمسودة',
      byline: '{{name}} ({{role}})',
      hashTitle: 'بصمة SHA-256 للمحتوى: {{hash}}',
      endorsed: 'صادق',
      declined: 'رفض',
      identity: {
        invite: 'مؤكَّد بدعوة شخصية',
        selfDeclared: 'مصرَّح به ذاتيًا',
      },
      openReadOnly: 'فتح للقراءة فقط',
      export: 'تصدير v{{number}}',
      compare: 'مقارنة بالمسودة',
      restore: 'استعادة',
      open: 'فتح للمصادقة',
    },
    endorse: {
      as: 'بصفتك {{name}}',
      fromInvite: '— من دعوتك الشخصية',
      organisation: 'جهتك',
      comment: 'تعليق',
      commentPlaceholder: 'تعليق (مطلوب عند الرفض)',
      endorse: 'المصادقة على v{{number}}',
      decline: 'رفض',
    },
    diff: {
      title: 'التغييرات من v{{number}} «{{name}}» إلى المسودة الحالية',
      close: 'إغلاق المقارنة',
      comparing: 'جارٍ المقارنة…',
      none: 'لا توجد فروق.',
      added: 'أُضيف: {{item}}',
      removed: 'أُزيل: {{item}}',
      changed: 'تغيّر {{item}}:',
      moved: {
        zero: 'نُقل: {{count}} بند',
        one: 'نُقل: {{count}} بند',
        two: 'نُقل: {{count}} بندان',
        few: 'نُقل: {{count}} بنود',
        many: 'نُقل: {{count}} بندًا',
        other: 'نُقل: {{count}} بند',
      },
      report: 'التقرير',
    },
    viewer: {
      opening: 'جارٍ فتح النسخة…',
      title: 'v{{number}} «{{name}}»، للقراءة فقط',
      verified: 'المحتوى يطابق بصمته',
      notVerified: 'المحتوى لا يطابق بصمته',
      close: 'إغلاق النسخة',
      sections: 'أقسام النسخة',
      trace: 'التتبّع',
      report: 'التقرير',
    },
    gaps: {
      label: 'الثغرات في v{{number}}',
      failed: 'تعذّر فحص الثغرات في v{{number}}: {{reason}}',
      count: {
        zero: 'في v{{number}} {{count}} ثغرة',
        one: 'في v{{number}} {{count}} ثغرة',
        two: 'في v{{number}} {{count}} ثغرتان',
        few: 'في v{{number}} {{count}} ثغرات',
        many: 'في v{{number}} {{count}} ثغرةً',
        other: 'في v{{number}} {{count}} ثغرة',
      },
      explain: 'في السلسلة من الاستنتاجات إلى الغايات؛ وسيصادق عليها أصحاب المصلحة كما هي.',
      openAnyway: 'الفتح للمصادقة رغم ذلك',
    },
    decisions: {
      listLabel: 'القرارات بشأن v{{number}}',
      record: 'تسجيل القرار',
      line: 'القرار: {{kind}}، {{date}}، {{decisionMaker}} ({{office}})',
      recordedBy: 'سجّله {{name}} ({{role}}) · {{when}}',
      kinds: { formal: 'رسمي', informal: 'غير رسمي' },
      outcomes: { adopted: 'معتمدة', deferred: 'مؤجلة', rejected: 'مرفوضة' },
      form: {
        label: 'تسجيل القرار بشأن v{{number}}',
        intro:
          'ما قرّره صانع القرار أو صنّاعه بعد عرض هذه النسخة عليهم. لا يمكن تغيير القرارات المسجّلة؛ سجّل قرارًا آخر لتصحيحها.',
        decisionMaker: 'صانع القرار',
        decisionMakerPlaceholder: 'مثلًا: معالي سومساك ك.',
        office: 'المنصب',
        officePlaceholder: 'مثلًا: وزير الداخلية',
        kind: 'نوع القرار',
        date: 'تاريخ القرار',
        text: 'ما تقرّر',
        recommendations: 'توصيات v{{number}}',
        loading: 'جارٍ تحميل توصيات هذه النسخة…',
        noRecommendations: 'لا توجد توصيات في هذه النسخة.',
        outcomeLabel: 'القرار بشأن {{label}}',
        invalid: 'يُرجى التحقق من: {{fields}}',
        recommendationsField: 'القرارات بشأن التوصيات',
        submit: 'تسجيل القرار',
      },
    },
    places: {
      report: 'التقرير',
      deletedItem: 'بند محذوف',
      openAmendments: {
        zero: 'تعديلات مفتوحة',
        one: 'تعديل مفتوح',
        two: 'تعديلان مفتوحان',
        few: 'تعديلات مفتوحة',
        many: 'تعديلًا مفتوحًا',
        other: 'تعديل مفتوح',
      },
      guest: 'ضيف {{number}}',
    },
  },
  report: {
    title: 'التقرير',
    commentsLabel: 'التعليقات على التقرير: {{count}} مفتوحة',
    comments: 'التعليقات ({{count}})',
    amendmentsLabel: 'التعديلات على التقرير: {{count}} مفتوحة',
    amendments: 'التعديلات ({{count}})',
    guidance:
      'تقرير ورشة عمل النتائج (الأداة K): نص يحيط بالاستنتاجات والتوصيات والغايات. حدّد كلمات للتعليق عليها أو لاقتراح تغيير فيها.',
    wholeLabel: 'على التقرير ككل (حدّد كلمات فيه للتعليق عليها)',
    unquoteLabel: 'التعليق على التقرير كله بدلًا من ذلك',
    name: 'التقرير',
    proposeHint: 'حدّد كلمات من التقرير أولًا.',
  },
  exportMenu: {
    export: 'تصدير',
    language: 'لغة الملف',
    preparing: '{{file}}…',
    files: {
      reportDocx: 'التقرير (Word)',
      reportPdf: 'التقرير (PDF)',
      reportMd: 'التقرير (Markdown)',
      workshopXlsx: 'جميع الأقسام (Excel)',
      actionPlanXlsx: 'خطة العمل (Excel)',
      actionPlanCsv: 'خطة العمل (CSV)',
      ganttSvg: 'مخطط غانت (SVG)',
      ganttPng: 'مخطط غانت (PNG)',
    },
  },
  importer: {
    button: 'استيراد',
    title: 'استيراد {{section}}',
    file: 'ملف CSV أو Excel (يحمل الصف الأول أسماء الأعمدة)',
    paste: 'أو الصق صفوفًا منسوخة من جدول بيانات',
    previewPasted: 'معاينة الصفوف الملصقة',
    pastedName: 'الصفوف الملصقة',
    summary: {
      zero: 'سيُستورد {{count}} صف، ويُتخطّى {{skipped}}',
      one: 'سيُستورد {{count}} صف، ويُتخطّى {{skipped}}',
      two: 'سيُستورد {{count}} صفّان، ويُتخطّى {{skipped}}',
      few: 'سيُستورد {{count}} صفوف، ويُتخطّى {{skipped}}',
      many: 'سيُستورد {{count}} صفًا، ويُتخطّى {{skipped}}',
      other: 'سيُستورد {{count}} صف، ويُتخطّى {{skipped}}',
    },
    source: '· من {{name}}؛ بحدّ أقصى {{max}} صف لكل استيراد',
    notInLists: 'غير موجود في قوائم الورشة',
    where: {
      zero: '({{field}}، الصفوف {{rows}})',
      one: '({{field}}، الصف {{rows}})',
      two: '({{field}}، الصفّان {{rows}})',
      few: '({{field}}، الصفوف {{rows}})',
      many: '({{field}}، الصفوف {{rows}})',
      other: '({{field}}، الصفوف {{rows}})',
    },
    whatToDo: 'ماذا يُفعل بـ«{{value}}»',
    skipRows: 'تخطّي هذه الصفوف',
    addToList: 'إضافته إلى القائمة',
    useEntry: 'استخدام مُدخل من القائمة',
    problemRows: {
      zero: 'في {{count}} صف مشكلات وسيُتخطّى ما لم يُصحَّح',
      one: 'في {{count}} صف مشكلات وسيُتخطّى ما لم يُصحَّح',
      two: 'في {{count}} صفّين مشكلات وسيُتخطّيان ما لم يُصحَّحا',
      few: 'في {{count}} صفوف مشكلات وستُتخطّى ما لم تُصحَّح',
      many: 'في {{count}} صفًا مشكلات وستُتخطّى ما لم تُصحَّح',
      other: 'في {{count}} صف مشكلات وستُتخطّى ما لم تُصحَّح',
    },
    row: 'الصف {{row}}',
    rowHeader: 'الصف',
    fix: 'تصحيح {{field}}، الصف {{row}}',
    column: 'العمود {{number}}',
    columnField: 'الحقل للعمود «{{column}}»',
    ignore: 'تجاهل',
    showing: 'عرض أول {{shown}} من أصل {{total}} صف.',
    submit: {
      zero: 'استيراد {{count}} صف',
      one: 'استيراد {{count}} صف',
      two: 'استيراد {{count}} صفّين',
      few: 'استيراد {{count}} صفوف',
      many: 'استيراد {{count}} صفًا',
      other: 'استيراد {{count}} صف',
    },
    imported: {
      zero: 'استُورد {{count}} صف إلى {{section}}.',
      one: 'استُورد {{count}} صف إلى {{section}}.',
      two: 'استُورد {{count}} صفّان إلى {{section}}.',
      few: 'استُوردت {{count}} صفوف إلى {{section}}.',
      many: 'استُورد {{count}} صفًا إلى {{section}}.',
      other: 'استُورد {{count}} صف إلى {{section}}.',
    },
    importedSkipped: {
      zero: 'استُورد {{count}} صف إلى {{section}}؛ وتُخطّي {{skipped}}.',
      one: 'استُورد {{count}} صف إلى {{section}}؛ وتُخطّي {{skipped}}.',
      two: 'استُورد {{count}} صفّان إلى {{section}}؛ وتُخطّي {{skipped}}.',
      few: 'استُوردت {{count}} صفوف إلى {{section}}؛ وتُخطّي {{skipped}}.',
      many: 'استُورد {{count}} صفًا إلى {{section}}؛ وتُخطّي {{skipped}}.',
      other: 'استُورد {{count}} صف إلى {{section}}؛ وتُخطّي {{skipped}}.',
    },
    problems: {
      invalid_value: '{{field}}: «{{value}}» ليست من القيم {{allowed}}',
      invalid_value_plain: '{{field}}: «{{value}}» ليست قيمة يقبلها هذا الحقل',
      invalid_date: '{{field}}: «{{value}}» ليس تاريخًا (YYYY-MM-DD)',
      invalid_year: '{{field}}: «{{value}}» ليس سنة',
      unknown_link: '{{field}}: لا يوجد بند في هذه الورشة يحمل التسمية «{{value}}»',
      unknown_choice: '{{field}}: «{{value}}» غير موجود في قائمة الورشة: أضفه، أو اربطه بمُدخل موجود',
      empty_row: 'لا شيء للاستيراد: الأعمدة المربوطة فارغة',
    },
  },
  audit: {
    title: 'سجل التدقيق',
    close: 'إغلاق سجل التدقيق',
    intact: {
      zero: '✓ السلسلة سليمة، {{count}} إدخال، الرأس',
      one: '✓ السلسلة سليمة، {{count}} إدخال، الرأس',
      two: '✓ السلسلة سليمة، {{count}} إدخالان، الرأس',
      few: '✓ السلسلة سليمة، {{count}} إدخالات، الرأس',
      many: '✓ السلسلة سليمة، {{count}} إدخالًا، الرأس',
      other: '✓ السلسلة سليمة، {{count}} إدخال، الرأس',
    },
    broken: '✕ السلسلة منقطعة عند الإدخال {{seq}}: {{reason}}',
    reasons: {
      seq: 'الإدخال {{seq}} مفقود أو في غير موضعه',
      link: 'الإدخال {{seq}} لا يلي الإدخال الذي قبله',
      hash: 'الإدخال {{seq}} غُيّر بعد كتابته',
    },
    empty: 'لم يُسجَّل شيء بعد.',
    entry: '{{name}} ({{role}}) {{action}}',
    actions: {
      invite: {
        created: 'أنشأ دعوة',
        revoked: 'ألغى دعوة',
      },
      'join-code': {
        created: 'أنشأ رمز انضمام',
        revoked: 'ألغى رمز انضمام',
      },
      version: {
        saved: 'حفظ نسخة',
        restored: 'استعاد نسخة',
      },
      endorsement: {
        requested: 'فتح نسخة للمصادقة',
        given: 'صادق على نسخة',
        declined: 'رفض نسخة',
      },
      vote: {
        opened: 'فتح تصويتًا',
        closed: 'أغلق تصويتًا',
      },
      decision: {
        recorded: 'سجّل قرارًا',
      },
      import: {
        applied: 'استورد صفوفًا',
      },
      workshop: {
        archived: 'أرشف الورشة',
        unarchived: 'أخرج الورشة من الأرشيف',
        exported: 'نزّل أرشيف الورشة',
        imported: 'استورد الورشة من أرشيف',
      },
      export: {
        version: 'صدّر نسخة',
      },
      amendment: {
        proposed: 'اقترح تعديلًا',
        accepted: 'قبل تعديلًا',
        rejected: 'رفض تعديلًا',
      },
    },
    roles: {
      facilitator: 'الميسّر',
      participant: 'مشارك',
      stakeholder: 'صاحب مصلحة',
      viewer: 'مشاهد',
    },
    kinds: {
      named: 'مسمّاة',
      auto: 'تلقائية',
      formal: 'رسمي',
      informal: 'غير رسمي',
      role: 'رابط دور',
      personal: 'دعوة شخصية',
    },
  },
  errors: {
    unknown: 'حدث خطأ ما.',
    network: 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال وحاول مرة أخرى.',
    status: 'رُفض الطلب ({{status}}).',
    server: 'تعذّر على الخادم الرد ({{status}}). حاول مرة أخرى بعد قليل.',
    withDetail: '{{message}} ({{detail}})',
    codes: {
      invalid_json: 'تعذّرت قراءة الطلب.',
      invalid_request: 'شيء ما في الطلب غير صالح.',
      unauthorized: 'رابط الدعوة هذا غير صالح لهذه الورشة.',
      forbidden: 'هذا غير مسموح به.',
      not_found: 'تعذّر العثور على هذا: ربما حُذف.',
      conflict: 'لا يمكن تنفيذ ذلك في الوضع الحالي.',
      outdated: 'تغيّر النص في هذه الأثناء.',
      archived: 'هذه الورشة مؤرشفة: يمكن قراءتها ولكن لا يمكن تغييرها.',
      payload_too_large: 'هذا كبير جدًا.',
      unsupported_media_type: 'لا يمكن قراءة هذا النوع من الملفات.',
      unavailable: 'الخادم مشغول أو غير متاح. حاول مرة أخرى بعد قليل.',
      too_many_requests: 'محاولات كثيرة جدًا. انتظر لحظة ثم حاول مرة أخرى.',
      internal: 'واجه الخادم مشكلة. حاول مرة أخرى؛ وإذا تكرّر ذلك فأبلغ الميسّر.',
      invalid_archive: 'أرشيف الورشة هذا تالف أو غير مكتمل.',
    },
  },

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
