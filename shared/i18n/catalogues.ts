import ar from './catalogue/ar.js';
import en from './catalogue/en.js';
import id from './catalogue/id.js';
import ms from './catalogue/ms.js';
import prs from './catalogue/prs.js';
import th from './catalogue/th.js';
import ur from './catalogue/ur.js';
import vi from './catalogue/vi.js';
import type { Language } from './languages.js';
import type { Messages } from './messages.js';

/** Every catalogue, for the server and tests; the client loads one language at a time instead. */
export const CATALOGUES: Record<Language, Messages> = { en, th, vi, id, ms, ur, prs, ar };
