import type { Messages } from '../messages.js';

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
      legalFramework: 'กรอบกฎหมาย',
      institutions: 'หน่วยงานและการประสานงาน',
      procedures: 'ขั้นตอนการจดทะเบียน',
      costsAccess: 'ค่าใช้จ่ายและการเข้าถึง',
      awareness: 'การรับรู้',
      coverageStatistics: 'สถิติความครอบคลุม',
    },
    populations: {
      refugees: 'ผู้ลี้ภัย',
      asylumSeekers: 'ผู้แสวงหาที่พักพิง',
      stateless: 'บุคคลไร้สัญชาติ',
      undeterminedNationality: 'บุคคลที่ยังไม่ได้รับการพิสูจน์สัญชาติ',
      undocumentedMigrants: 'ผู้ย้ายถิ่นที่ไม่มีเอกสาร',
      all: 'กลุ่มประชากรเป้าหมายทั้งหมด',
    },
    agenda: {
      opening: 'พิธีเปิด วัตถุประสงค์ และกำหนดการ',
      presentFindings: 'นำเสนอร่างข้อค้นพบ',
      validateFindings: 'กลุ่มย่อย: ตรวจสอบยืนยันหรือแก้ไขข้อค้นพบตามประเด็น',
      groupReports: 'ผู้รายงานของกลุ่มนำเสนอ ผู้บันทึกสรุปรวบรวม',
      draftRecommendations: 'กลุ่มย่อย: ร่างข้อเสนอแนะตามข้อค้นพบ',
      prioritise: 'จัดลำดับความสำคัญของข้อเสนอแนะ (การลงคะแนน)',
      closing: 'เป้าหมาย ขั้นตอนต่อไปสู่แผนปฏิบัติการ และพิธีปิด',
    },
    reportTitle: 'รายงานการประชุมเชิงปฏิบัติการเพื่อนำเสนอผล',
    outline: {
      background: {
        heading: 'ความเป็นมาและวัตถุประสงค์',
        guidance: 'เหตุผลของการประเมิน ผู้นำการประเมิน และสิ่งที่การประชุมเชิงปฏิบัติการนี้มุ่งตัดสินใจ',
      },
      methodology: {
        heading: 'วิธีการ',
        guidance:
          'การทบทวนเอกสาร สถิติความครอบคลุม (เครื่องมือ G) แบบสอบถาม (เครื่องมือ H) การลงพื้นที่และการสนทนากลุ่ม (เครื่องมือ I)',
      },
      participants: {
        heading: 'ผู้เข้าร่วม',
        guidance: 'กระทรวง หน่วยงานสหประชาชาติ และองค์กรภาคประชาสังคมที่เข้าร่วม รวมถึงกลุ่มย่อย',
      },
      findings: {
        heading: 'ข้อค้นพบที่ได้รับการยืนยัน',
        guidance: 'สรุปข้อค้นพบตามประเด็นและกลุ่มประชากร โดยระบุการแก้ไขเพิ่มเติมและความเห็นแย้ง',
      },
      recommendations: {
        heading: 'ข้อเสนอแนะและลำดับความสำคัญ',
        guidance: 'ข้อเสนอแนะ ข้อค้นพบที่แต่ละข้อตอบสนอง เหตุผล และลำดับความสำคัญที่ตกลงกัน',
      },
      targets: {
        heading: 'เป้าหมายที่เสนอ',
        guidance: 'เป้าหมายความก้าวหน้า (เครื่องมือ M) โดยอ้างอิง SDG 16.9 และกรอบการดำเนินงานระดับภูมิภาคของ ESCAP',
      },
      nextSteps: {
        heading: 'ขั้นตอนต่อไป',
        guidance: 'การนำเสนอต่อผู้มีอำนาจตัดสินใจ และการจัดทำแผนปฏิบัติการ (เครื่องมือ N)',
      },
    },
  },
  export: {
    report: 'รายงาน',
    decision: 'การตัดสินใจ',
    date: 'วันที่',
    page: 'หน้า {{page}} จาก {{pages}}',
    noItems: 'ไม่มี{{items}}ที่บันทึกไว้',
    deletedLinks: { other: '(ลบแล้ว {{count}} รายการ)' },
    nameWithRole: '{{name}} ({{role}})',
    separator: ', ',
    either: '{{a}}หรือ{{b}}',
    withReason: '{{text}}: {{reason}}',
    roles: {
      facilitator: 'ผู้ดำเนินการประชุม',
      participant: 'ผู้เข้าร่วม',
      stakeholder: 'ผู้มีส่วนได้ส่วนเสีย',
      viewer: 'ผู้ชม',
    },
    cover: {
      subtitle: 'รายงานการประชุมเชิงปฏิบัติการเพื่อนำเสนอผล',
      country: 'ประเทศ',
      dates: 'วันที่จัด',
      dateRange: '{{from}} ถึง {{to}}',
      version: 'ฉบับ',
      versionName: '{{number}} · {{name}}',
      liveDraft: 'ร่างปัจจุบัน ณ {{moment}} UTC',
      notSaved: '{{edition}} (ไม่ใช่ฉบับที่บันทึกไว้)',
      saved: 'บันทึกเมื่อ',
      contentHash: 'ค่าแฮชของเนื้อหา (SHA-256)',
      auditHead: 'รายการล่าสุดของบันทึกการตรวจสอบ',
      auditHeadValue: '{{hash}} (รายการที่ {{entry}})',
      runningHead: '{{title}} · {{edition}}',
    },
    endorsements: {
      heading: 'การรับรอง',
      name: 'ชื่อ',
      organisation: 'องค์กร',
      identity: 'การยืนยันตัวตน',
      comment: 'ความเห็น',
      byInvite: 'ยืนยันด้วยคำเชิญส่วนบุคคล',
      selfDeclared: 'แจ้งด้วยตนเอง',
      endorsed: 'รับรอง',
      declined: 'ไม่รับรอง',
      none: 'ไม่มีการรับรองที่บันทึกไว้สำหรับฉบับนี้',
      liveDraft: 'ร่างปัจจุบันไม่สามารถรับรองได้ การรับรองใช้กับฉบับที่บันทึกไว้เท่านั้น',
    },
    decisions: {
      line: '{{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      decisionMaker: 'ผู้มีอำนาจตัดสินใจ',
      office: 'หน่วยงาน',
      kind: 'ประเภท',
      recordedBy: 'บันทึกโดย',
      recordedByValue: '{{person}}, {{date}}',
      noRecommendations: 'ไม่มี{{items}}ในฉบับนี้',
      kinds: { formal: 'เป็นทางการ', informal: 'ไม่เป็นทางการ' },
      outcomes: { adopted: 'รับไปดำเนินการ', deferred: 'เลื่อนออกไป', rejected: 'ไม่รับ' },
    },
    findings: {
      noTheme: 'ไม่ได้ระบุประเด็น',
      noPopulation: 'ไม่ได้ระบุกลุ่มประชากร',
    },
    actionPlan: {
      none: 'ไม่มีแถวของแผนปฏิบัติการที่บันทึกไว้',
      workbookTitle: '{{title}}: แผนปฏิบัติการ',
    },
    gantt: {
      heading: 'แผนภูมิแกนต์',
      title: 'แผนภูมิแกนต์ของแผนปฏิบัติการ',
      description: 'กิจกรรมตามวัตถุประสงค์ แถบจากวันเริ่มถึงวันสิ้นสุด สีตามหน่วยงานหลัก',
      markdownNote: 'แผนภูมิแกนต์อยู่ในรายงาน DOCX และ PDF และในไฟล์ดาวน์โหลดแผนภูมิแกนต์',
      rows: 'วัตถุประสงค์ / กิจกรรม',
      noObjective: 'ไม่ได้ระบุวัตถุประสงค์',
      noActivity: '(ไม่ได้ระบุกิจกรรม)',
      noAgency: 'ไม่มีหน่วยงานหลัก',
      noDates: 'ไม่มีวันที่',
      noRows: 'ยังไม่มีแถวของแผนปฏิบัติการ',
      endBeforeStart: 'วันสิ้นสุดอยู่ก่อนวันเริ่ม',
      datesOutside: 'วันที่อยู่นอกแผนภูมิ ({{years}})',
      outside: 'อยู่นอกแผนภูมิ: {{dates}}',
      today: 'วันนี้ {{date}}',
    },
    participants: {
      heading: 'ภาคผนวก: ผู้เข้าร่วมที่มาร่วม',
      introVersion: 'ทุกคนที่เข้าร่วมพื้นที่ทำงานออนไลน์ (ตามชื่อที่แจ้งไว้) จนถึงเวลาที่บันทึกฉบับนี้',
      introLive: 'ทุกคนที่เข้าร่วมพื้นที่ทำงานออนไลน์ ตามชื่อที่แจ้งไว้',
      invitedAs: 'ได้รับเชิญในฐานะ',
      firstSeen: 'เข้าร่วมครั้งแรก (UTC)',
      none: 'ไม่มีผู้ใดถูกบันทึกว่าเข้าร่วม',
    },
    contributors: {
      heading: 'ภาคผนวก: ผู้มีส่วนร่วม',
      introVersion: 'ทุกคนที่สร้างหรือแก้ไขเนื้อหาในแต่ละส่วนจนถึงเวลาที่บันทึกฉบับนี้ เรียงตามการแก้ไขครั้งแรก',
      introLive: 'ทุกคนที่สร้างหรือแก้ไขเนื้อหาในแต่ละส่วน เรียงตามการแก้ไขครั้งแรก',
      section: 'ส่วน',
      contributors: 'ผู้มีส่วนร่วม',
      none: 'ไม่มีการเปลี่ยนแปลงที่บันทึกไว้',
    },
    amendments: {
      heading: 'ภาคผนวก: การแก้ไขเพิ่มเติมที่ได้รับการพิจารณา',
      introVersion:
        'ข้อเสนอเปลี่ยนถ้อยคำทุกข้อที่ได้รับการยอมรับหรือปฏิเสธจนถึงเวลาที่บันทึกฉบับนี้: ผู้เสนอและเหตุผล ถ้อยคำที่เปลี่ยน และการตัดสินใจ',
      introLive: 'ข้อเสนอเปลี่ยนถ้อยคำทุกข้อที่ได้รับการยอมรับหรือปฏิเสธ: ผู้เสนอและเหตุผล ถ้อยคำที่เปลี่ยน และการตัดสินใจ',
      amended: 'สิ่งที่แก้ไข',
      proposedBy: 'ผู้เสนอและเหตุผล',
      wordingColumn: 'ถ้อยคำ (ก่อน → หลัง)',
      target: '{{section}} {{item}}: {{field}}',
      proposed: '{{person}}, {{date}}: {{reason}}',
      wording: '“{{before}}” → “{{after}}”',
      acceptedBy: 'ยอมรับโดย {{person}}, {{date}}',
      rejectedBy: 'ปฏิเสธโดย {{person}}, {{date}}',
      none: 'ยังไม่มีการแก้ไขเพิ่มเติมที่ได้รับการยอมรับหรือปฏิเสธ',
    },
    traceability: {
      heading: 'ภาคผนวก: การตรวจสอบย้อนกลับ',
      intro:
        'ข้อค้นพบแต่ละข้อ ข้อเสนอแนะที่ตอบสนอง แถวของแผนปฏิบัติการที่ดำเนินการตามข้อเสนอแนะ และเป้าหมายที่ใช้วัดผล (เครื่องมือ K, M และ N ของชุดเครื่องมือ)',
      sheet: 'การตรวจสอบย้อนกลับ',
    },
    gaps: {
      heading: 'ช่องว่าง',
      gap: 'ช่องว่าง',
      missing: 'สิ่งที่ขาด',
      none: 'ไม่มีช่องว่าง: ข้อค้นพบทุกข้อที่การประชุมยืนยันได้รับการดำเนินการต่อจนถึงเป้าหมาย',
      findingUnanswered: 'ข้อค้นพบที่ยืนยันหรือแก้ไขแล้วแต่ไม่มีข้อเสนอแนะตอบสนอง',
      recommendationWithoutAction: 'ข้อเสนอแนะที่ไม่มีแถวในแผนปฏิบัติการ',
      actionWithoutTarget: 'แถวของแผนปฏิบัติการที่ไม่ได้เชื่อมโยงกับเป้าหมาย',
      actionIncomplete: 'แถวของแผนปฏิบัติการที่ขาดหน่วยงานหลัก วันที่ ค่าใช้จ่าย หรือตัวชี้วัด',
      targetIncomplete: 'เป้าหมายที่ขาดค่าฐาน หรือค่าเป้าหมายหรือปี',
      danglingLink: 'การเชื่อมโยงไปยังรายการที่ถูกลบ',
      findingUnansweredMessage: '{{label}} มีสถานะ{{status}} แต่ไม่มีข้อเสนอแนะตอบสนอง',
      recommendationWithoutActionMessage: '{{label}} ไม่มีแถวในแผนปฏิบัติการ',
      actionWithoutTargetMessage: '{{label}} ไม่ได้เชื่อมโยงกับเป้าหมายใด',
      incompleteMessage: '{{label}} ไม่มี{{missing}}',
      danglingLinkMessage: { other: '{{label}} เชื่อมโยงไปยัง{{noun}}ที่ถูกลบ {{count}} รายการ ({{field}})' },
    },
  },

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: {
    sections: {
      themes: { title: 'ประเด็น', noun: 'ประเด็น' },
      populations: { title: 'กลุ่มประชากรเป้าหมาย', noun: 'กลุ่มประชากร' },
      agenda: { title: 'กำหนดการ', noun: 'ช่วงการประชุม' },
      findings: { title: 'ข้อค้นพบ', noun: 'ข้อค้นพบ' },
      recommendations: { title: 'ข้อเสนอแนะ', noun: 'ข้อเสนอแนะ' },
      targets: { title: 'เป้าหมาย', noun: 'เป้าหมาย' },
      actionPlan: { title: 'แผนปฏิบัติการ', noun: 'แถว' },
    },
    fields: {
      themes: { label: 'ชื่อ' },
      populations: { label: 'ชื่อ' },
      agenda: {
        start: 'เริ่ม',
        durationMinutes: 'นาที',
        title: 'ช่วงการประชุม',
        kind: 'รูปแบบ',
        facilitator: 'ผู้ดำเนินการประชุม',
      },
      findings: {
        theme: 'ประเด็น',
        population: 'กลุ่มประชากร',
        evidence: 'หลักฐาน',
        source: 'แหล่งที่มา',
        status: 'สถานะการยืนยัน',
        dissent: 'ความเห็นแย้ง',
      },
      recommendations: {
        text: 'ข้อเสนอแนะ',
        findingIds: 'ตอบสนองข้อค้นพบ',
        agency: 'หน่วยงานที่รับผิดชอบ',
        reasoning: 'เหตุผล',
        status: 'สถานะ',
        priority: 'ลำดับความสำคัญ',
      },
      targets: {
        indicator: 'ตัวชี้วัด',
        disaggregation: 'การจำแนกข้อมูล',
        baselineValue: 'ค่าฐาน',
        baselineYear: 'ปีฐาน',
        targetValue: 'ค่าเป้าหมาย',
        targetYear: 'ปีเป้าหมาย',
        dataSource: 'แหล่งข้อมูล',
        framework: 'กรอบอ้างอิง',
        progress: 'ความก้าวหน้า',
      },
      actionPlan: {
        objective: 'วัตถุประสงค์',
        activity: 'กิจกรรม',
        leadAgency: 'หน่วยงานหลัก',
        partners: 'หน่วยงานร่วม',
        start: 'เริ่ม',
        end: 'สิ้นสุด',
        cost: 'ค่าใช้จ่าย',
        fundingSource: 'แหล่งงบประมาณ',
        indicator: 'ตัวชี้วัด',
        verification: 'วิธีการตรวจสอบ',
        recommendationIds: 'ข้อเสนอแนะ',
        targetIds: 'เป้าหมาย',
        risks: 'ความเสี่ยงและสมมติฐาน',
      },
    },
    columns: { Validation: 'การยืนยัน', Baseline: 'ค่าฐาน', Target: 'เป้าหมาย' },
    values: {
      findingStatus: { draft: 'ร่าง', validated: 'ยืนยันแล้ว', amended: 'แก้ไขแล้ว', rejected: 'ไม่ยอมรับ' },
      recommendationStatus: { draft: 'ร่าง', agreed: 'เห็นชอบแล้ว', amended: 'แก้ไขแล้ว', withdrawn: 'ถอนแล้ว' },
      progressStatus: {
        achieved: 'บรรลุแล้ว',
        progress: 'มีความก้าวหน้า',
        'stagnation-regression': 'หยุดนิ่ง / ถดถอย',
        'no-data': 'ไม่มีข้อมูล',
      },
      sessionKind: { plenary: 'ที่ประชุมใหญ่', group: 'กลุ่มย่อย' },
    },
  },
};

export default catalogue;
