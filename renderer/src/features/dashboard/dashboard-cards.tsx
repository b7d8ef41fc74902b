import type { DashboardCard } from './card-types.ts';
import { ActualsCard } from './cards/ActualsCard.tsx';
import { DiagnosticsCard } from './cards/DiagnosticsCard.tsx';
import { HeadlineCard } from './cards/HeadlineCard.tsx';
import { HealthCard } from './cards/HealthCard.tsx';
import { OverdueCard } from './cards/OverdueCard.tsx';
import { StageCard, TierCard } from './cards/PortfolioCards.tsx';
import { TopRisksCard } from './cards/TopRisksCard.tsx';
import { UpcomingCard } from './cards/UpcomingCard.tsx';
import { FirstProgramCard } from '../first-program/FirstProgramCard.tsx';
import { ForecastVsActualsCard } from '../economics/ForecastVsActualsCard.tsx';

export type { DashboardCard, DashboardCardProps } from './card-types.ts';

/**
 * The dashboard, card by card, in reading order. A module adds its card with one line here,
 * e.g. `{ id: 'forecast', span: 6, component: ForecastVsActualsCard }`.
 */
export const dashboardCards: DashboardCard[] = [
  { id: 'headline', span: 12, component: HeadlineCard },
  { id: 'first-program', span: 12, component: FirstProgramCard, showOnEmptyWorkbook: true },
  { id: 'health', span: 6, component: HealthCard },
  { id: 'diagnostics', span: 6, component: DiagnosticsCard },
  { id: 'stages', span: 8, component: StageCard },
  { id: 'tiers', span: 4, component: TierCard },
  { id: 'actuals', span: 8, component: ActualsCard },
  { id: 'risks', span: 4, component: TopRisksCard },
  { id: 'upcoming', span: 6, component: UpcomingCard },
  { id: 'overdue', span: 6, component: OverdueCard },
  { id: 'forecast', span: 12, component: ForecastVsActualsCard },
];
