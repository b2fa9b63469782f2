import {
  COLLECTION_NAMES,
  labelsById,
  linkTarget,
  sectionDef,
  valueWords,
  type CollectionName,
  type WorkshopContent,
} from './workshop-document/index.js';

/**
 * The toolkit's chain, finding → recommendation → action (Tool N) → target (Tool M), and where it
 * is broken. A pure function of the content, so the live page, the API, a saved version and the
 * exports all compute the same gaps.
 */

/** The links of the chain, in order: the columns of every matrix of it. */
export const CHAIN = [
  'findings',
  'recommendations',
  'actionPlan',
  'targets',
] as const satisfies readonly CollectionName[];

export const GAP_KINDS = [
  'finding-unanswered',
  'recommendation-without-action',
  'action-without-target',
  'action-incomplete',
  'target-incomplete',
  'dangling-link',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** What each kind of gap means, as a heading over its list. */
export const GAP_TITLES: Readonly<Record<GapKind, string>> = {
  'finding-unanswered': 'Validated or amended findings no recommendation answers',
  'recommendation-without-action': 'Recommendations with no action-plan row',
  'action-without-target': 'Action-plan rows linked to no target',
  'action-incomplete': 'Action-plan rows missing a lead agency, dates, cost or indicator',
  'target-incomplete': 'Targets missing a baseline or a target value or year',
  'dangling-link': 'Links to items that were deleted',
};

export interface TraceNode {
  id: string;
  label: string;
}

export interface TraceChain {
  findingId: string;
  label: string;
  recommendations: Array<TraceNode & { actions: Array<TraceNode & { targets: TraceNode[] }> }>;
}

export interface Gap {
  kind: GapKind;
  collection: CollectionName;
  itemId: string;
  /** The item's display label (F3, A2…). */
  label: string;
  message: string;
  /** What the message says, as data, for writing it in another language. */
  detail: GapDetail;
}

/**
 * A gap's facts: a finding's status; the fields a row or target lacks (a pair: either one would
 * do); how many deleted items a link field points to.
 */
export type GapDetail =
  | { status: string }
  | { missing: Array<string | readonly [string, string]> }
  | { dangling: number; field: string; to: CollectionName }
  | Record<string, never>;

export interface Traceability {
  chains: TraceChain[];
  gaps: Gap[];
  counts: Record<GapKind, number>;
}

/** Findings the workshop stands behind; a draft or rejected one needs no answer. */
const NEEDS_ANSWER: ReadonlySet<string> = new Set(['validated', 'amended']);

const blank = (value: string | number | null) => value === null || String(value).trim() === '';

/** Field labels from the registry, for messages that name what is missing. */
const fieldLabel = (name: CollectionName, field: string) => sectionDef(name).fields[field]?.label ?? field;

export function traceability(content: WorkshopContent): Traceability {
  const labels = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, labelsById(name, content[name])]),
  ) as Record<CollectionName, Map<string, string>>;
  const label = (name: CollectionName, id: string) => labels[name].get(id) ?? id;
  const gaps: Gap[] = [];
  const gap = (
    kind: GapKind,
    collection: CollectionName,
    itemId: string,
    message: string,
    detail: GapDetail = {},
  ) => gaps.push({ kind, collection, itemId, label: label(collection, itemId), message, detail });

  // A withdrawn recommendation answers nothing and needs no action.
  const standing = content.recommendations.filter((r) => r.status !== 'withdrawn');
  const targetsOf = (targetIds: readonly string[]) =>
    targetIds.filter((id) => labels.targets.has(id)).map((id) => ({ id, label: label('targets', id) }));
  const actionsOf = (recommendationId: string) =>
    content.actionPlan
      .filter((row) => row.recommendationIds.includes(recommendationId))
      .map((row) => ({ id: row.id, label: label('actionPlan', row.id), targets: targetsOf(row.targetIds) }));

  const chains: TraceChain[] = content.findings.map((finding) => ({
    findingId: finding.id,
    label: label('findings', finding.id),
    recommendations: standing
      .filter((r) => r.findingIds.includes(finding.id))
      .map((r) => ({ id: r.id, label: label('recommendations', r.id), actions: actionsOf(r.id) })),
  }));

  for (const chain of chains) {
    const finding = content.findings.find((f) => f.id === chain.findingId)!;
    if (NEEDS_ANSWER.has(finding.status) && chain.recommendations.length === 0)
      gap(
        'finding-unanswered',
        'findings',
        finding.id,
        `${chain.label} is ${valueWords(sectionDef('findings').fields.status!, finding.status).toLowerCase()} but no recommendation answers it`,
        { status: finding.status },
      );
  }
  for (const recommendation of standing)
    if (!content.actionPlan.some((row) => row.recommendationIds.includes(recommendation.id)))
      gap(
        'recommendation-without-action',
        'recommendations',
        recommendation.id,
        `${label('recommendations', recommendation.id)} has no action-plan row`,
      );

  const REQUIRED_IN_ROW = ['leadAgency', 'start', 'end', 'cost', 'indicator'] as const;
  for (const row of content.actionPlan) {
    const name = label('actionPlan', row.id);
    if (targetsOf(row.targetIds).length === 0)
      gap('action-without-target', 'actionPlan', row.id, `${name} is linked to no target`);
    const missing = REQUIRED_IN_ROW.filter((field) => blank(row[field]));
    if (missing.length > 0)
      gap(
        'action-incomplete',
        'actionPlan',
        row.id,
        `${name} has no ${missing.map((field) => fieldLabel('actionPlan', field).toLowerCase()).join(', ')}`,
        { missing },
      );
  }

  for (const target of content.targets) {
    const field = (name: string) => fieldLabel('targets', name).toLowerCase();
    const missing: Array<string | readonly [string, string]> = [
      ...(blank(target.baselineValue) ? ['baselineValue'] : []),
      ...(blank(target.baselineYear) ? ['baselineYear'] : []),
      ...(blank(target.targetValue) && blank(target.targetYear)
        ? [['targetValue', 'targetYear'] as const]
        : []),
    ];
    const words = missing.map((name) =>
      typeof name === 'string' ? field(name) : `${field(name[0])} or ${field(name[1])}`,
    );
    if (missing.length > 0)
      gap(
        'target-incomplete',
        'targets',
        target.id,
        `${label('targets', target.id)} has no ${words.join(', ')}`,
        { missing },
      );
  }

  // Every link field of every section, from the registry: a new section's links are checked too.
  for (const name of COLLECTION_NAMES) {
    for (const [field, def] of Object.entries(sectionDef(name).fields)) {
      if (def.kind !== 'links') continue;
      const to = linkTarget(def);
      for (const item of content[name] as ReadonlyArray<{ id: string } & Record<string, unknown>>) {
        const dangling = (item[field] as string[]).filter((id) => !labels[to].has(id)).length;
        if (dangling > 0)
          gap(
            'dangling-link',
            name,
            item.id,
            `${label(name, item.id)} links to ${dangling} deleted ${sectionDef(to).noun.toLowerCase()}${dangling === 1 ? '' : 's'} (${def.label.toLowerCase()})`,
            { dangling, field, to },
          );
      }
    }
  }

  const counts = Object.fromEntries(GAP_KINDS.map((kind) => [kind, 0])) as Record<GapKind, number>;
  for (const { kind } of gaps) counts[kind] += 1;
  gaps.sort((a, b) => GAP_KINDS.indexOf(a.kind) - GAP_KINDS.indexOf(b.kind));
  return { chains, gaps, counts };
}
