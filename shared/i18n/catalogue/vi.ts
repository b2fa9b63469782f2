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

  home: {
    lede: 'Cùng biên soạn trực tiếp các phát hiện, khuyến nghị và kế hoạch hành động của hội thảo kết quả đánh giá đăng ký hộ tịch.',
    deleted: '“{{title}}” đã bị xóa cùng toàn bộ dữ liệu.',
    create: {
      heading: 'Hội thảo mới',
      title: 'Tên hội thảo',
      titlePlaceholder: 'Hội thảo kết quả: đánh giá đăng ký hộ tịch',
      country: 'Quốc gia',
      startsOn: 'Ngày bắt đầu',
      endsOn: 'Ngày kết thúc',
      adminToken: 'Mã quản trị',
      submit: 'Tạo hội thảo',
    },
    invites: {
      share: 'Chỉ chia sẻ mỗi liên kết với những người cần có vai trò đó. Các liên kết chỉ hiển thị một lần.',
      linkLabel: 'Liên kết mời cho {{role}}',
      roleHelp: {
        facilitator: 'điều hành hội thảo và chỉnh sửa',
        participant: 'cùng chỉnh sửa các phát hiện, khuyến nghị và kế hoạch hành động',
        stakeholder: 'đọc bản dự thảo trực tiếp (tán thành các phiên bản cuối cùng)',
        viewer: 'chỉ đọc: máy chiếu và người quan sát',
      },
    },
    recent: {
      heading: 'Hội thảo của bạn',
      opened: 'mở lúc {{when}}',
      removeLabel: 'Xóa {{title}} khỏi danh sách này',
      removeTitle: 'Xóa khỏi danh sách này (bản thân hội thảo vẫn được giữ)',
    },
  },
  join: {
    title: 'Tham gia hội thảo',
    codeLabel: 'Nhập mã hiển thị trên màn hình',
    codePlaceholder: 'K7PM-3QXD',
    help: 'Chữ cái và chữ số; chữ hoa, dấu cách và dấu gạch ngang không quan trọng.',
    submit: 'Tham gia',
    joining: 'Đang tham gia…',
    invalidCode: 'Mã tham gia gồm 8 chữ cái và chữ số, ví dụ K7PM-3QXD',
    refused: {
      notFound: 'Không có hội thảo nào dùng mã này — hãy kiểm tra lại với người điều phối',
      tooMany: { other: 'Thử quá nhiều lần — vui lòng chờ {{count}} giây' },
      unreachable: 'Không kết nối được với máy chủ — vui lòng thử lại',
    },
    card: {
      qrAlt: 'Mã QR để tham gia: {{url}}',
      heading: 'Tham gia hội thảo',
      scan: 'Quét mã, hoặc truy cập',
      andType: 'rồi nhập',
      joinsAs: 'tham gia với vai trò {{role}}',
    },
    slide: {
      close: 'Đóng (Esc)',
    },
    panel: {
      label: 'Mã tham gia',
      none: 'Chưa có mã tham gia: hãy tạo một mã để mọi người trong phòng nhập.',
      show: 'Hiển thị trên máy chiếu',
      onProjector: 'Đang hiển thị trên máy chiếu',
      onProjectorFull: 'Đang hiển thị trên máy chiếu (toàn màn hình)',
      hide: 'Ẩn khỏi máy chiếu',
      slide: 'Trang chiếu tham gia',
      codesLabel: 'Các mã tham gia đang hoạt động',
      revoke: 'Thu hồi',
      revokeLabel: 'Thu hồi mã tham gia {{code}}',
      revokeNote:
        'Thu hồi mã sẽ ngăn người mới tham gia; những người đã vào vẫn ở lại (thu hồi liên kết mời của họ trong mục Người tham dự để loại họ).',
      for: 'Dành cho',
      forRole: {
        participant: 'người tham gia',
        stakeholder: 'bên liên quan',
        viewer: 'người xem',
      },
      make: 'Tạo mã tham gia',
      makeAnother: 'Tạo thêm mã khác',
    },
  },
  shell: {
    appTitle: 'Không gian làm việc hội thảo kết quả',
    roles: {
      facilitator: 'người điều phối',
      participant: 'người tham gia',
      stakeholder: 'bên liên quan',
      viewer: 'người xem',
    },
    home: 'Trang chủ',
    dismiss: 'Bỏ qua',
    opening: 'Đang mở hội thảo…',
    incomplete: {
      title: 'Liên kết mời chưa đầy đủ',
      body: 'Địa chỉ này không có mã mời. Hãy mở đầy đủ liên kết bạn được gửi, bao gồm cả phần sau dấu "#".',
    },
    cannotOpen: {
      title: 'Không thể mở hội thảo này',
      unreachable: 'Không kết nối được với máy chủ.',
      refused:
        'Liên kết mời có thể đã bị thu hồi hoặc hội thảo đã bị xóa. Hãy xin người điều phối một liên kết mới.',
      forgotten: 'Hội thảo đã được xóa khỏi danh sách hội thảo trên trình duyệt này.',
    },
    disconnected: {
      title: 'Bạn đã bị ngắt kết nối',
      serverSays: 'Máy chủ thông báo: {{reason}}.',
      body: 'Liên kết này không còn mở được hội thảo. Nếu bạn vẫn cần tham dự, hãy xin người điều phối một liên kết mới.',
    },
    closed: {
      revoked: 'liên kết mời này đã bị thu hồi',
      deleted: 'hội thảo này đã bị xóa',
      unauthorized: 'mã mời không hợp lệ hoặc bị thiếu',
      malformed: 'máy chủ không đọc được dữ liệu trang này gửi',
      tooManyMessages: 'quá nhiều tin nhắn mỗi giây',
      restarting: 'máy chủ đang khởi động lại',
      busy: 'máy chủ đang bận; đang thử lại',
      documentUnavailable: 'tài liệu của hội thảo hiện không khả dụng; đang thử lại',
      refused: 'máy chủ đã từ chối kết nối này',
    },
    connection: {
      connected: 'Trực tuyến',
      connecting: 'Đang kết nối…',
      offline: 'Ngoại tuyến — các chỉnh sửa được lưu trên thiết bị này và sẽ gửi đi khi có kết nối trở lại',
      refused: 'Bị từ chối truy cập',
    },
    header: {
      youAre: 'bạn là {{role}}',
      readOnly: '(chỉ đọc)',
      here: { other: '{{count}} người ở đây' },
      menuHint: ': tên của bạn, và những ai đang ở đây',
      people: 'Người tham dự',
      workshop: 'Hội thảo…',
      yourName: 'Tên của bạn',
      nameFromInvite: 'Tên của bạn lấy từ liên kết mời',
    },
    archivedBanner: 'Đã lưu trữ ngày {{date}}: mọi người chỉ có thể đọc. Vẫn có thể xuất dữ liệu.',
    nav: {
      label: 'Các phần',
      trace: 'Truy vết',
      report: 'Báo cáo',
      versions: 'Phiên bản',
      gaps: { other: '{{count}} chỗ còn thiếu' },
      openAmendments: { other: '{{count}} đề xuất sửa đổi đang chờ' },
    },
    presence: {
      label: 'Những người đang ở đây',
      nameRole: '{{name}} ({{role}})',
      self: '{{name}} (bạn)',
    },
    notice: {
      undo: 'Hoàn tác',
    },
    summon: {
      broughtBy: '{{name}} đã đưa bạn đến đây',
      goBack: 'Quay lại',
    },
    endorsement: {
      banner:
        'Phiên bản đã được tán thành v{{number}} “{{name}}” ({{endorsements}}, {{confirmed}}, {{selfDeclared}}).',
      endorsements: { other: '{{count}} sự tán thành' },
      confirmed: '{{count}} xác nhận qua liên kết mời cá nhân',
      selfDeclared: '{{count}} tự khai',
      unchanged: 'Bản dự thảo chưa thay đổi kể từ đó.',
      changed: 'Bản dự thảo đã thay đổi kể từ đó:',
      seeDiff: 'xem khác biệt',
    },
    lifecycle: {
      title: 'Hội thảo này',
      archived: 'Đã lưu trữ',
      archive: 'Lưu trữ',
      archiveHelp:
        'Khi hội thảo kết thúc: không ai có thể thay đổi nữa (tài liệu, biểu quyết và bình luận), mọi người vẫn đọc được và xuất được các phiên bản. Có thể bỏ lưu trữ.',
      archivedOn:
        'Đã lưu trữ ngày {{date}}: mọi người chỉ có thể đọc. Bỏ lưu trữ sẽ cho phép mọi người chỉnh sửa lại.',
      unarchive: 'Bỏ lưu trữ',
      archiveWorkshop: 'Lưu trữ hội thảo',
      move: 'Chuyển sang máy chủ khác',
      moveHelp:
        'Toàn bộ hội thảo trong một tệp (tài liệu, phiên bản, sự tán thành, quyết định, biểu quyết, bình luận, đề xuất sửa đổi, điểm danh, hoạt động và nhật ký kiểm tra), để quản trị viên nhập vào máy chủ khác, nơi hội thảo tiếp tục với các liên kết mời mới. Tệp không chứa liên kết mời và mã tham gia.',
      downloadArchive: 'Tải tệp lưu trữ',
      deleteHelp:
        'Xóa vĩnh viễn hội thảo và mọi thứ trong đó: tài liệu và lịch sử, phiên bản, sự tán thành, biểu quyết, bình luận, điểm danh, hoạt động và nhật ký kiểm tra. Mọi liên kết mời sẽ ngừng hoạt động và mọi người đang kết nối sẽ bị ngắt. Hãy xuất những gì cần giữ trước.',
      confirmTitle: 'Nhập tên hội thảo, {{title}}, để xác nhận',
      deleteWorkshop: 'Xóa hội thảo này',
    },
  },
  people: {
    title: 'Người tham dự',
    lastUsed: {
      never: 'chưa bao giờ',
      justNow: 'vừa xong',
    },
    confirmRevokePerson: 'Thu hồi liên kết của {{name}}? Bất kỳ ai đang dùng sẽ bị ngắt kết nối.',
    confirmRevokeLink: 'Thu hồi liên kết dành cho {{role}}? Bất kỳ ai đang dùng sẽ bị ngắt kết nối.',
    newLink: 'Liên kết cho {{who}} — chỉ hiển thị lần này:',
    anyoneWith: 'bất kỳ ai có liên kết dành cho {{role}}',
    anyoneWithCell: 'Bất kỳ ai có liên kết dành cho {{role}}',
    newLinkLabel: 'Liên kết mời mới',
    columns: {
      who: 'Ai',
      organisation: 'Tổ chức',
      role: 'Vai trò',
      lastUsed: 'Dùng lần cuối',
      now: 'Hiện tại',
    },
    connected: { other: '{{count}} đang kết nối' },
    revoked: 'đã thu hồi',
    revoke: 'Thu hồi',
    invite: {
      heading: 'Mời một người',
      name: 'Họ tên',
      organisation: 'Tổ chức',
      role: 'Vai trò',
      submit: 'Tạo lời mời',
    },
    newRoleLink: 'Liên kết mới cho {{role}}',
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
