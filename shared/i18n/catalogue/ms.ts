import type { Messages } from '../messages.js';

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

  presenter: {
    screenName: 'Skrin pembentangan',
    groupReports: 'Laporan kumpulan',
    pinned: 'disemat',
    following: 'mengikut {{name}}',
    sideLabel: 'Sertai, undian dan orang yang hadir',
    hereNow: 'Hadir sekarang ({{count}})',
    peopleHere: 'Orang yang hadir sekarang',
    sections: { trace: 'Jejak', report: 'Laporan', versions: 'Versi' },
    controls: {
      open: 'Buka paparan pembentangan',
      pin: 'Semat projektor pada {{section}}',
      pinnedTo: 'Projektor disemat pada {{section}}',
      unpin: 'Nyahsemat: ikut saya',
      bringEveryone: 'Bawa semua orang ke sini',
      brought: 'Semua orang dibawa ke sini pada {{time}}',
      joinCode: 'Kod sertai',
      groupReports: 'Laporan kumpulan',
    },
    amendment: {
      shown: 'Projektor memaparkan pindaan',
      takeDown: 'Turunkan',
    },
    slide: {
      label: 'Pindaan yang sedang dibincangkan',
      status: { open: 'Terbuka untuk keputusan', accepted: 'Diterima', rejected: 'Ditolak' },
      outdated: 'teks telah berubah sejak itu',
      proposedBy: 'Dicadangkan oleh {{name}}:',
      noSupport: 'Belum ada sokongan',
      supportedBy: { other: 'Disokong oleh {{count}} orang: {{names}}' },
    },
  },
  groups: {
    number: 'Kumpulan {{number}}',
    title: '{{group}} · {{name}}',
    barLabel: 'Kumpulan perbincangan anda',
    breakoutGroups: 'Kumpulan perbincangan',
    choose: 'Pilih kumpulan anda:',
    option: '{{group}} ({{count}})',
    presence: { other: '{{count}} orang dalam {{group}}' },
    facilitator: 'Fasilitator: {{name}}',
    reporter: 'Pelapor: {{name}}',
    assigned: 'ditetapkan oleh fasilitator',
    only: 'Hanya {{group}}',
    group: 'Kumpulan',
    noGroup: 'Tiada kumpulan',
    editor: {
      heading: 'Kumpulan',
      none: 'Belum ada kumpulan.',
      hint: 'Tambah satu kumpulan bagi setiap tema: setiap kumpulan mendapat dapatannya, seorang fasilitator dan seorang pelapor.',
      add: '+ Tambah kumpulan',
      name: 'Nama',
      nameOf: 'Nama {{group}}',
      namePlaceholder: 'cth. Rangka kerja perundangan',
      facilitator: 'Fasilitator',
      facilitatorOf: 'Fasilitator {{group}}',
      reporter: 'Pelapor',
      reporterOf: 'Pelapor {{group}}',
      themes: 'Tema',
      furtherFindings: 'Dapatan lain',
      furtherFindingsCount: 'Dapatan lain ({{count}})',
      noFindings: 'Belum ada dapatan.',
      confirmRemove: 'Alih keluar {{group}}?',
      remove: 'Alih keluar {{group}}',
      assign: 'Tetapkan orang yang dijemput kepada kumpulan',
      groupOf: 'Kumpulan {{name}}',
      choosesThemselves: 'memilih sendiri',
    },
    reports: {
      title: 'Laporan kumpulan',
      notStarted:
        'Sesi ini belum bermula. Apabila fasilitator memulakannya pada pemasa agenda, satu versi disimpan, dan perubahan setiap kumpulan sejak itu disenaraikan di sini.',
      since: 'Perubahan sejak v{{version}}, disimpan semasa sesi bermula pada {{time}}.',
      presentedBy: 'Dibentangkan oleh {{name}}, pelapor',
      noChanges: 'Belum ada perubahan daripada kumpulan ini.',
      deleted: '(dipadam)',
      mark: 'Tandakan sebagai disatukan',
      unmark: 'Batalkan penyatuan',
      noSessions: 'Belum ada sesi kumpulan yang mempunyai kumpulan.',
      session: 'Sesi',
      untitledSession: 'Sesi tanpa tajuk',
      show: 'Papar pada projektor',
      stopShowing: 'Berhenti memapar pada projektor',
      change: {
        dissent: 'pandangan berbeza direkodkan',
        edited: 'disunting',
        added: 'ditambah',
        drafted: 'cadangan dirangka',
        revised: 'cadangan disemak semula',
      },
    },
    consolidated: {
      mark: '✓ Disatukan',
      by: 'Disatukan oleh {{name}} pada {{when}}',
    },
  },
  agenda: {
    guidance:
      'Alat J: sesi bengkel yang ditetapkan masanya, pleno atau dalam kumpulan perbincangan, setiap satu dengan fasilitatornya.',
    add: '+ Tambah sesi',
    ends: 'Tamat',
    total: { other: 'Jumlah: {{duration}} dalam {{count}} sesi' },
    duration: {
      hours: { other: '{{count}} jam' },
      minutes: { other: '{{count}} min' },
      hoursMinutes: '{{hours}} {{minutes}}',
    },
    itemName: '{{noun}} {{number}}',
    sessionNumber: 'sesi {{number}}',
    startOf: 'Mula {{session}}',
    minutesOf: 'Minit {{session}}',
    titleOf: 'Tajuk {{session}}',
    formatOf: 'Format {{session}}',
    facilitatorOf: 'Fasilitator {{session}}',
    titlePlaceholder: 'Apa yang berlaku dalam sesi ini',
    groups: 'Kumpulan',
    untitledSession: 'Sesi tanpa tajuk',
    timer: {
      removed: 'Sesi telah dialih keluar daripada agenda',
      idle: 'Tiada sesi sedang dikira masa',
      overtime: 'lebih masa',
      paused: 'dijeda',
      choose: 'Sesi untuk dikira masa',
      start: '▶ Mula',
      resume: 'Sambung',
      pause: 'Jeda',
      extend: '+{{minutes}} min',
      stop: 'Henti',
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
      legalFramework: 'Rangka kerja perundangan',
      institutions: 'Institusi dan penyelarasan',
      procedures: 'Prosedur pendaftaran',
      costsAccess: 'Kos dan akses',
      awareness: 'Kesedaran',
      coverageStatistics: 'Statistik liputan',
    },
    populations: {
      refugees: 'Pelarian',
      asylumSeekers: 'Pencari suaka',
      stateless: 'Orang tanpa kerakyatan',
      undeterminedNationality: 'Orang yang kewarganegaraannya belum ditentukan',
      undocumentedMigrants: 'Migran tanpa dokumen',
      all: 'Semua populasi yang berkenaan',
    },
    agenda: {
      opening: 'Pembukaan, objektif dan agenda',
      presentFindings: 'Pembentangan draf dapatan',
      validateFindings: 'Kumpulan perbincangan: mengesahkan atau meminda dapatan mengikut tema',
      groupReports: 'Pelapor kumpulan membentangkan; rapporteur menyatukan hasil',
      draftRecommendations: 'Kumpulan perbincangan: merangka cadangan berdasarkan dapatan',
      prioritise: 'Menentukan keutamaan cadangan (pengundian)',
      closing: 'Sasaran, langkah seterusnya ke arah pelan tindakan, penutup',
    },
    reportTitle: 'Laporan bengkel dapatan',
    outline: {
      background: {
        heading: 'Latar belakang dan objektif',
        guidance:
          'Sebab penilaian dijalankan, siapa yang mengetuainya, dan perkara yang hendak diputuskan oleh bengkel ini.',
      },
      methodology: {
        heading: 'Metodologi',
        guidance:
          'Kajian dokumen, statistik liputan (Alat G), soal selidik (Alat H), lawatan lapangan dan perbincangan kumpulan fokus (Alat I).',
      },
      participants: {
        heading: 'Peserta',
        guidance:
          'Kementerian, agensi PBB dan organisasi masyarakat sivil yang hadir; kumpulan perbincangan.',
      },
      findings: {
        heading: 'Dapatan yang disahkan',
        guidance:
          'Ringkaskan dapatan mengikut tema dan kumpulan populasi, dengan mencatat pindaan dan pandangan berbeza.',
      },
      recommendations: {
        heading: 'Cadangan dan keutamaan',
        guidance: 'Cadangan, dapatan yang dijawab oleh setiap satu, alasan dan keutamaan yang dipersetujui.',
      },
      targets: {
        heading: 'Sasaran yang dicadangkan',
        guidance:
          'Sasaran kemajuan (Alat M), merujuk kepada SDG 16.9 dan Rangka Kerja Tindakan Serantau ESCAP.',
      },
      nextSteps: {
        heading: 'Langkah seterusnya',
        guidance: 'Pembentangan kepada pembuat keputusan dan penggubalan pelan tindakan (Alat N).',
      },
    },
  },
  export: {
    report: 'Laporan',
    decision: 'Keputusan',
    date: 'Tarikh',
    page: 'Halaman {{page}} daripada {{pages}}',
    noItems: 'Tiada {{items}} direkodkan.',
    deletedLinks: { other: '({{count}} dipadam)' },
    nameWithRole: '{{name}} ({{role}})',
    separator: ', ',
    either: '{{a}} atau {{b}}',
    withReason: '{{text}}: {{reason}}',
    roles: {
      facilitator: 'Fasilitator',
      participant: 'Peserta',
      stakeholder: 'Pihak berkepentingan',
      viewer: 'Pemerhati',
    },
    cover: {
      subtitle: 'Laporan bengkel dapatan',
      country: 'Negara',
      dates: 'Tarikh',
      dateRange: '{{from}} hingga {{to}}',
      version: 'Versi',
      versionName: '{{number}} · {{name}}',
      liveDraft: 'Draf langsung pada {{moment}} UTC',
      notSaved: '{{edition}} (bukan versi yang disimpan)',
      saved: 'Disimpan',
      contentHash: 'Cincangan kandungan (SHA-256)',
      auditHead: 'Entri terkini log audit',
      auditHeadValue: '{{hash}} (entri {{entry}})',
      runningHead: '{{title}} · {{edition}}',
    },
    endorsements: {
      heading: 'Pengesahan',
      name: 'Nama',
      organisation: 'Organisasi',
      identity: 'Identiti',
      comment: 'Ulasan',
      byInvite: 'disahkan melalui jemputan peribadi',
      selfDeclared: 'diisytiharkan sendiri',
      endorsed: 'Disahkan',
      declined: 'Ditolak',
      none: 'Tiada pengesahan direkodkan untuk versi ini.',
      liveDraft: 'Draf langsung tidak boleh disahkan: pengesahan hanya untuk versi yang disimpan.',
    },
    decisions: {
      line: '{{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      decisionMaker: 'Pembuat keputusan',
      office: 'Jabatan',
      kind: 'Jenis',
      recordedBy: 'Direkodkan oleh',
      recordedByValue: '{{person}}, {{date}}',
      noRecommendations: 'Tiada {{items}} dalam versi ini.',
      kinds: { formal: 'Rasmi', informal: 'Tidak rasmi' },
      outcomes: { adopted: 'Diterima pakai', deferred: 'Ditangguhkan', rejected: 'Ditolak' },
    },
    findings: {
      noTheme: 'Tiada tema diberikan',
      noPopulation: 'Tiada kumpulan populasi diberikan',
    },
    actionPlan: {
      none: 'Tiada baris pelan tindakan direkodkan.',
      workbookTitle: '{{title}}: pelan tindakan',
    },
    gantt: {
      heading: 'Carta Gantt',
      title: 'Carta Gantt pelan tindakan',
      description:
        'Aktiviti mengikut objektif, bar dari tarikh mula hingga tarikh tamat, diwarnakan mengikut agensi peneraju',
      markdownNote: 'Carta Gantt terdapat dalam laporan DOCX dan PDF serta muat turun carta Gantt.',
      rows: 'Objektif / aktiviti',
      noObjective: 'Tiada objektif diberikan',
      noActivity: '(tiada aktiviti diberikan)',
      noAgency: 'Tiada agensi peneraju',
      noDates: 'tiada tarikh',
      noRows: 'Belum ada baris pelan tindakan.',
      endBeforeStart: 'tarikh tamat sebelum tarikh mula',
      datesOutside: 'tarikh di luar carta ({{years}})',
      outside: 'di luar carta: {{dates}}',
      today: 'Hari ini {{date}}',
    },
    participants: {
      heading: 'Lampiran: peserta yang hadir',
      introVersion:
        'Semua yang telah menyertai ruang kerja langsung (dengan nama yang mereka berikan) sehingga versi ini disimpan.',
      introLive: 'Semua yang telah menyertai ruang kerja langsung, dengan nama yang mereka berikan.',
      invitedAs: 'Dijemput sebagai',
      firstSeen: 'Kali pertama hadir (UTC)',
      none: 'Tiada sesiapa direkodkan hadir.',
    },
    contributors: {
      heading: 'Lampiran: penyumbang',
      introVersion:
        'Semua yang mencipta atau menyunting sesuatu dalam setiap bahagian sehingga versi ini disimpan, mengikut urutan perubahan pertama mereka.',
      introLive:
        'Semua yang telah mencipta atau menyunting sesuatu dalam setiap bahagian, mengikut urutan perubahan pertama mereka.',
      section: 'Bahagian',
      contributors: 'Penyumbang',
      none: 'Tiada perubahan direkodkan.',
    },
    amendments: {
      heading: 'Lampiran: pindaan yang dipertimbangkan',
      introVersion:
        'Setiap cadangan perubahan perkataan yang telah diterima atau ditolak sehingga versi ini disimpan: siapa yang mencadangkannya dan sebabnya, perkataan yang diubah, dan keputusannya.',
      introLive:
        'Setiap cadangan perubahan perkataan yang telah diterima atau ditolak: siapa yang mencadangkannya dan sebabnya, perkataan yang diubah, dan keputusannya.',
      amended: 'Yang dipinda',
      proposedBy: 'Dicadangkan oleh, dan sebabnya',
      wordingColumn: 'Perkataan (sebelum → selepas)',
      target: '{{section}} {{item}}: {{field}}',
      proposed: '{{person}}, {{date}}: {{reason}}',
      wording: '“{{before}}” → “{{after}}”',
      acceptedBy: 'Diterima oleh {{person}}, {{date}}',
      rejectedBy: 'Ditolak oleh {{person}}, {{date}}',
      none: 'Belum ada pindaan yang diterima atau ditolak.',
    },
    traceability: {
      heading: 'Lampiran: kebolehkesanan',
      intro:
        'Setiap dapatan, cadangan yang menjawabnya, baris pelan tindakan yang melaksanakannya dan sasaran yang mengukurnya (Alat K, M dan N kit alat).',
      sheet: 'Kebolehkesanan',
    },
    gaps: {
      heading: 'Jurang',
      gap: 'Jurang',
      missing: 'Yang tiada',
      none: 'Tiada jurang: setiap dapatan yang disokong bengkel diteruskan hingga ke sasaran.',
      findingUnanswered: 'Dapatan yang disahkan atau dipinda tetapi tidak dijawab oleh sebarang cadangan',
      recommendationWithoutAction: 'Cadangan tanpa baris pelan tindakan',
      actionWithoutTarget: 'Baris pelan tindakan yang tidak dipautkan kepada sasaran',
      actionIncomplete: 'Baris pelan tindakan tanpa agensi peneraju, tarikh, kos atau penunjuk',
      targetIncomplete: 'Sasaran tanpa nilai asas, atau tanpa nilai atau tahun sasaran',
      danglingLink: 'Pautan kepada item yang telah dipadam',
      findingUnansweredMessage: '{{label}} berstatus {{status}} tetapi tidak dijawab oleh sebarang cadangan',
      recommendationWithoutActionMessage: '{{label}} tiada baris pelan tindakan',
      actionWithoutTargetMessage: '{{label}} tidak dipautkan kepada sebarang sasaran',
      incompleteMessage: '{{label}} tiada {{missing}}',
      danglingLinkMessage: {
        other: '{{label}} memaut kepada {{count}} {{noun}} yang telah dipadam ({{field}})',
      },
    },
  },

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: {
    sections: {
      themes: { title: 'Tema', noun: 'Tema' },
      populations: { title: 'Populasi yang berkenaan', noun: 'Populasi' },
      agenda: { title: 'Agenda', noun: 'Sesi' },
      findings: { title: 'Dapatan', noun: 'Dapatan' },
      recommendations: { title: 'Cadangan', noun: 'Cadangan' },
      targets: { title: 'Sasaran', noun: 'Sasaran' },
      actionPlan: { title: 'Pelan tindakan', noun: 'Baris' },
    },
    fields: {
      themes: { label: 'Nama' },
      populations: { label: 'Nama' },
      agenda: {
        start: 'Mula',
        durationMinutes: 'Minit',
        title: 'Sesi',
        kind: 'Format',
        facilitator: 'Fasilitator',
      },
      findings: {
        theme: 'Tema',
        population: 'Kumpulan populasi',
        evidence: 'Bukti',
        source: 'Sumber',
        status: 'Status pengesahan',
        dissent: 'Pandangan berbeza',
      },
      recommendations: {
        text: 'Cadangan',
        findingIds: 'Menjawab dapatan',
        agency: 'Agensi yang bertanggungjawab',
        reasoning: 'Alasan',
        status: 'Status',
        priority: 'Keutamaan',
      },
      targets: {
        indicator: 'Penunjuk',
        disaggregation: 'Pecahan',
        baselineValue: 'Nilai asas',
        baselineYear: 'Tahun asas',
        targetValue: 'Nilai sasaran',
        targetYear: 'Tahun sasaran',
        dataSource: 'Sumber data',
        framework: 'Rangka kerja',
        progress: 'Kemajuan',
      },
      actionPlan: {
        objective: 'Objektif',
        activity: 'Aktiviti',
        leadAgency: 'Agensi peneraju',
        partners: 'Rakan kerjasama',
        start: 'Mula',
        end: 'Tamat',
        cost: 'Kos',
        fundingSource: 'Sumber pembiayaan',
        indicator: 'Penunjuk',
        verification: 'Kaedah pengesahan',
        recommendationIds: 'Cadangan',
        targetIds: 'Sasaran',
        risks: 'Risiko dan andaian',
      },
    },
    columns: { Validation: 'Pengesahan', Baseline: 'Asas', Target: 'Sasaran' },
    values: {
      findingStatus: { draft: 'Draf', validated: 'Disahkan', amended: 'Dipinda', rejected: 'Ditolak' },
      recommendationStatus: {
        draft: 'Draf',
        agreed: 'Dipersetujui',
        amended: 'Dipinda',
        withdrawn: 'Ditarik balik',
      },
      progressStatus: {
        achieved: 'Tercapai',
        progress: 'Ada kemajuan',
        'stagnation-regression': 'Tiada perubahan / merosot',
        'no-data': 'Tiada data',
      },
      sessionKind: { plenary: 'Pleno', group: 'Kumpulan' },
    },
  },
};

export default catalogue;
