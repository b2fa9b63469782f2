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

  home: {
    lede: 'یافته‌ها، پیشنهادها و پلان عمل ورکشاپ نتایج ارزیابی ثبت احوال را به‌طور زنده و با هم ویرایش کنید.',
    deleted: '«{{title}}» با تمام معلوماتش حذف شد.',
    create: {
      heading: 'ورکشاپ جدید',
      title: 'عنوان ورکشاپ',
      titlePlaceholder: 'ورکشاپ نتایج: ارزیابی ثبت احوال',
      country: 'کشور',
      startsOn: 'تاریخ آغاز',
      endsOn: 'تاریخ ختم',
      adminToken: 'توکن مدیر',
      submit: 'ایجاد ورکشاپ',
    },
    invites: {
      share:
        'هر لینک را تنها با کسانی شریک سازید که باید آن نقش را داشته باشند. این لینک‌ها تنها یک بار نشان داده می‌شوند.',
      linkLabel: 'لینک دعوت {{role}}',
      roleHelp: {
        facilitator: 'ورکشاپ را پیش می‌برد و ویرایش می‌کند',
        participant: 'یافته‌ها، پیشنهادها و پلان عمل را با دیگران ویرایش می‌کند',
        stakeholder: 'پیش‌نویس زنده را می‌خواند (نسخه‌های نهایی را تأیید می‌کند)',
        viewer: 'تنها خواندن: پروژکتور و ناظران',
      },
    },
    recent: {
      heading: 'ورکشاپ‌های شما',
      opened: 'باز شده در {{when}}',
      removeLabel: 'حذف {{title}} از این فهرست',
      removeTitle: 'حذف از این فهرست (خود ورکشاپ باقی می‌ماند)',
    },
  },
  join: {
    title: 'پیوستن به ورکشاپ',
    codeLabel: 'کودی را که روی صفحه نشان داده شده بنویسید',
    codePlaceholder: 'K7PM-3QXD',
    help: 'حروف و ارقام؛ حروف بزرگ، فاصله و خط تیره مهم نیستند.',
    submit: 'پیوستن',
    joining: 'در حال پیوستن…',
    invalidCode: 'کود پیوستن ۸ حرف و رقم دارد، مانند K7PM-3QXD',
    refused: {
      notFound: 'هیچ ورکشاپی این کود را ندارد — آن را با تسهیل‌کننده چک کنید',
      tooMany: {
        one: 'تلاش‌های زیاد — {{count}} ثانیه صبر کنید',
        other: 'تلاش‌های زیاد — {{count}} ثانیه صبر کنید',
      },
      unreachable: 'به سرور دسترسی نشد — دوباره کوشش کنید',
    },
    card: {
      qrAlt: 'کود QR برای پیوستن: {{url}}',
      heading: 'به ورکشاپ بپیوندید',
      scan: 'کود را اسکن کنید، یا بروید به',
      andType: 'و بنویسید',
      joinsAs: 'به حیث {{role}} می‌پیوندد',
    },
    slide: {
      close: 'بستن (Esc)',
    },
    panel: {
      label: 'کود پیوستن',
      none: 'هنوز کود پیوستن وجود ندارد: یکی بسازید تا حاضران سالون آن را بنویسند.',
      show: 'نمایش روی پروژکتور',
      onProjector: 'روی پروژکتور',
      onProjectorFull: 'روی پروژکتور (تمام صفحه)',
      hide: 'پنهان کردن از پروژکتور',
      slide: 'سلاید پیوستن',
      codesLabel: 'کودهای پیوستن فعال',
      revoke: 'لغو',
      revokeLabel: 'لغو کود پیوستن {{code}}',
      revokeNote:
        'لغو کود، پیوستن‌های جدید را متوقف می‌کند؛ کسانی که قبلاً پیوسته‌اند می‌مانند (برای بیرون کردن آن‌ها، دعوت‌شان را در بخش افراد لغو کنید).',
      for: 'برای',
      forRole: {
        participant: 'اشتراک‌کنندگان',
        stakeholder: 'جوانب ذی‌نفع',
        viewer: 'بینندگان',
      },
      make: 'ساختن کود پیوستن',
      makeAnother: 'ساختن کود دیگر',
    },
  },
  shell: {
    appTitle: 'فضای کاری ورکشاپ نتایج',
    roles: {
      facilitator: 'تسهیل‌کننده',
      participant: 'اشتراک‌کننده',
      stakeholder: 'جانب ذی‌نفع',
      viewer: 'بیننده',
    },
    home: 'صفحهٔ اصلی',
    dismiss: 'بستن پیام',
    opening: 'در حال باز کردن ورکشاپ…',
    incomplete: {
      title: 'لینک دعوت ناقص است',
      body: 'این آدرس توکن دعوت ندارد. لینک کاملی را که به شما داده شده باز کنید، همراه با بخش بعد از "#".',
    },
    cannotOpen: {
      title: 'این ورکشاپ باز نمی‌شود',
      unreachable: 'به سرور دسترسی نشد.',
      refused: 'شاید لینک دعوت لغو شده یا ورکشاپ حذف شده باشد. از تسهیل‌کننده لینک جدید بخواهید.',
      forgotten: 'این ورکشاپ از فهرست ورکشاپ‌های این براوزر حذف شد.',
    },
    disconnected: {
      title: 'ارتباط شما قطع شد',
      serverSays: 'پیام سرور: {{reason}}.',
      body: 'این لینک دیگر ورکشاپ را باز نمی‌کند. اگر هنوز باید در آن باشید، از تسهیل‌کننده لینک جدید بخواهید.',
    },
    closed: {
      revoked: 'این لینک دعوت لغو شد',
      deleted: 'این ورکشاپ حذف شد',
      unauthorized: 'توکن دعوت نادرست است یا وجود ندارد',
      malformed: 'سرور نتوانست آنچه را این صفحه فرستاد بخواند',
      tooManyMessages: 'پیام‌های بیش از حد در هر ثانیه',
      restarting: 'سرور در حال راه‌اندازی دوباره است',
      busy: 'سرور مصروف است؛ دوباره کوشش می‌شود',
      documentUnavailable: 'سند ورکشاپ در دسترس نیست؛ دوباره کوشش می‌شود',
      refused: 'سرور این ارتباط را رد کرد',
    },
    connection: {
      connected: 'زنده',
      connecting: 'در حال وصل شدن…',
      offline: 'آفلاین — ویرایش‌ها روی این دستگاه نگه داشته می‌شوند و با برگشت ارتباط فرستاده می‌شوند',
      refused: 'دسترسی رد شد',
    },
    header: {
      youAre: 'شما {{role}} هستید',
      readOnly: '(تنها خواندن)',
      here: { one: '{{count}} نفر حاضر', other: '{{count}} نفر حاضر' },
      menuHint: ': نام شما، و چه کسانی دیگر حاضرند',
      people: 'افراد',
      workshop: 'ورکشاپ…',
      yourName: 'نام شما',
      nameFromInvite: 'نام شما از دعوت‌نامهٔ شما گرفته شده است',
    },
    archivedBanner: 'در {{date}} آرشیف شد: برای همه تنها خواندنی. صادر کردن هنوز ممکن است.',
    nav: {
      label: 'بخش‌ها',
      trace: 'ردیابی',
      report: 'گزارش',
      versions: 'نسخه‌ها',
      gaps: { one: '{{count}} کمبود', other: '{{count}} کمبود' },
      openAmendments: { one: '{{count}} اصلاحیهٔ باز', other: '{{count}} اصلاحیهٔ باز' },
    },
    presence: {
      label: 'افراد حاضر در این لحظه',
      nameRole: '{{name}} ({{role}})',
      self: '{{name}} (شما)',
    },
    notice: {
      undo: 'واگرد',
    },
    summon: {
      broughtBy: '{{name}} شما را به این‌جا آورد',
      goBack: 'برگشت',
    },
    endorsement: {
      banner: 'نسخهٔ تأییدشده v{{number}} «{{name}}» ({{endorsements}}، {{confirmed}}، {{selfDeclared}}).',
      endorsements: { one: '{{count}} تأیید', other: '{{count}} تأیید' },
      confirmed: '{{count}} تصدیق‌شده با دعوت شخصی',
      selfDeclared: '{{count}} خوداظهاری',
      unchanged: 'پیش‌نویس از آن زمان تغییر نکرده است.',
      changed: 'پیش‌نویس از آن زمان تغییر کرده است:',
      seeDiff: 'دیدن تفاوت',
    },
    lifecycle: {
      title: 'این ورکشاپ',
      archived: 'آرشیف‌شده',
      archive: 'آرشیف',
      archiveHelp:
        'وقتی ورکشاپ تمام شد: دیگر هیچ کس نمی‌تواند آن را تغییر دهد (سند، رأی‌ها و نظرها)، همه هنوز می‌توانند آن را بخوانند و نسخه‌هایش را صادر کنند. می‌توان آن را از آرشیف بیرون آورد.',
      archivedOn:
        'در {{date}} آرشیف شد: برای همه تنها خواندنی. بیرون آوردن از آرشیف به همه اجازه می‌دهد دوباره ویرایش کنند.',
      unarchive: 'بیرون آوردن از آرشیف',
      archiveWorkshop: 'آرشیف کردن ورکشاپ',
      move: 'انتقال به سرور دیگر',
      moveHelp:
        'همه چیز ورکشاپ در یک فایل (سند، نسخه‌ها، تأییدها، تصمیم‌ها، رأی‌ها، نظرها، اصلاحیه‌ها، حاضری، فعالیت و لاگ بررسی)، تا مدیر آن را روی سرور دیگری وارد کند، جایی که با لینک‌های دعوت جدید ادامه می‌یابد. لینک‌های دعوت و کودهای پیوستن در آن نیستند.',
      downloadArchive: 'دانلود آرشیف',
      deleteHelp:
        'ورکشاپ و همه چیز آن را برای همیشه حذف می‌کند: سند و تاریخچهٔ آن، نسخه‌ها، تأییدها، رأی‌ها، نظرها، حاضری، فعالیت و لاگ بررسی. همهٔ دعوت‌ها از کار می‌افتند و ارتباط همهٔ افراد وصل‌شده قطع می‌شود. اول آنچه را باید نگه دارید صادر کنید.',
      confirmTitle: 'برای تأیید، عنوان ورکشاپ، {{title}}، را بنویسید',
      deleteWorkshop: 'حذف این ورکشاپ',
    },
  },
  people: {
    title: 'افراد',
    lastUsed: {
      never: 'هرگز',
      justNow: 'همین حالا',
    },
    confirmRevokePerson: 'دعوت {{name}} لغو شود؟ ارتباط هر کسی که از آن استفاده می‌کند قطع می‌شود.',
    confirmRevokeLink: 'لینک {{role}} لغو شود؟ ارتباط هر کسی که از آن استفاده می‌کند قطع می‌شود.',
    newLink: 'لینک برای {{who}} — تنها همین یک بار نشان داده می‌شود:',
    anyoneWith: 'هر کسی که لینک {{role}} را دارد',
    anyoneWithCell: 'هر کسی که لینک {{role}} را دارد',
    newLinkLabel: 'لینک دعوت جدید',
    columns: {
      who: 'کی',
      organisation: 'اداره',
      role: 'نقش',
      lastUsed: 'آخرین استفاده',
      now: 'اکنون',
    },
    connected: { one: '{{count}} وصل', other: '{{count}} وصل' },
    revoked: 'لغو شده',
    revoke: 'لغو',
    invite: {
      heading: 'دعوت یک نفر',
      name: 'نام',
      organisation: 'اداره',
      role: 'نقش',
      submit: 'ایجاد دعوت',
    },
    newRoleLink: 'لینک جدید {{role}}',
  },

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
