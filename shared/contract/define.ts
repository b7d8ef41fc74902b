import type { z } from './zod.ts';

/** read: never changes the workbook. write: runs inside one transaction and is refused on a read-only workbook. */
export type MethodKind = 'read' | 'write';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: MethodKind;
  /** false for methods that work without an open workbook (lifecycle, recent files, the file browser). */
  readonly needsWorkbook: boolean;
  readonly input: I;
  readonly output: O;
}

interface Options {
  needsWorkbook?: boolean;
}

export function query<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  options: Options = {},
): MethodDef<I, O> {
  return { kind: 'read', needsWorkbook: options.needsWorkbook ?? true, input, output };
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  options: Options = {},
): MethodDef<I, O> {
  return { kind: 'write', needsWorkbook: options.needsWorkbook ?? true, input, output };
}
