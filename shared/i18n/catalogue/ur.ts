import type { Messages } from '../messages.js';

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

  template: {
    themes: {
      legalFramework: 'قانونی ڈھانچہ',
      institutions: 'ادارے اور رابطہ کاری',
      procedures: 'اندراج کے طریقۂ کار',
      costsAccess: 'اخراجات اور رسائی',
      awareness: 'آگاہی',
      coverageStatistics: 'کوریج کے اعداد و شمار',
    },
    populations: {
      refugees: 'پناہ گزین',
      asylumSeekers: 'پناہ کے متلاشی',
      stateless: 'بے وطن افراد',
      undeterminedNationality: 'غیر متعین قومیت کے حامل افراد',
      undocumentedMigrants: 'بغیر دستاویزات کے تارکین وطن',
      all: 'تمام متعلقہ آبادیاں',
    },
    agenda: {
      opening: 'افتتاح، مقاصد اور ایجنڈا',
      presentFindings: 'نتائج کے مسودے کی پیشکش',
      validateFindings: 'ذیلی گروپ: موضوع کے لحاظ سے نتائج کی توثیق یا ترمیم',
      groupReports: 'گروپوں کے رپورٹر پیش کرتے ہیں؛ ریپورٹیئر یکجا کرتا ہے',
      draftRecommendations: 'ذیلی گروپ: نتائج کی بنیاد پر سفارشات کا مسودہ',
      prioritise: 'سفارشات کی ترجیح کا تعین (ووٹنگ)',
      closing: 'اہداف، لائحۂ عمل کی جانب اگلے اقدامات، اختتام',
    },
    reportTitle: 'نتائج ورکشاپ کی رپورٹ',
    outline: {
      background: {
        heading: 'پس منظر اور مقاصد',
        guidance: 'جائزہ کیوں لیا گیا، اس کی قیادت کس نے کی، اور اس ورکشاپ کو کیا فیصلہ کرنا تھا۔',
      },
      methodology: {
        heading: 'طریقۂ کار',
        guidance:
          'دستاویزی جائزہ، کوریج کے اعداد و شمار (ٹول G)، سوالنامہ (ٹول H)، فیلڈ دورے اور فوکس گروپ (ٹول I)۔',
      },
      participants: {
        heading: 'شرکاء',
        guidance: 'موجود وزارتیں، اقوام متحدہ کے ادارے اور سول سوسائٹی کی تنظیمیں؛ ذیلی گروپ۔',
      },
      findings: {
        heading: 'توثیق شدہ نتائج',
        guidance:
          'موضوع اور آبادی کے گروپ کے لحاظ سے نتائج کا خلاصہ، ترامیم اور اختلافی آراء کے ذکر کے ساتھ۔',
      },
      recommendations: {
        heading: 'سفارشات اور ترجیحات',
        guidance: 'سفارشات، ہر ایک جن نتائج کا جواب دیتی ہے، دلائل اور طے شدہ ترجیح۔',
      },
      targets: {
        heading: 'مجوزہ اہداف',
        guidance: 'پیش رفت کے اہداف (ٹول M)، SDG 16.9 اور ESCAP کے علاقائی لائحۂ عمل کے حوالے سے۔',
      },
      nextSteps: {
        heading: 'اگلے اقدامات',
        guidance: 'فیصلہ سازوں کے سامنے پیشکش اور لائحۂ عمل کی تیاری (ٹول N)۔',
      },
    },
  },
  export: {
    report: 'رپورٹ',
    decision: 'فیصلہ',
    date: 'تاریخ',
    page: 'صفحہ {{page}} از {{pages}}',
    noItems: '{{items}}: کچھ درج نہیں۔',
    deletedLinks: { one: '({{count}} حذف شدہ)', other: '({{count}} حذف شدہ)' },
    nameWithRole: '{{name}} ({{role}})',
    separator: '، ',
    either: '{{a}} یا {{b}}',
    withReason: '{{text}}: {{reason}}',
    roles: {
      facilitator: 'سہولت کار',
      participant: 'شریک',
      stakeholder: 'فریق',
      viewer: 'ناظر',
    },
    cover: {
      subtitle: 'نتائج ورکشاپ کی رپورٹ',
      country: 'ملک',
      dates: 'تاریخیں',
      dateRange: '{{from}} تا {{to}}',
      version: 'ورژن',
      versionName: '{{number}} · {{name}}',
      liveDraft: 'براہ راست مسودہ بمطابق {{moment}} UTC',
      notSaved: '{{edition}} (محفوظ شدہ ورژن نہیں)',
      saved: 'محفوظ کیا گیا',
      contentHash: 'مواد کا ہیش (SHA-256)',
      auditHead: 'آڈٹ لاگ کا تازہ ترین اندراج',
      auditHeadValue: '{{hash}} (اندراج {{entry}})',
      runningHead: '{{title}} · {{edition}}',
    },
    endorsements: {
      heading: 'توثیقات',
      name: 'نام',
      organisation: 'ادارہ',
      identity: 'شناخت',
      comment: 'تبصرہ',
      byInvite: 'ذاتی دعوت نامے سے تصدیق شدہ',
      selfDeclared: 'خود اعلان کردہ',
      endorsed: 'توثیق کی',
      declined: 'انکار کیا',
      none: 'اس ورژن کے لیے کوئی توثیق درج نہیں۔',
      liveDraft: 'براہ راست مسودے کی توثیق نہیں ہو سکتی: توثیق صرف محفوظ شدہ ورژنز کی ہوتی ہے۔',
    },
    decisions: {
      line: '{{kind}}، {{date}}، {{decisionMaker}} ({{office}})',
      decisionMaker: 'فیصلہ ساز',
      office: 'دفتر',
      kind: 'قسم',
      recordedBy: 'درج کنندہ',
      recordedByValue: '{{person}}، {{date}}',
      noRecommendations: '{{items}}: اس ورژن میں کچھ نہیں۔',
      kinds: { formal: 'باضابطہ', informal: 'غیر رسمی' },
      outcomes: { adopted: 'منظور', deferred: 'مؤخر', rejected: 'مسترد' },
    },
    findings: {
      noTheme: 'کوئی موضوع درج نہیں',
      noPopulation: 'آبادی کا کوئی گروپ درج نہیں',
    },
    actionPlan: {
      none: 'لائحۂ عمل کی کوئی قطار درج نہیں۔',
      workbookTitle: '{{title}}: لائحۂ عمل',
    },
    gantt: {
      heading: 'گینٹ چارٹ',
      title: 'لائحۂ عمل کا گینٹ چارٹ',
      description: 'مقصد کے لحاظ سے سرگرمیاں، آغاز سے اختتام کی تاریخ تک پٹیاں، مرکزی ادارے کے لحاظ سے رنگین',
      markdownNote: 'گینٹ چارٹ DOCX اور PDF رپورٹوں اور گینٹ چارٹ کی ڈاؤن لوڈز میں موجود ہے۔',
      rows: 'مقصد / سرگرمی',
      noObjective: 'کوئی مقصد درج نہیں',
      noActivity: '(کوئی سرگرمی درج نہیں)',
      noAgency: 'کوئی مرکزی ادارہ نہیں',
      noDates: 'کوئی تاریخ نہیں',
      noRows: 'لائحۂ عمل کی ابھی کوئی قطار نہیں۔',
      endBeforeStart: 'اختتامی تاریخ آغاز کی تاریخ سے پہلے ہے',
      datesOutside: 'تاریخیں چارٹ سے باہر ہیں ({{years}})',
      outside: 'چارٹ سے باہر: {{dates}}',
      today: 'آج {{date}}',
    },
    participants: {
      heading: 'ضمیمہ: موجود شرکاء',
      introVersion:
        'ہر وہ شخص جو اس ورژن کے محفوظ ہونے تک براہ راست ورک اسپیس میں شامل ہوا (اپنے بتائے ہوئے نام سے)۔',
      introLive: 'ہر وہ شخص جو براہ راست ورک اسپیس میں شامل ہوا ہے، اپنے بتائے ہوئے نام سے۔',
      invitedAs: 'بطور مدعو',
      firstSeen: 'پہلی بار موجودگی (UTC)',
      none: 'کسی کی موجودگی درج نہیں ہوئی۔',
    },
    contributors: {
      heading: 'ضمیمہ: معاونین',
      introVersion:
        'ہر وہ شخص جس نے اس ورژن کے محفوظ ہونے تک ہر حصے میں کچھ بنایا یا ترمیم کی، اپنی پہلی تبدیلی کی ترتیب سے۔',
      introLive: 'ہر وہ شخص جس نے ہر حصے میں کچھ بنایا یا ترمیم کی ہے، اپنی پہلی تبدیلی کی ترتیب سے۔',
      section: 'حصہ',
      contributors: 'معاونین',
      none: 'کوئی تبدیلی درج نہیں ہوئی۔',
    },
    amendments: {
      heading: 'ضمیمہ: زیر غور ترامیم',
      introVersion:
        'الفاظ میں ہر مجوزہ تبدیلی جو اس ورژن کے محفوظ ہونے تک قبول یا مسترد ہوئی: کس نے تجویز کی اور کیوں، کون سے الفاظ بدلے، اور فیصلہ۔',
      introLive:
        'الفاظ میں ہر مجوزہ تبدیلی جو قبول یا مسترد ہوئی ہے: کس نے تجویز کی اور کیوں، کون سے الفاظ بدلے، اور فیصلہ۔',
      amended: 'ترمیم شدہ',
      proposedBy: 'تجویز کنندہ، اور وجہ',
      wordingColumn: 'الفاظ (پہلے ← بعد)',
      target: '{{section}} {{item}}: {{field}}',
      proposed: '{{person}}، {{date}}: {{reason}}',
      wording: '“{{before}}” ← “{{after}}”',
      acceptedBy: '{{person}} نے قبول کی، {{date}}',
      rejectedBy: '{{person}} نے مسترد کی، {{date}}',
      none: 'کوئی ترمیم قبول یا مسترد نہیں ہوئی۔',
    },
    traceability: {
      heading: 'ضمیمہ: سراغ رسانی',
      intro:
        'ہر نتیجہ، اس کا جواب دینے والی سفارشات، ان پر عمل کرنے والی لائحۂ عمل کی قطاریں اور انہیں ناپنے والے اہداف (ٹول کٹ کے ٹولز K، M اور N)۔',
      sheet: 'سراغ رسانی',
    },
    gaps: {
      heading: 'خلا',
      gap: 'خلا',
      missing: 'کیا کمی ہے',
      none: 'کوئی خلا نہیں: ورکشاپ کا تائید کردہ ہر نتیجہ اہداف تک پہنچایا گیا ہے۔',
      findingUnanswered: 'توثیق شدہ یا ترمیم شدہ نتائج جن کا کوئی سفارش جواب نہیں دیتی',
      recommendationWithoutAction: 'وہ سفارشات جن کی لائحۂ عمل میں کوئی قطار نہیں',
      actionWithoutTarget: 'لائحۂ عمل کی وہ قطاریں جو کسی ہدف سے منسلک نہیں',
      actionIncomplete: 'لائحۂ عمل کی وہ قطاریں جن میں مرکزی ادارہ، تاریخیں، لاگت یا اشاریہ نہیں',
      targetIncomplete: 'وہ اہداف جن میں بنیادی قدر، یا ہدف کی قدر یا سال نہیں',
      danglingLink: 'حذف شدہ اشیاء کے روابط',
      findingUnansweredMessage: '{{label}} کی حیثیت «{{status}}» ہے لیکن کوئی سفارش اس کا جواب نہیں دیتی',
      recommendationWithoutActionMessage: '{{label}} کی لائحۂ عمل میں کوئی قطار نہیں',
      actionWithoutTargetMessage: '{{label}} کسی ہدف سے منسلک نہیں',
      incompleteMessage: '{{label}} میں یہ نہیں: {{missing}}',
      danglingLinkMessage: {
        one: '{{label}} ایک حذف شدہ {{noun}} سے منسلک ہے ({{field}})',
        other: '{{label}} {{count}} حذف شدہ {{noun}} سے منسلک ہے ({{field}})',
      },
    },
  },

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: {
    sections: {
      themes: { title: 'موضوعات', noun: 'موضوع' },
      populations: { title: 'متعلقہ آبادیاں', noun: 'آبادی' },
      agenda: { title: 'ایجنڈا', noun: 'نشست' },
      findings: { title: 'نتائج', noun: 'نتیجہ' },
      recommendations: { title: 'سفارشات', noun: 'سفارش' },
      targets: { title: 'اہداف', noun: 'ہدف' },
      actionPlan: { title: 'لائحۂ عمل', noun: 'قطار' },
    },
    fields: {
      themes: { label: 'نام' },
      populations: { label: 'نام' },
      agenda: {
        start: 'آغاز',
        durationMinutes: 'منٹ',
        title: 'نشست',
        kind: 'صورت',
        facilitator: 'سہولت کار',
      },
      findings: {
        theme: 'موضوع',
        population: 'آبادی کا گروپ',
        evidence: 'شواہد',
        source: 'ماخذ',
        status: 'توثیق کی حیثیت',
        dissent: 'اختلافی رائے',
      },
      recommendations: {
        text: 'سفارش',
        findingIds: 'جن نتائج کا جواب ہے',
        agency: 'ذمہ دار ادارہ',
        reasoning: 'دلیل',
        status: 'حیثیت',
        priority: 'ترجیح',
      },
      targets: {
        indicator: 'اشاریہ',
        disaggregation: 'تفصیلی تقسیم',
        baselineValue: 'بنیادی قدر',
        baselineYear: 'بنیادی سال',
        targetValue: 'ہدف کی قدر',
        targetYear: 'ہدف کا سال',
        dataSource: 'ڈیٹا کا ماخذ',
        framework: 'فریم ورک',
        progress: 'پیش رفت',
      },
      actionPlan: {
        objective: 'مقصد',
        activity: 'سرگرمی',
        leadAgency: 'مرکزی ادارہ',
        partners: 'شراکت دار',
        start: 'آغاز',
        end: 'اختتام',
        cost: 'لاگت',
        fundingSource: 'مالی وسائل کا ماخذ',
        indicator: 'اشاریہ',
        verification: 'تصدیق کا ذریعہ',
        recommendationIds: 'سفارشات',
        targetIds: 'اہداف',
        risks: 'خطرات اور مفروضے',
      },
    },
    columns: { Validation: 'توثیق', Baseline: 'بنیاد', Target: 'ہدف' },
    values: {
      findingStatus: { draft: 'مسودہ', validated: 'توثیق شدہ', amended: 'ترمیم شدہ', rejected: 'مسترد' },
      recommendationStatus: {
        draft: 'مسودہ',
        agreed: 'متفقہ',
        amended: 'ترمیم شدہ',
        withdrawn: 'واپس لی گئی',
      },
      progressStatus: {
        achieved: 'حاصل',
        progress: 'پیش رفت',
        'stagnation-regression': 'جمود / تنزلی',
        'no-data': 'کوئی ڈیٹا نہیں',
      },
      sessionKind: { plenary: 'مکمل اجلاس', group: 'گروپ' },
    },
  },
};

export default catalogue;
