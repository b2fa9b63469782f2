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
    title: 'ฉบับ',
    guidance:
      'สำเนาที่ตรึงไว้ของการประชุมเชิงปฏิบัติการเพื่อนำเสนอผลทั้งหมด ผู้มีส่วนได้ส่วนเสียให้การรับรองฉบับใดฉบับหนึ่งโดยเฉพาะ และค่าแฮชของเนื้อหาจะพิสูจน์ได้ในภายหลังว่าข้อความที่ได้รับการรับรองคือข้อความที่พวกเขาเห็น เมื่อนำเสนอรายงานต่อผู้มีอำนาจตัดสินใจแล้ว ผู้ดำเนินการประชุมจะบันทึกการตัดสินใจของพวกเขาไว้กับฉบับที่นำเสนอ ระบบยังบันทึกฉบับโดยอัตโนมัติระหว่างที่มีการแก้ไขและเมื่อทุกคนออกไปแล้ว',
    exportLive: 'ส่งออกร่างปัจจุบัน',
    auditLog: 'บันทึกการตรวจสอบ',
    nameLabel: 'ชื่อฉบับ',
    namePlaceholder: 'เช่น ฉบับสุดท้ายเพื่อการรับรอง',
    save: 'บันทึกฉบับ',
    empty: 'ยังไม่มีฉบับใด',
    confirmRestore: 'กู้คืนฉบับ v{{number}} “{{name}}” หรือไม่ ระบบจะบันทึกร่างปัจจุบันไว้ก่อน จึงสามารถย้อนกลับได้',
    card: {
      automatic: 'อัตโนมัติ',
      autoNames: {
        leaving: 'บันทึกอัตโนมัติเมื่อทุกคนออกไปแล้ว',
        editing: 'บันทึกอัตโนมัติระหว่างการแก้ไข',
      },
      workspace: 'ระบบพื้นที่ทำงาน',
      openForEndorsement: 'เปิดให้รับรอง',
      sameAsDraft: 'เหมือนกับร่าง',
      byline: '{{name}} ({{role}})',
      hashTitle: 'SHA-256 ของเนื้อหา: {{hash}}',
      endorsed: 'ให้การรับรองแล้ว',
      declined: 'ไม่ให้การรับรอง',
      identity: {
        invite: 'ยืนยันด้วยคำเชิญส่วนบุคคล',
        selfDeclared: 'แจ้งด้วยตนเอง',
      },
      openReadOnly: 'เปิดแบบอ่านอย่างเดียว',
      export: 'ส่งออก v{{number}}',
      compare: 'เปรียบเทียบกับร่าง',
      restore: 'กู้คืน',
      open: 'เปิดให้รับรอง',
    },
    endorse: {
      as: 'ในนาม {{name}}',
      fromInvite: '— จากคำเชิญส่วนบุคคลของคุณ',
      organisation: 'หน่วยงานของคุณ',
      comment: 'ความเห็น',
      commentPlaceholder: 'ความเห็น (จำเป็นหากไม่ให้การรับรอง)',
      endorse: 'รับรอง v{{number}}',
      decline: 'ไม่รับรอง',
    },
    diff: {
      title: 'การเปลี่ยนแปลงจาก v{{number}} “{{name}}” ถึงร่างปัจจุบัน',
      close: 'ปิดการเปรียบเทียบ',
      comparing: 'กำลังเปรียบเทียบ…',
      none: 'ไม่มีความแตกต่าง',
      added: 'เพิ่ม: {{item}}',
      removed: 'ลบ: {{item}}',
      changed: 'เปลี่ยน {{item}}:',
      moved: { other: 'ย้าย: {{count}} รายการ' },
      report: 'รายงาน',
    },
    viewer: {
      opening: 'กำลังเปิดฉบับ…',
      title: 'v{{number}} “{{name}}” อ่านอย่างเดียว',
      verified: 'เนื้อหาตรงกับค่าแฮช',
      notVerified: 'เนื้อหาไม่ตรงกับค่าแฮช',
      close: 'ปิดฉบับ',
      sections: 'ส่วนต่าง ๆ ของฉบับ',
      trace: 'การตรวจสอบความเชื่อมโยง',
      report: 'รายงาน',
    },
    gaps: {
      label: 'ช่องว่างใน v{{number}}',
      failed: 'ไม่สามารถตรวจหาช่องว่างใน v{{number}}: {{reason}}',
      count: { other: 'v{{number}} มีช่องว่าง {{count}} จุด' },
      explain: 'ในห่วงโซ่จากข้อค้นพบถึงเป้าหมาย ผู้มีส่วนได้ส่วนเสียจะรับรองฉบับนี้ตามที่เป็นอยู่',
      openAnyway: 'เปิดให้รับรองต่อไป',
    },
    decisions: {
      listLabel: 'การตัดสินใจเกี่ยวกับ v{{number}}',
      record: 'บันทึกการตัดสินใจ',
      line: 'การตัดสินใจ: {{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      recordedBy: 'บันทึกโดย {{name}} ({{role}}) · {{when}}',
      kinds: { formal: 'เป็นทางการ', informal: 'ไม่เป็นทางการ' },
      outcomes: { adopted: 'รับไปดำเนินการ', deferred: 'เลื่อนออกไป', rejected: 'ไม่รับ' },
      form: {
        label: 'บันทึกการตัดสินใจเกี่ยวกับ v{{number}}',
        intro:
          'สิ่งที่ผู้มีอำนาจตัดสินใจได้ตัดสินใจหลังจากมีการนำเสนอฉบับนี้ การตัดสินใจที่บันทึกแล้วไม่สามารถแก้ไขได้ หากต้องการแก้ไขให้บันทึกการตัดสินใจใหม่',
        decisionMaker: 'ผู้มีอำนาจตัดสินใจ',
        decisionMakerPlaceholder: 'เช่น ฯพณฯ สมศักดิ์ ก.',
        office: 'ตำแหน่ง',
        officePlaceholder: 'เช่น รัฐมนตรีว่าการกระทรวงมหาดไทย',
        kind: 'ประเภทของการตัดสินใจ',
        date: 'วันที่ตัดสินใจ',
        text: 'สิ่งที่ได้ตัดสินใจ',
        recommendations: 'ข้อเสนอแนะของ v{{number}}',
        loading: 'กำลังโหลดข้อเสนอแนะของฉบับนี้…',
        noRecommendations: 'ฉบับนี้ไม่มีข้อเสนอแนะ',
        outcomeLabel: 'การตัดสินใจเกี่ยวกับ {{label}}',
        invalid: 'โปรดตรวจสอบ: {{fields}}',
        recommendationsField: 'การตัดสินใจเกี่ยวกับข้อเสนอแนะ',
        submit: 'บันทึกการตัดสินใจ',
      },
    },
    places: {
      report: 'รายงาน',
      deletedItem: 'รายการที่ถูกลบ',
      openAmendments: { other: 'การแก้ไขเพิ่มเติมที่รอการพิจารณา' },
      guest: 'ผู้เยี่ยมชม {{number}}',
    },
  },
  report: {
    title: 'รายงาน',
    commentsLabel: 'ความเห็นต่อรายงาน: เปิดอยู่ {{count}} รายการ',
    comments: 'ความเห็น ({{count}})',
    amendmentsLabel: 'การแก้ไขเพิ่มเติมของรายงาน: เปิดอยู่ {{count}} รายการ',
    amendments: 'การแก้ไขเพิ่มเติม ({{count}})',
    guidance:
      'รายงานการประชุมเชิงปฏิบัติการเพื่อนำเสนอผล (เครื่องมือ K): เนื้อความที่อธิบายข้อค้นพบ ข้อเสนอแนะ และเป้าหมาย เลือกคำเพื่อแสดงความเห็นหรือเสนอการเปลี่ยนแปลง',
    wholeLabel: 'ต่อรายงานทั้งฉบับ (เลือกคำในรายงานเพื่อแสดงความเห็นต่อคำเหล่านั้น)',
    unquoteLabel: 'แสดงความเห็นต่อรายงานทั้งฉบับแทน',
    name: 'รายงาน',
    proposeHint: 'โปรดเลือกคำในรายงานก่อน',
  },
  exportMenu: {
    export: 'ส่งออก',
    language: 'ภาษาของไฟล์',
    preparing: '{{file}}…',
    files: {
      reportDocx: 'รายงาน (Word)',
      reportPdf: 'รายงาน (PDF)',
      reportMd: 'รายงาน (Markdown)',
      workshopXlsx: 'ทุกส่วน (Excel)',
      actionPlanXlsx: 'แผนปฏิบัติการ (Excel)',
      actionPlanCsv: 'แผนปฏิบัติการ (CSV)',
      ganttSvg: 'แผนภูมิแกนต์ (SVG)',
      ganttPng: 'แผนภูมิแกนต์ (PNG)',
    },
  },
  importer: {
    button: 'นำเข้า',
    title: 'นำเข้า{{section}}',
    file: 'ไฟล์ CSV หรือ Excel (แถวแรกเป็นชื่อคอลัมน์)',
    paste: 'หรือวางแถวที่คัดลอกจากสเปรดชีต',
    previewPasted: 'แสดงตัวอย่างแถวที่วาง',
    pastedName: 'แถวที่วาง',
    summary: { other: 'จะนำเข้า {{count}} แถว ข้าม {{skipped}} แถว' },
    source: '· จาก {{name}}; นำเข้าได้สูงสุด {{max}} แถวต่อครั้ง',
    notInLists: 'ไม่อยู่ในรายการของการประชุม',
    where: { other: '({{field}}, แถว {{rows}})' },
    whatToDo: 'จะทำอย่างไรกับ “{{value}}”',
    skipRows: 'ข้ามแถวเหล่านี้',
    addToList: 'เพิ่มลงในรายการ',
    useEntry: 'ใช้รายการที่มีอยู่',
    problemRows: { other: '{{count}} แถวมีปัญหาและจะถูกข้ามหากไม่แก้ไข' },
    row: 'แถว {{row}}',
    rowHeader: 'แถว',
    fix: 'แก้ไข {{field}} แถว {{row}}',
    column: 'คอลัมน์ {{number}}',
    columnField: 'ช่องข้อมูลสำหรับคอลัมน์ “{{column}}”',
    ignore: 'ไม่ใช้',
    showing: 'แสดง {{shown}} แถวแรกจากทั้งหมด {{total}} แถว',
    submit: { other: 'นำเข้า {{count}} แถว' },
    imported: { other: 'นำเข้า {{count}} แถวไปยัง{{section}}แล้ว' },
    importedSkipped: { other: 'นำเข้า {{count}} แถวไปยัง{{section}}แล้ว ข้าม {{skipped}} แถว' },
    problems: {
      invalid_value: '{{field}}: “{{value}}” ไม่ใช่ค่าใดค่าหนึ่งใน {{allowed}}',
      invalid_value_plain: '{{field}}: “{{value}}” ไม่ใช่ค่าที่ช่องนี้รับได้',
      invalid_date: '{{field}}: “{{value}}” ไม่ใช่วันที่ (YYYY-MM-DD)',
      invalid_year: '{{field}}: “{{value}}” ไม่ใช่ปี',
      unknown_link: '{{field}}: ไม่มีรายการใดในการประชุมนี้ที่มีป้าย “{{value}}”',
      unknown_choice: '{{field}}: “{{value}}” ไม่อยู่ในรายการของการประชุม: เพิ่มลงในรายการ หรือจับคู่กับรายการที่มีอยู่',
      empty_row: 'ไม่มีข้อมูลให้นำเข้า: คอลัมน์ที่จับคู่ไว้ว่างเปล่า',
    },
  },
  audit: {
    title: 'บันทึกการตรวจสอบ',
    close: 'ปิดบันทึกการตรวจสอบ',
    intact: { other: '✓ ห่วงโซ่สมบูรณ์ {{count}} รายการ ส่วนหัว' },
    broken: '✕ ห่วงโซ่ขาดที่รายการ {{seq}}: {{reason}}',
    reasons: {
      seq: 'รายการ {{seq}} หายไปหรืออยู่ผิดลำดับ',
      link: 'รายการ {{seq}} ไม่ได้ต่อจากรายการก่อนหน้า',
      hash: 'รายการ {{seq}} ถูกเปลี่ยนแปลงหลังจากบันทึกแล้ว',
    },
    empty: 'ยังไม่มีการบันทึก',
    entry: '{{name}} ({{role}}) {{action}}',
    actions: {
      invite: {
        created: 'สร้างคำเชิญ',
        revoked: 'เพิกถอนคำเชิญ',
      },
      'join-code': {
        created: 'สร้างรหัสเข้าร่วม',
        revoked: 'เพิกถอนรหัสเข้าร่วม',
      },
      version: {
        saved: 'บันทึกฉบับ',
        restored: 'กู้คืนฉบับ',
      },
      endorsement: {
        requested: 'เปิดฉบับให้รับรอง',
        given: 'รับรองฉบับ',
        declined: 'ไม่รับรองฉบับ',
      },
      vote: {
        opened: 'เปิดการลงคะแนน',
        closed: 'ปิดการลงคะแนน',
      },
      decision: {
        recorded: 'บันทึกการตัดสินใจ',
      },
      import: {
        applied: 'นำเข้าแถว',
      },
      workshop: {
        archived: 'เก็บถาวรการประชุม',
        unarchived: 'ยกเลิกการเก็บถาวรการประชุม',
        exported: 'ดาวน์โหลดไฟล์เก็บถาวรของการประชุม',
        imported: 'นำเข้าการประชุมจากไฟล์เก็บถาวร',
      },
      export: {
        version: 'ส่งออกฉบับ',
      },
      amendment: {
        proposed: 'เสนอการแก้ไขเพิ่มเติม',
        accepted: 'ยอมรับการแก้ไขเพิ่มเติม',
        rejected: 'ปฏิเสธการแก้ไขเพิ่มเติม',
      },
    },
    roles: {
      facilitator: 'ผู้ดำเนินการประชุม',
      participant: 'ผู้เข้าร่วม',
      stakeholder: 'ผู้มีส่วนได้ส่วนเสีย',
      viewer: 'ผู้ชม',
    },
    kinds: {
      named: 'ตั้งชื่อ',
      auto: 'อัตโนมัติ',
      formal: 'เป็นทางการ',
      informal: 'ไม่เป็นทางการ',
      role: 'ลิงก์ตามบทบาท',
      personal: 'คำเชิญส่วนบุคคล',
    },
  },
  errors: {
    unknown: 'เกิดข้อผิดพลาด',
    network: 'ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
    status: 'คำขอถูกปฏิเสธ ({{status}})',
    server: 'เซิร์ฟเวอร์ไม่สามารถตอบได้ ({{status}}) โปรดลองอีกครั้งในอีกสักครู่',
    withDetail: '{{message}} ({{detail}})',
    codes: {
      invalid_json: 'ไม่สามารถอ่านคำขอได้',
      invalid_request: 'มีบางอย่างในคำขอไม่ถูกต้อง',
      unauthorized: 'ลิงก์คำเชิญนี้ใช้ไม่ได้กับการประชุมนี้',
      forbidden: 'ไม่อนุญาตให้ทำเช่นนี้',
      not_found: 'ไม่พบรายการนี้ อาจถูกลบไปแล้ว',
      conflict: 'ไม่สามารถทำได้ในสถานการณ์ปัจจุบัน',
      outdated: 'ข้อความมีการเปลี่ยนแปลงในระหว่างนี้',
      archived: 'การประชุมนี้ถูกเก็บถาวรแล้ว: อ่านได้แต่แก้ไขไม่ได้',
      payload_too_large: 'ข้อมูลมีขนาดใหญ่เกินไป',
      unsupported_media_type: 'ไม่สามารถอ่านไฟล์ประเภทนี้ได้',
      unavailable: 'เซิร์ฟเวอร์ไม่ว่างหรือใช้งานไม่ได้ โปรดลองอีกครั้งในอีกสักครู่',
      too_many_requests: 'ลองหลายครั้งเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง',
      internal: 'เซิร์ฟเวอร์พบปัญหา โปรดลองอีกครั้ง หากยังเกิดขึ้นอีกให้แจ้งผู้ดำเนินการประชุม',
      invalid_archive: 'ไฟล์เก็บถาวรของการประชุมนี้เสียหายหรือไม่สมบูรณ์',
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
