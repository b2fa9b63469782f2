import { afterEach, describe, expect, it } from 'vitest';
import th from '../../shared/i18n/catalogue/th.js';
import { setLanguage } from '../../client/i18n/i18n.js';
import { ApiRequestError, NetworkError } from '../../client/sync/api-error.js';
import { errorWords } from '../../client/sync/error-words.js';
import { exportPath, withQuery } from '../../client/sync/export-download.js';

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('errorWords', () => {
  afterEach(() => setLanguage('en', false));

  it('words a refusal by its code, with the server’s message as a detail', () => {
    expect(plain(errorWords(new ApiRequestError(404, 'no such version', 'not_found')))).toBe(
      'This could not be found: it may have been deleted. (no such version)',
    );
    // Codes whose words say it all leave the server's message out.
    expect(errorWords(new ApiRequestError(500, 'internal server error', 'internal'))).toBe(
      'The server ran into a problem. Try again; if it keeps happening, tell the facilitator.',
    );
  });

  it('tells a failure to reach the server, a bare status and anything else apart', () => {
    expect(errorWords(new NetworkError(new TypeError('Failed to fetch')))).toBe(
      'The server could not be reached. Check the connection and try again.',
    );
    expect(errorWords(new ApiRequestError(502, 'request failed with 502'))).toBe(
      'The server could not answer (502). Try again shortly.',
    );
    expect(errorWords(new ApiRequestError(418, 'request failed with 418'))).toBe(
      'The request was refused (418).',
    );
    expect(plain(errorWords(new Error('boom')))).toBe('Something went wrong. (boom)');
    expect(errorWords('already words')).toBe('already words');
  });

  it('follows the interface language', async () => {
    await setLanguage('th', false);
    expect(errorWords(new ApiRequestError(409, 'x', 'archived'))).toBe(th.errors.codes.archived);
    expect(errorWords(new NetworkError('offline'))).toBe(th.errors.network);
  });
});

describe('export addresses', () => {
  it('carry the version and the language asked for', () => {
    expect(exportPath('w 1', 'report.pdf', 'live', 'th')).toBe(
      '/api/workshops/w%201/export/report.pdf?version=live&lang=th',
    );
    expect(exportPath('w1', 'gantt.svg', 'v-9')).toBe('/api/workshops/w1/export/gantt.svg?version=v-9');
    expect(withQuery('/a', 'lang', 'ar')).toBe('/a?lang=ar');
    expect(withQuery('/a?b=1', 'lang', 'ar')).toBe('/a?b=1&lang=ar');
  });
});
