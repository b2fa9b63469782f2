import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

/** th: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'บันทึก',
    cancel: 'ยกเลิก',
    close: 'ปิด',
    delete: 'ลบ',
    edit: 'แก้ไข',
    add: 'เพิ่ม',
    remove: 'นำออก',
    back: 'กลับ',
    loading: 'กำลังโหลด…',
    retry: 'ลองอีกครั้ง',
    yes: 'ใช่',
    no: 'ไม่',
    showAll: 'แสดงทั้งหมด',
    copy: 'คัดลอก',
    copied: 'คัดลอกแล้ว',
    done: 'เสร็จสิ้น',
    download: 'ดาวน์โหลด',
    open: 'เปิด',
    none: 'ไม่มี',
    language: 'ภาษา',
    untitled: 'ไม่มีชื่อ',
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
    screenName: 'หน้าจอนำเสนอ',
    groupReports: 'รายงานของกลุ่มย่อย',
    pinned: 'ปักหมุดไว้',
    following: 'ติดตาม {{name}}',
    sideLabel: 'การเข้าร่วม การลงคะแนน และผู้ที่อยู่ที่นี่',
    hereNow: 'อยู่ที่นี่ขณะนี้ ({{count}})',
    peopleHere: 'ผู้ที่อยู่ที่นี่ขณะนี้',
    sections: { trace: 'การตรวจสอบย้อนกลับ', report: 'รายงาน', versions: 'ฉบับ' },
    controls: {
      open: 'เปิดมุมมองการนำเสนอ',
      pin: 'ปักหมุดจอฉายไว้ที่ {{section}}',
      pinnedTo: 'จอฉายปักหมุดไว้ที่ {{section}}',
      unpin: 'เลิกปักหมุด: ติดตามฉัน',
      bringEveryone: 'พาทุกคนมาที่นี่',
      brought: 'พาทุกคนมาที่นี่แล้วเมื่อ {{time}}',
      joinCode: 'รหัสเข้าร่วม',
      groupReports: 'รายงานของกลุ่มย่อย',
    },
    amendment: {
      shown: 'จอฉายกำลังแสดงการแก้ไขเพิ่มเติม',
      takeDown: 'นำออกจากจอ',
    },
    slide: {
      label: 'การแก้ไขเพิ่มเติมที่กำลังพิจารณา',
      status: { open: 'เปิดให้ตัดสินใจ', accepted: 'ยอมรับแล้ว', rejected: 'ปฏิเสธแล้ว' },
      outdated: 'ข้อความมีการเปลี่ยนแปลงตั้งแต่นั้น',
      proposedBy: 'เสนอโดย {{name}}:',
      noSupport: 'ยังไม่มีผู้สนับสนุน',
      supportedBy: { other: 'ผู้สนับสนุน {{count}} คน: {{names}}' },
    },
  },
  groups: {
    number: 'กลุ่มที่ {{number}}',
    title: '{{group}} · {{name}}',
    barLabel: 'กลุ่มย่อยของคุณ',
    breakoutGroups: 'กลุ่มย่อย',
    choose: 'เลือกกลุ่มของคุณ:',
    option: '{{group}} ({{count}})',
    presence: { other: '{{count}} คนใน{{group}}' },
    facilitator: 'ผู้ดำเนินการประชุม: {{name}}',
    reporter: 'ผู้รายงาน: {{name}}',
    assigned: 'กำหนดโดยผู้ดำเนินการประชุม',
    only: 'เฉพาะ{{group}}',
    group: 'กลุ่ม',
    noGroup: 'ไม่มีกลุ่ม',
    editor: {
      heading: 'กลุ่ม',
      none: 'ยังไม่มีกลุ่ม',
      hint: 'เพิ่มหนึ่งกลุ่มต่อหนึ่งประเด็น: แต่ละกลุ่มจะได้รับข้อค้นพบของตน ผู้ดำเนินการประชุม และผู้รายงาน',
      add: '+ เพิ่มกลุ่ม',
      name: 'ชื่อ',
      nameOf: 'ชื่อของ{{group}}',
      namePlaceholder: 'เช่น กรอบกฎหมาย',
      facilitator: 'ผู้ดำเนินการประชุม',
      facilitatorOf: 'ผู้ดำเนินการประชุมของ{{group}}',
      reporter: 'ผู้รายงาน',
      reporterOf: 'ผู้รายงานของ{{group}}',
      themes: 'ประเด็น',
      furtherFindings: 'ข้อค้นพบเพิ่มเติม',
      furtherFindingsCount: 'ข้อค้นพบเพิ่มเติม ({{count}})',
      noFindings: 'ยังไม่มีข้อค้นพบ',
      confirmRemove: 'ลบ{{group}}หรือไม่',
      remove: 'ลบ{{group}}',
      assign: 'กำหนดกลุ่มให้ผู้ที่ได้รับเชิญ',
      groupOf: 'กลุ่มของ {{name}}',
      choosesThemselves: 'เลือกเอง',
    },
    reports: {
      title: 'รายงานของกลุ่มย่อย',
      notStarted:
        'ช่วงการประชุมนี้ยังไม่เริ่ม เมื่อผู้ดำเนินการประชุมเริ่มช่วงนี้ด้วยตัวจับเวลากำหนดการ ระบบจะบันทึกฉบับไว้ และจะแสดงการเปลี่ยนแปลงของแต่ละกลุ่มนับจากนั้นที่นี่',
      since: 'การเปลี่ยนแปลงนับจากฉบับที่ {{version}} ซึ่งบันทึกไว้เมื่อช่วงการประชุมเริ่มเวลา {{time}}',
      presentedBy: 'นำเสนอโดย {{name}} ผู้รายงาน',
      noChanges: 'ยังไม่มีการเปลี่ยนแปลงจากกลุ่มนี้',
      deleted: '(ถูกลบแล้ว)',
      mark: 'ทำเครื่องหมายว่ารวบรวมแล้ว',
      unmark: 'ยกเลิกการรวบรวม',
      noSessions: 'ยังไม่มีช่วงการประชุมกลุ่มย่อยใดที่มีกลุ่ม',
      session: 'ช่วงการประชุม',
      untitledSession: 'ช่วงการประชุมที่ไม่มีชื่อ',
      show: 'แสดงบนจอฉาย',
      stopShowing: 'หยุดแสดงบนจอฉาย',
      change: {
        dissent: 'บันทึกความเห็นแย้งแล้ว',
        edited: 'แก้ไขข้อความแล้ว',
        added: 'เพิ่มแล้ว',
        drafted: 'ร่างข้อเสนอแนะแล้ว',
        revised: 'ปรับปรุงข้อเสนอแนะแล้ว',
      },
    },
    consolidated: {
      mark: '✓ รวบรวมแล้ว',
      by: 'รวบรวมโดย {{name}} เมื่อ {{when}}',
    },
  },
  agenda: {
    guidance:
      'เครื่องมือ J: ช่วงการประชุมที่กำหนดเวลาของการประชุมเชิงปฏิบัติการ ทั้งการประชุมใหญ่และกลุ่มย่อย แต่ละช่วงมีผู้ดำเนินการประชุมของตน',
    add: '+ เพิ่มช่วงการประชุม',
    ends: 'สิ้นสุด',
    total: { other: 'รวม: {{duration}} ใน {{count}} ช่วง' },
    duration: {
      hours: { other: '{{count}} ชม.' },
      minutes: { other: '{{count}} นาที' },
      hoursMinutes: '{{hours}} {{minutes}}',
    },
    itemName: '{{noun}} {{number}}',
    sessionNumber: 'ช่วงที่ {{number}}',
    startOf: 'เวลาเริ่มของ{{session}}',
    minutesOf: 'จำนวนนาทีของ{{session}}',
    titleOf: 'ชื่อของ{{session}}',
    formatOf: 'รูปแบบของ{{session}}',
    facilitatorOf: 'ผู้ดำเนินการประชุมของ{{session}}',
    titlePlaceholder: 'สิ่งที่จะเกิดขึ้นในช่วงนี้',
    groups: 'กลุ่ม',
    untitledSession: 'ช่วงการประชุมที่ไม่มีชื่อ',
    timer: {
      removed: 'ช่วงการประชุมถูกนำออกจากกำหนดการแล้ว',
      idle: 'ไม่มีช่วงที่จับเวลา',
      overtime: 'เกินเวลา',
      paused: 'หยุดชั่วคราว',
      choose: 'ช่วงที่จะจับเวลา',
      start: '▶ เริ่ม',
      resume: 'ทำต่อ',
      pause: 'หยุดชั่วคราว',
      extend: '+{{minutes}} นาที',
      stop: 'หยุด',
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
