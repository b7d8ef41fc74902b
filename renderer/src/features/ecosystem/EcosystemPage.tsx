import '@xyflow/react/dist/style.css';
import './ecosystem.css';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
} from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import {
  ecosystemNodeSize,
  type EcosystemMap,
  type EcosystemNodeKind,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useCanvasHistory } from '../canvas/use-canvas-history.ts';
import { usePresentMode } from '../canvas/use-present-mode.ts';
import { autoLayout, type LayoutDirection } from './auto-layout.ts';
import {
  addAllPartnersCommand,
  addEdgeCommand,
  addNodeCommand,
  deleteCommand,
  moveNodesCommand,
} from './ecosystem-commands.ts';
import { nodeKindStyles } from './ecosystem-kinds.ts';
import { EcosystemInspector } from './EcosystemInspector.tsx';
import { EcosystemNodeView, type EcosystemFlowNode } from './EcosystemNodeView.tsx';
import { EcosystemToolbar } from './EcosystemToolbar.tsx';
import { exportMapPng, exportMapSvg } from './export-map.ts';
import { FloatingEdge } from './FloatingEdge.tsx';
import { MapLegend } from './MapLegend.tsx';
import { EmptyMap } from './EmptyMap.tsx';
import { useFlowElements } from './use-flow-elements.ts';
import { useNodeMoves } from './use-node-moves.ts';

const nodeTypes = { ecosystem: EcosystemNodeView };
const edgeTypes = { ecosystem: FloatingEdge };
const fitOptions = { padding: 0.25, maxZoom: 1.2 };

/** The program's ecosystem map (M9): who surrounds the partnerships and what flows between them. */
export default function EcosystemPage() {
  const map = useApiQuery('ecosystem.get', {});
  const partners = useApiQuery('partners.list', {});
  const settings = useApiQuery('settings.get', {});
  if (map.isPending || partners.isPending) return <PageLoader />;
  if (map.isError) {
    return <ErrorState message={map.error.message} onRetry={() => void map.refetch()} />;
  }
  return (
    <ReactFlowProvider>
      <Workspace
        map={map.data}
        partners={partners.data ?? []}
        orgName={settings.data?.orgName ?? 'Our organisation'}
        fetching={map.isFetching}
      />
    </ReactFlowProvider>
  );
}

interface WorkspaceProps {
  map: EcosystemMap;
  partners: Partner[];
  orgName: string;
  fetching: boolean;
}

