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

  home: {
    lede: 'Sunting bersama secara langsung dapatan, cadangan dan pelan tindakan bengkel dapatan penilaian pendaftaran sivil.',
    deleted: '“{{title}}” telah dipadamkan bersama semua datanya.',
    create: {
      heading: 'Bengkel baharu',
      title: 'Tajuk bengkel',
      titlePlaceholder: 'Bengkel dapatan: penilaian pendaftaran sivil',
      country: 'Negara',
      startsOn: 'Bermula pada',
      endsOn: 'Berakhir pada',
      adminToken: 'Token pentadbir',
      submit: 'Cipta bengkel',
    },
    invites: {
      share:
        'Kongsi setiap pautan hanya dengan orang yang sepatutnya memegang peranan itu. Pautan dipaparkan sekali sahaja.',
      linkLabel: 'Pautan jemputan {{role}}',
      roleHelp: {
        facilitator: 'mengendalikan bengkel dan menyunting',
        participant: 'menyunting bersama dapatan, cadangan dan pelan tindakan',
        stakeholder: 'membaca draf langsung (mengesahkan versi muktamad)',
        viewer: 'baca sahaja: projektor dan pemerhati',
      },
    },
    recent: {
      heading: 'Bengkel anda',
      opened: 'dibuka {{when}}',
      removeLabel: 'Alih keluar {{title}} daripada senarai ini',
      removeTitle: 'Alih keluar daripada senarai ini (bengkel itu sendiri dikekalkan)',
    },
  },
  join: {
    title: 'Sertai bengkel',
    codeLabel: 'Taip kod yang dipaparkan pada skrin',
    codePlaceholder: 'K7PM-3QXD',
    help: 'Huruf dan digit; huruf besar, ruang dan sempang tidak penting.',
    submit: 'Sertai',
    joining: 'Sedang menyertai…',
    invalidCode: 'Kod penyertaan mempunyai 8 huruf dan digit, contohnya K7PM-3QXD',
    refused: {
      notFound: 'Tiada bengkel dengan kod ini — semak dengan fasilitator',
      tooMany: { other: 'Terlalu banyak cubaan — tunggu {{count}} saat' },
      unreachable: 'Pelayan tidak dapat dihubungi — sila cuba lagi',
    },
    card: {
      qrAlt: 'Kod QR untuk menyertai: {{url}}',
      heading: 'Sertai bengkel',
      scan: 'Imbas kod, atau pergi ke',
      andType: 'dan taip',
      joinsAs: 'menyertai sebagai {{role}}',
    },
    slide: {
      close: 'Tutup (Esc)',
    },
    panel: {
      label: 'Kod penyertaan',
      none: 'Belum ada kod penyertaan: cipta satu untuk ditaip oleh mereka di dalam bilik.',
      show: 'Paparkan pada projektor',
      onProjector: 'Dipaparkan pada projektor',
      onProjectorFull: 'Dipaparkan pada projektor (skrin penuh)',
      hide: 'Sembunyikan daripada projektor',
      slide: 'Slaid penyertaan',
      codesLabel: 'Kod penyertaan yang aktif',
      revoke: 'Batalkan',
      revokeLabel: 'Batalkan kod penyertaan {{code}}',
      revokeNote:
        'Membatalkan kod menghentikan penyertaan baharu; mereka yang sudah masuk kekal (batalkan jemputan mereka dalam Orang untuk mengeluarkan mereka).',
      for: 'Untuk',
      forRole: {
        participant: 'peserta',
        stakeholder: 'pihak berkepentingan',
        viewer: 'pemerhati',
      },
      make: 'Cipta kod penyertaan',
      makeAnother: 'Cipta kod lain',
    },
  },
  shell: {
    appTitle: 'Ruang Kerja Bengkel Dapatan',
    roles: {
      facilitator: 'fasilitator',
      participant: 'peserta',
      stakeholder: 'pihak berkepentingan',
      viewer: 'pemerhati',
    },
    home: 'Laman utama',
    dismiss: 'Tutup mesej',
    opening: 'Membuka bengkel…',
    incomplete: {
      title: 'Pautan jemputan tidak lengkap',
      body: 'Alamat ini tiada token jemputan. Buka pautan penuh yang diberikan kepada anda, termasuk bahagian selepas "#".',
    },
    cannotOpen: {
      title: 'Bengkel ini tidak dapat dibuka',
      unreachable: 'Pelayan tidak dapat dihubungi.',
      refused:
        'Pautan jemputan mungkin telah dibatalkan atau bengkel telah dipadamkan. Minta pautan baharu daripada fasilitator.',
      forgotten: 'Bengkel ini telah dialih keluar daripada senarai bengkel dalam pelayar ini.',
    },
    disconnected: {
      title: 'Sambungan anda telah diputuskan',
      serverSays: 'Mesej pelayan: {{reason}}.',
      body: 'Pautan ini tidak lagi membuka bengkel. Minta pautan baharu daripada fasilitator jika anda sepatutnya masih menyertainya.',
    },
    closed: {
      revoked: 'pautan jemputan ini telah dibatalkan',
      deleted: 'bengkel ini telah dipadamkan',
      unauthorized: 'token jemputan tidak sah atau tiada',
      malformed: 'pelayan tidak dapat membaca data yang dihantar oleh halaman ini',
      tooManyMessages: 'terlalu banyak mesej sesaat',
      restarting: 'pelayan sedang dimulakan semula',
      busy: 'pelayan sibuk; mencuba semula',
      documentUnavailable: 'dokumen bengkel tidak tersedia; mencuba semula',
      refused: 'pelayan menolak sambungan ini',
    },
    connection: {
      connected: 'Langsung',
      connecting: 'Menyambung…',
      offline: 'Luar talian — suntingan disimpan pada peranti ini dan dihantar apabila sambungan pulih',
      refused: 'Akses ditolak',
    },
    header: {
      youAre: 'anda ialah {{role}}',
      readOnly: '(baca sahaja)',
      here: { other: '{{count}} hadir' },
      menuHint: ': nama anda, dan siapa lagi yang hadir',
      people: 'Orang',
      workshop: 'Bengkel…',
      yourName: 'Nama anda',
      nameFromInvite: 'Nama anda diambil daripada jemputan anda',
    },
    archivedBanner: 'Diarkibkan pada {{date}}: baca sahaja untuk semua orang. Eksport masih berfungsi.',
    nav: {
      label: 'Bahagian',
      trace: 'Jejak',
      report: 'Laporan',
      versions: 'Versi',
      gaps: { other: '{{count}} jurang' },
      openAmendments: { other: '{{count}} pindaan terbuka' },
    },
    presence: {
      label: 'Orang yang hadir sekarang',
      nameRole: '{{name}} ({{role}})',
      self: '{{name}} (anda)',
    },
    notice: {
      undo: 'Buat asal',
    },
    summon: {
      broughtBy: 'Dibawa ke sini oleh {{name}}',
      goBack: 'Kembali',
    },
    endorsement: {
      banner:
        'Versi yang disahkan v{{number}} “{{name}}” ({{endorsements}}, {{confirmed}}, {{selfDeclared}}).',
      endorsements: { other: '{{count}} pengesahan' },
      confirmed: '{{count}} disahkan melalui jemputan peribadi',
      selfDeclared: '{{count}} diisytiharkan sendiri',
      unchanged: 'Draf tidak berubah sejak itu.',
      changed: 'Draf telah berubah sejak itu:',
      seeDiff: 'lihat perbezaan',
    },
    lifecycle: {
      title: 'Bengkel ini',
      archived: 'Diarkibkan',
      archive: 'Arkib',
      archiveHelp:
        'Apabila bengkel selesai: tiada sesiapa boleh mengubahnya lagi (dokumen, undian dan ulasan), semua orang masih boleh membacanya dan mengeksport versinya. Arkib boleh dibatalkan.',
      archivedOn:
        'Diarkibkan pada {{date}}: baca sahaja untuk semua orang. Membatalkan arkib membolehkan semua orang menyunting semula.',
      unarchive: 'Batalkan arkib',
      archiveWorkshop: 'Arkibkan bengkel',
      move: 'Pindahkan ke pelayan lain',
      moveHelp:
        'Segala-galanya dalam bengkel sebagai satu fail (dokumen, versi, pengesahan, keputusan, undian, ulasan, pindaan, kehadiran, aktiviti dan log audit), untuk diimport oleh pentadbir di pelayan lain, tempat bengkel diteruskan dengan pautan jemputan baharu. Pautan jemputan dan kod penyertaan tidak termasuk.',
      downloadArchive: 'Muat turun arkib',
      deleteHelp:
        'Memadamkan bengkel dan segala isinya secara kekal: dokumen dan sejarahnya, versi, pengesahan, undian, ulasan, kehadiran, aktiviti dan log audit. Semua jemputan berhenti berfungsi dan semua yang bersambung akan diputuskan. Eksport dahulu apa yang perlu disimpan.',
      confirmTitle: 'Taip tajuk bengkel, {{title}}, untuk mengesahkan',
      deleteWorkshop: 'Padamkan bengkel ini',
    },
  },
  people: {
    title: 'Orang',
    lastUsed: {
      never: 'tidak pernah',
      justNow: 'sebentar tadi',
    },
    confirmRevokePerson: 'Batalkan jemputan {{name}}? Sesiapa yang menggunakannya akan diputuskan.',
    confirmRevokeLink: 'Batalkan pautan {{role}}? Sesiapa yang menggunakannya akan diputuskan.',
    newLink: 'Pautan untuk {{who}} — dipaparkan kali ini sahaja:',
    anyoneWith: 'sesiapa yang mempunyai pautan {{role}}',
    anyoneWithCell: 'Sesiapa yang mempunyai pautan {{role}}',
    newLinkLabel: 'Pautan jemputan baharu',
    columns: {
      who: 'Siapa',
      organisation: 'Organisasi',
      role: 'Peranan',
      lastUsed: 'Kali terakhir digunakan',
      now: 'Sekarang',
    },
    connected: { other: '{{count}} bersambung' },
    revoked: 'dibatalkan',
    revoke: 'Batalkan',
    invite: {
      heading: 'Jemput seseorang',
      name: 'Nama',
      organisation: 'Organisasi',
      role: 'Peranan',
      submit: 'Cipta jemputan',
    },
    newRoleLink: 'Pautan {{role}} baharu',
  },

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

  template: {},
  export: {},

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: englishDocumentWords(),
};

export default catalogue;
