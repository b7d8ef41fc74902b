import { ActionIcon, Tooltip } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { Handle, Position, useConnection, type Node, type NodeProps } from '@xyflow/react';
import { useLocation } from 'wouter';
import { ecosystemNodeSize, type EcosystemNode } from '../../../../shared/contract/index.ts';
import { nodeKindStyles } from './ecosystem-kinds.ts';

export type EcosystemFlowNode = Node<{ node: EcosystemNode }, 'ecosystem'>;

const sides = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/** A card per node, coloured and iconed by kind; a partner node opens its partner record. */
export function EcosystemNodeView({ data, selected }: NodeProps<EcosystemFlowNode>) {
  const { node } = data;
  const style = nodeKindStyles[node.kind];
  const [, navigate] = useLocation();
  const connecting = useConnection((c) => c.inProgress);

  return (
    <div
      className={`eco-node eco-node--${node.kind}${selected ? ' is-selected' : ''}`}
      style={{
        width: ecosystemNodeSize.width,
        height: ecosystemNodeSize.height,
        ['--kind' as string]: style.color,
      }}
      data-testid="eco-node"
      data-node-id={node.id}
      data-kind={node.kind}
    >
      <div className="eco-node__icon">
        <style.icon size={20} stroke={1.8} />
      </div>
      <div className="eco-node__text">
        <div className="eco-node__label" title={node.label}>
          {node.label}
        </div>
        <div className="eco-node__kind">{style.label}</div>
      </div>
      {node.partnerId !== null && (
        <Tooltip label="Open the partner record">
          <ActionIcon
            className="eco-node__open nodrag"
            variant="subtle"
            size="sm"
            color={node.kind === 'our_org' ? 'white' : 'gray'}
            aria-label={`Open ${node.label}`}
            onClick={() => navigate(`/partners/${node.partnerId}`)}
            data-testid="open-partner"
          >
            <IconExternalLink size={14} />
          </ActionIcon>
        </Tooltip>
      )}
      {sides.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="eco-handle" />
      ))}
      <Handle
        type="target"
        id="drop"
        position={Position.Top}
        isConnectableStart={false}
        className={`eco-drop${connecting ? ' is-active' : ''}`}
      />
    </div>
  );
}
