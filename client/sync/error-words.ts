import type { ApiErrorCode } from '../../shared/api.js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import { t } from '../i18n/i18n.js';
import { ApiRequestError, NetworkError } from './api-error.js';

/**
 * The one place the client turns a failure into words for the person, in their language. The server
 * answers `{error: {code, message}}` with its message in English (the API's contract): the code picks
 * the words here, and the server's message follows as a detail where it says more than the code
 * (which field, which item, how long to wait). Call it where the words are shown (in JSX or a memo),
 * so a language switch re-words an error already on screen.
 */
const CODE_WORDS: Record<ApiErrorCode, MessageKey> = {
  invalid_json: 'errors.codes.invalid_json',
  invalid_request: 'errors.codes.invalid_request',
  unauthorized: 'errors.codes.unauthorized',
  forbidden: 'errors.codes.forbidden',
  not_found: 'errors.codes.not_found',
  conflict: 'errors.codes.conflict',
  outdated: 'errors.codes.outdated',
  archived: 'errors.codes.archived',
  payload_too_large: 'errors.codes.payload_too_large',
  unsupported_media_type: 'errors.codes.unsupported_media_type',
  unavailable: 'errors.codes.unavailable',
  too_many_requests: 'errors.codes.too_many_requests',
  internal: 'errors.codes.internal',
  invalid_archive: 'errors.codes.invalid_archive',
  invalid_language: 'errors.codes.invalid_language',
};

/** Codes whose words say all there is: the server's message would only repeat them. */
const NO_DETAIL: ReadonlySet<string> = new Set<ApiErrorCode>(['invalid_json', 'archived', 'internal']);

function isCode(code: string | undefined): code is ApiErrorCode {
  return code !== undefined && Object.hasOwn(CODE_WORDS, code);
}

/** Unicode isolates: an English detail inside Arabic or Urdu words keeps its own direction. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** What went wrong, in the person's language; the server's message as a detail where it helps. */
export function errorWords(failure: unknown): string {
  if (failure === undefined || failure === null || failure === '') return '';
  if (typeof failure === 'string') return failure;
  if (failure instanceof NetworkError || (failure instanceof TypeError && /fetch/i.test(failure.message)))
    return t('errors.network');
  if (failure instanceof ApiRequestError) {
    if (isCode(failure.code)) {
      const words = t(CODE_WORDS[failure.code]);
      const detail = failure.message.trim();
      return NO_DETAIL.has(failure.code) || !detail
        ? words
        : t('errors.withDetail', { message: words, detail: isolate(detail) });
    }
    if (failure.status >= 500) return t('errors.server', { status: failure.status });
    return t('errors.status', { status: failure.status });
  }
  const detail = failure instanceof Error ? failure.message.trim() : '';
  return detail
    ? t('errors.withDetail', { message: t('errors.unknown'), detail: isolate(detail) })
    : t('errors.unknown');
}

/** `errorWords` for a value that may be no failure at all (a resource's `error`, a signal). */
export function errorWordsOrNothing(failure: unknown): string | undefined {
  return failure === undefined || failure === null ? undefined : errorWords(failure);
}
