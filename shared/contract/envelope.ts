export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'no_workbook',
  'read_only',
  'bad_file',
  'conflict',
  'io',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) to a message shown next to that field. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
