import type { Messages } from '../messages.js';

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

  presenter: {
    screenName: 'Layar presentasi',
    groupReports: 'Laporan kelompok',
    pinned: 'disematkan',
    following: 'mengikuti {{name}}',
    sideLabel: 'Bergabung, pemungutan suara, dan orang yang hadir',
    hereNow: 'Hadir sekarang ({{count}})',
    peopleHere: 'Orang yang hadir sekarang',
    sections: { trace: 'Penelusuran', report: 'Laporan', versions: 'Versi' },
    controls: {
      open: 'Buka tampilan presentasi',
      pin: 'Sematkan proyektor ke {{section}}',
      pinnedTo: 'Proyektor disematkan ke {{section}}',
      unpin: 'Lepas sematan: ikuti saya',
      bringEveryone: 'Bawa semua orang ke sini',
      brought: 'Semua orang dibawa ke sini pukul {{time}}',
      joinCode: 'Kode bergabung',
      groupReports: 'Laporan kelompok',
    },
    amendment: {
      shown: 'Proyektor menampilkan amandemen',
      takeDown: 'Turunkan',
    },
    slide: {
      label: 'Amandemen yang sedang dibahas',
      status: { open: 'Terbuka untuk diputuskan', accepted: 'Diterima', rejected: 'Ditolak' },
      outdated: 'teksnya telah berubah sejak itu',
      proposedBy: 'Diusulkan oleh {{name}}:',
      noSupport: 'Belum ada dukungan',
      supportedBy: { other: 'Didukung oleh {{count}} orang: {{names}}' },
    },
  },
  groups: {
    number: 'Kelompok {{number}}',
    title: '{{group}} · {{name}}',
    barLabel: 'Kelompok diskusi Anda',
    breakoutGroups: 'Kelompok diskusi',
    choose: 'Pilih kelompok Anda:',
    option: '{{group}} ({{count}})',
    presence: { other: '{{count}} orang di {{group}}' },
    facilitator: 'Fasilitator: {{name}}',
    reporter: 'Pelapor: {{name}}',
    assigned: 'ditetapkan oleh fasilitator',
    only: 'Hanya {{group}}',
    group: 'Kelompok',
    noGroup: 'Tanpa kelompok',
    editor: {
      heading: 'Kelompok',
      none: 'Belum ada kelompok.',
      hint: 'Tambahkan satu kelompok per tema: masing-masing mendapat temuannya, seorang fasilitator, dan seorang pelapor.',
      add: '+ Tambah kelompok',
      name: 'Nama',
      nameOf: 'Nama {{group}}',
      namePlaceholder: 'mis. Kerangka hukum',
      facilitator: 'Fasilitator',
      facilitatorOf: 'Fasilitator {{group}}',
      reporter: 'Pelapor',
      reporterOf: 'Pelapor {{group}}',
      themes: 'Tema',
      furtherFindings: 'Temuan lainnya',
      furtherFindingsCount: 'Temuan lainnya ({{count}})',
      noFindings: 'Belum ada temuan.',
      confirmRemove: 'Hapus {{group}}?',
      remove: 'Hapus {{group}}',
      assign: 'Tetapkan orang yang diundang ke kelompok',
      groupOf: 'Kelompok {{name}}',
      choosesThemselves: 'memilih sendiri',
    },
    reports: {
      title: 'Laporan kelompok',
      notStarted:
        'Sesi ini belum dimulai. Ketika fasilitator memulainya pada pengatur waktu agenda, sebuah versi disimpan, dan perubahan setiap kelompok sejak saat itu dicantumkan di sini.',
      since: 'Perubahan sejak v{{version}}, disimpan saat sesi dimulai pukul {{time}}.',
      presentedBy: 'Dipresentasikan oleh {{name}}, pelapor',
      noChanges: 'Belum ada perubahan dari kelompok ini.',
      deleted: '(dihapus)',
      mark: 'Tandai terkonsolidasi',
      unmark: 'Batalkan konsolidasi',
      noSessions: 'Belum ada sesi kelompok yang memiliki kelompok.',
      session: 'Sesi',
      untitledSession: 'Sesi tanpa judul',
      show: 'Tampilkan di proyektor',
      stopShowing: 'Berhenti menampilkan di proyektor',
      change: {
        dissent: 'perbedaan pendapat dicatat',
        edited: 'diubah',
        added: 'ditambahkan',
        drafted: 'rekomendasi disusun',
        revised: 'rekomendasi direvisi',
      },
    },
    consolidated: {
      mark: '✓ Terkonsolidasi',
      by: 'Dikonsolidasikan oleh {{name}} pada {{when}}',
    },
  },
  agenda: {
    guidance:
      'Alat J: sesi-sesi lokakarya beserta waktunya, pleno atau dalam kelompok diskusi, masing-masing dengan fasilitatornya.',
    add: '+ Tambah sesi',
    ends: 'Selesai',
    total: { other: 'Total: {{duration}} dalam {{count}} sesi' },
    duration: {
      hours: { other: '{{count}} jam' },
      minutes: { other: '{{count}} mnt' },
      hoursMinutes: '{{hours}} {{minutes}}',
    },
    itemName: '{{noun}} {{number}}',
    sessionNumber: 'sesi {{number}}',
    startOf: 'Mulai {{session}}',
    minutesOf: 'Menit {{session}}',
    titleOf: 'Judul {{session}}',
    formatOf: 'Format {{session}}',
    facilitatorOf: 'Fasilitator {{session}}',
    titlePlaceholder: 'Apa yang dilakukan dalam sesi ini',
    groups: 'Kelompok',
    untitledSession: 'Sesi tanpa judul',
    timer: {
      removed: 'Sesi dihapus dari agenda',
      idle: 'Tidak ada sesi yang diukur waktunya',
      overtime: 'lewat waktu',
      paused: 'dijeda',
      choose: 'Sesi yang diukur waktunya',
      start: '▶ Mulai',
      resume: 'Lanjutkan',
      pause: 'Jeda',
      extend: '+{{minutes}} mnt',
      stop: 'Hentikan',
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
      legalFramework: 'Kerangka hukum',
      institutions: 'Kelembagaan dan koordinasi',
      procedures: 'Prosedur pencatatan',
      costsAccess: 'Biaya dan akses',
      awareness: 'Kesadaran',
      coverageStatistics: 'Statistik cakupan',
    },
    populations: {
      refugees: 'Pengungsi',
      asylumSeekers: 'Pencari suaka',
      stateless: 'Orang tanpa kewarganegaraan',
      undeterminedNationality: 'Orang dengan kewarganegaraan yang belum ditentukan',
      undocumentedMigrants: 'Migran tanpa dokumen',
      all: 'Semua populasi perhatian',
    },
    agenda: {
      opening: 'Pembukaan, tujuan, dan agenda',
      presentFindings: 'Pemaparan rancangan temuan',
      validateFindings: 'Kelompok diskusi: memvalidasi atau mengubah temuan per tema',
      groupReports: 'Pelapor kelompok memaparkan hasil; notulis merangkum',
      draftRecommendations: 'Kelompok diskusi: menyusun rekomendasi berdasarkan temuan',
      prioritise: 'Menentukan prioritas rekomendasi (pemungutan suara)',
      closing: 'Target, langkah selanjutnya menuju rencana aksi, penutupan',
    },
    reportTitle: 'Laporan lokakarya hasil',
    outline: {
      background: {
        heading: 'Latar belakang dan tujuan',
        guidance:
          'Alasan penilaian dilakukan, siapa yang memimpinnya, dan apa yang hendak diputuskan dalam lokakarya ini.',
      },
      methodology: {
        heading: 'Metodologi',
        guidance:
          'Kajian pustaka, statistik cakupan (Alat G), kuesioner (Alat H), kunjungan lapangan dan diskusi kelompok terarah (Alat I).',
      },
      participants: {
        heading: 'Peserta',
        guidance: 'Kementerian, badan PBB, dan organisasi masyarakat sipil yang hadir; kelompok diskusi.',
      },
      findings: {
        heading: 'Temuan yang telah divalidasi',
        guidance:
          'Ringkas temuan per tema dan kelompok populasi, dengan mencatat amandemen dan perbedaan pendapat.',
      },
      recommendations: {
        heading: 'Rekomendasi dan prioritas',
        guidance:
          'Rekomendasi, temuan yang dijawab oleh masing-masing, alasannya, dan prioritas yang disepakati.',
      },
      targets: {
        heading: 'Target yang diusulkan',
        guidance: 'Target kemajuan (Alat M), dengan merujuk pada SDG 16.9 dan Kerangka Aksi Regional ESCAP.',
      },
      nextSteps: {
        heading: 'Langkah selanjutnya',
        guidance: 'Penyampaian kepada pengambil keputusan dan penyusunan rencana aksi (Alat N).',
      },
    },
  },
  export: {
    report: 'Laporan',
    decision: 'Keputusan',
    date: 'Tanggal',
    page: 'Halaman {{page}} dari {{pages}}',
    noItems: 'Tidak ada {{items}} yang tercatat.',
    deletedLinks: { other: '({{count}} dihapus)' },
    nameWithRole: '{{name}} ({{role}})',
    separator: ', ',
    either: '{{a}} atau {{b}}',
    withReason: '{{text}}: {{reason}}',
    roles: {
      facilitator: 'Fasilitator',
      participant: 'Peserta',
      stakeholder: 'Pemangku kepentingan',
      viewer: 'Pengamat',
    },
    cover: {
      subtitle: 'Laporan lokakarya hasil',
      country: 'Negara',
      dates: 'Tanggal',
      dateRange: '{{from}} sampai {{to}}',
      version: 'Versi',
      versionName: '{{number}} · {{name}}',
      liveDraft: 'Draf langsung per {{moment}} UTC',
      notSaved: '{{edition}} (bukan versi yang disimpan)',
      saved: 'Disimpan',
      contentHash: 'Hash isi (SHA-256)',
      auditHead: 'Entri terakhir log audit',
      auditHeadValue: '{{hash}} (entri {{entry}})',
      runningHead: '{{title}} · {{edition}}',
    },
    endorsements: {
      heading: 'Pengesahan',
      name: 'Nama',
      organisation: 'Organisasi',
      identity: 'Identitas',
      comment: 'Komentar',
      byInvite: 'dikonfirmasi melalui undangan pribadi',
      selfDeclared: 'dinyatakan sendiri',
      endorsed: 'Disahkan',
      declined: 'Ditolak',
      none: 'Tidak ada pengesahan yang tercatat untuk versi ini.',
      liveDraft: 'Draf langsung tidak dapat disahkan: pengesahan hanya untuk versi yang disimpan.',
    },
    decisions: {
      line: '{{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      decisionMaker: 'Pengambil keputusan',
      office: 'Instansi',
      kind: 'Jenis',
      recordedBy: 'Dicatat oleh',
      recordedByValue: '{{person}}, {{date}}',
      noRecommendations: 'Tidak ada {{items}} dalam versi ini.',
      kinds: { formal: 'Formal', informal: 'Informal' },
      outcomes: { adopted: 'Diterima', deferred: 'Ditunda', rejected: 'Ditolak' },
    },
    findings: {
      noTheme: 'Tema tidak disebutkan',
      noPopulation: 'Kelompok populasi tidak disebutkan',
    },
    actionPlan: {
      none: 'Tidak ada baris rencana aksi yang tercatat.',
      workbookTitle: '{{title}}: rencana aksi',
    },
    gantt: {
      heading: 'Bagan Gantt',
      title: 'Bagan Gantt rencana aksi',
      description:
        'Kegiatan per tujuan, batang dari tanggal mulai hingga selesai, diwarnai menurut instansi utama',
      markdownNote: 'Bagan Gantt tersedia dalam laporan DOCX dan PDF serta unduhan bagan Gantt.',
      rows: 'Tujuan / kegiatan',
      noObjective: 'Tujuan tidak disebutkan',
      noActivity: '(kegiatan tidak disebutkan)',
      noAgency: 'Tanpa instansi utama',
      noDates: 'tanpa tanggal',
      noRows: 'Belum ada baris rencana aksi.',
      endBeforeStart: 'tanggal selesai sebelum tanggal mulai',
      datesOutside: 'tanggal di luar bagan ({{years}})',
      outside: 'di luar bagan: {{dates}}',
      today: 'Hari ini {{date}}',
    },
    participants: {
      heading: 'Lampiran: peserta yang hadir',
      introVersion:
        'Semua orang yang telah bergabung ke ruang kerja langsung (dengan nama yang mereka berikan) hingga versi ini disimpan.',
      introLive: 'Semua orang yang telah bergabung ke ruang kerja langsung, dengan nama yang mereka berikan.',
      invitedAs: 'Diundang sebagai',
      firstSeen: 'Pertama kali hadir (UTC)',
      none: 'Tidak ada yang tercatat hadir.',
    },
    contributors: {
      heading: 'Lampiran: kontributor',
      introVersion:
        'Semua orang yang membuat atau menyunting sesuatu di setiap bagian hingga versi ini disimpan, menurut urutan perubahan pertama mereka.',
      introLive:
        'Semua orang yang telah membuat atau menyunting sesuatu di setiap bagian, menurut urutan perubahan pertama mereka.',
      section: 'Bagian',
      contributors: 'Kontributor',
      none: 'Tidak ada perubahan yang tercatat.',
    },
    amendments: {
      heading: 'Lampiran: amandemen yang dipertimbangkan',
      introVersion:
        'Setiap usulan perubahan kata yang telah diterima atau ditolak hingga versi ini disimpan: siapa yang mengusulkan dan alasannya, kata yang diubah, dan keputusannya.',
      introLive:
        'Setiap usulan perubahan kata yang telah diterima atau ditolak: siapa yang mengusulkan dan alasannya, kata yang diubah, dan keputusannya.',
      amended: 'Yang diubah',
      proposedBy: 'Diusulkan oleh, dan alasannya',
      wordingColumn: 'Kata-kata (sebelum → sesudah)',
      target: '{{section}} {{item}}: {{field}}',
      proposed: '{{person}}, {{date}}: {{reason}}',
      wording: '“{{before}}” → “{{after}}”',
      acceptedBy: 'Diterima oleh {{person}}, {{date}}',
      rejectedBy: 'Ditolak oleh {{person}}, {{date}}',
      none: 'Belum ada amandemen yang diterima atau ditolak.',
    },
    traceability: {
      heading: 'Lampiran: keterlacakan',
      intro:
        'Setiap temuan, rekomendasi yang menjawabnya, baris rencana aksi yang melaksanakannya, dan target yang mengukurnya (Alat K, M, dan N dari perangkat).',
      sheet: 'Keterlacakan',
    },
    gaps: {
      heading: 'Kesenjangan',
      gap: 'Kesenjangan',
      missing: 'Yang kurang',
      none: 'Tidak ada kesenjangan: setiap temuan yang didukung lokakarya diteruskan hingga target.',
      findingUnanswered: 'Temuan yang divalidasi atau diubah tetapi belum dijawab rekomendasi',
      recommendationWithoutAction: 'Rekomendasi tanpa baris rencana aksi',
      actionWithoutTarget: 'Baris rencana aksi yang tidak terkait dengan target',
      actionIncomplete: 'Baris rencana aksi tanpa instansi utama, tanggal, biaya, atau indikator',
      targetIncomplete: 'Target tanpa nilai dasar, atau tanpa nilai atau tahun target',
      danglingLink: 'Tautan ke item yang telah dihapus',
      findingUnansweredMessage: '{{label}} berstatus {{status}} tetapi belum dijawab rekomendasi mana pun',
      recommendationWithoutActionMessage: '{{label}} tidak memiliki baris rencana aksi',
      actionWithoutTargetMessage: '{{label}} tidak terkait dengan target mana pun',
      incompleteMessage: '{{label}} tidak memiliki {{missing}}',
      danglingLinkMessage: {
        other: '{{label}} menautkan ke {{count}} {{noun}} yang telah dihapus ({{field}})',
      },
    },
  },

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: {
    sections: {
      themes: { title: 'Tema', noun: 'Tema' },
      populations: { title: 'Populasi perhatian', noun: 'Populasi' },
      agenda: { title: 'Agenda', noun: 'Sesi' },
      findings: { title: 'Temuan', noun: 'Temuan' },
      recommendations: { title: 'Rekomendasi', noun: 'Rekomendasi' },
      targets: { title: 'Target', noun: 'Target' },
      actionPlan: { title: 'Rencana aksi', noun: 'Baris' },
    },
    fields: {
      themes: { label: 'Nama' },
      populations: { label: 'Nama' },
      agenda: {
        start: 'Mulai',
        durationMinutes: 'Menit',
        title: 'Sesi',
        kind: 'Format',
        facilitator: 'Fasilitator',
      },
      findings: {
        theme: 'Tema',
        population: 'Kelompok populasi',
        evidence: 'Bukti',
        source: 'Sumber',
        status: 'Status validasi',
        dissent: 'Perbedaan pendapat',
      },
      recommendations: {
        text: 'Rekomendasi',
        findingIds: 'Menjawab temuan',
        agency: 'Instansi penanggung jawab',
        reasoning: 'Alasan',
        status: 'Status',
        priority: 'Prioritas',
      },
      targets: {
        indicator: 'Indikator',
        disaggregation: 'Disagregasi',
        baselineValue: 'Nilai dasar',
        baselineYear: 'Tahun dasar',
        targetValue: 'Nilai target',
        targetYear: 'Tahun target',
        dataSource: 'Sumber data',
        framework: 'Kerangka acuan',
        progress: 'Kemajuan',
      },
      actionPlan: {
        objective: 'Tujuan',
        activity: 'Kegiatan',
        leadAgency: 'Instansi utama',
        partners: 'Mitra',
        start: 'Mulai',
        end: 'Selesai',
        cost: 'Biaya',
        fundingSource: 'Sumber pendanaan',
        indicator: 'Indikator',
        verification: 'Alat verifikasi',
        recommendationIds: 'Rekomendasi',
        targetIds: 'Target',
        risks: 'Risiko dan asumsi',
      },
    },
    columns: { Validation: 'Validasi', Baseline: 'Nilai dasar', Target: 'Target' },
    values: {
      findingStatus: { draft: 'Draf', validated: 'Divalidasi', amended: 'Diubah', rejected: 'Ditolak' },
      recommendationStatus: { draft: 'Draf', agreed: 'Disepakati', amended: 'Diubah', withdrawn: 'Ditarik' },
      progressStatus: {
        achieved: 'Tercapai',
        progress: 'Ada kemajuan',
        'stagnation-regression': 'Stagnan / mundur',
        'no-data': 'Tidak ada data',
      },
      sessionKind: { plenary: 'Pleno', group: 'Kelompok' },
    },
  },
};

export default catalogue;
