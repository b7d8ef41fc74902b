import {
  IconBuildingSkyscraper,
  IconBuildingStore,
  IconCircleDashed,
  IconGavel,
  IconHeartHandshake,
  IconSwords,
  IconTruckDelivery,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import {
  ecosystemEdgeKindLabels,
  ecosystemNodeKindLabels,
  type EcosystemEdgeKind,
  type EcosystemNodeKind,
} from '../../../../shared/contract/index.ts';

/** Colours are plain hex so the printed and exported renderings match the screen exactly. */
export interface NodeKindStyle {
  label: string;
  color: string;
  icon: Icon;
  hint: string;
}

export const nodeKindStyles: Record<EcosystemNodeKind, NodeKindStyle> = {
  our_org: {
    label: ecosystemNodeKindLabels.our_org,
    color: '#364fc7',
    icon: IconBuildingSkyscraper,
    hint: 'Usually the hub of the map',
  },
  partner: {
    label: ecosystemNodeKindLabels.partner,
    color: '#0ca678',
    icon: IconHeartHandshake,
    hint: 'Link it to a partner record to open it from the map',
  },
  supplier: {
    label: ecosystemNodeKindLabels.supplier,
    color: '#f76707',
    icon: IconTruckDelivery,
    hint: 'Provides what the program depends on',
  },
  distributor: {
    label: ecosystemNodeKindLabels.distributor,
    color: '#ae3ec9',
    icon: IconBuildingStore,
    hint: 'Carries the offer to customers',
  },
  customer_segment: {
    label: ecosystemNodeKindLabels.customer_segment,
    color: '#1c7ed6',
    icon: IconUsers,
    hint: 'Who the partnerships serve',
  },
  regulator: {
    label: ecosystemNodeKindLabels.regulator,
    color: '#495057',
    icon: IconGavel,
    hint: 'Sets rules the program must follow',
  },
  competitor: {
    label: ecosystemNodeKindLabels.competitor,
    color: '#e03131',
    icon: IconSwords,
    hint: 'Competes for the same customers or partners',
  },
  other: {
    label: ecosystemNodeKindLabels.other,
    color: '#868e96',
    icon: IconCircleDashed,
    hint: 'Anyone else who matters',
  },
};

export interface EdgeKindStyle {
  label: string;
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  hint: string;
}

export const edgeKindStyles: Record<EcosystemEdgeKind, EdgeKindStyle> = {
  value: {
    label: ecosystemEdgeKindLabels.value,
    color: '#364fc7',
    dash: '',
    hint: 'Products, services or know-how',
  },
  money: {
    label: ecosystemEdgeKindLabels.money,
    color: '#2b8a3e',
    dash: '',
    hint: 'Payments, fees, revenue share',
  },
  data: {
    label: ecosystemEdgeKindLabels.data,
    color: '#1098ad',
    dash: '2 5',
    hint: 'Customer or usage data',
  },
  referral: {
    label: ecosystemEdgeKindLabels.referral,
    color: '#e67700',
    dash: '',
    hint: 'Leads and introductions',
  },
  dependency: {
    label: ecosystemEdgeKindLabels.dependency,
    color: '#868e96',
    dash: '8 5',
    hint: 'One cannot work without the other',
  },
};

/** Strength 1–5 drawn as a stroke from hairline to bold. */
export const strokeWidth = (strength: number): number => 1 + strength * 0.9;
