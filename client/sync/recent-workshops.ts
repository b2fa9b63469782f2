import type { Role } from '../../shared/roles.js';

/** A workshop this browser has opened, so the home page can reopen it without the original link. */
export interface RecentWorkshop {
  id: string;
  title: string;
  role: Role;
  token: string;
  openedAt: string;
}

const STORAGE_KEY = 'recent-workshops';

export function recentWorkshops(): RecentWorkshop[] {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as RecentWorkshop[];
    return Array.isArray(stored) ? [...stored].sort((a, b) => b.openedAt.localeCompare(a.openedAt)) : [];
  } catch {
    // A corrupted list is not worth failing the home page for.
    return [];
  }
}

function save(list: RecentWorkshop[]): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
}

/** Keyed by workshop id: the latest invite opened wins, so one workshop is listed once. */
export function rememberWorkshop(entry: Omit<RecentWorkshop, 'openedAt'>): void {
  save([
    { ...entry, openedAt: new Date().toISOString() },
    ...recentWorkshops().filter((recent) => recent.id !== entry.id),
  ]);
}

export function forgetWorkshop(id: string): void {
  save(recentWorkshops().filter((recent) => recent.id !== id));
}
