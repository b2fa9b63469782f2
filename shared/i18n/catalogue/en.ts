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

  template: {
    themes: {
      legalFramework: 'Legal framework',
      institutions: 'Institutions and coordination',
      procedures: 'Registration procedures',
      costsAccess: 'Costs and access',
      awareness: 'Awareness',
      coverageStatistics: 'Coverage statistics',
    },
    populations: {
      refugees: 'Refugees',
      asylumSeekers: 'Asylum-seekers',
      stateless: 'Stateless persons',
      undeterminedNationality: 'Persons of undetermined nationality',
      undocumentedMigrants: 'Undocumented migrants',
      all: 'All populations of interest',
    },
    agenda: {
      opening: 'Opening, objectives and agenda',
      presentFindings: 'Presentation of the draft findings',
      validateFindings: 'Breakout groups: validate or amend the findings by theme',
      groupReports: 'Group reporters present; the rapporteur consolidates',
      draftRecommendations: 'Breakout groups: draft recommendations against the findings',
      prioritise: 'Prioritise the recommendations (voting)',
      closing: 'Targets, next steps towards the action plan, closing',
    },
    reportTitle: 'Results workshop report',
    outline: {
      background: {
        heading: 'Background and objectives',
        guidance: 'Why the assessment was done, who led it, and what this workshop set out to decide.',
      },
      methodology: {
        heading: 'Methodology',
        guidance:
          'Desk review, coverage statistics (Tool G), questionnaire (Tool H), field visits and focus groups (Tool I).',
      },
      participants: {
        heading: 'Participants',
        guidance: 'Ministries, UN agencies and civil society organisations present; the breakout groups.',
      },
      findings: {
        heading: 'Validated findings',
        guidance: 'Summarise the findings by theme and population group, noting amendments and dissent.',
      },
      recommendations: {
        heading: 'Recommendations and priorities',
        guidance: 'The recommendations, the findings each answers, the reasoning and the agreed priority.',
      },
      targets: {
        heading: 'Proposed targets',
        guidance:
          'Targets for progress (Tool M), referring to SDG 16.9 and the ESCAP Regional Action Framework.',
      },
      nextSteps: {
        heading: 'Next steps',
        guidance: 'Presentation to the decision-maker(s) and formulation of the action plan (Tool N).',
      },
    },
  },
  export: {
    report: 'Report',
    decision: 'Decision',
    date: 'Date',
    page: 'Page {{page}} of {{pages}}',
    noItems: 'No {{items}} recorded.',
    deletedLinks: { one: '({{count}} deleted)', other: '({{count}} deleted)' },
    nameWithRole: '{{name}} ({{role}})',
    separator: ', ',
    either: '{{a}} or {{b}}',
    withReason: '{{text}}: {{reason}}',
    roles: {
      facilitator: 'Facilitator',
      participant: 'Participant',
      stakeholder: 'Stakeholder',
      viewer: 'Viewer',
    },
    cover: {
      subtitle: 'Results workshop report',
      country: 'Country',
      dates: 'Dates',
      dateRange: '{{from}} to {{to}}',
      version: 'Version',
      versionName: '{{number}} · {{name}}',
      liveDraft: 'Live draft as of {{moment}} UTC',
      notSaved: '{{edition}} (not a saved version)',
      saved: 'Saved',
      contentHash: 'Content hash (SHA-256)',
      auditHead: 'Audit log head',
      auditHeadValue: '{{hash}} (entry {{entry}})',
      runningHead: '{{title}} · {{edition}}',
    },
    endorsements: {
      heading: 'Endorsements',
      name: 'Name',
      organisation: 'Organisation',
      identity: 'Identity',
      comment: 'Comment',
      byInvite: 'confirmed by personal invite',
      selfDeclared: 'self-declared',
      endorsed: 'Endorsed',
      declined: 'Declined',
      none: 'No endorsements recorded for this version.',
      liveDraft: 'A live draft cannot be endorsed: endorsements belong to saved versions.',
    },
    decisions: {
      line: '{{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      decisionMaker: 'Decision-maker',
      office: 'Office',
      kind: 'Kind',
      recordedBy: 'Recorded by',
      recordedByValue: '{{person}}, {{date}}',
      noRecommendations: 'No {{items}} in this version.',
      kinds: { formal: 'Formal', informal: 'Informal' },
      outcomes: { adopted: 'Adopted', deferred: 'Deferred', rejected: 'Rejected' },
    },
    findings: {
      noTheme: 'No theme given',
      noPopulation: 'No population group given',
    },
    actionPlan: {
      none: 'No action plan rows recorded.',
      workbookTitle: '{{title}}: action plan',
    },
    gantt: {
      heading: 'Gantt chart',
      title: 'Gantt chart of the action plan',
      description: 'Activities by objective, bars from start to end date, coloured by lead agency',
      markdownNote: 'The Gantt chart is in the DOCX and PDF reports and the Gantt chart downloads.',
      rows: 'Objective / activity',
      noObjective: 'No objective given',
      noActivity: '(no activity given)',
      noAgency: 'No lead agency',
      noDates: 'no dates',
      noRows: 'No action plan rows yet.',
      endBeforeStart: 'end date before start date',
      datesOutside: 'dates outside the chart ({{years}})',
      outside: 'outside the chart: {{dates}}',
      today: 'Today {{date}}',
    },
    participants: {
      heading: 'Annex: participants present',
      introVersion:
        'Everyone who had joined the live workspace (by the name they gave) by the time this version was saved.',
      introLive: 'Everyone who has joined the live workspace, by the name they gave.',
      invitedAs: 'Invited as',
      firstSeen: 'First seen (UTC)',
      none: 'Nobody was recorded as present.',
    },
    contributors: {
      heading: 'Annex: contributors',
      introVersion:
        'Everyone who created or edited something in each section by the time this version was saved, in order of their first change.',
      introLive:
        'Everyone who has created or edited something in each section, in order of their first change.',
      section: 'Section',
      contributors: 'Contributors',
      none: 'No changes were recorded.',
    },
    amendments: {
      heading: 'Annex: amendments considered',
      introVersion:
        'Every proposed change to the wording that had been accepted or rejected by the time this version was saved: who proposed it and why, the words it changed, and the decision.',
      introLive:
        'Every proposed change to the wording that has been accepted or rejected: who proposed it and why, the words it changed, and the decision.',
      amended: 'Amended',
      proposedBy: 'Proposed by, and why',
      wordingColumn: 'Wording (before → after)',
      target: '{{section}} {{item}}: {{field}}',
      proposed: '{{person}}, {{date}}: {{reason}}',
      wording: '“{{before}}” → “{{after}}”',
      acceptedBy: 'Accepted by {{person}}, {{date}}',
      rejectedBy: 'Rejected by {{person}}, {{date}}',
      none: 'No amendment has been accepted or rejected.',
    },
    traceability: {
      heading: 'Annex: traceability',
      intro:
        'Each finding, the recommendations that answer it, the action-plan rows that carry them out and the targets that measure them (toolkit Tools K, M and N).',
      sheet: 'Traceability',
    },
    gaps: {
      heading: 'Gaps',
      gap: 'Gap',
      missing: 'What is missing',
      none: 'No gaps: every finding the workshop stands behind is carried through to targets.',
      findingUnanswered: 'Validated or amended findings no recommendation answers',
      recommendationWithoutAction: 'Recommendations with no action-plan row',
      actionWithoutTarget: 'Action-plan rows linked to no target',
      actionIncomplete: 'Action-plan rows missing a lead agency, dates, cost or indicator',
      targetIncomplete: 'Targets missing a baseline or a target value or year',
      danglingLink: 'Links to items that were deleted',
      findingUnansweredMessage: '{{label}} is {{status}} but no recommendation answers it',
      recommendationWithoutActionMessage: '{{label}} has no action-plan row',
      actionWithoutTargetMessage: '{{label}} is linked to no target',
      incompleteMessage: '{{label}} has no {{missing}}',
      danglingLinkMessage: {
        one: '{{label}} links to {{count}} deleted {{noun}} ({{field}})',
        other: '{{label}} links to {{count}} deleted {{noun}}s ({{field}})',
      },
    },
  },

  // ────────────────────────────────────────────────────────────────
  // the registry's words (E)
  // ────────────────────────────────────────────────────────────────

  document: englishDocumentWords(),
};
export default en;
