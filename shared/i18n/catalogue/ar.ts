import type { Messages } from '../messages.js';

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

  versions: {},
  report: {},
  exportMenu: {},
  importer: {},
  audit: {},
  errors: {},

  // ────────────────────────────────────────────────────────────────
  // E: registry words, template, exported documents
  // ────────────────────────────────────────────────────────────────

  template: {
    themes: {
      legalFramework: 'الإطار القانوني',
      institutions: 'المؤسسات والتنسيق',
      procedures: 'إجراءات التسجيل',
      costsAccess: 'التكاليف وإمكانية الوصول',
      awareness: 'التوعية',
      coverageStatistics: 'إحصاءات التغطية',
    },
    populations: {
      refugees: 'اللاجئون',
      asylumSeekers: 'طالبو اللجوء',
      stateless: 'الأشخاص عديمو الجنسية',
      undeterminedNationality: 'الأشخاص غير محددي الجنسية',
      undocumentedMigrants: 'المهاجرون غير الموثقين',
      all: 'جميع الفئات السكانية المعنية',
    },
    agenda: {
      opening: 'الافتتاح والأهداف وجدول الأعمال',
      presentFindings: 'عرض مسودة الاستنتاجات',
      validateFindings: 'مجموعات العمل: التحقق من الاستنتاجات أو تعديلها حسب المحور',
      groupReports: 'مقررو المجموعات يعرضون النتائج؛ والمقرر العام يوحّدها',
      draftRecommendations: 'مجموعات العمل: صياغة التوصيات بناءً على الاستنتاجات',
      prioritise: 'ترتيب أولويات التوصيات (التصويت)',
      closing: 'الغايات والخطوات التالية نحو خطة العمل، والاختتام',
    },
    reportTitle: 'تقرير ورشة عمل النتائج',
    outline: {
      background: {
        heading: 'الخلفية والأهداف',
        guidance: 'سبب إجراء التقييم، ومن قاده، وما الذي سعت هذه الورشة إلى البت فيه.',
      },
      methodology: {
        heading: 'المنهجية',
        guidance:
          'المراجعة المكتبية، وإحصاءات التغطية (الأداة G)، والاستبيان (الأداة H)، والزيارات الميدانية ومجموعات النقاش المركزة (الأداة I).',
      },
      participants: {
        heading: 'المشاركون',
        guidance: 'الوزارات ووكالات الأمم المتحدة ومنظمات المجتمع المدني الحاضرة؛ ومجموعات العمل.',
      },
      findings: {
        heading: 'الاستنتاجات المعتمدة',
        guidance: 'لخّص الاستنتاجات حسب المحور والفئة السكانية، مع الإشارة إلى التعديلات والآراء المخالفة.',
      },
      recommendations: {
        heading: 'التوصيات والأولويات',
        guidance: 'التوصيات، والاستنتاجات التي تستجيب لها كل منها، والمبررات، والأولوية المتفق عليها.',
      },
      targets: {
        heading: 'الغايات المقترحة',
        guidance:
          'غايات التقدم (الأداة M)، بالإشارة إلى الهدف 16.9 من أهداف التنمية المستدامة وإطار العمل الإقليمي للإسكاب.',
      },
      nextSteps: {
        heading: 'الخطوات التالية',
        guidance: 'العرض على صانع القرار أو صانعيه وصياغة خطة العمل (الأداة N).',
      },
    },
  },
  export: {
    report: 'التقرير',
    decision: 'القرار',
    date: 'التاريخ',
    page: 'الصفحة {{page}} من {{pages}}',
    noItems: '{{items}}: لم يُسجَّل شيء.',
    deletedLinks: {
      zero: '(لا شيء محذوف)',
      one: '(عنصر واحد محذوف)',
      two: '(عنصران محذوفان)',
      few: '({{count}} عناصر محذوفة)',
      many: '({{count}} عنصرًا محذوفًا)',
      other: '({{count}} عنصر محذوف)',
    },
    nameWithRole: '{{name}} ({{role}})',
    separator: '، ',
    either: '{{a}} أو {{b}}',
    withReason: '{{text}}: {{reason}}',
    roles: {
      facilitator: 'الميسّر',
      participant: 'مشارك',
      stakeholder: 'صاحب مصلحة',
      viewer: 'مشاهد',
    },
    cover: {
      subtitle: 'تقرير ورشة عمل النتائج',
      country: 'البلد',
      dates: 'التواريخ',
      dateRange: 'من {{from}} إلى {{to}}',
      version: 'النسخة',
      versionName: '{{number}} · {{name}}',
      liveDraft: 'المسودة الحية في {{moment}} بالتوقيت العالمي',
      notSaved: '{{edition}} (ليست نسخة محفوظة)',
      saved: 'تاريخ الحفظ',
      contentHash: 'بصمة المحتوى (SHA-256)',
      auditHead: 'آخر قيد في سجل التدقيق',
      auditHeadValue: '{{hash}} (القيد {{entry}})',
      runningHead: '{{title}} · {{edition}}',
    },
    endorsements: {
      heading: 'المصادقات',
      name: 'الاسم',
      organisation: 'الجهة',
      identity: 'الهوية',
      comment: 'تعليق',
      byInvite: 'مؤكدة بدعوة شخصية',
      selfDeclared: 'مُعلنة ذاتيًا',
      endorsed: 'مصادق عليها',
      declined: 'مرفوضة',
      none: 'لم تُسجَّل أي مصادقة على هذه النسخة.',
      liveDraft: 'لا يمكن المصادقة على المسودة الحية: المصادقات تخص النسخ المحفوظة.',
    },
    decisions: {
      line: '{{kind}}، {{date}}، {{decisionMaker}} ({{office}})',
      decisionMaker: 'صانع القرار',
      office: 'الجهة',
      kind: 'النوع',
      recordedBy: 'سجّله',
      recordedByValue: '{{person}}، {{date}}',
      noRecommendations: '{{items}}: لا شيء في هذه النسخة.',
      kinds: { formal: 'رسمي', informal: 'غير رسمي' },
      outcomes: { adopted: 'معتمدة', deferred: 'مؤجلة', rejected: 'مرفوضة' },
    },
    findings: {
      noTheme: 'لم يُحدَّد محور',
      noPopulation: 'لم تُحدَّد فئة سكانية',
    },
    actionPlan: {
      none: 'لم تُسجَّل أي صفوف في خطة العمل.',
      workbookTitle: '{{title}}: خطة العمل',
    },
    gantt: {
      heading: 'مخطط غانت',
      title: 'مخطط غانت لخطة العمل',
      description: 'الأنشطة حسب الهدف، وأشرطة من تاريخ البدء إلى تاريخ الانتهاء، ملونة حسب الجهة الرائدة',
      markdownNote: 'مخطط غانت موجود في تقريري DOCX وPDF وفي ملفات تنزيل مخطط غانت.',
      rows: 'الهدف / النشاط',
      noObjective: 'لم يُحدَّد هدف',
      noActivity: '(لم يُحدَّد نشاط)',
      noAgency: 'لا جهة رائدة',
      noDates: 'لا تواريخ',
      noRows: 'لا توجد صفوف في خطة العمل بعد.',
      endBeforeStart: 'تاريخ الانتهاء قبل تاريخ البدء',
      datesOutside: 'تواريخ خارج المخطط ({{years}})',
      outside: 'خارج المخطط: {{dates}}',
      today: 'اليوم {{date}}',
    },
    participants: {
      heading: 'ملحق: المشاركون الحاضرون',
      introVersion: 'كل من انضم إلى مساحة العمل الحية (بالاسم الذي قدّمه) حتى وقت حفظ هذه النسخة.',
      introLive: 'كل من انضم إلى مساحة العمل الحية، بالاسم الذي قدّمه.',
      invitedAs: 'مدعو بصفة',
      firstSeen: 'أول حضور (بالتوقيت العالمي)',
      none: 'لم يُسجَّل حضور أي شخص.',
    },
    contributors: {
      heading: 'ملحق: المساهمون',
      introVersion: 'كل من أنشأ أو حرّر شيئًا في كل قسم حتى وقت حفظ هذه النسخة، بترتيب أول تغيير أجراه.',
      introLive: 'كل من أنشأ أو حرّر شيئًا في كل قسم، بترتيب أول تغيير أجراه.',
      section: 'القسم',
      contributors: 'المساهمون',
      none: 'لم تُسجَّل أي تغييرات.',
    },
    amendments: {
      heading: 'ملحق: التعديلات التي نُظر فيها',
      introVersion:
        'كل تغيير مقترح على الصياغة قُبل أو رُفض حتى وقت حفظ هذه النسخة: من اقترحه ولماذا، والكلمات التي غيّرها، والقرار.',
      introLive: 'كل تغيير مقترح على الصياغة قُبل أو رُفض: من اقترحه ولماذا، والكلمات التي غيّرها، والقرار.',
      amended: 'موضع التعديل',
      proposedBy: 'اقترحه، ولماذا',
      wordingColumn: 'الصياغة (قبل ← بعد)',
      target: '{{section}} {{item}}: {{field}}',
      proposed: '{{person}}، {{date}}: {{reason}}',
      wording: '«{{before}}» ← «{{after}}»',
      acceptedBy: 'قبله {{person}}، {{date}}',
      rejectedBy: 'رفضه {{person}}، {{date}}',
      none: 'لم يُقبل أو يُرفض أي تعديل.',
    },
    traceability: {
      heading: 'ملحق: التتبع',
      intro:
        'كل استنتاج، والتوصيات التي تستجيب له، وصفوف خطة العمل التي تنفذها، والغايات التي تقيسها (الأدوات K وM وN من مجموعة الأدوات).',
      sheet: 'التتبع',
    },
    gaps: {
      heading: 'الثغرات',
      gap: 'الثغرة',
      missing: 'ما ينقص',
      none: 'لا ثغرات: كل استنتاج تتبناه الورشة يُتابَع حتى الغايات.',
      findingUnanswered: 'استنتاجات معتمدة أو معدّلة لا تستجيب لها أي توصية',
      recommendationWithoutAction: 'توصيات بلا صف في خطة العمل',
      actionWithoutTarget: 'صفوف في خطة العمل غير مرتبطة بأي غاية',
      actionIncomplete: 'صفوف في خطة العمل تنقصها الجهة الرائدة أو التواريخ أو التكلفة أو المؤشر',
      targetIncomplete: 'غايات تنقصها قيمة خط الأساس أو قيمة الغاية أو سنتها',
      danglingLink: 'روابط إلى عناصر محذوفة',
      findingUnansweredMessage: '{{label}} حالته «{{status}}» لكن لا تستجيب له أي توصية',
      recommendationWithoutActionMessage: '{{label}} ليس له صف في خطة العمل',
      actionWithoutTargetMessage: '{{label}} غير مرتبط بأي غاية',
      incompleteMessage: '{{label}} ينقصه: {{missing}}',
      danglingLinkMessage: {
        zero: '{{label}} لا يرتبط بأي {{noun}} محذوف ({{field}})',
        one: '{{label}} يرتبط بعنصر محذوف واحد من نوع {{noun}} ({{field}})',
        two: '{{label}} يرتبط بعنصرين محذوفين من نوع {{noun}} ({{field}})',
        few: '{{label}} يرتبط بـ{{count}} عناصر محذوفة من نوع {{noun}} ({{field}})',
        many: '{{label}} يرتبط بـ{{count}} عنصرًا محذوفًا من نوع {{noun}} ({{field}})',
        other: '{{label}} يرتبط بـ{{count}} عنصر محذوف من نوع {{noun}} ({{field}})',
      },
    },
  },

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: {
    sections: {
      themes: { title: 'المحاور', noun: 'المحور' },
      populations: { title: 'الفئات السكانية المعنية', noun: 'الفئة السكانية' },
      agenda: { title: 'جدول الأعمال', noun: 'الجلسة' },
      findings: { title: 'الاستنتاجات', noun: 'الاستنتاج' },
      recommendations: { title: 'التوصيات', noun: 'التوصية' },
      targets: { title: 'الغايات', noun: 'الغاية' },
      actionPlan: { title: 'خطة العمل', noun: 'الصف' },
    },
    fields: {
      themes: { label: 'الاسم' },
      populations: { label: 'الاسم' },
      agenda: {
        start: 'البدء',
        durationMinutes: 'الدقائق',
        title: 'الجلسة',
        kind: 'الشكل',
        facilitator: 'الميسّر',
      },
      findings: {
        theme: 'المحور',
        population: 'الفئة السكانية',
        evidence: 'الأدلة',
        source: 'المصدر',
        status: 'حالة التحقق',
        dissent: 'الآراء المخالفة',
      },
      recommendations: {
        text: 'التوصية',
        findingIds: 'تستجيب للاستنتاجات',
        agency: 'الجهة المسؤولة',
        reasoning: 'المبررات',
        status: 'الحالة',
        priority: 'الأولوية',
      },
      targets: {
        indicator: 'المؤشر',
        disaggregation: 'التصنيف',
        baselineValue: 'قيمة خط الأساس',
        baselineYear: 'سنة خط الأساس',
        targetValue: 'قيمة الغاية',
        targetYear: 'سنة الغاية',
        dataSource: 'مصدر البيانات',
        framework: 'الإطار المرجعي',
        progress: 'التقدم',
      },
      actionPlan: {
        objective: 'الهدف',
        activity: 'النشاط',
        leadAgency: 'الجهة الرائدة',
        partners: 'الشركاء',
        start: 'البدء',
        end: 'الانتهاء',
        cost: 'التكلفة',
        fundingSource: 'مصدر التمويل',
        indicator: 'المؤشر',
        verification: 'وسائل التحقق',
        recommendationIds: 'التوصيات',
        targetIds: 'الغايات',
        risks: 'المخاطر والافتراضات',
      },
    },
    columns: { Validation: 'التحقق', Baseline: 'خط الأساس', Target: 'الغاية' },
    values: {
      findingStatus: { draft: 'مسودة', validated: 'معتمد', amended: 'معدّل', rejected: 'مرفوض' },
      recommendationStatus: { draft: 'مسودة', agreed: 'متفق عليها', amended: 'معدّلة', withdrawn: 'مسحوبة' },
      progressStatus: {
        achieved: 'تحققت',
        progress: 'تقدم',
        'stagnation-regression': 'ركود / تراجع',
        'no-data': 'لا بيانات',
      },
      sessionKind: { plenary: 'جلسة عامة', group: 'مجموعات' },
    },
  },
};

export default catalogue;
