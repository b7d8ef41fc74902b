import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Badge, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import {
  lifecycleStageLabels,
  lifecycleStages,
  partnerTypeLabels,
  type LifecycleStage,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { stageCollision, stageColumnCoordinates } from './board-keyboard.ts';
import { stageColors } from './partner-options.ts';

/** A column shows this many cards; the list view (or a filter) reaches the rest. */
const cardsPerColumn = 50;

function CardBody({ partner }: { partner: Partner }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" lineClamp={2}>
        {partner.name}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {partnerTypeLabels[partner.type]}
      </Text>
      <Group gap={4} wrap="nowrap" mt={2}>
        {partner.tier && (
          <Badge size="xs" variant="light" color="grape">
            {partner.tier}
          </Badge>
        )}
        {partner.ownerOurs && (
          <Text size="xs" c="dimmed" truncate>
            {partner.ownerOurs}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

function BoardCard({ partner }: { partner: Partner }) {
  const [, navigate] = useLocation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: partner.id,
    data: { name: partner.name },
  });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      shadow="xs"
      className="pwb-board-card"
      data-testid="board-card"
      data-partner={partner.name}
      style={{ opacity: isDragging ? 0.35 : 1 }}
      {...attributes}
      {...listeners}
      aria-label={`${partner.name}, ${lifecycleStageLabels[partner.stage]}. Press space to move it to another stage, enter to open.`}
      onClick={() => navigate(`/partners/${partner.id}`)}
      onKeyDown={(e) => {
        listeners?.onKeyDown?.(e);
        if (e.key === 'Enter' && !isDragging) navigate(`/partners/${partner.id}`);
      }}
    >
      <CardBody partner={partner} />
    </Paper>
  );
}

function StageColumn({ stage, partners }: { stage: LifecycleStage; partners: Partner[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const hidden = partners.length - cardsPerColumn;
  return (
    <Paper
      ref={setNodeRef}
      p="xs"
      radius="md"
      className="pwb-board-column"
      data-over={isOver || undefined}
      data-testid={`board-column-${stage}`}
      w={212}
    >
      <Group justify="space-between" px={4} pb="xs">
        <Badge variant="light" color={stageColors[stage]}>
          {lifecycleStageLabels[stage]}
        </Badge>
        <Text size="xs" c="dimmed" fw={600} data-testid={`board-count-${stage}`}>
          {partners.length}
        </Text>
      </Group>
      <Stack gap={8} mih={120}>
        {partners.slice(0, cardsPerColumn).map((p) => (
          <BoardCard key={p.id} partner={p} />
        ))}
        {partners.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="lg" className="pwb-board-empty">
            Drop a partner here
          </Text>
        )}
        {hidden > 0 && (
          <Text size="xs" c="dimmed" ta="center">
            and {hidden} more; filter the board or use the list to find them
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

const nameOf = (data: unknown): string =>
  (data as { current?: { name?: string } } | undefined)?.current?.name ?? 'The partner';

const announcements: Announcements = {
  onDragStart: ({ active }) =>
    `Picked up ${nameOf(active.data)}. Use the left and right arrows to choose a stage, space to drop, escape to cancel.`,
  onDragOver: ({ active, over }) =>
    over
      ? `${nameOf(active.data)} is over ${lifecycleStageLabels[over.id as LifecycleStage]}.`
      : `${nameOf(active.data)} is not over a stage.`,
  onDragEnd: ({ active, over }) =>
    over
      ? `${nameOf(active.data)} moved to ${lifecycleStageLabels[over.id as LifecycleStage]}.`
      : `${nameOf(active.data)} was not moved.`,
  onDragCancel: ({ active }) => `Moving ${nameOf(active.data)} was cancelled.`,
};

/** The pipeline by lifecycle stage: drag a card, or pick it up with space, to change its stage. */
export function PartnerBoard({ partners }: { partners: Partner[] }) {
  const setStage = useApiMutation('partners.setStage', ['partners']);
  const [moved, setMoved] = useState<Record<number, LifecycleStage>>({});
  const [dragging, setDragging] = useState<Partner | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: stageColumnCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const byStage = useMemo(() => {
    const columns = new Map<LifecycleStage, Partner[]>(lifecycleStages.map((s) => [s, []]));
    for (const p of partners) {
      const stage = moved[p.id] ?? p.stage;
      columns.get(stage)?.push(stage === p.stage ? p : { ...p, stage });
    }
    return columns;
  }, [partners, moved]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const partner = partners.find((p) => p.id === active.id);
    const stage = over?.id as LifecycleStage | undefined;
    if (!partner || !stage || (moved[partner.id] ?? partner.stage) === stage) return;
    setMoved((m) => ({ ...m, [partner.id]: stage }));
    setStage.mutate(
      { id: partner.id, stage },
      {
        onSuccess: () =>
          notifications.show({
            message: `${partner.name} moved to ${lifecycleStageLabels[stage]}`,
          }),
        onError: (error) => {
          setMoved(({ [partner.id]: _undo, ...rest }) => rest);
          notifications.show({ color: 'red', title: 'Not moved', message: error.message });
        },
      },
    );
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={stageCollision}
      accessibility={{ announcements }}
      onDragStart={({ active }) => setDragging(partners.find((p) => p.id === active.id) ?? null)}
      onDragCancel={() => setDragging(null)}
      onDragEnd={onDragEnd}
    >
      <ScrollArea type="auto" offsetScrollbars data-testid="partner-board">
        <Group align="flex-start" gap="sm" wrap="nowrap" pb="sm">
          {lifecycleStages.map((stage) => (
            <StageColumn key={stage} stage={stage} partners={byStage.get(stage) ?? []} />
          ))}
        </Group>
      </ScrollArea>
      <DragOverlay dropAnimation={null}>
        {dragging && (
          <Paper withBorder p="sm" shadow="md" w={194} className="pwb-board-card-lifted">
            <CardBody partner={dragging} />
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
