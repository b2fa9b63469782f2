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

  template: {},
  export: {},

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: englishDocumentWords(),
};

export default catalogue;
