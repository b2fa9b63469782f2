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
    title: 'Versions',
    guidance:
      'Frozen copies of the whole workshop. Stakeholders endorse a specific version; its content hash proves later that the endorsed text is the one they saw. Once the report has been presented to the decision-maker(s), a facilitator records their decision on the version presented. Versions are also saved automatically while people edit and when everyone leaves.',
    exportLive: 'Export the live draft',
    auditLog: 'Audit log',
    nameLabel: 'Version name',
    namePlaceholder: 'e.g. Final for endorsement',
    save: 'Save version',
    empty: 'No versions yet.',
    confirmRestore:
      'Restore v{{number}} “{{name}}”? The current draft is saved first, so this can be undone.',
    card: {
      automatic: 'automatic',
      autoNames: {
        leaving: 'Auto-saved when everyone had left',
        editing: 'Auto-saved during editing',
      },
      workspace: 'Workspace',
      openForEndorsement: 'open for endorsement',
      sameAsDraft: 'same as the draft',
      byline: '{{name}} ({{role}})',
      hashTitle: 'SHA-256 of the content: {{hash}}',
      endorsed: 'endorsed',
      declined: 'declined',
      identity: {
        invite: 'confirmed by personal invite',
        selfDeclared: 'self-declared',
      },
      openReadOnly: 'Open read-only',
      export: 'Export v{{number}}',
      compare: 'Compare with draft',
      restore: 'Restore',
      open: 'Open for endorsement',
    },
    endorse: {
      as: 'As {{name}}',
      fromInvite: '— from your personal invite',
      organisation: 'Your organisation',
      comment: 'Comment',
      commentPlaceholder: 'Comment (required to decline)',
      endorse: 'Endorse v{{number}}',
      decline: 'Decline',
    },
    diff: {
      title: 'Changes from v{{number}} “{{name}}” to the live draft',
      close: 'Close comparison',
      comparing: 'Comparing…',
      none: 'No differences.',
      added: 'Added: {{item}}',
      removed: 'Removed: {{item}}',
      changed: 'Changed {{item}}:',
      moved: { one: 'Moved: {{count}} item', other: 'Moved: {{count}} items' },
      report: 'Report',
    },
    viewer: {
      opening: 'Opening the version…',
      title: 'v{{number}} “{{name}}”, read only',
      verified: 'content matches its hash',
      notVerified: 'content does NOT match its hash',
      close: 'Close version',
      sections: 'Sections of the version',
      trace: 'Trace',
      report: 'Report',
    },
    gaps: {
      label: 'Gaps in v{{number}}',
      failed: 'Could not check v{{number}} for gaps: {{reason}}',
      count: { one: 'v{{number}} has {{count}} gap', other: 'v{{number}} has {{count}} gaps' },
      explain: 'in its chain from findings to targets; stakeholders will endorse it as it is.',
      openAnyway: 'Open for endorsement anyway',
    },
    decisions: {
      listLabel: 'Decisions on v{{number}}',
      record: 'Record the decision',
      line: 'Decision: {{kind}}, {{date}}, {{decisionMaker}} ({{office}})',
      recordedBy: 'Recorded by {{name}} ({{role}}) · {{when}}',
      kinds: { formal: 'Formal', informal: 'Informal' },
      outcomes: { adopted: 'Adopted', deferred: 'Deferred', rejected: 'Rejected' },
      form: {
        label: 'Record the decision on v{{number}}',
        intro:
          'What the decision-maker(s) decided after this version was presented to them. Recorded decisions cannot be changed; record another one to correct it.',
        decisionMaker: 'Decision-maker',
        decisionMakerPlaceholder: 'e.g. H.E. Somsak K.',
        office: 'Office',
        officePlaceholder: 'e.g. Minister of Interior',
        kind: 'Kind of decision',
        date: 'Date of the decision',
        text: 'What was decided',
        recommendations: 'The recommendations of v{{number}}',
        loading: 'Loading the recommendations of this version…',
        noRecommendations: 'This version has no recommendations.',
        outcomeLabel: 'Decision on {{label}}',
        invalid: 'Check: {{fields}}',
        recommendationsField: 'the decisions on the recommendations',
        submit: 'Record decision',
      },
    },
    /** Words of client/sync: how amendments' places and a new browser's person are named. */
    places: {
      report: 'Report',
      deletedItem: 'A deleted item',
      openAmendments: { one: 'open amendment', other: 'open amendments' },
      guest: 'Guest {{number}}',
    },
  },
  report: {
    title: 'Report',
    commentsLabel: 'Comments on the report: {{count}} open',
    comments: 'Comments ({{count}})',
    amendmentsLabel: 'Amendments to the report: {{count}} open',
    amendments: 'Amendments ({{count}})',
    guidance:
      'The results workshop report (Tool K): prose around the findings, recommendations and targets. Select words to comment on them, or to propose a change to them.',
    wholeLabel: 'On the report as a whole (select words in it to comment on them)',
    unquoteLabel: 'comment on the whole report instead',
    name: 'the report',
    proposeHint: 'Select words of the report first.',
  },
  exportMenu: {
    export: 'Export',
    language: 'Language of the file',
    preparing: '{{file}}…',
    files: {
      reportDocx: 'Report (Word)',
      reportPdf: 'Report (PDF)',
      reportMd: 'Report (Markdown)',
      workshopXlsx: 'Every section (Excel)',
      actionPlanXlsx: 'Action plan (Excel)',
      actionPlanCsv: 'Action plan (CSV)',
      ganttSvg: 'Gantt chart (SVG)',
      ganttPng: 'Gantt chart (PNG)',
    },
  },
  importer: {
    button: 'Import',
    title: 'Import {{section}}',
    file: 'A CSV or Excel file (the first row names the columns)',
    paste: 'Or paste rows copied from a spreadsheet',
    previewPasted: 'Preview pasted rows',
    pastedName: 'pasted rows',
    summary: {
      one: '{{count}} row will be imported, {{skipped}} skipped',
      other: '{{count}} rows will be imported, {{skipped}} skipped',
    },
    source: '· from {{name}}; at most {{max}} rows per import',
    notInLists: 'Not in the workshop’s lists',
    where: { one: '({{field}}, row {{rows}})', other: '({{field}}, rows {{rows}})' },
    whatToDo: 'What to do with “{{value}}”',
    skipRows: 'skip these rows',
    addToList: 'add it to the list',
    useEntry: 'use an entry of the list',
    problemRows: {
      one: '{{count}} row has problems and will be skipped unless fixed',
      other: '{{count}} rows have problems and will be skipped unless fixed',
    },
    row: 'Row {{row}}',
    rowHeader: 'Row',
    fix: 'Fix {{field}}, row {{row}}',
    column: 'Column {{number}}',
    columnField: 'Field for column “{{column}}”',
    ignore: 'ignore',
    showing: 'Showing the first {{shown}} of {{total}} rows.',
    submit: { one: 'Import {{count}} row', other: 'Import {{count}} rows' },
    imported: {
      one: 'Imported {{count}} row into {{section}}.',
      other: 'Imported {{count}} rows into {{section}}.',
    },
    importedSkipped: {
      one: 'Imported {{count}} row into {{section}}; {{skipped}} skipped.',
      other: 'Imported {{count}} rows into {{section}}; {{skipped}} skipped.',
    },
    problems: {
      invalid_value: '{{field}}: “{{value}}” is not one of {{allowed}}',
      invalid_value_plain: '{{field}}: “{{value}}” is not a value this field takes',
      invalid_date: '{{field}}: “{{value}}” is not a date (YYYY-MM-DD)',
      invalid_year: '{{field}}: “{{value}}” is not a year',
      unknown_link: '{{field}}: no item of this workshop is labelled “{{value}}”',
      unknown_choice: '{{field}}: “{{value}}” is not in the workshop’s list: add it, or map it to an entry',
      empty_row: 'nothing to import: the mapped columns are empty',
    },
  },
  audit: {
    title: 'Audit log',
    close: 'Close the audit log',
    intact: {
      one: '✓ Chain intact, {{count}} entry, head',
      other: '✓ Chain intact, {{count}} entries, head',
    },
    broken: '✕ Chain broken at entry {{seq}}: {{reason}}',
    reasons: {
      seq: 'entry {{seq}} is missing or out of order',
      link: 'entry {{seq}} does not follow the entry before it',
      hash: 'entry {{seq}} was changed after it was written',
    },
    empty: 'Nothing recorded yet.',
    entry: '{{name}} ({{role}}) {{action}}',
    actions: {
      invite: {
        created: 'created an invite',
        revoked: 'revoked an invite',
      },
      'join-code': {
        created: 'made a join code',
        revoked: 'revoked a join code',
      },
      version: {
        saved: 'saved a version',
        restored: 'restored a version',
      },
      endorsement: {
        requested: 'opened a version for endorsement',
        given: 'endorsed a version',
        declined: 'declined a version',
      },
      vote: {
        opened: 'opened a vote',
        closed: 'closed a vote',
      },
      decision: {
        recorded: 'recorded a decision',
      },
      import: {
        applied: 'imported rows',
      },
      workshop: {
        archived: 'archived the workshop',
        unarchived: 'unarchived the workshop',
        exported: 'downloaded the workshop archive',
        imported: 'imported the workshop from an archive',
      },
      export: {
        version: 'exported a version',
      },
      amendment: {
        proposed: 'proposed an amendment',
        accepted: 'accepted an amendment',
        rejected: 'rejected an amendment',
      },
    },
    roles: {
      facilitator: 'facilitator',
      participant: 'participant',
      stakeholder: 'stakeholder',
      viewer: 'viewer',
    },
    /** Words for the kinds an entry's details name (a version's, a decision's, an invite's). */
    kinds: {
      named: 'named',
      auto: 'automatic',
      formal: 'formal',
      informal: 'informal',
      role: 'role link',
      personal: 'personal invite',
    },
  },
  errors: {
    unknown: 'Something went wrong.',
    network: 'The server could not be reached. Check the connection and try again.',
    status: 'The request was refused ({{status}}).',
    server: 'The server could not answer ({{status}}). Try again shortly.',
    withDetail: '{{message}} ({{detail}})',
    codes: {
      invalid_json: 'The request could not be read.',
      invalid_request: 'Something in the request is not valid.',
      unauthorized: 'This invite link is not valid for this workshop.',
      forbidden: 'This is not allowed.',
      not_found: 'This could not be found: it may have been deleted.',
      conflict: 'This could not be done as things stand now.',
      outdated: 'The text changed in the meantime.',
      archived: 'This workshop is archived: it can be read but not changed.',
      payload_too_large: 'This is too large.',
      unsupported_media_type: 'This kind of file cannot be read.',
      unavailable: 'The server is busy or unavailable. Try again shortly.',
      too_many_requests: 'Too many tries. Wait a moment and try again.',
      internal: 'The server ran into a problem. Try again; if it keeps happening, tell the facilitator.',
      invalid_archive: 'This workshop archive is damaged or incomplete.',
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
export default en;
