// One catalogue of user-facing error codes; the server maps them to HTTP statuses.

export type ErrorCode =
  | 'bad_parameter'
  | 'query_too_long'
  | 'not_found'
  | 'index_version'
  | 'index_corrupt'
  | 'payload_too_large'
  | 'busy';

const STATUS: Record<ErrorCode, 400 | 404 | 413 | 500 | 503> = {
  bad_parameter: 400,
  query_too_long: 400,
  not_found: 404,
  index_version: 500,
  index_corrupt: 500,
  payload_too_large: 413,
  busy: 503,
};

export class SiftError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'SiftError';
    this.code = code;
  }
  get status(): 400 | 404 | 413 | 500 | 503 {
    return STATUS[this.code];
  }
}

/** A `bad_parameter` error naming the parameter, the value received and what is allowed. */
export function badParameter(name: string, value: unknown, allowed: string): SiftError {
  const shown = JSON.stringify(String(value).slice(0, 80));
  return new SiftError('bad_parameter', `parameter '${name}' got ${shown}; expected ${allowed}`);
}
