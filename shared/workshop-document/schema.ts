import { z } from 'zod';
import { COLLECTION_NAMES, sectionDef, type CollectionName, type ItemOf } from './registry.js';

/**
 * What a workshop document holds: the toolkit's sections (steps 9–12) as collections of items in one
 * Y.Doc, as the plain, validated objects `read-content.ts` reads out. The shape is derived from the
 * registry (`registry.ts`); this file only assembles it.
 */

export * from './vocabularies.js';

/** Bumped whenever the shape changes; `migrate.ts` brings older documents up to it. */
export const SCHEMA_VERSION = 2;

function itemSchema(name: CollectionName): z.ZodType<ItemOf<typeof name>> {
  const fields = Object.entries(sectionDef(name).fields).map(([field, def]) => [field, def.schema] as const);
  return z.object({
    id: z.string().min(1),
    // Any editor can write an item's position: a wrong one sorts first rather than failing every read.
    position: z.string().catch(''),
    ...Object.fromEntries(fields),
  }) as unknown as z.ZodType<ItemOf<typeof name>>;
}

export type AgendaSession = ItemOf<'agenda'>;
export type Choice = ItemOf<'themes'>;
export type Finding = ItemOf<'findings'>;
export type Recommendation = ItemOf<'recommendations'>;
export type Target = ItemOf<'targets'>;
export type ActionRow = ItemOf<'actionPlan'>;

export type WorkshopContent = {
  schemaVersion: number;
  /** Plain-text rendering of the report prose. */
  report: string;
} & { [C in CollectionName]: Array<ItemOf<C>> };

let built: { names: string; schema: z.ZodType<WorkshopContent> } | undefined;

/** The validator of a workshop's content, built from the registry as it stands. */
export function workshopContentSchema(): z.ZodType<WorkshopContent> {
  const names = COLLECTION_NAMES.join();
  if (built?.names !== names) {
    const schema = z.object({
      schemaVersion: z.number().int(),
      ...Object.fromEntries(COLLECTION_NAMES.map((name) => [name, z.array(itemSchema(name))])),
      report: z.string(),
    }) as unknown as z.ZodType<WorkshopContent>;
    built = { names, schema };
  }
  return built.schema;
}
