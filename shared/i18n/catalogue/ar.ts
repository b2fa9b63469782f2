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

  home: {
    lede: 'حرّروا معًا وبشكل مباشر الاستنتاجات والتوصيات وخطة العمل لورشة عمل النتائج الخاصة بتقييم التسجيل المدني.',
    deleted: 'حُذفت «{{title}}» مع جميع بياناتها.',
    create: {
      heading: 'ورشة عمل جديدة',
      title: 'عنوان ورشة العمل',
      titlePlaceholder: 'ورشة عمل النتائج: تقييم التسجيل المدني',
      country: 'البلد',
      startsOn: 'تاريخ البدء',
      endsOn: 'تاريخ الانتهاء',
      adminToken: 'رمز المسؤول',
      submit: 'إنشاء ورشة العمل',
    },
    invites: {
      share: 'شارك كل رابط مع الأشخاص الذين ينبغي أن يحصلوا على هذا الدور فقط. تُعرض الروابط مرة واحدة فقط.',
      linkLabel: 'رابط دعوة {{role}}',
      roleHelp: {
        facilitator: 'يدير ورشة العمل ويحرّر',
        participant: 'يحرّر الاستنتاجات والتوصيات وخطة العمل مع الآخرين',
        stakeholder: 'يقرأ المسودة المباشرة (ويصادق على النسخ النهائية)',
        viewer: 'للقراءة فقط: جهاز العرض والمراقبون',
      },
    },
    recent: {
      heading: 'ورش العمل الخاصة بك',
      opened: 'فُتحت في {{when}}',
      removeLabel: 'إزالة {{title}} من هذه القائمة',
      removeTitle: 'إزالة من هذه القائمة (تبقى ورشة العمل نفسها محفوظة)',
    },
  },
  join: {
    title: 'الانضمام إلى ورشة عمل',
    codeLabel: 'اكتب الرمز المعروض على الشاشة',
    codePlaceholder: 'K7PM-3QXD',
    help: 'حروف وأرقام؛ لا تهم الأحرف الكبيرة والمسافات والشرطة.',
    submit: 'انضمام',
    joining: 'جارٍ الانضمام…',
    invalidCode: 'يتكوّن رمز الانضمام من 8 حروف وأرقام، مثل K7PM-3QXD',
    refused: {
      notFound: 'لا توجد ورشة عمل بهذا الرمز — تحقّق منه مع الميسّر',
      tooMany: {
        zero: 'محاولات كثيرة جدًا — انتظر {{count}} ثانية',
        one: 'محاولات كثيرة جدًا — انتظر {{count}} ثانية',
        two: 'محاولات كثيرة جدًا — انتظر {{count}} ثانيتين',
        few: 'محاولات كثيرة جدًا — انتظر {{count}} ثوانٍ',
        many: 'محاولات كثيرة جدًا — انتظر {{count}} ثانية',
        other: 'محاولات كثيرة جدًا — انتظر {{count}} ثانية',
      },
      unreachable: 'تعذّر الوصول إلى الخادم — حاول مرة أخرى',
    },
    card: {
      qrAlt: 'رمز QR للانضمام: {{url}}',
      heading: 'انضم إلى ورشة العمل',
      scan: 'امسح الرمز، أو انتقل إلى',
      andType: 'واكتب',
      joinsAs: 'الانضمام بصفة {{role}}',
    },
    slide: {
      close: 'إغلاق (Esc)',
    },
    panel: {
      label: 'رمز الانضمام',
      none: 'لا يوجد رمز انضمام بعد: أنشئ رمزًا ليكتبه الحاضرون في القاعة.',
      show: 'عرض على جهاز العرض',
      onProjector: 'معروض على جهاز العرض',
      onProjectorFull: 'معروض على جهاز العرض (ملء الشاشة)',
      hide: 'إخفاء من جهاز العرض',
      slide: 'شريحة الانضمام',
      codesLabel: 'رموز الانضمام السارية',
      revoke: 'إلغاء',
      revokeLabel: 'إلغاء رمز الانضمام {{code}}',
      revokeNote:
        'يوقف إلغاء الرمز الانضمامات الجديدة؛ ويبقى من انضموا بالفعل (ألغِ دعوتهم في «الأشخاص» لإخراجهم).',
      for: 'لـ',
      forRole: {
        participant: 'المشاركين',
        stakeholder: 'أصحاب المصلحة',
        viewer: 'المشاهدين',
      },
      make: 'إنشاء رمز انضمام',
      makeAnother: 'إنشاء رمز آخر',
    },
  },
  shell: {
    appTitle: 'مساحة عمل ورشة عمل النتائج',
    roles: {
      facilitator: 'الميسّر',
      participant: 'مشارك',
      stakeholder: 'صاحب مصلحة',
      viewer: 'مشاهد',
    },
    home: 'الصفحة الرئيسية',
    dismiss: 'تجاهل',
    opening: 'جارٍ فتح ورشة العمل…',
    incomplete: {
      title: 'رابط الدعوة غير مكتمل',
      body: 'لا يحتوي هذا العنوان على رمز دعوة. افتح الرابط الكامل الذي أُعطي لك، بما في ذلك الجزء الذي يلي "#".',
    },
    cannotOpen: {
      title: 'تعذّر فتح ورشة العمل هذه',
      unreachable: 'تعذّر الوصول إلى الخادم.',
      refused: 'ربما أُلغي رابط الدعوة أو حُذفت ورشة العمل. اطلب رابطًا جديدًا من الميسّر.',
      forgotten: 'أُزيلت من قائمة ورش العمل على هذا المتصفح.',
    },
    disconnected: {
      title: 'تم قطع اتصالك',
      serverSays: 'رسالة الخادم: {{reason}}.',
      body: 'لم يعد هذا الرابط يفتح ورشة العمل. اطلب رابطًا جديدًا من الميسّر إن كان ينبغي أن تبقى فيها.',
    },
    closed: {
      revoked: 'أُلغي رابط الدعوة هذا',
      deleted: 'حُذفت ورشة العمل هذه',
      unauthorized: 'رمز الدعوة غير صالح أو مفقود',
      malformed: 'تعذّر على الخادم قراءة ما أرسلته هذه الصفحة',
      tooManyMessages: 'رسائل كثيرة جدًا في الثانية',
      restarting: 'يُعاد تشغيل الخادم',
      busy: 'الخادم مشغول؛ جارٍ إعادة المحاولة',
      documentUnavailable: 'مستند ورشة العمل غير متاح؛ جارٍ إعادة المحاولة',
      refused: 'رفض الخادم هذا الاتصال',
    },
    connection: {
      connected: 'مباشر',
      connecting: 'جارٍ الاتصال…',
      offline: 'غير متصل — تُحفظ التعديلات على هذا الجهاز وتُرسل عند عودة الاتصال',
      refused: 'رُفض الوصول',
    },
    header: {
      youAre: 'دورك: {{role}}',
      readOnly: '(للقراءة فقط)',
      here: {
        zero: '{{count}} حاضر',
        one: '{{count}} حاضر',
        two: '{{count}} حاضران',
        few: '{{count}} حاضرين',
        many: '{{count}} حاضرًا',
        other: '{{count}} حاضر',
      },
      menuHint: ': اسمك، ومن الحاضرون أيضًا',
      people: 'الأشخاص',
      workshop: 'ورشة العمل…',
      yourName: 'اسمك',
      nameFromInvite: 'اسمك مأخوذ من دعوتك',
    },
    archivedBanner: 'أُرشفت في {{date}}: للقراءة فقط للجميع. لا يزال التصدير متاحًا.',
    nav: {
      label: 'الأقسام',
      trace: 'التتبّع',
      report: 'التقرير',
      versions: 'النسخ',
      gaps: {
        zero: '{{count}} ثغرة',
        one: '{{count}} ثغرة',
        two: '{{count}} ثغرتان',
        few: '{{count}} ثغرات',
        many: '{{count}} ثغرة',
        other: '{{count}} ثغرة',
      },
      openAmendments: {
        zero: '{{count}} تعديل مفتوح',
        one: '{{count}} تعديل مفتوح',
        two: '{{count}} تعديلان مفتوحان',
        few: '{{count}} تعديلات مفتوحة',
        many: '{{count}} تعديلًا مفتوحًا',
        other: '{{count}} تعديل مفتوح',
      },
    },
    presence: {
      label: 'الحاضرون الآن',
      nameRole: '{{name}} ({{role}})',
      self: '{{name}} (أنت)',
    },
    notice: {
      undo: 'تراجع',
    },
    summon: {
      broughtBy: 'أحضرك {{name}} إلى هنا',
      goBack: 'رجوع',
    },
    endorsement: {
      banner:
        'النسخة المصادق عليها v{{number}} «{{name}}» ({{endorsements}}، {{confirmed}}، {{selfDeclared}}).',
      endorsements: {
        zero: '{{count}} مصادقة',
        one: '{{count}} مصادقة',
        two: '{{count}} مصادقتان',
        few: '{{count}} مصادقات',
        many: '{{count}} مصادقة',
        other: '{{count}} مصادقة',
      },
      confirmed: '{{count}} مؤكَّدة بدعوة شخصية',
      selfDeclared: '{{count}} بإقرار ذاتي',
      unchanged: 'لم تتغير المسودة منذ ذلك الحين.',
      changed: 'تغيّرت المسودة منذ ذلك الحين:',
      seeDiff: 'عرض الفروق',
    },
    lifecycle: {
      title: 'ورشة العمل هذه',
      archived: 'مؤرشفة',
      archive: 'الأرشفة',
      archiveHelp:
        'عند انتهاء ورشة العمل: لا يمكن لأحد تغييرها بعد ذلك (المستند والتصويتات والتعليقات)، ويظل بإمكان الجميع قراءتها وتصدير نسخها. ويمكن إلغاء أرشفتها.',
      archivedOn: 'أُرشفت في {{date}}: للقراءة فقط للجميع. يتيح إلغاء الأرشفة للجميع التحرير مجددًا.',
      unarchive: 'إلغاء الأرشفة',
      archiveWorkshop: 'أرشفة ورشة العمل',
      move: 'النقل إلى خادم آخر',
      moveHelp:
        'كل ما في ورشة العمل في ملف واحد (المستند والنسخ والمصادقات والقرارات والتصويتات والتعليقات والتعديلات والحضور والنشاط وسجل التدقيق)، ليستورده مسؤولها على خادم آخر حيث تستمر بروابط دعوة جديدة. لا يتضمن الملف روابط الدعوة ورموز الانضمام.',
      downloadArchive: 'تنزيل الأرشيف',
      deleteHelp:
        'يحذف ورشة العمل وكل ما فيها نهائيًا: المستند وسجلّه، والنسخ، والمصادقات، والتصويتات، والتعليقات، والحضور، والنشاط، وسجل التدقيق. تتوقف جميع الدعوات عن العمل ويُقطع اتصال كل المتصلين. صدِّر ما تحتاج إلى الاحتفاظ به أولًا.',
      confirmTitle: 'اكتب عنوان ورشة العمل، {{title}}، للتأكيد',
      deleteWorkshop: 'حذف ورشة العمل هذه',
    },
  },
  people: {
    title: 'الأشخاص',
    lastUsed: {
      never: 'لم يُستخدم قط',
      justNow: 'الآن',
    },
    confirmRevokePerson: 'إلغاء دعوة {{name}}؟ سيُقطع اتصال كل من يستخدمها.',
    confirmRevokeLink: 'إلغاء رابط {{role}}؟ سيُقطع اتصال كل من يستخدمه.',
    newLink: 'رابط لـ {{who}} — يُعرض هذه المرة فقط:',
    anyoneWith: 'أي شخص لديه رابط {{role}}',
    anyoneWithCell: 'أي شخص لديه رابط {{role}}',
    newLinkLabel: 'رابط دعوة جديد',
    columns: {
      who: 'من',
      organisation: 'الجهة',
      role: 'الدور',
      lastUsed: 'آخر استخدام',
      now: 'الآن',
    },
    connected: {
      zero: '{{count}} متصل',
      one: '{{count}} متصل',
      two: '{{count}} متصلان',
      few: '{{count}} متصلين',
      many: '{{count}} متصلًا',
      other: '{{count}} متصل',
    },
    revoked: 'أُلغي',
    revoke: 'إلغاء',
    invite: {
      heading: 'دعوة شخص',
      name: 'الاسم',
      organisation: 'الجهة',
      role: 'الدور',
      submit: 'إنشاء دعوة',
    },
    newRoleLink: 'رابط {{role}} جديد',
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
