import { t } from '../i18n/i18n.js';

/** Who this browser is in presence lists: a name the person chose and a colour for their caret. */
export interface Identity {
  name: string;
  color: string;
}

const STORAGE_KEY = 'workshop-identity';

// Distinct on white and dark text, readable as caret labels.
const PALETTE = [
  '#d1495b',
  '#00798c',
  '#edae49',
  '#30638e',
  '#6a4c93',
  '#2a9d8f',
  '#e76f51',
  '#8a5a44',
  '#1982c4',
  '#8ac926',
];

export function loadIdentity(): Identity {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Identity> | null;
    if (stored?.name && stored.color) return { name: stored.name, color: stored.color };
  } catch {
    // A corrupted entry is replaced below.
  }
  const identity = {
    name: t('versions.places.guest', { number: String(Math.floor(100 + Math.random() * 900)) }),
    color: PALETTE[Math.floor(Math.random() * PALETTE.length)]!,
  };
  saveIdentity(identity);
  return identity;
}

export function saveIdentity(identity: Identity): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
}
