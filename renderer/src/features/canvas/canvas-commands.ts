import type {
  CanvasItem,
  CanvasItemFields,
  CanvasZone,
  JobKind,
} from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import type { Command } from './command-stack.ts';
import { zoneMeta } from './canvas-zones.ts';

/**
 * The undoable edits of a value proposition canvas. Ids survive undo and redo: a deleted item is
 * restored under its own id, so later commands in the history still find it.
 */
export function addItemCommand(
  partnerId: number,
  zone: CanvasZone,
  fields: CanvasItemFields,
  onAdded?: (item: CanvasItem) => void,
): Command {
  let added: CanvasItem | null = null;
  return {
    label: `adding a ${zoneMeta[zone].noun}`,
    run: async () => {
      if (added) {
        await call('valueCanvas.restoreItem', added);
        return;
      }
      added = await call('valueCanvas.addItem', { partnerId, zone, ...fields });
      onAdded?.(added);
    },
    revert: async () => {
      if (added) await call('valueCanvas.deleteItem', { id: added.id });
    },
  };
}

const fieldsOf = (item: CanvasItem): CanvasItemFields => ({
  text: item.text,
  side: item.side,
  jobKind: item.jobKind,
});

export function updateItemCommand(
  item: CanvasItem,
  change: Partial<CanvasItemFields>,
  label = `editing a ${zoneMeta[item.zone].noun}`,
): Command {
  const before = fieldsOf(item);
  const after = { ...before, ...change };
  return {
    label,
    run: async () => {
      await call('valueCanvas.updateItem', { id: item.id, fields: after });
    },
    revert: async () => {
      await call('valueCanvas.updateItem', { id: item.id, fields: before });
    },
  };
}

export function moveItemCommand(item: CanvasItem, rank: number): Command {
  return {
    label: `moving a ${zoneMeta[item.zone].noun}`,
    run: async () => {
      await call('valueCanvas.moveItem', { id: item.id, rank });
    },
    revert: async () => {
      await call('valueCanvas.moveItem', { id: item.id, rank: item.rank });
    },
  };
}

export function setLinksCommand(itemId: number, before: number[], after: number[]): Command {
  return {
    label: after.length > before.length ? 'linking' : 'unlinking',
    run: async () => {
      await call('valueCanvas.setLinks', { id: itemId, linkedIds: after });
    },
    revert: async () => {
      await call('valueCanvas.setLinks', { id: itemId, linkedIds: before });
    },
  };
}

export function deleteItemCommand(item: CanvasItem): Command {
  let deleted: CanvasItem = item;
  return {
    label: `deleting a ${zoneMeta[item.zone].noun}`,
    run: async () => {
      deleted = await call('valueCanvas.deleteItem', { id: item.id });
    },
    revert: async () => {
      await call('valueCanvas.restoreItem', deleted);
    },
  };
}

export function setSegmentCommand(partnerId: number, before: string, after: string): Command {
  return {
    label: 'renaming the customer segment',
    run: async () => {
      await call('valueCanvas.setSegment', { partnerId, customerSegment: after });
    },
    revert: async () => {
      await call('valueCanvas.setSegment', { partnerId, customerSegment: before });
    },
  };
}

const jobKindCycle: Record<JobKind, JobKind> = {
  functional: 'social',
  social: 'emotional',
  emotional: 'functional',
};
export const nextJobKind = (kind: JobKind | null): JobKind => jobKindCycle[kind ?? 'emotional'];
