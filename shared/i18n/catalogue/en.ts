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

  home: {},
  join: {},
  shell: {},
  people: {},

  // ────────────────────────────────────────────────────────────────
  // B: presenter view, breakout groups, agenda
  // ────────────────────────────────────────────────────────────────

  presenter: {
    screenName: 'Presenter screen',
    groupReports: 'Group reports',
    pinned: 'pinned',
    following: 'following {{name}}',
    sideLabel: 'Join, vote and people',
    hereNow: 'Here now ({{count}})',
    peopleHere: 'People here now',
    sections: { trace: 'Trace', report: 'Report', versions: 'Versions' },
    controls: {
      open: 'Open presenter view',
      pin: 'Pin the projector to {{section}}',
      pinnedTo: 'Projector pinned to {{section}}',
      unpin: 'Unpin: follow me',
      bringEveryone: 'Bring everyone here',
      brought: 'Everyone brought here at {{time}}',
      joinCode: 'Join code',
      groupReports: 'Group reports',
    },
    amendment: {
      shown: 'Projector shows an amendment',
      takeDown: 'Take it down',
    },
    slide: {
      label: 'Amendment under discussion',
      status: { open: 'Open for decision', accepted: 'Accepted', rejected: 'Rejected' },
      outdated: 'the text changed since',
      proposedBy: 'Proposed by {{name}}:',
      noSupport: 'No support yet',
      supportedBy: { one: 'Supported by {{count}}: {{names}}', other: 'Supported by {{count}}: {{names}}' },
    },
  },
  groups: {
    number: 'Group {{number}}',
    title: '{{group}} · {{name}}',
    barLabel: 'Your breakout group',
    breakoutGroups: 'Breakout groups',
    choose: 'Choose your group:',
    option: '{{group}} ({{count}})',
    presence: { other: '{{count}} in {{group}}' },
    facilitator: 'Facilitator: {{name}}',
    reporter: 'Reporter: {{name}}',
    assigned: 'assigned by the facilitator',
    only: 'Only {{group}}',
    group: 'Group',
    noGroup: 'No group',
    editor: {
      heading: 'Groups',
      none: 'No groups yet.',
      hint: 'Add one per theme: each gets its findings, a facilitator and a reporter.',
      add: '+ Add group',
      name: 'Name',
      nameOf: 'Name of {{group}}',
      namePlaceholder: 'e.g. Legal framework',
      facilitator: 'Facilitator',
      facilitatorOf: 'Facilitator of {{group}}',
      reporter: 'Reporter',
      reporterOf: 'Reporter of {{group}}',
      themes: 'Themes',
      furtherFindings: 'Further findings',
      furtherFindingsCount: 'Further findings ({{count}})',
      noFindings: 'No findings yet.',
      confirmRemove: 'Remove {{group}}?',
      remove: 'Remove {{group}}',
      assign: 'Assign invited people to groups',
      groupOf: 'Group of {{name}}',
      choosesThemselves: 'chooses for themselves',
    },
    reports: {
      title: 'Group reports',
      notStarted:
        "This session has not started yet. When the facilitator starts it on the agenda timer, a version is saved, and each group's changes since then are listed here.",
      since: 'Changes since v{{version}}, saved when the session started at {{time}}.',
      presentedBy: 'Presented by {{name}}, reporter',
      noChanges: 'No changes from this group yet.',
      deleted: '(deleted)',
      mark: 'Mark consolidated',
      unmark: 'Undo consolidated',
      noSessions: 'No group session has groups yet.',
      session: 'Session',
      untitledSession: 'Untitled session',
      show: 'Show on the projector',
      stopShowing: 'Stop showing on the projector',
      change: {
        dissent: 'dissent recorded',
        edited: 'edited',
        added: 'added',
        drafted: 'recommendation drafted',
        revised: 'recommendation revised',
      },
    },
    consolidated: {
      mark: '✓ Consolidated',
      by: 'Consolidated by {{name}} on {{when}}',
    },
  },
  agenda: {
    guidance:
      'Tool J: the timed sessions of the workshop, plenary or in breakout groups, each with its facilitator.',
    add: '+ Add session',
    ends: 'Ends',
    total: {
      one: 'Total: {{duration}} in {{count}} session',
      other: 'Total: {{duration}} in {{count}} sessions',
    },
    duration: {
      hours: { other: '{{count}} h' },
      minutes: { other: '{{count}} min' },
      hoursMinutes: '{{hours}} {{minutes}}',
    },
    itemName: '{{noun}} {{number}}',
    sessionNumber: 'session {{number}}',
    startOf: 'Start of {{session}}',
    minutesOf: 'Minutes of {{session}}',
    titleOf: 'Title of {{session}}',
    formatOf: 'Format of {{session}}',
    facilitatorOf: 'Facilitator of {{session}}',
    titlePlaceholder: 'What happens in this session',
    groups: 'Groups',
    untitledSession: 'Untitled session',
    timer: {
      removed: 'Session removed from the agenda',
      idle: 'No session timed',
      overtime: 'over time',
      paused: 'paused',
      choose: 'Session to time',
      start: '▶ Start',
      resume: 'Resume',
      pause: 'Pause',
      extend: '+{{minutes}} min',
      stop: 'Stop',
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
export default en;
