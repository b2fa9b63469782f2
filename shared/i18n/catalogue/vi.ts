import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

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
    title: 'Phiên bản',
    guidance:
      'Các bản sao cố định của toàn bộ hội thảo kết quả. Các bên liên quan tán thành một phiên bản cụ thể; mã băm nội dung của phiên bản đó về sau chứng minh rằng văn bản được tán thành chính là văn bản họ đã xem. Sau khi báo cáo được trình bày cho (những) người ra quyết định, người điều phối ghi lại quyết định của họ trên phiên bản đã trình bày. Các phiên bản cũng được lưu tự động trong khi mọi người chỉnh sửa và khi tất cả đã rời đi.',
    exportLive: 'Xuất bản nháp hiện tại',
    auditLog: 'Nhật ký kiểm tra',
    nameLabel: 'Tên phiên bản',
    namePlaceholder: 'ví dụ: Bản cuối để tán thành',
    save: 'Lưu phiên bản',
    empty: 'Chưa có phiên bản nào.',
    confirmRestore:
      'Khôi phục v{{number}} “{{name}}”? Bản nháp hiện tại sẽ được lưu trước, nên có thể hoàn tác việc này.',
    card: {
      automatic: 'tự động',
      autoNames: {
        leaving: 'Tự động lưu khi mọi người đã rời đi',
        editing: 'Tự động lưu trong khi chỉnh sửa',
      },
      workspace: 'Không gian làm việc',
      openForEndorsement: 'đang mở để tán thành',
      sameAsDraft: 'giống bản nháp',
      byline: '{{name}} ({{role}})',
      hashTitle: 'SHA-256 của nội dung: {{hash}}',
      endorsed: 'đã tán thành',
      declined: 'đã từ chối',
      identity: {
        invite: 'đã xác nhận qua lời mời cá nhân',
        selfDeclared: 'tự khai',
      },
      openReadOnly: 'Mở chỉ đọc',
      export: 'Xuất v{{number}}',
      compare: 'So sánh với bản nháp',
      restore: 'Khôi phục',
      open: 'Mở để tán thành',
    },
    endorse: {
      as: 'Với tư cách {{name}}',
      fromInvite: '— theo lời mời cá nhân của bạn',
      organisation: 'Tổ chức của bạn',
      comment: 'Ý kiến',
      commentPlaceholder: 'Ý kiến (bắt buộc khi từ chối)',
      endorse: 'Tán thành v{{number}}',
      decline: 'Từ chối',
    },
    diff: {
      title: 'Thay đổi từ v{{number}} “{{name}}” đến bản nháp hiện tại',
      close: 'Đóng phần so sánh',
      comparing: 'Đang so sánh…',
      none: 'Không có khác biệt.',
      added: 'Đã thêm: {{item}}',
      removed: 'Đã xóa: {{item}}',
      changed: 'Đã thay đổi {{item}}:',
      moved: { other: 'Đã di chuyển: {{count}} mục' },
      report: 'Báo cáo',
    },
    viewer: {
      opening: 'Đang mở phiên bản…',
      title: 'v{{number}} “{{name}}”, chỉ đọc',
      verified: 'nội dung khớp với mã băm',
      notVerified: 'nội dung KHÔNG khớp với mã băm',
      close: 'Đóng phiên bản',
      sections: 'Các phần của phiên bản',
      trace: 'Truy vết',
      report: 'Báo cáo',
    },
    gaps: {
      label: 'Thiếu sót trong v{{number}}',
      failed: 'Không thể kiểm tra thiếu sót của v{{number}}: {{reason}}',
      count: { other: 'v{{number}} có {{count}} thiếu sót' },
      explain:
        'trong chuỗi từ phát hiện đến chỉ tiêu; các bên liên quan sẽ tán thành phiên bản này như hiện trạng.',
      openAnyway: 'Vẫn mở để tán thành',
    },
    decisions: {
      listLabel: 'Các quyết định về v{{number}}',
      record: 'Ghi lại quyết định',
      line: 'Quyết định: {{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      recordedBy: 'Do {{name}} ({{role}}) ghi lại · {{when}}',
      kinds: { formal: 'Chính thức', informal: 'Không chính thức' },
      outcomes: { adopted: 'Được thông qua', deferred: 'Hoãn lại', rejected: 'Bị bác bỏ' },
      form: {
        label: 'Ghi lại quyết định về v{{number}}',
        intro:
          'Điều mà (những) người ra quyết định đã quyết định sau khi phiên bản này được trình bày. Quyết định đã ghi không thể thay đổi; hãy ghi một quyết định khác để đính chính.',
        decisionMaker: 'Người ra quyết định',
        decisionMakerPlaceholder: 'ví dụ: Ngài Somsak K.',
        office: 'Chức vụ',
        officePlaceholder: 'ví dụ: Bộ trưởng Bộ Nội vụ',
        kind: 'Loại quyết định',
        date: 'Ngày ra quyết định',
        text: 'Nội dung quyết định',
        recommendations: 'Các khuyến nghị của v{{number}}',
        loading: 'Đang tải các khuyến nghị của phiên bản này…',
        noRecommendations: 'Phiên bản này không có khuyến nghị nào.',
        outcomeLabel: 'Quyết định về {{label}}',
        invalid: 'Vui lòng kiểm tra: {{fields}}',
        recommendationsField: 'các quyết định về khuyến nghị',
        submit: 'Ghi quyết định',
      },
    },
    places: {
      report: 'Báo cáo',
      deletedItem: 'Một mục đã bị xóa',
      openAmendments: { other: 'đề xuất sửa đổi đang chờ' },
      guest: 'Khách {{number}}',
    },
  },
  report: {
    title: 'Báo cáo',
    commentsLabel: 'Ý kiến về báo cáo: {{count}} đang mở',
    comments: 'Ý kiến ({{count}})',
    amendmentsLabel: 'Đề xuất sửa đổi báo cáo: {{count}} đang mở',
    amendments: 'Đề xuất sửa đổi ({{count}})',
    guidance:
      'Báo cáo hội thảo kết quả (Công cụ K): phần văn bản xoay quanh các phát hiện, khuyến nghị và chỉ tiêu. Chọn từ ngữ để góp ý hoặc đề xuất thay đổi.',
    wholeLabel: 'Về toàn bộ báo cáo (chọn từ ngữ trong báo cáo để góp ý về chúng)',
    unquoteLabel: 'thay vào đó góp ý về toàn bộ báo cáo',
    name: 'báo cáo',
    proposeHint: 'Hãy chọn từ ngữ trong báo cáo trước.',
  },
  exportMenu: {
    export: 'Xuất',
    language: 'Ngôn ngữ của tệp',
    preparing: '{{file}}…',
    files: {
      reportDocx: 'Báo cáo (Word)',
      reportPdf: 'Báo cáo (PDF)',
      reportMd: 'Báo cáo (Markdown)',
      workshopXlsx: 'Tất cả các phần (Excel)',
      actionPlanXlsx: 'Kế hoạch hành động (Excel)',
      actionPlanCsv: 'Kế hoạch hành động (CSV)',
      ganttSvg: 'Biểu đồ Gantt (SVG)',
      ganttPng: 'Biểu đồ Gantt (PNG)',
    },
  },
  importer: {
    button: 'Nhập',
    title: 'Nhập {{section}}',
    file: 'Tệp CSV hoặc Excel (hàng đầu tiên là tên cột)',
    paste: 'Hoặc dán các hàng sao chép từ bảng tính',
    previewPasted: 'Xem trước các hàng đã dán',
    pastedName: 'các hàng đã dán',
    summary: { other: '{{count}} hàng sẽ được nhập, {{skipped}} hàng bị bỏ qua' },
    source: '· từ {{name}}; tối đa {{max}} hàng mỗi lần nhập',
    notInLists: 'Không có trong danh sách của hội thảo',
    where: { other: '({{field}}, hàng {{rows}})' },
    whatToDo: 'Xử lý “{{value}}” thế nào',
    skipRows: 'bỏ qua các hàng này',
    addToList: 'thêm vào danh sách',
    useEntry: 'dùng một mục có sẵn trong danh sách',
    problemRows: { other: '{{count}} hàng có lỗi và sẽ bị bỏ qua nếu không sửa' },
    row: 'Hàng {{row}}',
    rowHeader: 'Hàng',
    fix: 'Sửa {{field}}, hàng {{row}}',
    column: 'Cột {{number}}',
    columnField: 'Trường cho cột “{{column}}”',
    ignore: 'bỏ qua',
    showing: 'Đang hiển thị {{shown}} hàng đầu tiên trong số {{total}} hàng.',
    submit: { other: 'Nhập {{count}} hàng' },
    imported: { other: 'Đã nhập {{count}} hàng vào {{section}}.' },
    importedSkipped: { other: 'Đã nhập {{count}} hàng vào {{section}}; {{skipped}} hàng bị bỏ qua.' },
    problems: {
      invalid_value: '{{field}}: “{{value}}” không phải là một trong các giá trị {{allowed}}',
      invalid_value_plain: '{{field}}: “{{value}}” không phải là giá trị hợp lệ cho trường này',
      invalid_date: '{{field}}: “{{value}}” không phải là ngày (YYYY-MM-DD)',
      invalid_year: '{{field}}: “{{value}}” không phải là năm',
      unknown_link: '{{field}}: không có mục nào của hội thảo này mang nhãn “{{value}}”',
      unknown_choice:
        '{{field}}: “{{value}}” không có trong danh sách của hội thảo: hãy thêm vào, hoặc ghép với một mục có sẵn',
      empty_row: 'không có gì để nhập: các cột đã ghép đều trống',
    },
  },
  audit: {
    title: 'Nhật ký kiểm tra',
    close: 'Đóng nhật ký kiểm tra',
    intact: { other: '✓ Chuỗi nguyên vẹn, {{count}} mục, đầu chuỗi' },
    broken: '✕ Chuỗi bị đứt tại mục {{seq}}: {{reason}}',
    reasons: {
      seq: 'mục {{seq}} bị thiếu hoặc sai thứ tự',
      link: 'mục {{seq}} không nối tiếp mục trước đó',
      hash: 'mục {{seq}} đã bị thay đổi sau khi được ghi',
    },
    empty: 'Chưa có gì được ghi lại.',
    entry: '{{name}} ({{role}}) {{action}}',
    actions: {
      invite: {
        created: 'đã tạo một lời mời',
        revoked: 'đã thu hồi một lời mời',
      },
      'join-code': {
        created: 'đã tạo một mã tham gia',
        revoked: 'đã thu hồi một mã tham gia',
      },
      version: {
        saved: 'đã lưu một phiên bản',
        restored: 'đã khôi phục một phiên bản',
      },
      endorsement: {
        requested: 'đã mở một phiên bản để tán thành',
        given: 'đã tán thành một phiên bản',
        declined: 'đã từ chối một phiên bản',
      },
      vote: {
        opened: 'đã mở một cuộc bỏ phiếu',
        closed: 'đã đóng một cuộc bỏ phiếu',
      },
      decision: {
        recorded: 'đã ghi lại một quyết định',
      },
      import: {
        applied: 'đã nhập các hàng',
      },
      workshop: {
        archived: 'đã lưu trữ hội thảo',
        unarchived: 'đã bỏ lưu trữ hội thảo',
        exported: 'đã tải xuống tệp lưu trữ của hội thảo',
        imported: 'đã nhập hội thảo từ một tệp lưu trữ',
      },
      export: {
        version: 'đã xuất một phiên bản',
      },
      amendment: {
        proposed: 'đã nêu một đề xuất sửa đổi',
        accepted: 'đã chấp nhận một đề xuất sửa đổi',
        rejected: 'đã bác bỏ một đề xuất sửa đổi',
      },
    },
    roles: {
      facilitator: 'người điều phối',
      participant: 'người tham gia',
      stakeholder: 'bên liên quan',
      viewer: 'người xem',
    },
    kinds: {
      named: 'có tên',
      auto: 'tự động',
      formal: 'chính thức',
      informal: 'không chính thức',
      role: 'liên kết theo vai trò',
      personal: 'lời mời cá nhân',
    },
  },
  errors: {
    unknown: 'Đã xảy ra lỗi.',
    network: 'Không thể kết nối tới máy chủ. Hãy kiểm tra kết nối và thử lại.',
    status: 'Yêu cầu bị từ chối ({{status}}).',
    server: 'Máy chủ không thể phản hồi ({{status}}). Hãy thử lại sau ít phút.',
    withDetail: '{{message}} ({{detail}})',
    codes: {
      invalid_json: 'Không thể đọc yêu cầu.',
      invalid_request: 'Có điều gì đó trong yêu cầu không hợp lệ.',
      unauthorized: 'Liên kết mời này không hợp lệ cho hội thảo này.',
      forbidden: 'Không được phép thực hiện việc này.',
      not_found: 'Không tìm thấy: có thể đã bị xóa.',
      conflict: 'Không thể thực hiện việc này trong tình trạng hiện tại.',
      outdated: 'Văn bản đã thay đổi trong lúc đó.',
      archived: 'Hội thảo này đã được lưu trữ: có thể đọc nhưng không thể thay đổi.',
      payload_too_large: 'Dữ liệu quá lớn.',
      unsupported_media_type: 'Không thể đọc loại tệp này.',
      unavailable: 'Máy chủ đang bận hoặc không khả dụng. Hãy thử lại sau ít phút.',
      too_many_requests: 'Thử quá nhiều lần. Hãy đợi một lát rồi thử lại.',
      internal: 'Máy chủ gặp sự cố. Hãy thử lại; nếu vẫn xảy ra, hãy báo cho người điều phối.',
      invalid_archive: 'Tệp lưu trữ hội thảo này bị hỏng hoặc không đầy đủ.',
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
