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

  template: {},
  export: {},

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: englishDocumentWords(),
};

export default catalogue;
