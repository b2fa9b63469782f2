import type { Messages } from '../messages.js';

/** vi: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'Lưu',
    cancel: 'Hủy',
    close: 'Đóng',
    delete: 'Xóa',
    edit: 'Sửa',
    add: 'Thêm',
    remove: 'Gỡ bỏ',
    back: 'Quay lại',
    loading: 'Đang tải…',
    retry: 'Thử lại',
    yes: 'Có',
    no: 'Không',
    showAll: 'Hiện tất cả',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    done: 'Xong',
    download: 'Tải xuống',
    open: 'Mở',
    none: 'Không có',
    language: 'Ngôn ngữ',
    untitled: 'Chưa đặt tên',
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
    screenName: 'Màn hình trình chiếu',
    groupReports: 'Báo cáo của các nhóm',
    pinned: 'đã ghim',
    following: 'theo {{name}}',
    sideLabel: 'Tham gia, bỏ phiếu và những người có mặt',
    hereNow: 'Đang có mặt ({{count}})',
    peopleHere: 'Những người đang có mặt',
    sections: { trace: 'Truy vết', report: 'Báo cáo', versions: 'Phiên bản' },
    controls: {
      open: 'Mở chế độ trình chiếu',
      pin: 'Ghim máy chiếu vào {{section}}',
      pinnedTo: 'Máy chiếu đã được ghim vào {{section}}',
      unpin: 'Bỏ ghim: theo tôi',
      bringEveryone: 'Đưa mọi người đến đây',
      brought: 'Đã đưa mọi người đến đây lúc {{time}}',
      joinCode: 'Mã tham gia',
      groupReports: 'Báo cáo của các nhóm',
    },
    amendment: {
      shown: 'Máy chiếu đang hiển thị một đề xuất sửa đổi',
      takeDown: 'Gỡ xuống',
    },
    slide: {
      label: 'Đề xuất sửa đổi đang được thảo luận',
      status: { open: 'Đang chờ quyết định', accepted: 'Đã chấp nhận', rejected: 'Đã bác bỏ' },
      outdated: 'văn bản đã thay đổi kể từ đó',
      proposedBy: 'Đề xuất bởi {{name}}:',
      noSupport: 'Chưa có ai ủng hộ',
      supportedBy: { other: 'Được {{count}} người ủng hộ: {{names}}' },
    },
  },
  groups: {
    number: 'Nhóm {{number}}',
    title: '{{group}} · {{name}}',
    barLabel: 'Nhóm thảo luận của bạn',
    breakoutGroups: 'Nhóm thảo luận',
    choose: 'Chọn nhóm của bạn:',
    option: '{{group}} ({{count}})',
    presence: { other: '{{count}} người trong {{group}}' },
    facilitator: 'Người điều phối: {{name}}',
    reporter: 'Người báo cáo: {{name}}',
    assigned: 'do người điều phối phân công',
    only: 'Chỉ {{group}}',
    group: 'Nhóm',
    noGroup: 'Không thuộc nhóm nào',
    editor: {
      heading: 'Các nhóm',
      none: 'Chưa có nhóm nào.',
      hint: 'Thêm một nhóm cho mỗi chủ đề: mỗi nhóm nhận các phát hiện của mình, một người điều phối và một người báo cáo.',
      add: '+ Thêm nhóm',
      name: 'Tên',
      nameOf: 'Tên của {{group}}',
      namePlaceholder: 'ví dụ: Khung pháp lý',
      facilitator: 'Người điều phối',
      facilitatorOf: 'Người điều phối của {{group}}',
      reporter: 'Người báo cáo',
      reporterOf: 'Người báo cáo của {{group}}',
      themes: 'Chủ đề',
      furtherFindings: 'Các phát hiện khác',
      furtherFindingsCount: 'Các phát hiện khác ({{count}})',
      noFindings: 'Chưa có phát hiện nào.',
      confirmRemove: 'Xóa {{group}}?',
      remove: 'Xóa {{group}}',
      assign: 'Phân công người được mời vào các nhóm',
      groupOf: 'Nhóm của {{name}}',
      choosesThemselves: 'tự chọn',
    },
    reports: {
      title: 'Báo cáo của các nhóm',
      notStarted:
        'Phiên này chưa bắt đầu. Khi người điều phối bắt đầu phiên trên đồng hồ chương trình, một phiên bản sẽ được lưu và các thay đổi của từng nhóm kể từ đó sẽ được liệt kê tại đây.',
      since: 'Các thay đổi kể từ v{{version}}, được lưu khi phiên bắt đầu lúc {{time}}.',
      presentedBy: 'Trình bày bởi {{name}}, người báo cáo',
      noChanges: 'Nhóm này chưa có thay đổi nào.',
      deleted: '(đã xóa)',
      mark: 'Đánh dấu đã tổng hợp',
      unmark: 'Bỏ đánh dấu đã tổng hợp',
      noSessions: 'Chưa có phiên thảo luận nhóm nào có nhóm.',
      session: 'Phiên',
      untitledSession: 'Phiên chưa có tên',
      show: 'Hiển thị trên máy chiếu',
      stopShowing: 'Ngừng hiển thị trên máy chiếu',
      change: {
        dissent: 'đã ghi nhận ý kiến khác',
        edited: 'đã chỉnh sửa',
        added: 'đã thêm',
        drafted: 'đã soạn khuyến nghị',
        revised: 'đã điều chỉnh khuyến nghị',
      },
    },
    consolidated: {
      mark: '✓ Đã tổng hợp',
      by: '{{name}} đã tổng hợp lúc {{when}}',
    },
  },
  agenda: {
    guidance:
      'Công cụ J: các phiên có định giờ của hội thảo, toàn thể hoặc theo nhóm thảo luận, mỗi phiên có người điều phối riêng.',
    add: '+ Thêm phiên',
    ends: 'Kết thúc',
    total: { other: 'Tổng: {{duration}} trong {{count}} phiên' },
    duration: {
      hours: { other: '{{count}} giờ' },
      minutes: { other: '{{count}} phút' },
      hoursMinutes: '{{hours}} {{minutes}}',
    },
    itemName: '{{noun}} {{number}}',
    sessionNumber: 'phiên {{number}}',
    startOf: 'Giờ bắt đầu của {{session}}',
    minutesOf: 'Số phút của {{session}}',
    titleOf: 'Tiêu đề của {{session}}',
    formatOf: 'Hình thức của {{session}}',
    facilitatorOf: 'Người điều phối của {{session}}',
    titlePlaceholder: 'Nội dung của phiên này',
    groups: 'Các nhóm',
    untitledSession: 'Phiên chưa có tên',
    timer: {
      removed: 'Phiên đã bị xóa khỏi chương trình',
      idle: 'Không có phiên nào đang tính giờ',
      overtime: 'quá giờ',
      paused: 'tạm dừng',
      choose: 'Phiên cần tính giờ',
      start: '▶ Bắt đầu',
      resume: 'Tiếp tục',
      pause: 'Tạm dừng',
      extend: '+{{minutes}} phút',
      stop: 'Dừng',
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
      legalFramework: 'Khung pháp lý',
      institutions: 'Thể chế và phối hợp',
      procedures: 'Thủ tục đăng ký',
      costsAccess: 'Chi phí và khả năng tiếp cận',
      awareness: 'Nhận thức',
      coverageStatistics: 'Thống kê mức độ bao phủ',
    },
    populations: {
      refugees: 'Người tị nạn',
      asylumSeekers: 'Người xin tị nạn',
      stateless: 'Người không quốc tịch',
      undeterminedNationality: 'Người chưa xác định được quốc tịch',
      undocumentedMigrants: 'Người di cư không có giấy tờ',
      all: 'Tất cả các nhóm dân cư quan tâm',
    },
    agenda: {
      opening: 'Khai mạc, mục tiêu và chương trình',
      presentFindings: 'Trình bày dự thảo các phát hiện',
      validateFindings: 'Nhóm thảo luận: xác nhận hoặc sửa đổi các phát hiện theo chủ đề',
      groupReports: 'Báo cáo viên các nhóm trình bày; thư ký tổng hợp',
      draftRecommendations: 'Nhóm thảo luận: soạn thảo khuyến nghị dựa trên các phát hiện',
      prioritise: 'Xếp thứ tự ưu tiên các khuyến nghị (bỏ phiếu)',
      closing: 'Chỉ tiêu, các bước tiếp theo hướng tới kế hoạch hành động, bế mạc',
    },
    reportTitle: 'Báo cáo hội thảo kết quả',
    outline: {
      background: {
        heading: 'Bối cảnh và mục tiêu',
        guidance: 'Lý do thực hiện đánh giá, đơn vị chủ trì và những điều hội thảo này cần quyết định.',
      },
      methodology: {
        heading: 'Phương pháp',
        guidance:
          'Nghiên cứu tài liệu, thống kê mức độ bao phủ (Công cụ G), bảng hỏi (Công cụ H), khảo sát thực địa và thảo luận nhóm tập trung (Công cụ I).',
      },
      participants: {
        heading: 'Người tham gia',
        guidance: 'Các bộ, cơ quan Liên Hợp Quốc và tổ chức xã hội dân sự tham dự; các nhóm thảo luận.',
      },
      findings: {
        heading: 'Các phát hiện đã được xác nhận',
        guidance:
          'Tóm tắt các phát hiện theo chủ đề và nhóm dân cư, nêu rõ các đề xuất sửa đổi và ý kiến khác.',
      },
      recommendations: {
        heading: 'Khuyến nghị và thứ tự ưu tiên',
        guidance:
          'Các khuyến nghị, phát hiện mà mỗi khuyến nghị giải quyết, lập luận và thứ tự ưu tiên đã thống nhất.',
      },
      targets: {
        heading: 'Chỉ tiêu đề xuất',
        guidance: 'Chỉ tiêu tiến độ (Công cụ M), tham chiếu SDG 16.9 và Khung hành động khu vực của ESCAP.',
      },
      nextSteps: {
        heading: 'Các bước tiếp theo',
        guidance: 'Trình người ra quyết định và xây dựng kế hoạch hành động (Công cụ N).',
      },
    },
  },
  export: {
    report: 'Báo cáo',
    decision: 'Quyết định',
    date: 'Ngày',
    page: 'Trang {{page}} / {{pages}}',
    noItems: 'Chưa ghi nhận {{items}} nào.',
    deletedLinks: { other: '({{count}} đã xóa)' },
    nameWithRole: '{{name}} ({{role}})',
    separator: ', ',
    either: '{{a}} hoặc {{b}}',
    withReason: '{{text}}: {{reason}}',
    roles: {
      facilitator: 'Người điều phối',
      participant: 'Người tham gia',
      stakeholder: 'Bên liên quan',
      viewer: 'Người xem',
    },
    cover: {
      subtitle: 'Báo cáo hội thảo kết quả',
      country: 'Quốc gia',
      dates: 'Thời gian',
      dateRange: '{{from}} đến {{to}}',
      version: 'Phiên bản',
      versionName: '{{number}} · {{name}}',
      liveDraft: 'Bản nháp trực tiếp tại thời điểm {{moment}} UTC',
      notSaved: '{{edition}} (không phải phiên bản đã lưu)',
      saved: 'Ngày lưu',
      contentHash: 'Mã băm nội dung (SHA-256)',
      auditHead: 'Mục mới nhất của nhật ký kiểm tra',
      auditHeadValue: '{{hash}} (mục {{entry}})',
      runningHead: '{{title}} · {{edition}}',
    },
    endorsements: {
      heading: 'Sự tán thành',
      name: 'Họ tên',
      organisation: 'Tổ chức',
      identity: 'Danh tính',
      comment: 'Nhận xét',
      byInvite: 'xác nhận qua lời mời cá nhân',
      selfDeclared: 'tự khai',
      endorsed: 'Tán thành',
      declined: 'Từ chối',
      none: 'Chưa ghi nhận sự tán thành nào cho phiên bản này.',
      liveDraft: 'Không thể tán thành bản nháp trực tiếp: sự tán thành chỉ áp dụng cho phiên bản đã lưu.',
    },
    decisions: {
      line: '{{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      decisionMaker: 'Người ra quyết định',
      office: 'Cơ quan',
      kind: 'Loại',
      recordedBy: 'Người ghi nhận',
      recordedByValue: '{{person}}, {{date}}',
      noRecommendations: 'Không có {{items}} nào trong phiên bản này.',
      kinds: { formal: 'Chính thức', informal: 'Không chính thức' },
      outcomes: { adopted: 'Thông qua', deferred: 'Hoãn lại', rejected: 'Bác bỏ' },
    },
    findings: {
      noTheme: 'Chưa nêu chủ đề',
      noPopulation: 'Chưa nêu nhóm dân cư',
    },
    actionPlan: {
      none: 'Chưa ghi nhận dòng kế hoạch hành động nào.',
      workbookTitle: '{{title}}: kế hoạch hành động',
    },
    gantt: {
      heading: 'Biểu đồ Gantt',
      title: 'Biểu đồ Gantt của kế hoạch hành động',
      description:
        'Các hoạt động theo mục tiêu, thanh từ ngày bắt đầu đến ngày kết thúc, tô màu theo cơ quan chủ trì',
      markdownNote: 'Biểu đồ Gantt có trong báo cáo DOCX, PDF và các tệp tải xuống biểu đồ Gantt.',
      rows: 'Mục tiêu / hoạt động',
      noObjective: 'Chưa nêu mục tiêu',
      noActivity: '(chưa nêu hoạt động)',
      noAgency: 'Chưa có cơ quan chủ trì',
      noDates: 'chưa có ngày',
      noRows: 'Chưa có dòng kế hoạch hành động nào.',
      endBeforeStart: 'ngày kết thúc trước ngày bắt đầu',
      datesOutside: 'ngày nằm ngoài biểu đồ ({{years}})',
      outside: 'ngoài biểu đồ: {{dates}}',
      today: 'Hôm nay {{date}}',
    },
    participants: {
      heading: 'Phụ lục: người tham dự',
      introVersion:
        'Tất cả những người đã tham gia không gian làm việc trực tuyến (theo tên họ cung cấp) tính đến khi lưu phiên bản này.',
      introLive: 'Tất cả những người đã tham gia không gian làm việc trực tuyến, theo tên họ cung cấp.',
      invitedAs: 'Được mời với vai trò',
      firstSeen: 'Lần đầu tham gia (UTC)',
      none: 'Không ghi nhận ai tham dự.',
    },
    contributors: {
      heading: 'Phụ lục: người đóng góp',
      introVersion:
        'Tất cả những người đã tạo hoặc chỉnh sửa nội dung trong từng phần tính đến khi lưu phiên bản này, theo thứ tự thay đổi đầu tiên.',
      introLive:
        'Tất cả những người đã tạo hoặc chỉnh sửa nội dung trong từng phần, theo thứ tự thay đổi đầu tiên.',
      section: 'Phần',
      contributors: 'Người đóng góp',
      none: 'Không ghi nhận thay đổi nào.',
    },
    amendments: {
      heading: 'Phụ lục: các đề xuất sửa đổi đã xem xét',
      introVersion:
        'Mọi đề xuất thay đổi câu chữ đã được chấp nhận hoặc bác bỏ tính đến khi lưu phiên bản này: ai đề xuất và lý do, những từ được thay đổi, và quyết định.',
      introLive:
        'Mọi đề xuất thay đổi câu chữ đã được chấp nhận hoặc bác bỏ: ai đề xuất và lý do, những từ được thay đổi, và quyết định.',
      amended: 'Nội dung sửa đổi',
      proposedBy: 'Người đề xuất và lý do',
      wordingColumn: 'Câu chữ (trước → sau)',
      target: '{{section}} {{item}}: {{field}}',
      proposed: '{{person}}, {{date}}: {{reason}}',
      wording: '“{{before}}” → “{{after}}”',
      acceptedBy: 'Được chấp nhận bởi {{person}}, {{date}}',
      rejectedBy: 'Bị bác bỏ bởi {{person}}, {{date}}',
      none: 'Chưa có đề xuất sửa đổi nào được chấp nhận hoặc bác bỏ.',
    },
    traceability: {
      heading: 'Phụ lục: truy xuất nguồn gốc',
      intro:
        'Mỗi phát hiện, các khuyến nghị giải quyết phát hiện đó, các dòng kế hoạch hành động thực hiện khuyến nghị và các chỉ tiêu đo lường kết quả (Công cụ K, M và N của bộ công cụ).',
      sheet: 'Truy xuất nguồn gốc',
    },
    gaps: {
      heading: 'Khoảng trống',
      gap: 'Khoảng trống',
      missing: 'Nội dung còn thiếu',
      none: 'Không có khoảng trống: mọi phát hiện mà hội thảo ủng hộ đều được triển khai đến chỉ tiêu.',
      findingUnanswered: 'Phát hiện đã xác nhận hoặc sửa đổi nhưng chưa có khuyến nghị nào giải quyết',
      recommendationWithoutAction: 'Khuyến nghị chưa có dòng kế hoạch hành động',
      actionWithoutTarget: 'Dòng kế hoạch hành động không liên kết với chỉ tiêu nào',
      actionIncomplete: 'Dòng kế hoạch hành động thiếu cơ quan chủ trì, ngày, chi phí hoặc chỉ số',
      targetIncomplete: 'Chỉ tiêu thiếu giá trị cơ sở hoặc giá trị hay năm mục tiêu',
      danglingLink: 'Liên kết tới các mục đã bị xóa',
      findingUnansweredMessage: '{{label}} ở trạng thái {{status}} nhưng chưa có khuyến nghị nào giải quyết',
      recommendationWithoutActionMessage: '{{label}} chưa có dòng kế hoạch hành động',
      actionWithoutTargetMessage: '{{label}} không liên kết với chỉ tiêu nào',
      incompleteMessage: '{{label}} thiếu {{missing}}',
      danglingLinkMessage: { other: '{{label}} liên kết tới {{count}} {{noun}} đã bị xóa ({{field}})' },
    },
  },

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: {
    sections: {
      themes: { title: 'Chủ đề', noun: 'Chủ đề' },
      populations: { title: 'Nhóm dân cư quan tâm', noun: 'Nhóm dân cư' },
      agenda: { title: 'Chương trình', noun: 'Phiên' },
      findings: { title: 'Phát hiện', noun: 'Phát hiện' },
      recommendations: { title: 'Khuyến nghị', noun: 'Khuyến nghị' },
      targets: { title: 'Chỉ tiêu', noun: 'Chỉ tiêu' },
      actionPlan: { title: 'Kế hoạch hành động', noun: 'Dòng' },
    },
    fields: {
      themes: { label: 'Tên' },
      populations: { label: 'Tên' },
      agenda: {
        start: 'Bắt đầu',
        durationMinutes: 'Số phút',
        title: 'Phiên',
        kind: 'Hình thức',
        facilitator: 'Người điều phối',
      },
      findings: {
        theme: 'Chủ đề',
        population: 'Nhóm dân cư',
        evidence: 'Bằng chứng',
        source: 'Nguồn',
        status: 'Trạng thái xác nhận',
        dissent: 'Ý kiến khác',
      },
      recommendations: {
        text: 'Khuyến nghị',
        findingIds: 'Giải quyết các phát hiện',
        agency: 'Cơ quan chịu trách nhiệm',
        reasoning: 'Lập luận',
        status: 'Trạng thái',
        priority: 'Ưu tiên',
      },
      targets: {
        indicator: 'Chỉ số',
        disaggregation: 'Phân tổ',
        baselineValue: 'Giá trị cơ sở',
        baselineYear: 'Năm cơ sở',
        targetValue: 'Giá trị mục tiêu',
        targetYear: 'Năm mục tiêu',
        dataSource: 'Nguồn dữ liệu',
        framework: 'Khung tham chiếu',
        progress: 'Tiến độ',
      },
      actionPlan: {
        objective: 'Mục tiêu',
        activity: 'Hoạt động',
        leadAgency: 'Cơ quan chủ trì',
        partners: 'Đối tác',
        start: 'Bắt đầu',
        end: 'Kết thúc',
        cost: 'Chi phí',
        fundingSource: 'Nguồn kinh phí',
        indicator: 'Chỉ số',
        verification: 'Phương tiện kiểm chứng',
        recommendationIds: 'Khuyến nghị',
        targetIds: 'Chỉ tiêu',
        risks: 'Rủi ro và giả định',
      },
    },
    columns: { Validation: 'Xác nhận', Baseline: 'Cơ sở', Target: 'Mục tiêu' },
    values: {
      findingStatus: {
        draft: 'Dự thảo',
        validated: 'Đã xác nhận',
        amended: 'Đã sửa đổi',
        rejected: 'Bị bác bỏ',
      },
      recommendationStatus: {
        draft: 'Dự thảo',
        agreed: 'Đã thống nhất',
        amended: 'Đã sửa đổi',
        withdrawn: 'Đã rút lại',
      },
      progressStatus: {
        achieved: 'Đã đạt',
        progress: 'Có tiến triển',
        'stagnation-regression': 'Trì trệ / thụt lùi',
        'no-data': 'Không có dữ liệu',
      },
      sessionKind: { plenary: 'Toàn thể', group: 'Nhóm' },
    },
  },
};

export default catalogue;
