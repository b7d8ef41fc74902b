import type { demoMethods } from '../../../shared/contract/demo.ts';
import { createDemoFile } from '../demo/demo-file.ts';
import type { HandlerMap } from '../handler-types.ts';

export const demoHandlers: HandlerMap<keyof typeof demoMethods> = {
  'workbook.createDemo': async (input, ctx) => {
    // The demo calls every other handler through a router of its own; importing the map lazily
    // keeps backend.ts (which registers this file) out of an import cycle.
    const { handlers } = await import('../backend.ts');
    return createDemoFile(input, ctx, handlers);
  },
};
