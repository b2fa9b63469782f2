import * as Y from 'yjs';
import type { Role } from '../roles.js';
import type { CanonicalItem } from './canonical.js';
import type { ContentDiff, FieldChange } from './diff.js';
import { FINDING_STATUS } from './vocabularies.js';

/**
 * Breakout groups of the agenda's group sessions, in the shared document so everyone sees them live:
 * per group its name, the themes (finding `theme` labels) and extra findings it works on, its
 * facilitator and reporter, and the invitees a facilitator assigned to it. Outside the hashed content
 * (the registry's collections), so defining groups never makes a version differ.
 *
 * Each group is a Y.Map whose sets are nested Y.Maps, so two facilitators ticking different themes
 * (or assigning different people) at once both keep their change.
 */
export const GROUPS_ROOT = 'breakoutGroups';
/** Agenda session id → the start the server saved a version for (see server/versions/group-starts.ts). */
export const GROUP_STARTS_ROOT = 'groupStarts';
/** Finding or recommendation id → who marked it consolidated after the group reports. */
export const CONSOLIDATED_ROOT = 'consolidated';

/**
 * The roots only facilitators change: defining groups and assigning people is the facilitator's,
 * consolidating is the rapporteur's (a facilitator invite), and the start record is the server's. The
 * server undoes any other role's change to them (server/collab/root-guard.ts); pages offer the
 * controls by the same rule.
 */
export const FACILITATOR_ROOTS: readonly string[] = [GROUPS_ROOT, GROUP_STARTS_ROOT, CONSOLIDATED_ROOT];

export function mayWriteFacilitatorRoots(role: Role): boolean {
  return role === 'facilitator';
}

const SET_FIELDS = ['themes', 'findingIds', 'members'] as const;
type SetField = (typeof SET_FIELDS)[number];
const TEXT_FIELDS = ['name', 'facilitator', 'reporter'] as const;
export type GroupTextField = (typeof TEXT_FIELDS)[number];

export interface BreakoutGroup {
  id: string;
  /** The agenda session (kind `group`) the group belongs to. */
  sessionId: string;
  name: string;
  /** Theme labels, as findings store them. */
  themes: string[];
  /** Findings worked on beyond those of its themes. */
  findingIds: string[];
  facilitator: string;
  reporter: string;
  /** Invite ids of the people a facilitator assigned to the group. */
  members: string[];
  /** Creation order: groups are numbered in it ("Group 2"). */
  created: number;
}

export function groupsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(GROUPS_ROOT);
}

function setOf(group: Y.Map<unknown>, field: SetField): string[] {
  const value = group.get(field);
  return value instanceof Y.Map ? Array.from((value as Y.Map<unknown>).keys()).sort() : [];
}

/** A stored group as plain values; null when what is stored is not one (written through the protocol). */
export function readGroup(id: string, group: unknown): BreakoutGroup | null {
  if (!(group instanceof Y.Map)) return null;
  const map = group as Y.Map<unknown>;
  const sessionId = map.get('sessionId');
  if (typeof sessionId !== 'string') return null;
  const textOf = (field: GroupTextField) => {
    const value = map.get(field);
    return typeof value === 'string' ? value : '';
  };
  const created = map.get('created');
  return {
    id,
    sessionId,
    name: textOf('name'),
    facilitator: textOf('facilitator'),
    reporter: textOf('reporter'),
    themes: setOf(map, 'themes'),
    findingIds: setOf(map, 'findingIds'),
    members: setOf(map, 'members'),
    created: typeof created === 'number' && Number.isFinite(created) ? created : 0,
  };
}

