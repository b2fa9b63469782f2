import type { Messages } from '../messages.js';
import { englishDocumentWords } from '../document-words.js';

/** id: see `en.ts` for what each message is for, and `../glossary.ts` for the terms to keep to. */
const catalogue: Messages = {
  common: {
    save: 'Simpan',
    cancel: 'Batal',
    close: 'Tutup',
    delete: 'Hapus',
    edit: 'Ubah',
    add: 'Tambah',
    remove: 'Hapus',
    back: 'Kembali',
    loading: 'Memuat…',
    retry: 'Coba lagi',
    yes: 'Ya',
    no: 'Tidak',
    showAll: 'Tampilkan semua',
    copy: 'Salin',
    copied: 'Disalin',
    done: 'Selesai',
    download: 'Unduh',
    open: 'Buka',
    none: 'Tidak ada',
    language: 'Bahasa',
    untitled: 'Tanpa judul',
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
      'Salinan beku dari seluruh lokakarya hasil. Pemangku kepentingan mengesahkan versi tertentu; hash kontennya kelak membuktikan bahwa teks yang disahkan adalah teks yang mereka lihat. Setelah laporan dipresentasikan kepada pengambil keputusan, fasilitator mencatat keputusan mereka pada versi yang dipresentasikan. Versi juga disimpan secara otomatis selama orang menyunting dan ketika semua orang keluar.',
    exportLive: 'Ekspor draf terkini',
    auditLog: 'Log audit',
    nameLabel: 'Nama versi',
    namePlaceholder: 'mis. Final untuk pengesahan',
    save: 'Simpan versi',
    empty: 'Belum ada versi.',
    confirmRestore:
      'Pulihkan v{{number}} “{{name}}”? Draf saat ini disimpan terlebih dahulu, sehingga tindakan ini dapat dibatalkan.',
    card: {
      automatic: 'otomatis',
      autoNames: {
        leaving: 'Disimpan otomatis saat semua orang telah keluar',
        editing: 'Disimpan otomatis selama penyuntingan',
      },
      workspace: 'Ruang kerja',
      openForEndorsement: 'terbuka untuk pengesahan',
      sameAsDraft: 'sama dengan draf',
      byline: '{{name}} ({{role}})',
      hashTitle: 'SHA-256 dari konten: {{hash}}',
      endorsed: 'mengesahkan',
      declined: 'menolak',
      identity: {
        invite: 'dikonfirmasi melalui undangan pribadi',
        selfDeclared: 'dinyatakan sendiri',
      },
      openReadOnly: 'Buka hanya-baca',
      export: 'Ekspor v{{number}}',
      compare: 'Bandingkan dengan draf',
      restore: 'Pulihkan',
      open: 'Buka untuk pengesahan',
    },
    endorse: {
      as: 'Sebagai {{name}}',
      fromInvite: '— dari undangan pribadi Anda',
      organisation: 'Organisasi Anda',
      comment: 'Komentar',
      commentPlaceholder: 'Komentar (wajib jika menolak)',
      endorse: 'Sahkan v{{number}}',
      decline: 'Tolak',
    },
    diff: {
      title: 'Perubahan dari v{{number}} “{{name}}” ke draf terkini',
      close: 'Tutup perbandingan',
      comparing: 'Membandingkan…',
      none: 'Tidak ada perbedaan.',
      added: 'Ditambahkan: {{item}}',
      removed: 'Dihapus: {{item}}',
      changed: 'Diubah {{item}}:',
      moved: { other: 'Dipindahkan: {{count}} butir' },
      report: 'Laporan',
    },
    viewer: {
      opening: 'Membuka versi…',
      title: 'v{{number}} “{{name}}”, hanya-baca',
      verified: 'konten sesuai dengan hash-nya',
      notVerified: 'konten TIDAK sesuai dengan hash-nya',
      close: 'Tutup versi',
      sections: 'Bagian-bagian versi',
      trace: 'Penelusuran',
      report: 'Laporan',
    },
    gaps: {
      label: 'Celah dalam v{{number}}',
      failed: 'Tidak dapat memeriksa celah dalam v{{number}}: {{reason}}',
      count: { other: 'v{{number}} memiliki {{count}} celah' },
      explain: 'dalam rantai dari temuan hingga target; pemangku kepentingan akan mengesahkannya apa adanya.',
      openAnyway: 'Tetap buka untuk pengesahan',
    },
    decisions: {
      listLabel: 'Keputusan atas v{{number}}',
      record: 'Catat keputusan',
      line: 'Keputusan: {{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      recordedBy: 'Dicatat oleh {{name}} ({{role}}) · {{when}}',
      kinds: { formal: 'Formal', informal: 'Informal' },
      outcomes: { adopted: 'Diterima', deferred: 'Ditunda', rejected: 'Ditolak' },
      form: {
        label: 'Catat keputusan atas v{{number}}',
        intro:
          'Apa yang diputuskan oleh pengambil keputusan setelah versi ini dipresentasikan kepada mereka. Keputusan yang telah dicatat tidak dapat diubah; catat keputusan lain untuk mengoreksinya.',
        decisionMaker: 'Pengambil keputusan',
        decisionMakerPlaceholder: 'mis. Yang Mulia Somsak K.',
        office: 'Jabatan',
        officePlaceholder: 'mis. Menteri Dalam Negeri',
        kind: 'Jenis keputusan',
        date: 'Tanggal keputusan',
        text: 'Apa yang diputuskan',
        recommendations: 'Rekomendasi dalam v{{number}}',
        loading: 'Memuat rekomendasi versi ini…',
        noRecommendations: 'Versi ini tidak memiliki rekomendasi.',
        outcomeLabel: 'Keputusan atas {{label}}',
        invalid: 'Periksa: {{fields}}',
        recommendationsField: 'keputusan atas rekomendasi',
        submit: 'Catat keputusan',
      },
    },
    places: {
      report: 'Laporan',
      deletedItem: 'Butir yang telah dihapus',
      openAmendments: { other: 'amandemen terbuka' },
      guest: 'Tamu {{number}}',
    },
  },
  report: {
    title: 'Laporan',
    commentsLabel: 'Komentar pada laporan: {{count}} terbuka',
    comments: 'Komentar ({{count}})',
    amendmentsLabel: 'Amandemen pada laporan: {{count}} terbuka',
    amendments: 'Amandemen ({{count}})',
    guidance:
      'Laporan lokakarya hasil (Alat K): uraian seputar temuan, rekomendasi, dan target. Pilih kata untuk mengomentarinya, atau untuk mengusulkan perubahan.',
    wholeLabel: 'Pada laporan secara keseluruhan (pilih kata di dalamnya untuk mengomentarinya)',
    unquoteLabel: 'komentari seluruh laporan saja',
    name: 'laporan',
    proposeHint: 'Pilih kata dalam laporan terlebih dahulu.',
  },
  exportMenu: {
    export: 'Ekspor',
    language: 'Bahasa berkas',
    preparing: '{{file}}…',
    files: {
      reportDocx: 'Laporan (Word)',
      reportPdf: 'Laporan (PDF)',
      reportMd: 'Laporan (Markdown)',
      workshopXlsx: 'Semua bagian (Excel)',
      actionPlanXlsx: 'Rencana aksi (Excel)',
      actionPlanCsv: 'Rencana aksi (CSV)',
      ganttSvg: 'Bagan Gantt (SVG)',
      ganttPng: 'Bagan Gantt (PNG)',
    },
  },
  importer: {
    button: 'Impor',
    title: 'Impor {{section}}',
    file: 'Berkas CSV atau Excel (baris pertama berisi nama kolom)',
    paste: 'Atau tempelkan baris yang disalin dari lembar kerja',
    previewPasted: 'Pratinjau baris yang ditempel',
    pastedName: 'baris yang ditempel',
    summary: { other: '{{count}} baris akan diimpor, {{skipped}} dilewati' },
    source: '· dari {{name}}; paling banyak {{max}} baris per impor',
    notInLists: 'Tidak ada dalam daftar lokakarya',
    where: { other: '({{field}}, baris {{rows}})' },
    whatToDo: 'Apa yang dilakukan dengan “{{value}}”',
    skipRows: 'lewati baris-baris ini',
    addToList: 'tambahkan ke daftar',
    useEntry: 'gunakan entri dari daftar',
    problemRows: { other: '{{count}} baris bermasalah dan akan dilewati jika tidak diperbaiki' },
    row: 'Baris {{row}}',
    rowHeader: 'Baris',
    fix: 'Perbaiki {{field}}, baris {{row}}',
    column: 'Kolom {{number}}',
    columnField: 'Isian untuk kolom “{{column}}”',
    ignore: 'abaikan',
    showing: 'Menampilkan {{shown}} baris pertama dari {{total}} baris.',
    submit: { other: 'Impor {{count}} baris' },
    imported: { other: '{{count}} baris diimpor ke {{section}}.' },
    importedSkipped: { other: '{{count}} baris diimpor ke {{section}}; {{skipped}} dilewati.' },
    problems: {
      invalid_value: '{{field}}: “{{value}}” bukan salah satu dari {{allowed}}',
      invalid_value_plain: '{{field}}: “{{value}}” bukan nilai yang diterima isian ini',
      invalid_date: '{{field}}: “{{value}}” bukan tanggal (YYYY-MM-DD)',
      invalid_year: '{{field}}: “{{value}}” bukan tahun',
      unknown_link: '{{field}}: tidak ada butir lokakarya ini yang berlabel “{{value}}”',
      unknown_choice:
        '{{field}}: “{{value}}” tidak ada dalam daftar lokakarya: tambahkan, atau padankan dengan entri yang ada',
      empty_row: 'tidak ada yang diimpor: kolom yang dipetakan kosong',
    },
  },
  audit: {
    title: 'Log audit',
    close: 'Tutup log audit',
    intact: { other: '✓ Rantai utuh, {{count}} entri, kepala' },
    broken: '✕ Rantai terputus pada entri {{seq}}: {{reason}}',
    reasons: {
      seq: 'entri {{seq}} hilang atau tidak berurutan',
      link: 'entri {{seq}} tidak menyambung ke entri sebelumnya',
      hash: 'entri {{seq}} diubah setelah ditulis',
    },
    empty: 'Belum ada yang tercatat.',
    entry: '{{name}} ({{role}}) {{action}}',
    actions: {
      invite: {
        created: 'membuat undangan',
        revoked: 'mencabut undangan',
      },
      'join-code': {
        created: 'membuat kode bergabung',
        revoked: 'mencabut kode bergabung',
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
        opened: 'membuka pemungutan suara',
        closed: 'menutup pemungutan suara',
      },
      decision: {
        recorded: 'mencatat keputusan',
      },
      import: {
        applied: 'mengimpor baris',
      },
      workshop: {
        archived: 'mengarsipkan lokakarya',
        unarchived: 'membatalkan pengarsipan lokakarya',
        exported: 'mengunduh arsip lokakarya',
        imported: 'mengimpor lokakarya dari arsip',
      },
      export: {
        version: 'mengekspor versi',
      },
      amendment: {
        proposed: 'mengusulkan amandemen',
        accepted: 'menerima amandemen',
        rejected: 'menolak amandemen',
      },
    },
    roles: {
      facilitator: 'fasilitator',
      participant: 'peserta',
      stakeholder: 'pemangku kepentingan',
      viewer: 'pengamat',
    },
    kinds: {
      named: 'bernama',
      auto: 'otomatis',
      formal: 'formal',
      informal: 'informal',
      role: 'tautan peran',
      personal: 'undangan pribadi',
    },
  },
  errors: {
    unknown: 'Terjadi kesalahan.',
    network: 'Server tidak dapat dijangkau. Periksa koneksi, lalu coba lagi.',
    status: 'Permintaan ditolak ({{status}}).',
    server: 'Server tidak dapat menjawab ({{status}}). Coba lagi sebentar lagi.',
    withDetail: '{{message}} ({{detail}})',
    codes: {
      invalid_json: 'Permintaan tidak dapat dibaca.',
      invalid_request: 'Ada yang tidak valid dalam permintaan.',
      unauthorized: 'Tautan undangan ini tidak berlaku untuk lokakarya ini.',
      forbidden: 'Tindakan ini tidak diizinkan.',
      not_found: 'Tidak ditemukan: mungkin sudah dihapus.',
      conflict: 'Tindakan ini tidak dapat dilakukan dalam keadaan sekarang.',
      outdated: 'Teksnya telah berubah sementara itu.',
      archived: 'Lokakarya ini diarsipkan: dapat dibaca tetapi tidak dapat diubah.',
      payload_too_large: 'Ukurannya terlalu besar.',
      unsupported_media_type: 'Jenis berkas ini tidak dapat dibaca.',
      unavailable: 'Server sedang sibuk atau tidak tersedia. Coba lagi sebentar lagi.',
      too_many_requests: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
      internal: 'Server mengalami masalah. Coba lagi; jika terus terjadi, beri tahu fasilitator.',
      invalid_archive: 'Arsip lokakarya ini rusak atau tidak lengkap.',
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
