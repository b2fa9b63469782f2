import type { Messages } from '../messages.js';

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

  template: {
    themes: {
      legalFramework: 'چارچوب حقوقی',
      institutions: 'نهادها و هماهنگی',
      procedures: 'طرزالعمل‌های ثبت',
      costsAccess: 'هزینه‌ها و دسترسی',
      awareness: 'آگاهی',
      coverageStatistics: 'احصائیه‌های پوشش',
    },
    populations: {
      refugees: 'پناهندگان',
      asylumSeekers: 'پناهجویان',
      stateless: 'اشخاص بی‌تابعیت',
      undeterminedNationality: 'اشخاص با تابعیت نامعلوم',
      undocumentedMigrants: 'مهاجران بدون اسناد',
      all: 'همه جمعیت‌های مورد نظر',
    },
    agenda: {
      opening: 'افتتاح، اهداف و اجندا',
      presentFindings: 'ارائه مسوده یافته‌ها',
      validateFindings: 'گروه‌های کاری: تأیید یا اصلاح یافته‌ها به تفکیک موضوع',
      groupReports: 'گزارشگران گروه‌ها ارائه می‌کنند؛ گزارشگر عمومی جمع‌بندی می‌کند',
      draftRecommendations: 'گروه‌های کاری: تهیه مسوده پیشنهادها بر اساس یافته‌ها',
      prioritise: 'اولویت‌بندی پیشنهادها (رأی‌گیری)',
      closing: 'اهداف، گام‌های بعدی به سوی پلان عمل، اختتام',
    },
    reportTitle: 'گزارش ورکشاپ نتایج',
    outline: {
      background: {
        heading: 'پیشینه و اهداف',
        guidance:
          'چرا ارزیابی انجام شد، چه کسی آن را رهبری کرد و این ورکشاپ قرار بود در باره چه تصمیم بگیرد.',
      },
      methodology: {
        heading: 'روش‌شناسی',
        guidance:
          'بررسی اسناد، احصائیه‌های پوشش (ابزار G)، پرسشنامه (ابزار H)، بازدیدهای ساحوی و گروه‌های متمرکز (ابزار I).',
      },
      participants: {
        heading: 'اشتراک‌کنندگان',
        guidance: 'وزارت‌ها، ادارات ملل متحد و سازمان‌های جامعه مدنی حاضر؛ گروه‌های کاری.',
      },
      findings: {
        heading: 'یافته‌های تأییدشده',
        guidance:
          'یافته‌ها را به تفکیک موضوع و گروه جمعیتی خلاصه کنید و اصلاحیه‌ها و نظرهای مخالف را یادداشت کنید.',
      },
      recommendations: {
        heading: 'پیشنهادها و اولویت‌ها',
        guidance: 'پیشنهادها، یافته‌هایی که هر کدام به آن پاسخ می‌دهد، استدلال و اولویت توافق‌شده.',
      },
      targets: {
        heading: 'اهداف پیشنهادی',
        guidance: 'اهداف پیشرفت (ابزار M)، با اشاره به SDG 16.9 و چارچوب اقدام منطقه‌ای ESCAP.',
      },
      nextSteps: {
        heading: 'گام‌های بعدی',
        guidance: 'ارائه به تصمیم‌گیرنده یا تصمیم‌گیرندگان و تهیه پلان عمل (ابزار N).',
      },
    },
  },
  export: {
    report: 'گزارش',
    decision: 'تصمیم',
    date: 'تاریخ',
    page: 'صفحه {{page}} از {{pages}}',
    noItems: '{{items}}: هیچ موردی ثبت نشده است.',
    deletedLinks: { one: '({{count}} حذف‌شده)', other: '({{count}} حذف‌شده)' },
    nameWithRole: '{{name}} ({{role}})',
    separator: '، ',
    either: '{{a}} یا {{b}}',
    withReason: '{{text}}: {{reason}}',
    roles: {
      facilitator: 'تسهیل‌کننده',
      participant: 'اشتراک‌کننده',
      stakeholder: 'جانب ذی‌نفع',
      viewer: 'بیننده',
    },
    cover: {
      subtitle: 'گزارش ورکشاپ نتایج',
      country: 'کشور',
      dates: 'تاریخ‌ها',
      dateRange: '{{from}} تا {{to}}',
      version: 'نسخه',
      versionName: '{{number}} · {{name}}',
      liveDraft: 'مسوده زنده تا {{moment}} UTC',
      notSaved: '{{edition}} (نسخه ذخیره‌شده نیست)',
      saved: 'ذخیره‌شده',
      contentHash: 'هش محتوا (SHA-256)',
      auditHead: 'آخرین درج دفتر بررسی',
      auditHeadValue: '{{hash}} (درج {{entry}})',
      runningHead: '{{title}} · {{edition}}',
    },
    endorsements: {
      heading: 'تأییدها',
      name: 'نام',
      organisation: 'سازمان',
      identity: 'هویت',
      comment: 'نظر',
      byInvite: 'تأییدشده با دعوت‌نامه شخصی',
      selfDeclared: 'خوداظهاری',
      endorsed: 'تأیید شد',
      declined: 'رد شد',
      none: 'برای این نسخه هیچ تأییدی ثبت نشده است.',
      liveDraft: 'مسوده زنده قابل تأیید نیست: تأییدها به نسخه‌های ذخیره‌شده تعلق دارند.',
    },
    decisions: {
      line: '{{kind}}، {{date}}، {{decisionMaker}} ({{office}})',
      decisionMaker: 'تصمیم‌گیرنده',
      office: 'اداره',
      kind: 'نوع',
      recordedBy: 'ثبت‌کننده',
      recordedByValue: '{{person}}، {{date}}',
      noRecommendations: '{{items}}: در این نسخه هیچ موردی نیست.',
      kinds: { formal: 'رسمی', informal: 'غیررسمی' },
      outcomes: { adopted: 'پذیرفته شد', deferred: 'به تعویق افتاد', rejected: 'رد شد' },
    },
    findings: {
      noTheme: 'موضوعی ذکر نشده',
      noPopulation: 'گروه جمعیتی ذکر نشده',
    },
    actionPlan: {
      none: 'هیچ ردیف پلان عمل ثبت نشده است.',
      workbookTitle: '{{title}}: پلان عمل',
    },
    gantt: {
      heading: 'چارت گانت',
      title: 'چارت گانت پلان عمل',
      description: 'فعالیت‌ها به تفکیک هدف، میله‌ها از تاریخ آغاز تا ختم، رنگ‌آمیزی‌شده بر اساس اداره مسئول',
      markdownNote: 'چارت گانت در گزارش‌های DOCX و PDF و دانلودهای چارت گانت موجود است.',
      rows: 'هدف / فعالیت',
      noObjective: 'هدفی ذکر نشده',
      noActivity: '(فعالیتی ذکر نشده)',
      noAgency: 'بدون اداره مسئول',
      noDates: 'بدون تاریخ',
      noRows: 'هنوز هیچ ردیف پلان عمل وجود ندارد.',
      endBeforeStart: 'تاریخ ختم پیش از تاریخ آغاز است',
      datesOutside: 'تاریخ‌ها بیرون از چارت ({{years}})',
      outside: 'بیرون از چارت: {{dates}}',
      today: 'امروز {{date}}',
    },
    participants: {
      heading: 'ضمیمه: اشتراک‌کنندگان حاضر',
      introVersion:
        'همه کسانی که تا زمان ذخیره این نسخه به فضای کاری زنده پیوسته بودند (با نامی که داده‌اند).',
      introLive: 'همه کسانی که به فضای کاری زنده پیوسته‌اند، با نامی که داده‌اند.',
      invitedAs: 'دعوت‌شده به عنوان',
      firstSeen: 'نخستین حضور (UTC)',
      none: 'حضور هیچ کسی ثبت نشده است.',
    },
    contributors: {
      heading: 'ضمیمه: همکاران',
      introVersion:
        'همه کسانی که تا زمان ذخیره این نسخه در هر بخش چیزی ایجاد یا ویرایش کرده‌اند، به ترتیب نخستین تغییرشان.',
      introLive: 'همه کسانی که در هر بخش چیزی ایجاد یا ویرایش کرده‌اند، به ترتیب نخستین تغییرشان.',
      section: 'بخش',
      contributors: 'همکاران',
      none: 'هیچ تغییری ثبت نشده است.',
    },
    amendments: {
      heading: 'ضمیمه: اصلاحیه‌های بررسی‌شده',
      introVersion:
        'هر تغییر پیشنهادی در متن که تا زمان ذخیره این نسخه پذیرفته یا رد شده بود: چه کسی و چرا پیشنهاد کرد، کدام کلمات تغییر کرد و تصمیم.',
      introLive:
        'هر تغییر پیشنهادی در متن که پذیرفته یا رد شده است: چه کسی و چرا پیشنهاد کرد، کدام کلمات تغییر کرد و تصمیم.',
      amended: 'اصلاح‌شده',
      proposedBy: 'پیشنهادکننده، و دلیل',
      wordingColumn: 'متن (پیش ← پس)',
      target: '{{section}} {{item}}: {{field}}',
      proposed: '{{person}}، {{date}}: {{reason}}',
      wording: '«{{before}}» ← «{{after}}»',
      acceptedBy: 'پذیرفته‌شده توسط {{person}}، {{date}}',
      rejectedBy: 'ردشده توسط {{person}}، {{date}}',
      none: 'هیچ اصلاحیه‌ای پذیرفته یا رد نشده است.',
    },
    traceability: {
      heading: 'ضمیمه: ردیابی',
      intro:
        'هر یافته، پیشنهادهایی که به آن پاسخ می‌دهند، ردیف‌های پلان عمل که آن‌ها را اجرا می‌کنند و اهدافی که آن‌ها را می‌سنجند (ابزارهای K، M و N بسته ابزار).',
      sheet: 'ردیابی',
    },
    gaps: {
      heading: 'کمبودها',
      gap: 'کمبود',
      missing: 'چه کم است',
      none: 'هیچ کمبودی نیست: هر یافته‌ای که ورکشاپ از آن حمایت می‌کند تا اهداف دنبال شده است.',
      findingUnanswered: 'یافته‌های تأییدشده یا اصلاح‌شده که هیچ پیشنهادی به آن‌ها پاسخ نمی‌دهد',
      recommendationWithoutAction: 'پیشنهادهای بدون ردیف در پلان عمل',
      actionWithoutTarget: 'ردیف‌های پلان عمل که به هیچ هدفی وصل نیستند',
      actionIncomplete: 'ردیف‌های پلان عمل بدون اداره مسئول، تاریخ‌ها، هزینه یا شاخص',
      targetIncomplete: 'اهداف بدون مقدار مبنا، یا بدون مقدار یا سال هدف',
      danglingLink: 'پیوندها به مواردی که حذف شده‌اند',
      findingUnansweredMessage: '{{label}} در وضعیت «{{status}}» است اما هیچ پیشنهادی به آن پاسخ نمی‌دهد',
      recommendationWithoutActionMessage: '{{label}} ردیفی در پلان عمل ندارد',
      actionWithoutTargetMessage: '{{label}} به هیچ هدفی وصل نیست',
      incompleteMessage: '{{label}} این‌ها را ندارد: {{missing}}',
      danglingLinkMessage: {
        one: '{{label}} به یک {{noun}} حذف‌شده پیوند دارد ({{field}})',
        other: '{{label}} به {{count}} {{noun}} حذف‌شده پیوند دارد ({{field}})',
      },
    },
  },

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: {
    sections: {
      themes: { title: 'موضوعات', noun: 'موضوع' },
      populations: { title: 'جمعیت‌های مورد نظر', noun: 'جمعیت' },
      agenda: { title: 'اجندا', noun: 'جلسه' },
      findings: { title: 'یافته‌ها', noun: 'یافته' },
      recommendations: { title: 'پیشنهادها', noun: 'پیشنهاد' },
      targets: { title: 'اهداف', noun: 'هدف' },
      actionPlan: { title: 'پلان عمل', noun: 'ردیف' },
    },
    fields: {
      themes: { label: 'نام' },
      populations: { label: 'نام' },
      agenda: {
        start: 'آغاز',
        durationMinutes: 'دقیقه',
        title: 'جلسه',
        kind: 'شکل',
        facilitator: 'تسهیل‌کننده',
      },
      findings: {
        theme: 'موضوع',
        population: 'گروه جمعیتی',
        evidence: 'شواهد',
        source: 'منبع',
        status: 'وضعیت تأیید',
        dissent: 'نظر مخالف',
      },
      recommendations: {
        text: 'پیشنهاد',
        findingIds: 'پاسخ به یافته‌ها',
        agency: 'اداره مسئول',
        reasoning: 'استدلال',
        status: 'وضعیت',
        priority: 'اولویت',
      },
      targets: {
        indicator: 'شاخص',
        disaggregation: 'تفکیک',
        baselineValue: 'مقدار مبنا',
        baselineYear: 'سال مبنا',
        targetValue: 'مقدار هدف',
        targetYear: 'سال هدف',
        dataSource: 'منبع معلومات',
        framework: 'چارچوب',
        progress: 'پیشرفت',
      },
      actionPlan: {
        objective: 'هدف',
        activity: 'فعالیت',
        leadAgency: 'اداره مسئول',
        partners: 'شرکا',
        start: 'آغاز',
        end: 'ختم',
        cost: 'هزینه',
        fundingSource: 'منبع تمویل',
        indicator: 'شاخص',
        verification: 'وسیله تصدیق',
        recommendationIds: 'پیشنهادها',
        targetIds: 'اهداف',
        risks: 'خطرها و فرضیه‌ها',
      },
    },
    columns: { Validation: 'تأیید', Baseline: 'مبنا', Target: 'هدف' },
    values: {
      findingStatus: { draft: 'مسوده', validated: 'تأییدشده', amended: 'اصلاح‌شده', rejected: 'ردشده' },
      recommendationStatus: {
        draft: 'مسوده',
        agreed: 'توافق‌شده',
        amended: 'اصلاح‌شده',
        withdrawn: 'پس‌گرفته‌شده',
      },
      progressStatus: {
        achieved: 'دست‌یافته',
        progress: 'پیشرفت',
        'stagnation-regression': 'رکود / پسرفت',
        'no-data': 'بدون معلومات',
      },
      sessionKind: { plenary: 'جلسه عمومی', group: 'گروه‌ها' },
    },
  },
};

export default catalogue;