/** The groups of one session (every session's when `sessionId` is left out), in creation order. */
export function readGroups(doc: Y.Doc, sessionId?: string): BreakoutGroup[] {
  const groups: BreakoutGroup[] = [];
  groupsMap(doc).forEach((value, id) => {
    const group = readGroup(id, value);
    if (group && (sessionId === undefined || group.sessionId === sessionId)) groups.push(group);
  });
  return groups.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** "Group 2": a group's number within its session. */
export function groupNumberLabel(index: number): string {
  return `Group ${index + 1}`;
}

/** "Group 2 · Legal framework": the number, then the name (or its themes while it has none). */
export function groupTitle(group: BreakoutGroup, index: number): string {
  const name = group.name.trim() || group.themes.join(', ');
  return name ? `${groupNumberLabel(index)} · ${name}` : groupNumberLabel(index);
}

function newGroupId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `g-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Adds a group to a session; call inside a transaction. */
export function createGroup(
  doc: Y.Doc,
  sessionId: string,
  initial: Partial<Pick<BreakoutGroup, GroupTextField | 'themes' | 'findingIds'>> = {},
  now = Date.now(),
): string {
  const id = newGroupId();
  const group = new Y.Map<unknown>();
  group.set('sessionId', sessionId);
  group.set('created', now);
  for (const field of TEXT_FIELDS) group.set(field, initial[field] ?? '');
  for (const field of SET_FIELDS) {
    const set = new Y.Map<boolean>();
    for (const key of (field === 'members' ? [] : initial[field]) ?? []) set.set(key, true);
    group.set(field, set);
  }
  groupsMap(doc).set(id, group);
  return id;
}

export function deleteGroup(doc: Y.Doc, groupId: string): void {
  groupsMap(doc).delete(groupId);
}

export function setGroupText(doc: Y.Doc, groupId: string, field: GroupTextField, value: string): void {
  groupsMap(doc).get(groupId)?.set(field, value);
}

export function setGroupMember(doc: Y.Doc, groupId: string, field: SetField, key: string, on: boolean): void {
  const set = groupsMap(doc).get(groupId)?.get(field);
  if (!(set instanceof Y.Map)) return;
  if (on) set.set(key, true);
  else set.delete(key);
}

/**
 * Assigns an invitee to one group of a session (or none): out of the session's other groups, so a
 * person is never in two groups of one session.
 */
export function assignToGroup(doc: Y.Doc, sessionId: string, inviteId: string, groupId: string | null): void {
  for (const group of readGroups(doc, sessionId))
    setGroupMember(doc, group.id, 'members', inviteId, group.id === groupId);
}

/** The group of the session a facilitator assigned this invite to, if any. */
export function assignedGroup(groups: readonly BreakoutGroup[], inviteId: string): BreakoutGroup | undefined {
  return groups.find((group) => group.members.includes(inviteId));
}

// --- Which findings and recommendations a group works on ------------------------------------------

export interface FindingFacet {
  id: string;
  theme: string;
}
export interface RecommendationFacet {
  id: string;
  findingIds: readonly string[];
}

/** A group's findings: those of its themes, and those it was given by name. */
export function groupFindingIds(group: BreakoutGroup, findings: readonly FindingFacet[]): Set<string> {
  const themes = new Set(group.themes);
  const named = new Set(group.findingIds);
  return new Set(findings.filter((f) => themes.has(f.theme) || named.has(f.id)).map((f) => f.id));
}

/**
 * A group's recommendations: those answering one of its findings. `unlinked`: also the ones that answer
 * no finding yet, so a recommendation a group has just added stays on its page until it is linked.
 */
export function groupRecommendationIds(
  findingIds: ReadonlySet<string>,
  recommendations: readonly RecommendationFacet[],
  options: { unlinked: boolean },
): Set<string> {
  return new Set(
    recommendations
      .filter((r) =>
        r.findingIds.length === 0 ? options.unlinked : r.findingIds.some((id) => findingIds.has(id)),
      )
      .map((r) => r.id),
  );
}

/**
 * The session whose groups a page offers: the timed session when it is a group session with groups,
 * else the next group session with groups after it in the agenda (or from the start when none is timed).
 */
export function currentGroupSession(
  agenda: ReadonlyArray<{ id: string; kind: string }>,
  groups: readonly BreakoutGroup[],
  timedSessionId: string | null,
): string | null {
  const withGroups = new Set(groups.map((g) => g.sessionId));
  const timed = timedSessionId === null ? -1 : agenda.findIndex((s) => s.id === timedSessionId);
  const candidates = agenda.filter(
    (s, index) => s.kind === 'group' && withGroups.has(s.id) && index >= timed,
  );
  return candidates[0]?.id ?? null;
}

// --- The version saved when a group session starts --------------------------------------------------

export interface GroupStart {
  /** The timer's start instant (server clock): one version per start. */
  startedAt: number;
  versionId: string;
  versionNumber: number;
}

export function groupStartsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(GROUP_STARTS_ROOT);
}

export function readGroupStart(doc: Y.Doc, sessionId: string): GroupStart | null {
  const value = groupStartsMap(doc).get(sessionId);
  if (typeof value !== 'object' || value === null) return null;
  const { startedAt, versionId, versionNumber } = value as Record<string, unknown>;
  if (typeof startedAt !== 'number' || typeof versionId !== 'string' || typeof versionNumber !== 'number')
    return null;
  return { startedAt, versionId, versionNumber };
}

export function writeGroupStart(doc: Y.Doc, sessionId: string, start: GroupStart): void {
  groupStartsMap(doc).set(sessionId, start);
}

/** The version name saved when a group session starts. */
export function groupStartVersionName(sessionTitle: string): string {
  return `Before: ${sessionTitle.trim() || 'Untitled session'}`;
}

// --- Consolidated marks ------------------------------------------------------------------------------

export interface ConsolidatedMark {
  by: string;
  at: number;
}

export function consolidatedMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONSOLIDATED_ROOT);
}

export function readConsolidated(doc: Y.Doc, itemId: string): ConsolidatedMark | null {
  const value = consolidatedMap(doc).get(itemId);
  if (typeof value !== 'object' || value === null) return null;
  const { by, at } = value as Record<string, unknown>;
  return typeof by === 'string' && typeof at === 'number' ? { by, at } : null;
}

export function markConsolidated(doc: Y.Doc, itemId: string, mark: ConsolidatedMark | null): void {
  if (mark) consolidatedMap(doc).set(itemId, mark);
  else consolidatedMap(doc).delete(itemId);
}

// --- Group reports: what each group changed since the session's start --------------------------------

type DecidedStatus = Exclude<(typeof FINDING_STATUS.values)[number], 'draft'>;
const decisionWords = (status: DecidedStatus) => FINDING_STATUS.words[status].toLowerCase();
/** What a group did to an item, in the words of the toolkit's plenary. */
export const REPORT_CHANGE_WORDS = {
  validated: decisionWords('validated'),
  amended: decisionWords('amended'),
  rejected: decisionWords('rejected'),
  dissent: 'dissent recorded',
  edited: 'edited',
  added: 'added',
  drafted: 'recommendation drafted',
  revised: 'recommendation revised',
} as const;
export type ReportChange = keyof typeof REPORT_CHANGE_WORDS;

export interface GroupReportEntry {
  collection: 'findings' | 'recommendations';
  id: string;
  changes: ReportChange[];
}

export interface GroupReport {
  group: BreakoutGroup;
  entries: GroupReportEntry[];
}

const isBlank = (value: unknown) => value === null || value === undefined || String(value).trim() === '';

/** A validation status a group decides on (a finding set back to draft is only edited). */
function decided(status: unknown): DecidedStatus | null {
  const parsed = FINDING_STATUS.schema.safeParse(status);
  return parsed.success && parsed.data !== 'draft' ? parsed.data : null;
}

function findingChanges(fields: readonly FieldChange[]): ReportChange[] {
  const changes: ReportChange[] = [];
  for (const change of fields) {
    if (change.field === 'status') changes.push(decided(change.after) ?? 'edited');
    else if (change.field === 'dissent') {
      changes.push(isBlank(change.after) ? 'edited' : 'dissent');
    } else changes.push('edited');
  }
  return [...new Set(changes)];
}

/** A finding a group added: added, with the status and dissent it already has. */
function addedFindingChanges(item: CanonicalItem): ReportChange[] {
  const changes: ReportChange[] = ['added'];
  const status = decided(item['status']);
  if (status) changes.push(status);
  if (!isBlank(item['dissent'])) changes.push('dissent');
  return changes;
}

/**
 * Per group, the findings and recommendations it changed between the session's start version and now
 * (`diff`, from that version to the live draft), attributed by what the group works on now: a finding
 * of its themes, a recommendation answering one of its findings. An item may show under two groups
 * that share it.
 */
export function groupReports(
  diff: ContentDiff,
  groups: readonly BreakoutGroup[],
  live: { findings: readonly FindingFacet[]; recommendations: readonly RecommendationFacet[] },
): GroupReport[] {
  const findingEntries: GroupReportEntry[] = [
    ...diff.findings.added.map((item) => ({
      collection: 'findings' as const,
      id: item.id,
      changes: addedFindingChanges(item),
    })),
    ...diff.findings.changed.map((item) => ({
      collection: 'findings' as const,
      id: item.id,
      changes: findingChanges(item.fields),
    })),
  ];
  const recommendationEntries: GroupReportEntry[] = [
    ...diff.recommendations.added.map((item) => ({
      collection: 'recommendations' as const,
      id: item.id,
      changes: ['drafted' as const],
    })),
    ...diff.recommendations.changed.map((item) => ({
      collection: 'recommendations' as const,
      id: item.id,
      changes: ['revised' as const],
    })),
  ];
  return groups.map((group) => {
    const findings = groupFindingIds(group, live.findings);
    const recommendations = groupRecommendationIds(findings, live.recommendations, { unlinked: false });
    return {
      group,
      entries: [
        ...findingEntries.filter((entry) => findings.has(entry.id)),
        ...recommendationEntries.filter((entry) => recommendations.has(entry.id)),
      ],
    };
  });
}
