import { HttpErrorResponse } from '@angular/common/http';

/** An RFC 9457 problem as the host writes it: a stable `code`, a readable `title`, and field `errors` on 400. */
export interface Problem {
  readonly status: number;
  readonly title: string;
  readonly code?: string;
  readonly traceId?: string;
  readonly detail?: string;
  /** Invalid input: field name (as the server names it, e.g. "Slug", "FeatureValues[Products]") to messages. */
  readonly errors?: Readonly<Record<string, readonly string[]>>;
}

/** Reads the problem out of a failed call; a failure with no problem body gets a generic title. */
export function toProblem(error: unknown): Problem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, title: 'Something went wrong. Please try again.' };
  }
  const body = parseBody(error.error);
  if (body && typeof body['title'] === 'string') {
    return { ...(body as Partial<Problem>), status: error.status, title: body['title'] };
  }
  return {
    status: error.status,
    title:
      error.status === 0
        ? 'The server could not be reached. Check your connection and try again.'
        : `The request failed (${error.status} ${error.statusText}).`,
  };
}

function parseBody(body: unknown): Record<string, unknown> | null {
  if (typeof body === 'string') {
    try {
      return parseBody(JSON.parse(body));
    } catch {
      return null;
    }
  }
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
}
