import { writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/contract/index.ts';
import type { packMethods } from '../../../shared/contract/pack.ts';
import type { HandlerMap } from '../handler-types.ts';
import { printPack } from '../pack/export-pack.ts';
import { assemblePackData } from '../pack/pack-data.ts';

export const packHandlers: HandlerMap<keyof typeof packMethods> = {
  // The pack's print page asks here on each pass; during an export it gets the export's data.
  'pack.data': (input, ctx) => ctx.printing.packData(input) ?? assemblePackData(ctx, input),
  'pack.export': async ({ path, ...options }, ctx) => {
    const data = await assemblePackData(ctx, options);
    const service = ctx.printing.get();
    if (!service)
      throw new AppError(
        'io',
        'Printing is not available in this window. Restart the app and try again.',
      );
    const printed = await ctx.printing.whilePrinting(options, data, () =>
      printPack(service, options, data),
    );
    if (path) {
      try {
        writeFileSync(path, printed.pdf);
      } catch (error) {
        throw new AppError(
          'io',
          `The PDF could not be written to ${path}: ${(error as Error).message}`,
        );
      }
    }
    return {
      pages: printed.pages,
      bytes: printed.pdf.length,
      path: path ?? null,
      base64: path ? null : printed.pdf.toString('base64'),
      sectionPages: printed.sectionPages,
    };
  },
};
