// RFC 9457 problem details: the one way every route handler reports an error.
import type { ZodError } from 'zod';

export type FieldError = { field: string; message: string };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const badRequest = (detail: string, extra?: Record<string, unknown>) => new HttpError(400, TITLES[400], detail, extra);
export const unauthorized = (detail = 'Sign in or send an API key as "Authorization: Bearer <key>".') => new HttpError(401, TITLES[401], detail);
export const forbidden = (detail: string) => new HttpError(403, TITLES[403], detail);
export const notFound = (what: string) => new HttpError(404, TITLES[404], `${what} was not found.`);
export const conflict = (detail: string, extra?: Record<string, unknown>) => new HttpError(409, TITLES[409], detail, extra);
export const unprocessable = (detail: string, extra?: Record<string, unknown>) => new HttpError(422, TITLES[422], detail, extra);

/** Zod issues → field errors named as the caller sent them, e.g. `body.items.0.quantity`. */
export function fieldErrors(where: string, error: ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: [where, ...i.path.map(String)].join('.'), message: i.message }));
}

export function validationError(status: 400 | 422, errors: FieldError[]): HttpError {
  const first = errors[0];
  const detail = first ? `${first.field}: ${first.message}` : 'The request is invalid.';
  return new HttpError(status, TITLES[status], detail, { errors });
}

export function problemResponse(error: HttpError, requestId: string, instance?: string, headers?: HeadersInit): Response {
  // Extensions first: a member the RFC defines (status above all) always means what the RFC says.
  const body = { ...error.extra, type: 'about:blank', title: error.title, status: error.status, detail: error.detail, instance, requestId };
  const h = new Headers(headers);
  h.set('content-type', 'application/problem+json');
  h.set('x-request-id', requestId);
  return new Response(JSON.stringify(body), { status: error.status, headers: h });
}

export const statusTitle = (status: number) => TITLES[status] ?? 'Error';
