import {
  COLLECTIONS,
  COLLECTION_NAMES,
  text,
  value,
  type SectionDef,
} from '../../shared/workshop-document/index.js';
import { z } from 'zod';

/** A section as a later release would add it: registered without `alwaysInHash`. */
export const EXTRA_SECTION: SectionDef = {
  root: 'riskRegister',
  idPrefix: 'rk',
  title: 'Risk register',
  noun: 'Risk',
  prefix: 'K',
  headline: 'risk',
  fields: { risk: text('Risk'), likelihood: value('Likelihood', z.string().catch(''), '', 'choice') },
  columns: ['risk', 'likelihood'],
  report: [
    { field: 'risk', weight: 4 },
    { field: 'likelihood', weight: 1 },
  ],
  import: [{ field: 'risk' }, { field: 'likelihood' }],
};

/**
 * Runs `body` with EXTRA_SECTION in the registry, as if the code had been released with it, then
 * takes it out again.
 */
export async function withExtraSection<T>(body: () => T | Promise<T>): Promise<T> {
  const names = COLLECTION_NAMES as unknown as string[];
  const registry = COLLECTIONS as unknown as Record<string, SectionDef>;
  names.push('riskRegister');
  registry.riskRegister = EXTRA_SECTION;
  try {
    return await body();
  } finally {
    names.pop();
    delete registry.riskRegister;
  }
}
