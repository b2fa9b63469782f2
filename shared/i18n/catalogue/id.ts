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

  home: {
    lede: 'Sunting bersama secara langsung temuan, rekomendasi, dan rencana aksi lokakarya hasil penilaian pencatatan sipil.',
    deleted: '“{{title}}” telah dihapus beserta seluruh datanya.',
    create: {
      heading: 'Lokakarya baru',
      title: 'Judul lokakarya',
      titlePlaceholder: 'Lokakarya hasil: penilaian pencatatan sipil',
      country: 'Negara',
      startsOn: 'Mulai tanggal',
      endsOn: 'Berakhir tanggal',
      adminToken: 'Token admin',
      submit: 'Buat lokakarya',
    },
    invites: {
      share:
        'Bagikan setiap tautan hanya kepada orang yang semestinya memiliki peran tersebut. Tautan hanya ditampilkan sekali.',
      linkLabel: 'Tautan undangan {{role}}',
      roleHelp: {
        facilitator: 'memandu lokakarya dan menyunting',
        participant: 'menyunting bersama temuan, rekomendasi, dan rencana aksi',
        stakeholder: 'membaca draf langsung (mengesahkan versi final)',
        viewer: 'hanya baca: proyektor dan pengamat',
      },
    },
    recent: {
      heading: 'Lokakarya Anda',
      opened: 'dibuka {{when}}',
      removeLabel: 'Hapus {{title}} dari daftar ini',
      removeTitle: 'Hapus dari daftar ini (lokakaryanya sendiri tetap ada)',
    },
  },
  join: {
    title: 'Bergabung ke lokakarya',
    codeLabel: 'Ketik kode yang ditampilkan di layar',
    codePlaceholder: 'K7PM-3QXD',
    help: 'Huruf dan angka; huruf besar, spasi, dan tanda hubung tidak berpengaruh.',
    submit: 'Bergabung',
    joining: 'Sedang bergabung…',
    invalidCode: 'Kode bergabung terdiri atas 8 huruf dan angka, misalnya K7PM-3QXD',
    refused: {
      notFound: 'Tidak ada lokakarya dengan kode ini — periksa kembali dengan fasilitator',
      tooMany: { other: 'Terlalu banyak percobaan — tunggu {{count}} detik' },
      unreachable: 'Server tidak dapat dihubungi — silakan coba lagi',
    },
    card: {
      qrAlt: 'Kode QR untuk bergabung: {{url}}',
      heading: 'Bergabung ke lokakarya',
      scan: 'Pindai kode, atau buka',
      andType: 'lalu ketik',
      joinsAs: 'bergabung sebagai {{role}}',
    },
    slide: {
      close: 'Tutup (Esc)',
    },
    panel: {
      label: 'Kode bergabung',
      none: 'Belum ada kode bergabung: buat satu kode untuk diketik peserta di ruangan.',
      show: 'Tampilkan di proyektor',
      onProjector: 'Ditampilkan di proyektor',
      onProjectorFull: 'Ditampilkan di proyektor (layar penuh)',
      hide: 'Sembunyikan dari proyektor',
      slide: 'Slide bergabung',
      codesLabel: 'Kode bergabung yang berlaku',
      revoke: 'Cabut',
      revokeLabel: 'Cabut kode bergabung {{code}}',
      revokeNote:
        'Mencabut kode menghentikan orang baru bergabung; orang yang sudah masuk tetap berada di dalam (cabut undangannya di Orang untuk mengeluarkan mereka).',
      for: 'Untuk',
      forRole: {
        participant: 'peserta',
        stakeholder: 'pemangku kepentingan',
        viewer: 'pengamat',
      },
      make: 'Buat kode bergabung',
      makeAnother: 'Buat kode lain',
    },
  },
  shell: {
    appTitle: 'Ruang Kerja Lokakarya Hasil',
    roles: {
      facilitator: 'fasilitator',
      participant: 'peserta',
      stakeholder: 'pemangku kepentingan',
      viewer: 'pengamat',
    },
    home: 'Beranda',
    dismiss: 'Tutup pesan',
    opening: 'Membuka lokakarya…',
    incomplete: {
      title: 'Tautan undangan tidak lengkap',
      body: 'Alamat ini tidak memiliki token undangan. Buka tautan lengkap yang Anda terima, termasuk bagian setelah "#".',
    },
    cannotOpen: {
      title: 'Lokakarya ini tidak dapat dibuka',
      unreachable: 'Server tidak dapat dihubungi.',
      refused:
        'Tautan undangan mungkin telah dicabut atau lokakarya telah dihapus. Mintalah tautan baru kepada fasilitator.',
      forgotten: 'Lokakarya ini telah dihapus dari daftar lokakarya di peramban ini.',
    },
    disconnected: {
      title: 'Koneksi Anda telah diputus',
      serverSays: 'Pesan server: {{reason}}.',
      body: 'Tautan ini tidak lagi membuka lokakarya. Mintalah tautan baru kepada fasilitator jika Anda semestinya masih ikut.',
    },
    closed: {
      revoked: 'tautan undangan ini telah dicabut',
      deleted: 'lokakarya ini telah dihapus',
      unauthorized: 'token undangan tidak sah atau tidak ada',
      malformed: 'server tidak dapat membaca data yang dikirim halaman ini',
      tooManyMessages: 'terlalu banyak pesan per detik',
      restarting: 'server sedang dimulai ulang',
      busy: 'server sedang sibuk; mencoba lagi',
      documentUnavailable: 'dokumen lokakarya tidak tersedia; mencoba lagi',
      refused: 'server menolak koneksi ini',
    },
    connection: {
      connected: 'Langsung',
      connecting: 'Menghubungkan…',
      offline: 'Luring — suntingan disimpan di perangkat ini dan dikirim saat koneksi kembali',
      refused: 'Akses ditolak',
    },
    header: {
      youAre: 'Anda adalah {{role}}',
      readOnly: '(hanya baca)',
      here: { other: '{{count}} hadir' },
      menuHint: ': nama Anda, dan siapa saja yang hadir',
      people: 'Orang',
      workshop: 'Lokakarya…',
      yourName: 'Nama Anda',
      nameFromInvite: 'Nama Anda berasal dari undangan Anda',
    },
    archivedBanner: 'Diarsipkan pada {{date}}: hanya baca untuk semua orang. Ekspor tetap dapat dilakukan.',
    nav: {
      label: 'Bagian',
      trace: 'Telusur',
      report: 'Laporan',
      versions: 'Versi',
      gaps: { other: '{{count}} kekurangan' },
      openAmendments: { other: '{{count}} amandemen terbuka' },
    },
    presence: {
      label: 'Orang yang hadir sekarang',
      nameRole: '{{name}} ({{role}})',
      self: '{{name}} (Anda)',
    },
    notice: {
      undo: 'Urungkan',
    },
    summon: {
      broughtBy: 'Dibawa ke sini oleh {{name}}',
      goBack: 'Kembali',
    },
    endorsement: {
      banner:
        'Versi yang disahkan v{{number}} “{{name}}” ({{endorsements}}, {{confirmed}}, {{selfDeclared}}).',
      endorsements: { other: '{{count}} pengesahan' },
      confirmed: '{{count}} dikonfirmasi melalui undangan pribadi',
      selfDeclared: '{{count}} dinyatakan sendiri',
      unchanged: 'Draf tidak berubah sejak itu.',
      changed: 'Draf telah berubah sejak itu:',
      seeDiff: 'lihat perbedaan',
    },
    lifecycle: {
      title: 'Lokakarya ini',
      archived: 'Diarsipkan',
      archive: 'Arsipkan',
      archiveHelp:
        'Setelah lokakarya selesai: tidak ada yang dapat mengubahnya lagi (dokumen, pemungutan suara, dan komentar), semua orang tetap dapat membacanya dan mengekspor versinya. Arsip dapat dibatalkan.',
      archivedOn:
        'Diarsipkan pada {{date}}: hanya baca untuk semua orang. Membatalkan arsip memungkinkan semua orang menyunting lagi.',
      unarchive: 'Batalkan arsip',
      archiveWorkshop: 'Arsipkan lokakarya',
      move: 'Pindahkan ke server lain',
      moveHelp:
        'Seluruh isi lokakarya dalam satu berkas (dokumen, versi, pengesahan, keputusan, pemungutan suara, komentar, amandemen, kehadiran, aktivitas, dan log audit), untuk diimpor oleh administrator di server lain, tempat lokakarya berlanjut dengan tautan undangan baru. Tautan undangan dan kode bergabung tidak termasuk.',
      downloadArchive: 'Unduh arsip',
      deleteHelp:
        'Menghapus lokakarya dan seluruh isinya secara permanen: dokumen beserta riwayatnya, versi, pengesahan, pemungutan suara, komentar, kehadiran, aktivitas, dan log audit. Semua undangan berhenti berfungsi dan semua yang terhubung akan diputus. Ekspor terlebih dahulu apa yang perlu disimpan.',
      confirmTitle: 'Ketik judul lokakarya, {{title}}, untuk mengonfirmasi',
      deleteWorkshop: 'Hapus lokakarya ini',
    },
  },
  people: {
    title: 'Orang',
    lastUsed: {
      never: 'belum pernah',
      justNow: 'baru saja',
    },
    confirmRevokePerson: 'Cabut undangan {{name}}? Siapa pun yang menggunakannya akan diputus.',
    confirmRevokeLink: 'Cabut tautan {{role}}? Siapa pun yang menggunakannya akan diputus.',
    newLink: 'Tautan untuk {{who}} — hanya ditampilkan kali ini:',
    anyoneWith: 'siapa pun yang memiliki tautan {{role}}',
    anyoneWithCell: 'Siapa pun yang memiliki tautan {{role}}',
    newLinkLabel: 'Tautan undangan baru',
    columns: {
      who: 'Siapa',
      organisation: 'Organisasi',
      role: 'Peran',
      lastUsed: 'Terakhir digunakan',
      now: 'Sekarang',
    },
    connected: { other: '{{count}} terhubung' },
    revoked: 'dicabut',
    revoke: 'Cabut',
    invite: {
      heading: 'Undang seseorang',
      name: 'Nama',
      organisation: 'Organisasi',
      role: 'Peran',
      submit: 'Buat undangan',
    },
    newRoleLink: 'Tautan {{role}} baru',
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
