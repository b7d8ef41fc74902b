import { z } from './zod.ts';
import { absolutePath, isoDate } from './common.ts';
import { mutation } from './define.ts';
import { workbookInfo } from './workbook.ts';

export const createDemoInput = z.object({
  /**
   * Where to create the demo; an existing file there is refused. Absent: the demo folder of the
   * user-data directory, where a fresh demo replaces the previous one.
   */
  path: absolutePath.optional(),
  /** Every date of the demo is relative to this day; the backend's local date when absent. */
  today: isoDate
    .refine((d) => d >= '1900-01-01' && d <= '2199-12-31', 'Use a date between 1900 and 2199')
    .optional(),
  /** The demo's figures come from a seeded generator: the same seed and day give the same workbook. */
  seed: z.number().int().min(0).max(4_294_967_295).default(20_260_101),
});
export type CreateDemoInput = z.input<typeof createDemoInput>;

export const demoMethods = {
  /** Creates a realistic fictional program through the backend's own methods, then opens it. */
  'workbook.createDemo': mutation(createDemoInput, workbookInfo, { needsWorkbook: false }),
} as const;
