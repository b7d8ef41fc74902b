/** Messages between the backend and its integrity worker (see integrity-worker.ts). */
export interface IntegrityRequest {
  id: number;
  /** quick_check: the open workbook, read through a second read-only connection; verify: a backup copy. */
  kind: 'quick_check' | 'verify';
  path: string;
  nativeBinding?: string | undefined;
}

export interface IntegrityReply {
  id: number;
  /** quick_check: SQLite's first answer line ('ok' when healthy); verify: null when the copy is sound. */
  answer: string | null;
}
