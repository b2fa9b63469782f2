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
    title: 'ورژنز',
    guidance:
      'پوری نتائج ورکشاپ کی منجمد نقول۔ فریقین کسی مخصوص ورژن کی توثیق کرتے ہیں؛ اس کے مواد کا ہیش بعد میں ثابت کرتا ہے کہ توثیق شدہ متن وہی ہے جو انہوں نے دیکھا تھا۔ جب رپورٹ فیصلہ ساز(وں) کے سامنے پیش کر دی جائے تو سہولت کار پیش کیے گئے ورژن پر ان کا فیصلہ درج کرتا ہے۔ ورژن اس دوران بھی خودکار طور پر محفوظ ہوتے ہیں جب لوگ ترمیم کر رہے ہوں اور جب سب چلے جائیں۔',
    exportLive: 'موجودہ مسودہ برآمد کریں',
    auditLog: 'آڈٹ لاگ',
    nameLabel: 'ورژن کا نام',
    namePlaceholder: 'مثلاً توثیق کے لیے حتمی',
    save: 'ورژن محفوظ کریں',
    empty: 'ابھی کوئی ورژن نہیں۔',
    confirmRestore:
      'v{{number}} “{{name}}” بحال کریں؟ موجودہ مسودہ پہلے محفوظ کیا جاتا ہے، اس لیے اسے واپس لیا جا سکتا ہے۔',
    card: {
      automatic: 'خودکار',
      autoNames: {
        leaving: 'سب کے جانے کے بعد خودکار طور پر محفوظ کیا گیا',
        editing: 'ترمیم کے دوران خودکار طور پر محفوظ کیا گیا',
      },
      workspace: 'ورک اسپیس',
      openForEndorsement: 'توثیق کے لیے کھلا',
      sameAsDraft: 'مسودے جیسا',
      byline: '{{name}} ({{role}})',
      hashTitle: 'مواد کا SHA-256: {{hash}}',
      endorsed: 'نے توثیق کی',
      declined: 'نے انکار کیا',
      identity: {
        invite: 'ذاتی دعوت نامے سے تصدیق شدہ',
        selfDeclared: 'خود اعلان کردہ',
      },
      openReadOnly: 'صرف پڑھنے کے لیے کھولیں',
      export: 'v{{number}} برآمد کریں',
      compare: 'مسودے سے موازنہ کریں',
      restore: 'بحال کریں',
      open: 'توثیق کے لیے کھولیں',
    },
    endorse: {
      as: 'بطور {{name}}',
      fromInvite: '— آپ کے ذاتی دعوت نامے سے',
      organisation: 'آپ کا ادارہ',
      comment: 'تبصرہ',
      commentPlaceholder: 'تبصرہ (انکار کے لیے لازمی)',
      endorse: 'v{{number}} کی توثیق کریں',
      decline: 'انکار کریں',
    },
    diff: {
      title: 'v{{number}} “{{name}}” سے موجودہ مسودے تک تبدیلیاں',
      close: 'موازنہ بند کریں',
      comparing: 'موازنہ ہو رہا ہے…',
      none: 'کوئی فرق نہیں۔',
      added: 'شامل کیا گیا: {{item}}',
      removed: 'ہٹایا گیا: {{item}}',
      changed: 'تبدیل کیا گیا {{item}}:',
      moved: { one: 'منتقل کیا گیا: {{count}} آئٹم', other: 'منتقل کیے گئے: {{count}} آئٹمز' },
      report: 'رپورٹ',
    },
    viewer: {
      opening: 'ورژن کھل رہا ہے…',
      title: 'v{{number}} “{{name}}”، صرف پڑھنے کے لیے',
      verified: 'مواد اپنے ہیش سے مطابقت رکھتا ہے',
      notVerified: 'مواد اپنے ہیش سے مطابقت نہیں رکھتا',
      close: 'ورژن بند کریں',
      sections: 'ورژن کے حصے',
      trace: 'ربط کی جانچ',
      report: 'رپورٹ',
    },
    gaps: {
      label: 'v{{number}} میں خلا',
      failed: 'v{{number}} میں خلا کی جانچ نہیں ہو سکی: {{reason}}',
      count: { one: 'v{{number}} میں {{count}} خلا ہے', other: 'v{{number}} میں {{count}} خلا ہیں' },
      explain: 'نتائج سے اہداف تک کی کڑی میں؛ فریقین اس کی اسی حالت میں توثیق کریں گے۔',
      openAnyway: 'پھر بھی توثیق کے لیے کھولیں',
    },
    decisions: {
      listLabel: 'v{{number}} پر فیصلے',
      record: 'فیصلہ درج کریں',
      line: 'فیصلہ: {{kind}}، {{date}}، {{decisionMaker}} ({{office}})',
      recordedBy: 'درج کنندہ {{name}} ({{role}}) · {{when}}',
      kinds: { formal: 'رسمی', informal: 'غیر رسمی' },
      outcomes: { adopted: 'منظور', deferred: 'مؤخر', rejected: 'مسترد' },
      form: {
        label: 'v{{number}} پر فیصلہ درج کریں',
        intro:
          'یہ ورژن پیش کیے جانے کے بعد فیصلہ ساز(وں) نے کیا فیصلہ کیا۔ درج شدہ فیصلے تبدیل نہیں کیے جا سکتے؛ تصحیح کے لیے ایک اور فیصلہ درج کریں۔',
        decisionMaker: 'فیصلہ ساز',
        decisionMakerPlaceholder: 'مثلاً عزت مآب سومساک ک۔',
        office: 'عہدہ',
        officePlaceholder: 'مثلاً وزیر داخلہ',
        kind: 'فیصلے کی قسم',
        date: 'فیصلے کی تاریخ',
        text: 'کیا فیصلہ ہوا',
        recommendations: 'v{{number}} کی سفارشات',
        loading: 'اس ورژن کی سفارشات لوڈ ہو رہی ہیں…',
        noRecommendations: 'اس ورژن میں کوئی سفارش نہیں۔',
        outcomeLabel: '{{label}} پر فیصلہ',
        invalid: 'جانچ لیں: {{fields}}',
        recommendationsField: 'سفارشات پر فیصلے',
        submit: 'فیصلہ درج کریں',
      },
    },
    places: {
      report: 'رپورٹ',
      deletedItem: 'ایک حذف شدہ آئٹم',
      openAmendments: { one: 'زیرِ غور ترمیم', other: 'زیرِ غور ترامیم' },
      guest: 'مہمان {{number}}',
    },
  },
  report: {
    title: 'رپورٹ',
    commentsLabel: 'رپورٹ پر تبصرے: {{count}} کھلے',
    comments: 'تبصرے ({{count}})',
    amendmentsLabel: 'رپورٹ میں ترامیم: {{count}} کھلی',
    amendments: 'ترامیم ({{count}})',
    guidance:
      'نتائج ورکشاپ کی رپورٹ (ٹول K): نتائج، سفارشات اور اہداف کے گرد تحریر۔ الفاظ منتخب کریں تاکہ ان پر تبصرہ کریں یا ان میں تبدیلی تجویز کریں۔',
    wholeLabel: 'مجموعی طور پر رپورٹ پر (اس میں الفاظ منتخب کریں تاکہ ان پر تبصرہ کریں)',
    unquoteLabel: 'اس کے بجائے پوری رپورٹ پر تبصرہ کریں',
    name: 'رپورٹ',
    proposeHint: 'پہلے رپورٹ کے الفاظ منتخب کریں۔',
  },
  exportMenu: {
    export: 'برآمد کریں',
    language: 'فائل کی زبان',
    preparing: '{{file}}…',
    files: {
      reportDocx: 'رپورٹ (Word)',
      reportPdf: 'رپورٹ (PDF)',
      reportMd: 'رپورٹ (Markdown)',
      workshopXlsx: 'تمام حصے (Excel)',
      actionPlanXlsx: 'لائحۂ عمل (Excel)',
      actionPlanCsv: 'لائحۂ عمل (CSV)',
      ganttSvg: 'گینٹ چارٹ (SVG)',
      ganttPng: 'گینٹ چارٹ (PNG)',
    },
  },
  importer: {
    button: 'درآمد کریں',
    title: '{{section}} درآمد کریں',
    file: 'CSV یا Excel فائل (پہلی قطار کالموں کے نام بتاتی ہے)',
    paste: 'یا اسپریڈشیٹ سے نقل کی گئی قطاریں چسپاں کریں',
    previewPasted: 'چسپاں قطاروں کا پیش منظر',
    pastedName: 'چسپاں قطاریں',
    summary: {
      one: '{{count}} قطار درآمد ہو گی، {{skipped}} چھوڑی گئیں',
      other: '{{count}} قطاریں درآمد ہوں گی، {{skipped}} چھوڑی گئیں',
    },
    source: '· {{name}} سے؛ ہر درآمد میں زیادہ سے زیادہ {{max}} قطاریں',
    notInLists: 'ورکشاپ کی فہرستوں میں موجود نہیں',
    where: { one: '({{field}}، قطار {{rows}})', other: '({{field}}، قطاریں {{rows}})' },
    whatToDo: '“{{value}}” کا کیا کیا جائے',
    skipRows: 'یہ قطاریں چھوڑ دیں',
    addToList: 'اسے فہرست میں شامل کریں',
    useEntry: 'فہرست کا کوئی اندراج استعمال کریں',
    problemRows: {
      one: '{{count}} قطار میں مسائل ہیں اور درست نہ کرنے پر چھوڑ دی جائے گی',
      other: '{{count}} قطاروں میں مسائل ہیں اور درست نہ کرنے پر چھوڑ دی جائیں گی',
    },
    row: 'قطار {{row}}',
    rowHeader: 'قطار',
    fix: '{{field}} درست کریں، قطار {{row}}',
    column: 'کالم {{number}}',
    columnField: 'کالم “{{column}}” کے لیے خانہ',
    ignore: 'نظر انداز کریں',
    showing: '{{total}} میں سے پہلی {{shown}} قطاریں دکھائی جا رہی ہیں۔',
    submit: { one: '{{count}} قطار درآمد کریں', other: '{{count}} قطاریں درآمد کریں' },
    imported: {
      one: '{{count}} قطار {{section}} میں درآمد کی گئی۔',
      other: '{{count}} قطاریں {{section}} میں درآمد کی گئیں۔',
    },
    importedSkipped: {
      one: '{{count}} قطار {{section}} میں درآمد کی گئی؛ {{skipped}} چھوڑی گئیں۔',
      other: '{{count}} قطاریں {{section}} میں درآمد کی گئیں؛ {{skipped}} چھوڑی گئیں۔',
    },
    problems: {
      invalid_value: '{{field}}: “{{value}}” ان میں سے نہیں ہے: {{allowed}}',
      invalid_value_plain: '{{field}}: “{{value}}” اس خانے کی قابلِ قبول قدر نہیں',
      invalid_date: '{{field}}: “{{value}}” تاریخ نہیں ہے (YYYY-MM-DD)',
      invalid_year: '{{field}}: “{{value}}” سال نہیں ہے',
      unknown_link: '{{field}}: اس ورکشاپ کے کسی آئٹم کا لیبل “{{value}}” نہیں',
      unknown_choice:
        '{{field}}: “{{value}}” ورکشاپ کی فہرست میں نہیں: اسے شامل کریں، یا کسی اندراج سے جوڑیں',
      empty_row: 'درآمد کے لیے کچھ نہیں: منسلک کالم خالی ہیں',
    },
  },
  audit: {
    title: 'آڈٹ لاگ',
    close: 'آڈٹ لاگ بند کریں',
    intact: {
      one: '✓ زنجیر سالم، {{count}} اندراج، سرا',
      other: '✓ زنجیر سالم، {{count}} اندراجات، سرا',
    },
    broken: '✕ زنجیر اندراج {{seq}} پر ٹوٹی ہوئی: {{reason}}',
    reasons: {
      seq: 'اندراج {{seq}} غائب ہے یا ترتیب سے باہر ہے',
      link: 'اندراج {{seq}} پچھلے اندراج کے بعد نہیں آتا',
      hash: 'اندراج {{seq}} لکھے جانے کے بعد تبدیل کیا گیا',
    },
    empty: 'ابھی کچھ درج نہیں ہوا۔',
    entry: '{{name}} ({{role}}) نے {{action}}',
    actions: {
      invite: {
        created: 'دعوت نامہ بنایا',
        revoked: 'دعوت نامہ منسوخ کیا',
      },
      'join-code': {
        created: 'شمولیت کا کوڈ بنایا',
        revoked: 'شمولیت کا کوڈ منسوخ کیا',
      },
      version: {
        saved: 'ورژن محفوظ کیا',
        restored: 'ورژن بحال کیا',
      },
      endorsement: {
        requested: 'ورژن توثیق کے لیے کھولا',
        given: 'ورژن کی توثیق کی',
        declined: 'ورژن کی توثیق سے انکار کیا',
      },
      vote: {
        opened: 'ووٹنگ شروع کی',
        closed: 'ووٹنگ بند کی',
      },
      decision: {
        recorded: 'فیصلہ درج کیا',
      },
      import: {
        applied: 'قطاریں درآمد کیں',
      },
      workshop: {
        archived: 'ورکشاپ آرکائیو کی',
        unarchived: 'ورکشاپ آرکائیو سے نکالی',
        exported: 'ورکشاپ کا آرکائیو ڈاؤن لوڈ کیا',
        imported: 'ورکشاپ آرکائیو سے درآمد کی',
      },
      export: {
        version: 'ورژن برآمد کیا',
      },
      amendment: {
        proposed: 'ترمیم تجویز کی',
        accepted: 'ترمیم قبول کی',
        rejected: 'ترمیم مسترد کی',
      },
    },
    roles: {
      facilitator: 'سہولت کار',
      participant: 'شریک',
      stakeholder: 'فریق',
      viewer: 'ناظر',
    },
    kinds: {
      named: 'نام شدہ',
      auto: 'خودکار',
      formal: 'رسمی',
      informal: 'غیر رسمی',
      role: 'کردار کا لنک',
      personal: 'ذاتی دعوت نامہ',
    },
  },
  errors: {
    unknown: 'کچھ غلط ہو گیا۔',
    network: 'سرور تک رسائی نہیں ہو سکی۔ کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
    status: 'درخواست مسترد کر دی گئی ({{status}})۔',
    server: 'سرور جواب نہیں دے سکا ({{status}})۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
    withDetail: '{{message}} ({{detail}})',
    codes: {
      invalid_json: 'درخواست پڑھی نہیں جا سکی۔',
      invalid_request: 'درخواست میں کوئی چیز درست نہیں۔',
      unauthorized: 'یہ دعوتی لنک اس ورکشاپ کے لیے درست نہیں۔',
      forbidden: 'اس کی اجازت نہیں۔',
      not_found: 'یہ نہیں ملا: ممکن ہے اسے حذف کر دیا گیا ہو۔',
      conflict: 'موجودہ صورتِ حال میں یہ نہیں ہو سکتا۔',
      outdated: 'اس دوران متن تبدیل ہو گیا۔',
      archived: 'یہ ورکشاپ آرکائیو کی جا چکی ہے: اسے پڑھا جا سکتا ہے مگر تبدیل نہیں کیا جا سکتا۔',
      payload_too_large: 'یہ بہت بڑا ہے۔',
      unsupported_media_type: 'اس قسم کی فائل پڑھی نہیں جا سکتی۔',
      unavailable: 'سرور مصروف ہے یا دستیاب نہیں۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
      too_many_requests: 'بہت زیادہ کوششیں۔ تھوڑا انتظار کریں اور دوبارہ کوشش کریں۔',
      internal: 'سرور کو ایک مسئلہ پیش آیا۔ دوبارہ کوشش کریں؛ اگر یہ جاری رہے تو سہولت کار کو بتائیں۔',
      invalid_archive: 'ورکشاپ کا یہ آرکائیو خراب یا نامکمل ہے۔',
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