function Workspace({ map, partners, orgName, fetching }: WorkspaceProps) {
  const history = useCanvasHistory('ecosystem', 'ecosystem');
  const flow = useFlowElements(map);
  const rf = useReactFlow<EcosystemFlowNode>();
  const present = usePresentMode();
  const container = useRef<HTMLDivElement>(null);
  const moves = useNodeMoves(map, flow.onNodesChange, history);
  const [exporting, setExporting] = useState(false);

  const selectedNodeIds = flow.nodes.filter((n) => n.selected).map((n) => n.data.node.id);
  const selectedEdgeIds = flow.edges.flatMap((e) => (e.selected && e.data ? [e.data.edge.id] : []));
  const onMap = new Set(map.nodes.map((n) => n.partnerId));
  const partnersToAdd = partners.filter((p) => !p.archived && !onMap.has(p.id)).length;

  const fitSoon = () =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => void rf.fitView({ ...fitOptions, duration: 300 })),
    );
  const focusName = () =>
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="node-label-input"]');
      input?.focus();
      input?.select();
    });

  const addNode = (kind: EcosystemNodeKind) => {
    const rect = container.current?.getBoundingClientRect();
    const centre = rect
      ? rf.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })
      : { x: 0, y: 0 };
    const jitter = (map.nodes.length % 6) * 22;
    const at = {
      x: Math.round(centre.x - ecosystemNodeSize.width / 2 + jitter),
      y: Math.round(centre.y - ecosystemNodeSize.height / 2 + jitter),
    };
    const label = kind === 'our_org' ? orgName : `New ${nodeKindStyles[kind].label.toLowerCase()}`;
    void history
      .execute(
        addNodeCommand({ kind, label }, at, (node) =>
          flow.selectWhenSaved({ nodeIds: [node.id], edgeIds: [] }),
        ),
      )
      .then((ok) => ok && focusName());
  };

  const addAllPartners = () =>
    void history.execute(addAllPartnersCommand()).then((ok) => ok && fitSoon());

  const arrange = (direction: LayoutDirection) => {
    const before = map.nodes.map(({ id, x, y }) => ({ id, x, y }));
    const after = autoLayout(map.nodes, map.edges, direction);
    void history
      .execute(moveNodesCommand(before, after, 'arranging the map'))
      .then((ok) => ok && fitSoon());
  };

  const remove = (nodeIds: number[], edgeIds: number[]) => {
    if (nodeIds.length + edgeIds.length === 0) return;
    void history.execute(deleteCommand(nodeIds, edgeIds)).then((ok) => {
      if (!ok) return;
      notifications.show({
        id: 'eco-deleted',
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">Deleted from the map.</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide('eco-deleted');
                void history.undo();
              }}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    });
  };

  const connect = (connection: Connection) => {
    const sourceId = Number(connection.source);
    const targetId = Number(connection.target);
    if (!sourceId || !targetId || sourceId === targetId) return;
    void history.execute(
      addEdgeCommand(sourceId, targetId, { kind: 'value', strength: 3, label: '' }, (edge) =>
        flow.selectWhenSaved({ nodeIds: [], edgeIds: [edge.id] }),
      ),
    );
  };

  const exportAs = async (format: 'png' | 'svg') => {
    setExporting(true);
    try {
      if (format === 'svg') exportMapSvg(map);
      else if (container.current) await exportMapPng(container.current, rf.getNodes());
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Nothing exported',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setExporting(false);
    }
  };

  // Presenting changes the map's size: frame the whole map again.
  const hasNodes = map.nodes.length > 0;
  useEffect(() => {
    if (!hasNodes) return;
    // Two frames: React Flow measures its new size in the first.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void rf.fitView({ ...fitOptions, duration: 200 }));
    });
    return () => cancelAnimationFrame(frame);
  }, [present.presenting, hasNodes, rf]);

  useHotkeys([['F', () => map.nodes.length && void rf.fitView({ ...fitOptions, duration: 300 })]]);

  return (
    <Stack
      gap="md"
      className={present.presenting ? 'pwb-present eco-page' : 'eco-page'}
      data-testid="ecosystem-page"
    >
      {!present.presenting && (
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2}>Ecosystem map</Title>
            <Text c="dimmed" size="sm">
              Who surrounds the program, and what flows between them.
            </Text>
          </div>
        </Group>
      )}
      <EcosystemToolbar
        history={history}
        partnersToAdd={partnersToAdd}
        hasNodes={map.nodes.length > 0}
        presenting={present.presenting}
        saving={history.busy || fetching}
        exporting={exporting}
        onAddNode={addNode}
        onAddAllPartners={addAllPartners}
        onLayout={arrange}
        onFitView={() => void rf.fitView({ ...fitOptions, duration: 300 })}
        onExport={(format) => void exportAs(format)}
        onPresent={present.toggle}
      />
      <div className="eco-workspace">
        <div className="eco-map" ref={container} data-testid="eco-map">
          <ReactFlow
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={moves.onNodesChange}
            onEdgesChange={flow.onEdgesChange}
            onConnect={connect}
            onNodeDragStart={moves.onDragStart}
            onSelectionDragStart={moves.onDragStart}
            onBeforeDelete={async ({ nodes, edges }) => {
              remove(
                nodes.map((n) => Number(n.id)),
                edges.flatMap((e) => (e.data ? [e.data.edge.id] : [])),
              );
              return false;
            }}
            onNodeDoubleClick={focusName}
            connectionMode={ConnectionMode.Loose}
            connectionRadius={36}
            deleteKeyCode={['Delete', 'Backspace']}
            fitView={map.nodes.length > 0}
            fitViewOptions={fitOptions}
            minZoom={0.1}
            maxZoom={2.5}
            zoomOnDoubleClick={false}
          >
            <Background variant={BackgroundVariant.Dots} gap={22} size={1.3} />
            {map.nodes.length > 0 && (
              <>
                <Controls showInteractive={false} position="top-left" />
                <MiniMap
                  pannable
                  zoomable
                  position="bottom-right"
                  style={{ width: 170, height: 110 }}
                  nodeColor={(n) => nodeKindStyles[(n as EcosystemFlowNode).data.node.kind].color}
                  nodeBorderRadius={8}
                />
                <Panel position="bottom-left">
                  <MapLegend
                    key={String(present.presenting)}
                    map={map}
                    initiallyOpen={present.presenting}
                  />
                </Panel>
              </>
            )}
          </ReactFlow>
          {map.nodes.length === 0 && (
            <EmptyMap
              partnersToAdd={partnersToAdd}
              onAddAll={addAllPartners}
              onAddOurs={() => addNode('our_org')}
            />
          )}
        </div>
        {(!present.presenting || selectedNodeIds.length + selectedEdgeIds.length > 0) && (
          <EcosystemInspector
            map={map}
            selectedNodeIds={selectedNodeIds}
            selectedEdgeIds={selectedEdgeIds}
            partners={partners.filter((p) => !p.archived)}
            history={history}
            onDelete={() => remove(selectedNodeIds, selectedEdgeIds)}
          />
        )}
      </div>
    </Stack>
  );
}
