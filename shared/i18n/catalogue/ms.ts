import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

/** ms: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'Simpan',
    cancel: 'Batal',
    close: 'Tutup',
    delete: 'Padam',
    edit: 'Sunting',
    add: 'Tambah',
    remove: 'Alih keluar',
    back: 'Kembali',
    loading: 'Memuatkan…',
    retry: 'Cuba lagi',
    yes: 'Ya',
    no: 'Tidak',
    showAll: 'Tunjukkan semua',
    copy: 'Salin',
    copied: 'Disalin',
    done: 'Selesai',
    download: 'Muat turun',
    open: 'Buka',
    none: 'Tiada',
    language: 'Bahasa',
    untitled: 'Tanpa tajuk',
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
    title: 'Versi',
    guidance:
      'Salinan beku bagi keseluruhan bengkel dapatan. Pihak berkepentingan mengesahkan versi tertentu; cincangan kandungannya kemudian membuktikan bahawa teks yang disahkan ialah teks yang mereka lihat. Setelah laporan dibentangkan kepada pembuat keputusan, fasilitator merekodkan keputusan mereka pada versi yang dibentangkan. Versi juga disimpan secara automatik semasa orang menyunting dan apabila semua orang keluar.',
    exportLive: 'Eksport draf semasa',
    auditLog: 'Log audit',
    nameLabel: 'Nama versi',
    namePlaceholder: 'cth. Muktamad untuk pengesahan',
    save: 'Simpan versi',
    empty: 'Belum ada versi.',
    confirmRestore:
      'Pulihkan v{{number}} “{{name}}”? Draf semasa akan disimpan dahulu, jadi tindakan ini boleh dibuat asal.',
    card: {
      automatic: 'automatik',
      autoNames: {
        leaving: 'Disimpan secara automatik apabila semua orang telah keluar',
        editing: 'Disimpan secara automatik semasa penyuntingan',
      },
      workspace: 'Ruang kerja',
      openForEndorsement: 'dibuka untuk pengesahan',
      sameAsDraft: 'sama dengan draf',
      byline: '{{name}} ({{role}})',
      hashTitle: 'SHA-256 kandungan: {{hash}}',
      endorsed: 'mengesahkan',
      declined: 'menolak',
      identity: {
        invite: 'disahkan melalui jemputan peribadi',
        selfDeclared: 'diisytiharkan sendiri',
      },
      openReadOnly: 'Buka baca sahaja',
      export: 'Eksport v{{number}}',
      compare: 'Banding dengan draf',
      restore: 'Pulihkan',
      open: 'Buka untuk pengesahan',
    },
    endorse: {
      as: 'Sebagai {{name}}',
      fromInvite: '— daripada jemputan peribadi anda',
      organisation: 'Organisasi anda',
      comment: 'Ulasan',
      commentPlaceholder: 'Ulasan (wajib jika menolak)',
      endorse: 'Sahkan v{{number}}',
      decline: 'Tolak',
    },
    diff: {
      title: 'Perubahan daripada v{{number}} “{{name}}” kepada draf semasa',
      close: 'Tutup perbandingan',
      comparing: 'Membandingkan…',
      none: 'Tiada perbezaan.',
      added: 'Ditambah: {{item}}',
      removed: 'Dibuang: {{item}}',
      changed: 'Diubah {{item}}:',
      moved: { other: 'Dialihkan: {{count}} item' },
      report: 'Laporan',
    },
    viewer: {
      opening: 'Membuka versi…',
      title: 'v{{number}} “{{name}}”, baca sahaja',
      verified: 'kandungan sepadan dengan cincangannya',
      notVerified: 'kandungan TIDAK sepadan dengan cincangannya',
      close: 'Tutup versi',
      sections: 'Bahagian versi',
      trace: 'Jejak',
      report: 'Laporan',
    },
    gaps: {
      label: 'Jurang dalam v{{number}}',
      failed: 'Tidak dapat menyemak jurang dalam v{{number}}: {{reason}}',
      count: { other: 'v{{number}} mempunyai {{count}} jurang' },
      explain:
        'dalam rantaian daripada dapatan kepada sasaran; pihak berkepentingan akan mengesahkannya seadanya.',
      openAnyway: 'Buka untuk pengesahan juga',
    },
    decisions: {
      listLabel: 'Keputusan mengenai v{{number}}',
      record: 'Rekodkan keputusan',
      line: 'Keputusan: {{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      recordedBy: 'Direkodkan oleh {{name}} ({{role}}) · {{when}}',
      kinds: { formal: 'Rasmi', informal: 'Tidak rasmi' },
      outcomes: { adopted: 'Diterima pakai', deferred: 'Ditangguhkan', rejected: 'Ditolak' },
      form: {
        label: 'Rekodkan keputusan mengenai v{{number}}',
        intro:
          'Apa yang diputuskan oleh pembuat keputusan setelah versi ini dibentangkan kepada mereka. Keputusan yang direkodkan tidak boleh diubah; rekodkan keputusan lain untuk membetulkannya.',
        decisionMaker: 'Pembuat keputusan',
        decisionMakerPlaceholder: 'cth. YB Somsak K.',
        office: 'Jawatan',
        officePlaceholder: 'cth. Menteri Dalam Negeri',
        kind: 'Jenis keputusan',
        date: 'Tarikh keputusan',
        text: 'Apa yang diputuskan',
        recommendations: 'Cadangan dalam v{{number}}',
        loading: 'Memuatkan cadangan versi ini…',
        noRecommendations: 'Versi ini tidak mempunyai cadangan.',
        outcomeLabel: 'Keputusan mengenai {{label}}',
        invalid: 'Semak: {{fields}}',
        recommendationsField: 'keputusan mengenai cadangan',
        submit: 'Rekodkan keputusan',
      },
    },
    places: {
      report: 'Laporan',
      deletedItem: 'Item yang telah dipadam',
      openAmendments: { other: 'pindaan terbuka' },
      guest: 'Tetamu {{number}}',
    },
  },
  report: {
    title: 'Laporan',
    commentsLabel: 'Ulasan tentang laporan: {{count}} terbuka',
    comments: 'Ulasan ({{count}})',
    amendmentsLabel: 'Pindaan kepada laporan: {{count}} terbuka',
    amendments: 'Pindaan ({{count}})',
    guidance:
      'Laporan bengkel dapatan (Alat K): huraian di sekitar dapatan, cadangan dan sasaran. Pilih perkataan untuk mengulasnya, atau untuk mencadangkan perubahan padanya.',
    wholeLabel: 'Tentang laporan secara keseluruhan (pilih perkataan di dalamnya untuk mengulasnya)',
    unquoteLabel: 'ulas keseluruhan laporan sebaliknya',
    name: 'laporan',
    proposeHint: 'Pilih perkataan dalam laporan dahulu.',
  },
  exportMenu: {
    export: 'Eksport',
    language: 'Bahasa fail',
    preparing: '{{file}}…',
    files: {
      reportDocx: 'Laporan (Word)',
      reportPdf: 'Laporan (PDF)',
      reportMd: 'Laporan (Markdown)',
      workshopXlsx: 'Semua bahagian (Excel)',
      actionPlanXlsx: 'Pelan tindakan (Excel)',
      actionPlanCsv: 'Pelan tindakan (CSV)',
      ganttSvg: 'Carta Gantt (SVG)',
      ganttPng: 'Carta Gantt (PNG)',
    },
  },
  importer: {
    button: 'Import',
    title: 'Import {{section}}',
    file: 'Fail CSV atau Excel (baris pertama menamakan lajur)',
    paste: 'Atau tampal baris yang disalin daripada hamparan',
    previewPasted: 'Pratonton baris yang ditampal',
    pastedName: 'baris yang ditampal',
    summary: { other: '{{count}} baris akan diimport, {{skipped}} dilangkau' },
    source: '· daripada {{name}}; paling banyak {{max}} baris setiap import',
    notInLists: 'Tiada dalam senarai bengkel',
    where: { other: '({{field}}, baris {{rows}})' },
    whatToDo: 'Apa yang perlu dilakukan dengan “{{value}}”',
    skipRows: 'langkau baris ini',
    addToList: 'tambahkan ke dalam senarai',
    useEntry: 'gunakan entri daripada senarai',
    problemRows: { other: '{{count}} baris bermasalah dan akan dilangkau jika tidak dibetulkan' },
    row: 'Baris {{row}}',
    rowHeader: 'Baris',
    fix: 'Betulkan {{field}}, baris {{row}}',
    column: 'Lajur {{number}}',
    columnField: 'Medan untuk lajur “{{column}}”',
    ignore: 'abaikan',
    showing: 'Memaparkan {{shown}} baris pertama daripada {{total}} baris.',
    submit: { other: 'Import {{count}} baris' },
    imported: { other: '{{count}} baris diimport ke dalam {{section}}.' },
    importedSkipped: { other: '{{count}} baris diimport ke dalam {{section}}; {{skipped}} dilangkau.' },
    problems: {
      invalid_value: '{{field}}: “{{value}}” bukan salah satu daripada {{allowed}}',
      invalid_value_plain: '{{field}}: “{{value}}” bukan nilai yang diterima oleh medan ini',
      invalid_date: '{{field}}: “{{value}}” bukan tarikh (YYYY-MM-DD)',
      invalid_year: '{{field}}: “{{value}}” bukan tahun',
      unknown_link: '{{field}}: tiada item bengkel ini yang berlabel “{{value}}”',
      unknown_choice:
        '{{field}}: “{{value}}” tiada dalam senarai bengkel: tambahkannya, atau padankan dengan entri sedia ada',
      empty_row: 'tiada apa-apa untuk diimport: lajur yang dipetakan kosong',
    },
  },
  audit: {
    title: 'Log audit',
    close: 'Tutup log audit',
    intact: { other: '✓ Rantaian utuh, {{count}} entri, kepala' },
    broken: '✕ Rantaian terputus pada entri {{seq}}: {{reason}}',
    reasons: {
      seq: 'entri {{seq}} hilang atau tidak mengikut urutan',
      link: 'entri {{seq}} tidak bersambung dengan entri sebelumnya',
      hash: 'entri {{seq}} diubah selepas ditulis',
    },
    empty: 'Belum ada apa-apa yang direkodkan.',
    entry: '{{name}} ({{role}}) {{action}}',
    actions: {
      invite: {
        created: 'mencipta jemputan',
        revoked: 'membatalkan jemputan',
      },
      'join-code': {
        created: 'mencipta kod penyertaan',
        revoked: 'membatalkan kod penyertaan',
      },
      version: {
        saved: 'menyimpan versi',
        restored: 'memulihkan versi',
      },
      endorsement: {
        requested: 'membuka versi untuk pengesahan',
        given: 'mengesahkan versi',
        declined: 'menolak versi',
      },
      vote: {
        opened: 'membuka undian',
        closed: 'menutup undian',
      },
      decision: {
        recorded: 'merekodkan keputusan',
      },
      import: {
        applied: 'mengimport baris',
      },
      workshop: {
        archived: 'mengarkibkan bengkel',
        unarchived: 'mengeluarkan bengkel daripada arkib',
        exported: 'memuat turun arkib bengkel',
        imported: 'mengimport bengkel daripada arkib',
      },
      export: {
        version: 'mengeksport versi',
      },
      amendment: {
        proposed: 'mencadangkan pindaan',
        accepted: 'menerima pindaan',
        rejected: 'menolak pindaan',
      },
    },
    roles: {
      facilitator: 'fasilitator',
      participant: 'peserta',
      stakeholder: 'pihak berkepentingan',
      viewer: 'pemerhati',
    },
    kinds: {
      named: 'bernama',
      auto: 'automatik',
      formal: 'rasmi',
      informal: 'tidak rasmi',
      role: 'pautan peranan',
      personal: 'jemputan peribadi',
    },
  },
  errors: {
    unknown: 'Berlaku ralat.',
    network: 'Pelayan tidak dapat dihubungi. Semak sambungan dan cuba lagi.',
    status: 'Permintaan ditolak ({{status}}).',
    server: 'Pelayan tidak dapat menjawab ({{status}}). Cuba lagi sebentar lagi.',
    withDetail: '{{message}} ({{detail}})',
    codes: {
      invalid_json: 'Permintaan tidak dapat dibaca.',
      invalid_request: 'Ada sesuatu dalam permintaan yang tidak sah.',
      unauthorized: 'Pautan jemputan ini tidak sah untuk bengkel ini.',
      forbidden: 'Tindakan ini tidak dibenarkan.',
      not_found: 'Tidak ditemui: mungkin telah dipadam.',
      conflict: 'Tindakan ini tidak dapat dilakukan dalam keadaan sekarang.',
      outdated: 'Teks telah berubah sementara itu.',
      archived: 'Bengkel ini telah diarkibkan: boleh dibaca tetapi tidak boleh diubah.',
      payload_too_large: 'Saiznya terlalu besar.',
      unsupported_media_type: 'Jenis fail ini tidak dapat dibaca.',
      unavailable: 'Pelayan sibuk atau tidak tersedia. Cuba lagi sebentar lagi.',
      too_many_requests: 'Terlalu banyak cubaan. Tunggu sebentar dan cuba lagi.',
      internal: 'Pelayan menghadapi masalah. Cuba lagi; jika ia berterusan, maklumkan kepada fasilitator.',
      invalid_archive: 'Arkib bengkel ini rosak atau tidak lengkap.',
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
