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

  versions: {
    title: 'نسخه‌ها',
    guidance:
      'نسخه‌های ثابت‌شده از کل ورکشاپ نتایج. جوانب ذی‌نفع یک نسخهٔ مشخص را تأیید می‌کنند؛ هش محتوای آن بعداً ثابت می‌سازد که متن تأییدشده همان متنی است که آن‌ها دیده‌اند. پس از آن‌که گزارش به تصمیم‌گیرنده(گان) ارائه شد، تسهیل‌کننده تصمیم آن‌ها را روی نسخهٔ ارائه‌شده ثبت می‌کند. نسخه‌ها همچنین هنگام ویرایش و وقتی همه خارج می‌شوند به‌طور خودکار ذخیره می‌شوند.',
    exportLive: 'صادر کردن پیش‌نویس جاری',
    auditLog: 'ثبت بررسی',
    nameLabel: 'نام نسخه',
    namePlaceholder: 'مثلاً نهایی برای تأیید',
    save: 'ذخیرهٔ نسخه',
    empty: 'هنوز نسخه‌ای وجود ندارد.',
    confirmRestore:
      'v{{number}} «{{name}}» بازگردانده شود؟ پیش‌نویس جاری اول ذخیره می‌شود، پس این کار قابل برگشت است.',
    card: {
      automatic: 'خودکار',
      autoNames: {
        leaving: 'پس از رفتن همه به‌طور خودکار ذخیره شد',
        editing: 'در جریان ویرایش به‌طور خودکار ذخیره شد',
      },
      workspace: 'فضای کاری',
      openForEndorsement: 'باز برای تأیید',
      sameAsDraft: 'همانند پیش‌نویس',
      byline: '{{name}} ({{role}})',
      hashTitle: 'SHA-256 محتوا: {{hash}}',
      endorsed: 'تأیید کرد',
      declined: 'رد کرد',
      identity: {
        invite: 'تأییدشده با دعوت‌نامهٔ شخصی',
        selfDeclared: 'خوداظهاری',
      },
      openReadOnly: 'باز کردن فقط برای خواندن',
      export: 'صادر کردن v{{number}}',
      compare: 'مقایسه با پیش‌نویس',
      restore: 'بازگرداندن',
      open: 'باز کردن برای تأیید',
    },
    endorse: {
      as: 'به‌عنوان {{name}}',
      fromInvite: '— از دعوت‌نامهٔ شخصی شما',
      organisation: 'ادارهٔ شما',
      comment: 'نظر',
      commentPlaceholder: 'نظر (برای رد کردن لازمی است)',
      endorse: 'تأیید v{{number}}',
      decline: 'رد کردن',
    },
    diff: {
      title: 'تغییرات از v{{number}} «{{name}}» تا پیش‌نویس جاری',
      close: 'بستن مقایسه',
      comparing: 'در حال مقایسه…',
      none: 'تفاوتی وجود ندارد.',
      added: 'افزوده شد: {{item}}',
      removed: 'حذف شد: {{item}}',
      changed: 'تغییر کرد {{item}}:',
      moved: { one: 'جابه‌جا شد: {{count}} مورد', other: 'جابه‌جا شد: {{count}} مورد' },
      report: 'گزارش',
    },
    viewer: {
      opening: 'در حال باز کردن نسخه…',
      title: 'v{{number}} «{{name}}»، فقط برای خواندن',
      verified: 'محتوا با هش آن مطابقت دارد',
      notVerified: 'محتوا با هش آن مطابقت ندارد',
      close: 'بستن نسخه',
      sections: 'بخش‌های نسخه',
      trace: 'ردیابی',
      report: 'گزارش',
    },
    gaps: {
      label: 'خلاها در v{{number}}',
      failed: 'بررسی خلاهای v{{number}} ممکن نشد: {{reason}}',
      count: { one: 'v{{number}} {{count}} خلا دارد', other: 'v{{number}} {{count}} خلا دارد' },
      explain: 'در زنجیرهٔ یافته‌ها تا هدف‌ها؛ جوانب ذی‌نفع آن را به همین شکل تأیید خواهند کرد.',
      openAnyway: 'با این حال برای تأیید باز شود',
    },
    decisions: {
      listLabel: 'تصمیم‌ها دربارهٔ v{{number}}',
      record: 'ثبت تصمیم',
      line: 'تصمیم: {{kind}}، {{date}}، {{decisionMaker}} ({{office}})',
      recordedBy: 'ثبت‌شده توسط {{name}} ({{role}}) · {{when}}',
      kinds: { formal: 'رسمی', informal: 'غیررسمی' },
      outcomes: { adopted: 'پذیرفته شد', deferred: 'به تعویق افتاد', rejected: 'رد شد' },
      form: {
        label: 'ثبت تصمیم دربارهٔ v{{number}}',
        intro:
          'آنچه تصمیم‌گیرنده(گان) پس از ارائهٔ این نسخه تصمیم گرفتند. تصمیم‌های ثبت‌شده قابل تغییر نیستند؛ برای اصلاح، تصمیم دیگری ثبت کنید.',
        decisionMaker: 'تصمیم‌گیرنده',
        decisionMakerPlaceholder: 'مثلاً جلالتمآب سومساک ک.',
        office: 'مقام',
        officePlaceholder: 'مثلاً وزیر امور داخله',
        kind: 'نوع تصمیم',
        date: 'تاریخ تصمیم',
        text: 'آنچه تصمیم گرفته شد',
        recommendations: 'پیشنهادهای v{{number}}',
        loading: 'در حال بارگیری پیشنهادهای این نسخه…',
        noRecommendations: 'این نسخه هیچ پیشنهادی ندارد.',
        outcomeLabel: 'تصمیم دربارهٔ {{label}}',
        invalid: 'بررسی کنید: {{fields}}',
        recommendationsField: 'تصمیم‌ها دربارهٔ پیشنهادها',
        submit: 'ثبت تصمیم',
      },
    },
    places: {
      report: 'گزارش',
      deletedItem: 'یک مورد حذف‌شده',
      openAmendments: { one: 'اصلاحیهٔ باز', other: 'اصلاحیهٔ باز' },
      guest: 'مهمان {{number}}',
    },
  },
  report: {
    title: 'گزارش',
    commentsLabel: 'نظرها دربارهٔ گزارش: {{count}} باز',
    comments: 'نظرها ({{count}})',
    amendmentsLabel: 'اصلاحیه‌های گزارش: {{count}} باز',
    amendments: 'اصلاحیه‌ها ({{count}})',
    guidance:
      'گزارش ورکشاپ نتایج (ابزار K): متنی پیرامون یافته‌ها، پیشنهادها و هدف‌ها. کلماتی را انتخاب کنید تا بر آن‌ها نظر بدهید یا تغییری در آن‌ها پیشنهاد کنید.',
    wholeLabel: 'دربارهٔ کل گزارش (برای نظر دادن بر کلمات، آن‌ها را در گزارش انتخاب کنید)',
    unquoteLabel: 'به‌جای آن بر کل گزارش نظر بدهید',
    name: 'گزارش',
    proposeHint: 'نخست کلماتی از گزارش را انتخاب کنید.',
  },
  exportMenu: {
    export: 'صادر کردن',
    language: 'زبان فایل',
    preparing: '{{file}}…',
    files: {
      reportDocx: 'گزارش (Word)',
      reportPdf: 'گزارش (PDF)',
      reportMd: 'گزارش (Markdown)',
      workshopXlsx: 'همهٔ بخش‌ها (Excel)',
      actionPlanXlsx: 'پلان عمل (Excel)',
      actionPlanCsv: 'پلان عمل (CSV)',
      ganttSvg: 'چارت گانت (SVG)',
      ganttPng: 'چارت گانت (PNG)',
    },
  },
  importer: {
    button: 'وارد کردن',
    title: 'وارد کردن {{section}}',
    file: 'یک فایل CSV یا Excel (سطر اول نام ستون‌ها را می‌گوید)',
    paste: 'یا سطرهای کاپی‌شده از یک جدول را اینجا بچسپانید',
    previewPasted: 'پیش‌نمایش سطرهای چسپانده‌شده',
    pastedName: 'سطرهای چسپانده‌شده',
    summary: {
      one: '{{count}} سطر وارد می‌شود، {{skipped}} سطر کنار گذاشته می‌شود',
      other: '{{count}} سطر وارد می‌شود، {{skipped}} سطر کنار گذاشته می‌شود',
    },
    source: '· از {{name}}؛ حداکثر {{max}} سطر در هر بار وارد کردن',
    notInLists: 'در فهرست‌های ورکشاپ نیست',
    where: { one: '({{field}}، سطر {{rows}})', other: '({{field}}، سطرهای {{rows}})' },
    whatToDo: 'با «{{value}}» چه شود',
    skipRows: 'این سطرها کنار گذاشته شوند',
    addToList: 'به فهرست افزوده شود',
    useEntry: 'یکی از موارد فهرست به کار رود',
    problemRows: {
      one: '{{count}} سطر مشکل دارد و اگر اصلاح نشود کنار گذاشته می‌شود',
      other: '{{count}} سطر مشکل دارند و اگر اصلاح نشوند کنار گذاشته می‌شوند',
    },
    row: 'سطر {{row}}',
    rowHeader: 'سطر',
    fix: 'اصلاح {{field}}، سطر {{row}}',
    column: 'ستون {{number}}',
    columnField: 'خانه برای ستون «{{column}}»',
    ignore: 'نادیده گرفتن',
    showing: 'نمایش {{shown}} سطر نخست از {{total}} سطر.',
    submit: { one: 'وارد کردن {{count}} سطر', other: 'وارد کردن {{count}} سطر' },
    imported: {
      one: '{{count}} سطر به {{section}} وارد شد.',
      other: '{{count}} سطر به {{section}} وارد شد.',
    },
    importedSkipped: {
      one: '{{count}} سطر به {{section}} وارد شد؛ {{skipped}} سطر کنار گذاشته شد.',
      other: '{{count}} سطر به {{section}} وارد شد؛ {{skipped}} سطر کنار گذاشته شد.',
    },
    problems: {
      invalid_value: '{{field}}: «{{value}}» یکی از این‌ها نیست: {{allowed}}',
      invalid_value_plain: '{{field}}: «{{value}}» مقداری نیست که این خانه بپذیرد',
      invalid_date: '{{field}}: «{{value}}» تاریخ نیست (YYYY-MM-DD)',
      invalid_year: '{{field}}: «{{value}}» سال نیست',
      unknown_link: '{{field}}: هیچ موردی در این ورکشاپ برچسب «{{value}}» ندارد',
      unknown_choice:
        '{{field}}: «{{value}}» در فهرست ورکشاپ نیست: آن را بیفزایید، یا با یکی از موارد فهرست جور کنید',
      empty_row: 'چیزی برای وارد کردن نیست: ستون‌های جورشده خالی‌اند',
    },
  },
  audit: {
    title: 'ثبت بررسی',
    close: 'بستن ثبت بررسی',
    intact: {
      one: '✓ زنجیره سالم است، {{count}} ثبت، سر زنجیره',
      other: '✓ زنجیره سالم است، {{count}} ثبت، سر زنجیره',
    },
    broken: '✕ زنجیره در ثبت {{seq}} گسسته است: {{reason}}',
    reasons: {
      seq: 'ثبت {{seq}} گم شده یا بی‌ترتیب است',
      link: 'ثبت {{seq}} در پی ثبت پیشین نمی‌آید',
      hash: 'ثبت {{seq}} پس از نوشته شدن تغییر داده شده است',
    },
    empty: 'هنوز چیزی ثبت نشده است.',
    entry: '{{name}} ({{role}}) {{action}}',
    actions: {
      invite: {
        created: 'یک دعوت‌نامه ساخت',
        revoked: 'یک دعوت‌نامه را لغو کرد',
      },
      'join-code': {
        created: 'یک کود پیوستن ساخت',
        revoked: 'یک کود پیوستن را لغو کرد',
      },
      version: {
        saved: 'یک نسخه را ذخیره کرد',
        restored: 'یک نسخه را بازگرداند',
      },
      endorsement: {
        requested: 'یک نسخه را برای تأیید باز کرد',
        given: 'یک نسخه را تأیید کرد',
        declined: 'یک نسخه را رد کرد',
      },
      vote: {
        opened: 'یک رأی‌گیری را آغاز کرد',
        closed: 'یک رأی‌گیری را بست',
      },
      decision: {
        recorded: 'یک تصمیم را ثبت کرد',
      },
      import: {
        applied: 'سطرهایی را وارد کرد',
      },
      workshop: {
        archived: 'ورکشاپ را بایگانی کرد',
        unarchived: 'ورکشاپ را از بایگانی بیرون آورد',
        exported: 'بایگانی ورکشاپ را دانلود کرد',
        imported: 'ورکشاپ را از یک بایگانی وارد کرد',
      },
      export: {
        version: 'یک نسخه را صادر کرد',
      },
      amendment: {
        proposed: 'یک اصلاحیه پیشنهاد کرد',
        accepted: 'یک اصلاحیه را پذیرفت',
        rejected: 'یک اصلاحیه را رد کرد',
      },
    },
    roles: {
      facilitator: 'تسهیل‌کننده',
      participant: 'اشتراک‌کننده',
      stakeholder: 'جانب ذی‌نفع',
      viewer: 'بیننده',
    },
    kinds: {
      named: 'نام‌دار',
      auto: 'خودکار',
      formal: 'رسمی',
      informal: 'غیررسمی',
      role: 'لینک نقش',
      personal: 'دعوت‌نامهٔ شخصی',
    },
  },
  errors: {
    unknown: 'مشکلی پیش آمد.',
    network: 'به سرور دسترسی نشد. اتصال را بررسی کنید و دوباره کوشش کنید.',
    status: 'درخواست رد شد ({{status}}).',
    server: 'سرور نتوانست پاسخ بدهد ({{status}}). کمی بعد دوباره کوشش کنید.',
    withDetail: '{{message}} ({{detail}})',
    codes: {
      invalid_json: 'درخواست خوانده نشد.',
      invalid_request: 'چیزی در درخواست معتبر نیست.',
      unauthorized: 'این لینک دعوت برای این ورکشاپ معتبر نیست.',
      forbidden: 'این کار اجازه ندارد.',
      not_found: 'این مورد پیدا نشد: شاید حذف شده باشد.',
      conflict: 'در وضعیت کنونی این کار ممکن نیست.',
      outdated: 'متن در این میان تغییر کرده است.',
      archived: 'این ورکشاپ بایگانی شده است: خوانده می‌شود اما تغییر داده نمی‌شود.',
      payload_too_large: 'این بیش از حد بزرگ است.',
      unsupported_media_type: 'این نوع فایل خوانده نمی‌شود.',
      unavailable: 'سرور مصروف است یا در دسترس نیست. کمی بعد دوباره کوشش کنید.',
      too_many_requests: 'کوشش‌ها بیش از حد زیاد است. لحظه‌ای صبر کنید و دوباره کوشش کنید.',
      internal: 'سرور با مشکلی روبه‌رو شد. دوباره کوشش کنید؛ اگر تکرار شد، به تسهیل‌کننده بگویید.',
      invalid_archive: 'این بایگانی ورکشاپ خراب یا ناقص است.',
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
