const STORAGE_KEY = 'workshop-person-token';

/**
 * This browser's secret person token. Invite links are per role and shared by many people, so the
 * server tells people apart (a dot budget each, one rating each) by this random secret, sent as
 * `X-Person-Token`; it only ever stores its hash.
 */
export function personToken(): string {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && /^[A-Za-z0-9_-]{32,128}$/.test(stored)) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const token = btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
  localStorage.setItem(STORAGE_KEY, token);
  return token;
}
