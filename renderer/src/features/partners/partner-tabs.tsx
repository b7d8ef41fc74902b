import { IconInfoCircle, type Icon } from '@tabler/icons-react';
import { IconAddressBook, IconFileCertificate, IconTargetArrow } from '@tabler/icons-react';
import { IconCircleSquare } from '@tabler/icons-react';
import { IconSpeakerphone } from '@tabler/icons-react';
import { IconChartLine, IconTable } from '@tabler/icons-react';
import { IconChartAreaLine } from '@tabler/icons-react';
import { IconAlertTriangle, IconChecklist, IconGavel } from '@tabler/icons-react';
import { IconHeartbeat } from '@tabler/icons-react';
import { lazy, type ComponentType } from 'react';
import type { Partner } from '../../../../shared/contract/index.ts';

export interface PartnerTab {
  value: string;
  label: string;
  icon: Icon;
  component: ComponentType<{ partner: Partner }>;
}

const PartnerOverviewTab = lazy(() => import('./PartnerOverviewTab.tsx'));
const PartnerHealthTab = lazy(() => import('../health/PartnerHealthTab.tsx'));
const PartnerRisksTab = lazy(() => import('../risks/PartnerRisksTab.tsx'));
const PartnerCharterTab = lazy(() => import('../governance/PartnerCharterTab.tsx'));
const PartnerMeetingsTab = lazy(() => import('../governance/PartnerMeetingsTab.tsx'));
const PartnerContactsTab = lazy(() => import('./PartnerContactsTab.tsx'));
const PartnerFitTab = lazy(() => import('./PartnerFitTab.tsx'));
const PartnerAgreementTab = lazy(() => import('./PartnerAgreementTab.tsx'));
const CanvasTab = lazy(() => import('../canvas/CanvasTab.tsx'));
const PartnerMarketingTab = lazy(() => import('../calendar/PartnerMarketingTab.tsx'));
const ActualsTab = lazy(() => import('../kpis/ActualsTab.tsx'));
const ScorecardTab = lazy(() => import('../scorecards/ScorecardTab.tsx'));
const PartnerForecastTab = lazy(() => import('../economics/PartnerForecastTab.tsx'));

/** The partner page's tabs, one per module that hangs off a partnership; each module adds its tab here. */
export const partnerTabs: PartnerTab[] = [
  { value: 'overview', label: 'Overview', icon: IconInfoCircle, component: PartnerOverviewTab },
  { value: 'health', label: 'Health', icon: IconHeartbeat, component: PartnerHealthTab },
  { value: 'contacts', label: 'Contacts', icon: IconAddressBook, component: PartnerContactsTab },
  { value: 'fit', label: 'Fit', icon: IconTargetArrow, component: PartnerFitTab },
  {
    value: 'agreement',
    label: 'Agreement',
    icon: IconFileCertificate,
    component: PartnerAgreementTab,
  },
  { value: 'canvas', label: 'Canvas', icon: IconCircleSquare, component: CanvasTab },
  {
    value: 'marketing',
    label: 'Marketing',
    icon: IconSpeakerphone,
    component: PartnerMarketingTab,
  },
  { value: 'actuals', label: 'Actuals', icon: IconTable, component: ActualsTab },
  { value: 'scorecard', label: 'Scorecard', icon: IconChartLine, component: ScorecardTab },
  { value: 'forecast', label: 'Forecast', icon: IconChartAreaLine, component: PartnerForecastTab },
  { value: 'risks', label: 'Risks', icon: IconAlertTriangle, component: PartnerRisksTab },
  { value: 'charter', label: 'Charter', icon: IconGavel, component: PartnerCharterTab },
  { value: 'meetings', label: 'Meetings', icon: IconChecklist, component: PartnerMeetingsTab },
];
