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

  template: {},
  export: {},

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: englishDocumentWords(),
};

export default catalogue;
