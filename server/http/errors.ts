import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError, ApiErrorCode } from '../../shared/api.js';
import { loggableError, type Logger } from '../logger.js';
import { Refusal } from '../refusal.js';

/** Thrown anywhere in a route; the app's error handler turns it into `{error: {code, message}}`. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorBody(code: ApiErrorCode, message: string): ApiError {
  return { error: { code, message } };
}

/** Parses the JSON body and validates it, or throws a 400 that says what is wrong. */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.infer<Schema>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid_json', 'request body must be valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    );
    throw new HttpError(400, 'invalid_request', problems.join('; '));
  }
  return parsed.data;
}

const REFUSAL_STATUS = {
  invalid: [400, 'invalid_request'],
  'not-found': [404, 'not_found'],
  conflict: [409, 'conflict'],
  outdated: [409, 'outdated'],
} as const satisfies Record<Refusal['reason'], readonly [ContentfulStatusCode, ApiErrorCode]>;

export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof HttpError) return c.json(errorBody(error.code, error.message), error.status);
    if (error instanceof Refusal) {
      const [status, code] = REFUSAL_STATUS[error.reason];
      return c.json(errorBody(code, error.message), status);
    }
    logger.error({ err: loggableError(error), path: c.req.path }, 'unhandled error in http route');
    return c.json(errorBody('internal', 'internal server error'), 500);
  };
}
