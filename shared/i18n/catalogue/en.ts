import { englishDocumentWords } from '../document-words.js';
/**
 * English: the catalogue every other language follows (its shape is `Messages`). Placeholders are
 * `{{name}}`; an object with `other` is a plural (see `PluralForms`). Keep to the glossary
 * (`../glossary.ts`).
 */
export const en = {
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    edit: 'Edit',
    add: 'Add',
    remove: 'Remove',
    back: 'Back',
    loading: 'Loading…',
    retry: 'Try again',
    yes: 'Yes',
    no: 'No',
    showAll: 'Show all',
    copy: 'Copy',
    copied: 'Copied',
    done: 'Done',
    download: 'Download',
    open: 'Open',
    none: 'None',
    language: 'Language',
    untitled: 'Untitled',
  },

  // ────────────────────────────────────────────────────────────────
  // A: home page, join page, workshop shell, people panel
  // ────────────────────────────────────────────────────────────────

  home: {
    lede: 'Co-edit the findings, recommendations and action plan of a civil registration assessment results workshop, live.',
    deleted: '“{{title}}” was deleted with all its data.',
    create: {
      heading: 'New workshop',
      title: 'Workshop title',
      titlePlaceholder: 'Results workshop: civil registration assessment',
      country: 'Country',
      startsOn: 'Starts on',
      endsOn: 'Ends on',
      adminToken: 'Admin token',
      submit: 'Create workshop',
    },
    invites: {
      share: 'Share each link only with the people who should have that role. They are shown once.',
      linkLabel: '{{role}} invite link',
      roleHelp: {
        facilitator: 'runs the workshop and edits',
        participant: 'co-edits findings, recommendations and the action plan',
        stakeholder: 'reads the live draft (endorses final versions)',
        viewer: 'read-only: the projector and observers',
      },
    },
    recent: {
      heading: 'Your workshops',
      opened: 'opened {{when}}',
      removeLabel: 'Remove {{title}} from this list',
      removeTitle: 'Remove from this list (the workshop itself is kept)',
    },
  },
  join: {
    title: 'Join a workshop',
    codeLabel: 'Type the code shown on the screen',
    codePlaceholder: 'K7PM-3QXD',
    help: 'Letters and digits; capitals, spaces and the dash do not matter.',
    submit: 'Join',
    joining: 'Joining…',
    invalidCode: 'A join code has 8 letters and digits, like K7PM-3QXD',
    refused: {
      notFound: 'No workshop has this code — check it with the facilitator',
      tooMany: {
        one: 'Too many tries — wait {{count}} second',
        other: 'Too many tries — wait {{count}} seconds',
      },
      unreachable: 'The server could not be reached — try again',
    },
    card: {
      qrAlt: 'QR code to join: {{url}}',
      heading: 'Join the workshop',
      scan: 'Scan the code, or go to',
      andType: 'and type',
      joinsAs: 'joins as {{role}}',
    },
    slide: {
      close: 'Close (Esc)',
    },
    panel: {
      label: 'Join code',
      none: 'No join code yet: make one for the room to type.',
      show: 'Show on the projector',
      onProjector: 'On the projector',
      onProjectorFull: 'On the projector (full screen)',
      hide: 'Hide from the projector',
      slide: 'Join slide',
      codesLabel: 'Working join codes',
      revoke: 'Revoke',
      revokeLabel: 'Revoke join code {{code}}',
      revokeNote:
        'Revoking a code stops new joins; people already in stay (revoke its invite in People to remove them).',
      for: 'For',
      forRole: {
        participant: 'participants',
        stakeholder: 'stakeholders',
        viewer: 'viewers',
      },
      make: 'Make a join code',
      makeAnother: 'Make another code',
    },
  },
  shell: {
    appTitle: 'Results Workshop Workspace',
    roles: {
      facilitator: 'facilitator',
      participant: 'participant',
      stakeholder: 'stakeholder',
      viewer: 'viewer',
    },
    home: 'Home',
    dismiss: 'Dismiss',
    opening: 'Opening workshop…',
    incomplete: {
      title: 'Invite link incomplete',
      body: 'This address has no invite token. Open the full link you were given, including the part after "#".',
    },
    cannotOpen: {
      title: 'Cannot open this workshop',
      unreachable: 'The server could not be reached.',
      refused:
        'The invite link may have been revoked or the workshop deleted. Ask the facilitator for a new link.',
      forgotten: 'It has been removed from the workshops listed on this browser.',
    },
    disconnected: {
      title: 'You have been disconnected',
      serverSays: 'The server says: {{reason}}.',
      body: 'This link no longer opens the workshop. Ask the facilitator for a new one if you should still be in it.',
    },
    closed: {
      revoked: 'this invite link was revoked',
      deleted: 'this workshop was deleted',
      unauthorized: 'invalid or missing invite token',
      malformed: 'the server could not read what this page sent',
      tooManyMessages: 'too many messages per second',
      restarting: 'server restarting',
      busy: 'the server is busy; retrying',
      documentUnavailable: 'the workshop document is unavailable; retrying',
      refused: 'the server refused this connection',
    },
    connection: {
      connected: 'Live',
      connecting: 'Connecting…',
      offline: 'Offline — edits are kept on this device and sent when the connection returns',
      refused: 'Access refused',
    },
    header: {
      youAre: 'you are a {{role}}',
      readOnly: '(read only)',
      here: { one: '{{count}} here', other: '{{count}} here' },
      menuHint: ': your name, and who else is here',
      people: 'People',
      workshop: 'Workshop…',
      yourName: 'Your name',
      nameFromInvite: 'Your name comes from your invite',
    },
    archivedBanner: 'Archived on {{date}}: read-only for everyone. Exports still work.',
    nav: {
      label: 'Sections',
      trace: 'Trace',
      report: 'Report',
      versions: 'Versions',
      gaps: { one: '{{count}} gap', other: '{{count}} gaps' },
      openAmendments: { one: '{{count}} open amendment', other: '{{count}} open amendments' },
    },
    presence: {
      label: 'People here now',
      nameRole: '{{name}} ({{role}})',
      self: '{{name}} (you)',
    },
    notice: {
      undo: 'Undo',
    },
    summon: {
      broughtBy: 'Brought here by {{name}}',
      goBack: 'Go back',
    },
    endorsement: {
      banner: 'Endorsed version v{{number}} “{{name}}” ({{endorsements}}, {{confirmed}}, {{selfDeclared}}).',
      endorsements: { one: '{{count}} endorsement', other: '{{count}} endorsements' },
      confirmed: '{{count}} confirmed by personal invite',
      selfDeclared: '{{count}} self-declared',
      unchanged: 'The draft is unchanged since.',
      changed: 'The draft has changed since:',
      seeDiff: 'see diff',
    },
    lifecycle: {
      title: 'This workshop',
      archived: 'Archived',
      archive: 'Archive',
      archiveHelp:
        'When the workshop is over: nobody can change it any more (the document, votes and comments), everyone can still read it and export its versions. It can be unarchived.',
      archivedOn: 'Archived on {{date}}: read-only for everyone. Unarchiving lets everyone edit again.',
      unarchive: 'Unarchive',
      archiveWorkshop: 'Archive workshop',
      move: 'Move to another server',
      moveHelp:
        'Everything in the workshop as one file (the document, versions, endorsements, decisions, votes, comments, amendments, attendance, activity and the audit log), for its administrator to import on another server, where it continues with new invite links. Invite links and join codes are not in it.',
      downloadArchive: 'Download archive',
      deleteHelp:
        'Deletes the workshop and everything in it for good: the document and its history, versions, endorsements, votes, comments, attendance, activity and the audit log. Every invite stops working and everyone connected is disconnected. Export what you need to keep first.',
      confirmTitle: "Type the workshop's title, {{title}}, to confirm",
      deleteWorkshop: 'Delete this workshop',
    },
  },
  people: {
    title: 'People',
    lastUsed: {
      never: 'never',
      justNow: 'just now',
    },
    confirmRevokePerson: 'Revoke {{name}}? Anyone using it is disconnected.',
    confirmRevokeLink: 'Revoke the {{role}} link? Anyone using it is disconnected.',
    newLink: 'Link for {{who}} — shown only this once:',
    anyoneWith: 'anyone with the {{role}} link',
    anyoneWithCell: 'Anyone with the {{role}} link',
    newLinkLabel: 'New invite link',
    columns: {
      who: 'Who',
      organisation: 'Organisation',
      role: 'Role',
      lastUsed: 'Last used',
      now: 'Now',
    },
    connected: { one: '{{count}} connected', other: '{{count}} connected' },
    revoked: 'revoked',
    revoke: 'Revoke',
    invite: {
      heading: 'Invite a person',
      name: 'Name',
      organisation: 'Organisation',
      role: 'Role',
      submit: 'Create invite',
    },
    newRoleLink: 'New {{role}} link',
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
export default en;
